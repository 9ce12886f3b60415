#!/usr/bin/env python3
"""Writes the web gold pages: NN-slug.html (the page) and NN-slug.expected.txt (its article text) for every article of
articles.py, each rendered by one of twelve page skeletons (s1..s12) written for this project.

    python3 tests/gold/web/make.py          # rewrites the pages and the gold beside this file
    python3 tests/gold/web/make.py --check  # only checks that the files on disk are what it would write

Deterministic, no network, standard library only. Every gold line is checked to occur in the page's text.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The pages and their gold go one level up, beside check.toml.
OUT = os.path.dirname(HERE)
from articles import ARTICLES  # noqa: E402

RELATED = [
    "Pemerintah Siapkan Insentif Mobil Listrik Tahun Depan",
    "Lima Tempat Makan Legendaris di Kota Lama Semarang",
    "Harga Emas Antam Turun Rp 8.000 Hari Ini",
    "Polisi Tangkap Pelaku Pencurian Kabel di Stasiun Manggarai",
    "Jadwal Lengkap Liga 1 Pekan Ini, Siaran Langsung di Televisi",
    "Warga Keluhkan Jalan Rusak di Jalur Alternatif Puncak",
    "DPR Setujui RUU Perampasan Aset Dibawa ke Paripurna",
    "Kisah Nelayan Muara Baru Bertahan di Tengah Cuaca Buruk",
    "Cara Cek Penerima Bansos PKH Desember Lewat HP",
    "Menteri Keuangan: Penerimaan Pajak Capai 92 Persen Target",
    "Banjir Rob Genangi Pesisir Pekalongan, Ratusan Warga Mengungsi",
    "Ramalan Zodiak Hari Ini: Cinta, Karier, dan Keuangan",
    "Pemkot Bogor Uji Coba Sistem Satu Arah di Sekitar Kebun Raya",
    "Harga Cabai Rawit Tembus Rp 90.000 per Kilogram",
    "Viral Video Pengendara Motor Lawan Arah di Flyover Kuningan",
    "Timnas Putri Gelar Pemusatan Latihan di Yogyakarta",
    "Tiket Kereta Api Libur Akhir Tahun Sudah Bisa Dipesan",
    "Resep Sayur Asem Jakarta yang Segar untuk Makan Siang",
    "BPJS Kesehatan Umumkan Perubahan Sistem Rujukan",
    "Gubernur Lantik 12 Pejabat Eselon II di Lingkungan Pemprov",
    "Pendaftaran CPNS 2027 Dibuka Maret, Ini Formasi yang Dicari",
    "Mahasiswa ITS Ciptakan Perahu Listrik Tenaga Surya",
    "Ini Daftar Tanggal Merah dan Cuti Bersama 2027",
    "Pasar Saham Asia Menguat Jelang Keputusan Bank Sentral AS",
    "Bupati Resmikan Jembatan Gantung Penghubung Dua Desa",
    "Kemenag Tetapkan Biaya Haji 2027 Rata-rata Rp 89 Juta",
    "Tim SAR Temukan Pendaki yang Hilang di Gunung Lawu",
    "Ekspor Kopi Indonesia Naik 18 Persen ke Eropa",
]

COMMENTS = [
    ("Budi Santoso", "Semoga kebijakan ini benar-benar dijalankan, jangan cuma wacana."),
    ("rina_kurniawati", "Mantap, informasinya jelas sekali. Terima kasih admin."),
    ("Hendra S.", "Di daerah saya belum ada sosialisasi sama sekali, mohon diperhatikan."),
    ("Agus Wibowo", "Setiap tahun masalahnya sama terus, kapan beresnya?"),
    ("Siti Nurhaliza", "Izin share ke grup warga ya, penting buat diketahui."),
    ("dimas_88", "Beritanya bagus tapi iklannya kebanyakan, susah bacanya."),
    ("Yuliana", "Alhamdulillah, akhirnya ada kabar baik juga."),
    ("Pak RT 05", "Sudah saya sampaikan ke warga lewat pengeras suara masjid."),
    ("Kevin", "Data ini sumbernya dari mana ya? Mohon dicantumkan."),
    ("Nur Aini", "Semoga lancar semua, aamiin."),
]


def pick(pool, i, n, step=5):
    return [pool[(i * step + k * 3) % len(pool)] for k in range(n)]


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- blocks and gold

def blocks(art):
    """The article's blocks in order: (kind, payload)."""
    out = []
    for line in art["body"].strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("> "):
            out.append(("cap", line[2:]))
        elif re.match(r"\d+\. ", line):
            out.append(("ol", line.split(" ", 1)[1]))
        elif line.startswith("- "):
            out.append(("ul", line[2:]))
        elif line.startswith("|"):
            out.append(("tr", [c.strip() for c in line.strip("|").split("|")]))
        else:
            out.append(("p", line))
    return out


def plain(fragment):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def gold(art):
    lines = []
    for kind, x in blocks(art):
        if kind == "tr":
            lines.extend(plain(c) for c in x)
        else:
            lines.append(plain(x))
    return "\n".join(lines) + "\n"


def groups(bs):
    """Consecutive list items and table rows grouped: (kind, payload or [payloads])."""
    out = []
    for kind, x in bs:
        if kind in ("ol", "ul", "tr") and out and out[-1][0] == kind:
            out[-1][1].append(x)
        elif kind in ("ol", "ul", "tr"):
            out.append((kind, [x]))
        else:
            out.append((kind, x))
    return out


def dateline(text, tag="strong"):
    """Wraps a lead's dateline ("JAKARTA, Site -") in a tag."""
    m = re.match(r"^([^-–]{2,60}?)( -- | - | – )", text)
    if not m:
        return text
    return f"<{tag}>{m.group(1)}</{tag}>{m.group(2)}{text[m.end():]}"


def headline(art):
    return blocks(art)[0][1]


def lead(art):
    return next(x for k, x in blocks(art) if k == "p")


def esc(s):
    return html.escape(s, quote=True)


def charset_meta(art, style="meta"):
    cs = art["cs"]
    if cs == "utf-8-bom":
        return ""
    if style == "http-equiv":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
    return f'<meta charset="{cs}">'


def jsonld(art, kind="NewsArticle"):
    d = {"@context": "https://schema.org", "@type": kind, "headline": headline(art),
         "datePublished": art["date"], "author": {"@type": "Person", "name": art["author"]},
         "publisher": {"@type": "Organization", "name": art["site"]},
         "keywords": ", ".join(art["tags"]), "description": plain(lead(art))[:160]}
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def og(art, url):
    return (f'<meta property="og:title" content="{esc(headline(art))}">\n'
            f'<meta property="og:description" content="{esc(plain(lead(art))[:150])}">\n'
            f'<meta property="og:url" content="{url}">\n<meta property="og:type" content="article">\n'
            f'<meta name="twitter:card" content="summary_large_image">')


def body_html(art, i, *, p=lambda t: f"<p>{t}</p>", h2=lambda t: f"<h2>{t}</h2>",
              cap=lambda t, n: f'<figure><img src="/img/{n}.jpg" alt=""><figcaption>{t}</figcaption></figure>',
              ol=None, ul=None, table=None, inserts=None, first=None):
    """The article body after the headline. inserts: {paragraph number: html} placed after that paragraph."""
    ol = ol or (lambda items: "<ol>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ol>")
    ul = ul or (lambda items: "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>")
    table = table or (lambda rows: "<table>\n" + "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "\n</table>")
    inserts = inserts or {}
    out, np, nc = [], 0, 0
    for kind, x in groups(blocks(art)[1:]):
        if kind == "p":
            np += 1
            out.append(p(first(x) if (np == 1 and first) else x))
            if np in inserts:
                out.append(inserts[np])
        elif kind == "h2":
            out.append(h2(x))
        elif kind == "cap":
            nc += 1
            out.append(cap(x, f"{slugify(art['slug'])}-{nc}"))
        elif kind == "ol":
            out.append(ol(x))
        elif kind == "ul":
            out.append(ul(x))
        elif kind == "tr":
            out.append(table(x))
    return "\n".join(out)


def url_of(art, host):
    return f"https://{host}/{art['section'].lower().replace(' ', '-')}/{art['slug'][3:]}"


# ---------------------------------------------------------------- skeletons

def s1(art, i):
    """A national portal: top bar, nav, breadcrumb, read__content with Baca juga and an ad, tags, share, comments
    that load later, related and most-read lists, notification box, footer; JSON-LD, og: meta."""
    rel = pick(RELATED, i, 7)
    url = url_of(art, "www.wartanusa.com")
    ins = {2: f'<p><strong>Baca juga:</strong> <a href="/read/{slugify(rel[0])}">{rel[0]}</a></p>',
           4: '<div class="ads-on-body"><span class="ads-label">ADVERTISEMENT</span>'
              '<div id="div-gpt-ad-1599-0"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1599-0");});</script></div></div>',
           6: f'<p><strong>Baca juga:</strong> <a href="/read/{slugify(rel[1])}">{rel[1]}</a></p>'}
    body = body_html(art, i, inserts=ins, first=dateline,
                     cap=lambda t, n: f'<div class="photo-wrap"><img src="https://asset.wartanusa.com/{n}.jpg" alt="{esc(plain(t))}">'
                                      f'<div class="photo__caption">{t}</div></div>',
                     h2=lambda t: f'<h2 class="read__subtitle">{t}</h2>')
    tags = "".join(f'<li class="tag__article__item"><a href="/tag/{slugify(t)}">{t}</a></li>' for t in art["tags"])
    related = "".join(f'<div class="article__list"><a class="article__link" href="/read/{slugify(r)}">{r}</a>'
                      f'<div class="article__date">{art["date"].split("|")[0].strip()}</div></div>' for r in rel[2:5])
    popular = "".join(f'<li><span class="most__count">{n}</span><a href="/read/{slugify(r)}">{r}</a></li>'
                      for n, r in enumerate(pick(RELATED, i + 3, 5), 1))
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
{charset_meta(art)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(headline(art))} - {art['site']}</title>
<meta name="description" content="{esc(plain(lead(art))[:150])}">
{og(art, url)}
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://asset.wartanusa.com/css/read.min.css">
<style>.read__content p{{margin:0 0 1em;line-height:1.7}}.ads-label{{font-size:10px;color:#999;letter-spacing:2px}}</style>
{jsonld(art)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"read","section":"{art['section']}","author":"{art['author']}"}});</script>
</head>
<body class="read-page">
<div class="top-bar"><div class="container"><a class="logo" href="/">{art['site']}</a>
<a href="/login">Masuk</a> <a href="/register">Daftar</a> <a href="/epaper">ePaper</a></div></div>
<nav class="nav nav--main"><ul class="nav__wrap">
<li class="nav__item"><a href="/">Beranda</a></li><li class="nav__item"><a href="/news">News</a></li>
<li class="nav__item"><a href="/megapolitan">Megapolitan</a></li><li class="nav__item"><a href="/money">Money</a></li>
<li class="nav__item"><a href="/tekno">Tekno</a></li><li class="nav__item"><a href="/bola">Bola</a></li>
<li class="nav__item"><a href="/lifestyle">Lifestyle</a></li><li class="nav__item"><a href="/indeks">Indeks</a></li>
</ul></nav>
<div class="container clearfix">
<div class="breadcrumb"><ul class="breadcrumb__wrap"><li class="breadcrumb__item"><a href="/">Home</a></li>
<li class="breadcrumb__item"><a href="/{art['section'].lower()}">{art['section']}</a></li></ul></div>
<div class="col-bs10-7">
<h1 class="read__title">{headline(art)}</h1>
<div class="read__time">{art['site']} - {art['date']}</div>
<div class="read__credit clearfix">
<div class="credit-title-name"><h6>Penulis</h6> <a href="/penulis/{slugify(art['author'])}">{art['author']}</a></div>
<div class="credit-title-name"><h6>Editor</h6> <a href="/editor/{slugify(art['editor'])}">{art['editor']}</a></div>
</div>
<div class="read__content"><div class="clearfix">
{body}
</div></div>
<div class="tag__article"><h5 class="tag__article__title">Tag:</h5><ul class="tag__article__wrap">{tags}</ul></div>
<div class="social-share"><span>Bagikan artikel ini melalui</span>
<a class="share share--fb" href="#">Facebook</a> <a class="share share--tw" href="#">Twitter</a>
<a class="share share--wa" href="#">WhatsApp</a> <a class="share share--copy" href="#">Salin tautan</a></div>
<div class="comment-wrap"><h4>Komentar</h4><div class="comment__loading">LOADING</div>
<p class="comment__info">Silakan login untuk memberikan komentar. Komentar yang melanggar Pedoman Media Siber akan dihapus.</p></div>
<div class="related"><h3 class="related__title">Berita Terkait</h3>{related}</div>
</div>
<div class="col-bs10-3"><div class="most"><h3 class="most__title">Terpopuler</h3><ol class="most__list">{popular}</ol></div>
<div class="newsletter-box"><h4>Newsletter</h4><p>Dapatkan ringkasan berita pilihan setiap pagi langsung di email Anda.</p>
<input type="email" placeholder="Alamat email"><button>Daftar</button></div></div>
</div>
<div class="notif-box" id="notif"><p><b>Aktifkan notifikasi</b> agar tidak ketinggalan berita terbaru.</p>
<p>Klik ikon gembok di samping alamat situs, pilih Pengaturan situs, lalu izinkan notifikasi.</p><button>Nanti saja</button></div>
<footer class="footer"><div class="container">
<ul class="footer__nav"><li><a href="/tentang">Tentang Kami</a></li><li><a href="/redaksi">Redaksi</a></li>
<li><a href="/pedoman">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/karir">Karir</a></li></ul>
<p class="footer__copy">Copyright © 2008 - 2026 PT WartaNusa Digital Media. All Rights Reserved.</p>
<p>Gedung Menara Nusa Lt. 9, Jl. Gatot Subroto Kav. 12, Jakarta Selatan 12930</p>
</div></footer>
<script src="https://asset.wartanusa.com/js/read.min.js" defer></script>
</body>
</html>
"""


def s2(art, i):
    """A breaking-news portal: detail__body-text, linksisip tables for Baca juga, a parallax ad with 'Scroll to
    continue with content', author initials at the end, tags, share, comments with users, cookie notice."""
    rel = pick(RELATED, i, 8)
    initials = f"({art['author'][:3].lower()}/{art['editor'][:3].lower()})"
    ins = {1: f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
              f'<a href="https://news.detakberita.id/d-71{i:02d}/{slugify(rel[0])}">{rel[0]}</a></div></td></tr></table>',
           3: '<div class="parallaxindetail scrollpage"><p class="para_caption">ADVERTISEMENT</p>'
              '<div class="parallax_ads"><div id="div-gpt-ad-parallax"></div></div>'
              '<p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>',
           4: f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> '
              f'<a href="https://news.detakberita.id/d-72{i:02d}/{slugify(rel[1])}">{rel[1]}</a></div></td></tr></table>'}

    def cap(t, n):
        return (f'<div class="detail__media"><figure class="detail__media-image"><img src="https://cdn.detakberita.id/{n}.jpeg" '
                f'alt="{esc(plain(t))}" title="{esc(plain(t))}"><figcaption class="detail__media-caption">{t}</figcaption></figure></div>')
    body = body_html(art, i, inserts=ins, first=dateline, cap=cap)
    comments = "".join(f'<div class="comment__item"><span class="comment__user">{u}</span> <span class="comment__time">{k + 1} jam yang lalu</span>'
                       f'<p class="comment__text">{c}</p><a class="comment__reply">Balas</a> <span>Suka</span></div>'
                       for k, (u, c) in enumerate(pick(COMMENTS, i, 3, 3)))
    lain = "".join(f'<article class="list-content__item"><h3><a href="#">{r}</a></h3><span class="date">{k * 7 + 5} menit yang lalu</span></article>'
                   for k, r in enumerate(rel[2:7]))
    tags = " ".join(f'<a class="nav__item" href="/tag/{slugify(t)}">{t}</a>' for t in art["tags"])
    return f"""<!doctype html>
<html lang="id-ID">
<head>
{charset_meta(art)}
<title>{esc(headline(art))}</title>
<meta name="author" content="{art['author']}">
<meta name="keywords" content="{', '.join(art['tags'])}">
{og(art, url_of(art, 'news.detakberita.id'))}
<script type="text/javascript">var dtk_page={{"kanal":"{art['section']}","articleid":"71{i:02d}","penulis":"{art['author']}"}};</script>
<style>.detail__body-text p{{font-size:16px}} .linksisip{{border-left:3px solid #e40}}</style>
</head>
<body>
<header class="header"><div class="header__logo"><a href="/">detakberita</a></div>
<div class="header__menu"><a href="/">detakNews</a> <a href="/ekonomi">detakEkonomi</a> <a href="/sport">detakSport</a>
<a href="/oto">detakOto</a> <a href="/food">detakFood</a> <a href="/travel">detakTravel</a> <a href="/health">detakHealth</a></div>
<div class="header__search"><input type="text" placeholder="Cari berita"></div></header>
<div class="breadcrumb"><a href="/">detakberita</a> &rsaquo; <a href="#">{art['section']}</a></div>
<article class="detail">
<div class="detail__header">
<h1 class="detail__title">{headline(art)}</h1>
<div class="detail__author">{art['author']} - detak{art['section'].split()[0]}</div>
<div class="detail__date">{art['date']}</div>
<div class="detail__share"><span>Bagikan</span> <a href="#">facebook</a> <a href="#">twitter</a> <a href="#">whatsapp</a> <a href="#">copy link</a></div>
</div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
{body}
<p><strong>{initials}</strong></p>
</div>
<div class="detail__body-tag"><div class="nav">{tags}</div></div>
</div>
</article>
<div class="comment-box"><h3>Komentar (3)</h3><div class="comment__form"><textarea placeholder="Tulis komentar"></textarea>
<button>Kirim</button></div>{comments}<a class="comment__more" href="#">Muat lebih banyak</a></div>
<div class="list-content"><h2 class="list-content__title">Berita Lainnya</h2>{lain}</div>
<div id="cookie-notice" class="cookie"><p>Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan,
Anda menyetujui penggunaan cookie sesuai Kebijakan Privasi kami.</p><button class="cookie__ok">Setuju</button></div>
<footer class="footer"><div class="footer__nav"><a href="#">Redaksi</a> | <a href="#">Pedoman Media Siber</a> | <a href="#">Karir</a> |
<a href="#">Kotak Pos</a> | <a href="#">Info Iklan</a> | <a href="#">Privacy Policy</a> | <a href="#">Disclaimer</a></div>
<div class="footer__copy">Copyright @ 2026 detakberita.id. All rights reserved</div></footer>
<script>(function(){{var s=document.createElement("script");s.src="https://cdn.detakberita.id/track.js";document.body.appendChild(s);}})();</script>
</body>
</html>
"""


def s3(art, i):
    """A WordPress blog: site header and menu, entry-content with a baca-juga box, entry-footer with category and
    tags, sharedaddy share bar, related posts, a comment thread with replies and the reply form, sidebar widgets,
    cookie notice."""
    rel = pick(RELATED, i, 6, 7)
    ins = {2: '<div class="baca-juga"><strong>Baca Juga</strong><ul>' +
              "".join(f'<li><a href="/{slugify(r)}/">{r}</a></li>' for r in rel[:2]) + "</ul></div>"}
    body = body_html(art, i, inserts=ins, table=lambda rows: '<figure class="wp-block-table"><table><thead><tr>' +
                     "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>" +
                     "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) +
                     "</tbody></table></figure>",
                     ol=lambda items: '<ol class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in items) + "</ol>",
                     h2=lambda t: f'<h2 class="wp-block-heading">{t}</h2>')
    comments = ""
    for k, (u, c) in enumerate(pick(COMMENTS, i, 3, 2)):
        comments += (f'<li class="comment" id="comment-{300 + k}"><article class="comment-body"><footer class="comment-meta">'
                     f'<b class="fn">{u}</b> <span class="says">berkata:</span> <time>{k + 2} Desember 2026 pukul 1{k}.2{k}</time></footer>'
                     f'<div class="comment-content"><p>{c}</p></div><div class="reply"><a class="comment-reply-link">Balas</a></div></article></li>')
    comments += (f'<li class="comment byuser bypostauthor"><article class="comment-body"><footer class="comment-meta"><b class="fn">{art["author"]}</b> '
                 f'<span class="says">berkata:</span></footer><div class="comment-content"><p>Terima kasih sudah mampir, semoga bermanfaat.</p></div></article></li>')
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
{charset_meta(art)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(headline(art))} &#8211; {art['site']}</title>
<meta name="generator" content="WordPress 6.7">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">
<style id="global-styles-inline-css">body{{--wp--preset--color--black:#000;}}.baca-juga{{background:#f3f3f3;padding:10px}}</style>
{jsonld(art, 'BlogPosting')}
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Langsung ke konten</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{art['site']}</a></p>
<p class="site-description">Catatan kecil seputar teknologi, administrasi, dan hidup sehari-hari</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Beranda</a></li><li class="menu-item"><a href="/category/tutorial/">Tutorial</a></li>
<li class="menu-item"><a href="/category/review/">Review</a></li><li class="menu-item"><a href="/tentang/">Tentang</a></li>
<li class="menu-item"><a href="/kontak/">Kontak</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-{1200 + i}" class="post-{1200 + i} post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{headline(art)}</h1>
<div class="entry-meta"><span class="posted-on">Diposting pada <time class="entry-date published">{art['date']}</time></span>
<span class="byline"> oleh <span class="author vcard"><a class="url fn n" href="/author/admin/">{art['author']}</a></span></span></div></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Kategori: <a href="#">{art['section']}</a></span>
<span class="tags-links">Tag: {', '.join(f'<a href="/tag/{slugify(t)}/">{t}</a>' for t in art['tags'])}</span></footer>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3><ul>
<li><a class="share-twitter">Klik untuk berbagi di X (Membuka di jendela yang baru)</a></li>
<li><a class="share-facebook">Klik untuk berbagi di Facebook</a></li><li><a class="share-jetpack-whatsapp">WhatsApp</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Artikel Terkait</em></h3>
{''.join(f'<div class="jp-relatedposts-post"><h4><a href="#">{r}</a></h4><p>Dalam "{art["section"]}"</p></div>' for r in rel[2:5])}</div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">4 tanggapan untuk &ldquo;{headline(art)}&rdquo;</h2>
<ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3>
<form class="comment-form"><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p>
<p><label>Komentar *</label><textarea></textarea></p><p><label>Nama *</label><input></p><p><label>Email *</label><input></p>
<p><input type="submit" value="Kirim Komentar"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><input placeholder="Cari &hellip;"></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>
{''.join(f'<li><a href="#">{r}</a></li>' for r in pick(RELATED, i + 9, 4))}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Arsip</h2><ul><li><a href="#">November 2026</a></li>
<li><a href="#">Oktober 2026</a></li><li><a href="#">September 2026</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 {art['site']} &middot; Ditenagai oleh WordPress | Tema: Flavor</div></footer>
<div id="cookie-law-info-bar"><span>Kami menggunakan cookie di situs web kami untuk memberi Anda pengalaman yang paling relevan.
Dengan mengklik &ldquo;Setuju&rdquo;, Anda menyetujui penggunaan SEMUA cookie.</span> <a role="button">Pengaturan</a> <a role="button">Setuju</a></div>
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</body>
</html>
"""


def s4(art, i):
    """A government site: Bootstrap, a top bar with the ministry's address and call center, a dropdown nav, an
    ordered breadcrumb, the press release in a justified article-body, read count, share, other news, a footer with
    the office address and social links."""
    body = body_html(art, i, p=lambda t: f'<p style="text-align: justify;">{t}</p>',
                     table=lambda rows: '<table class="table table-bordered" border="1" cellpadding="4"><tbody>' +
                     "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>",
                     ul=lambda items: '<ul style="text-align: justify;">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>")
    others = "".join(f'<div class="media"><div class="media-body"><a href="#"><h5 class="media-heading">{r}</h5></a>'
                     f'<small class="text-muted">{k + 2} hari yang lalu</small></div></div>'
                     for k, r in enumerate(["Penandatanganan Nota Kesepahaman dengan Pemerintah Daerah",
                                            "Rapat Koordinasi Nasional Tahun 2026 Resmi Dibuka",
                                            "Layanan Pengaduan Masyarakat Kini Tersedia 24 Jam",
                                            "Pengumuman Hasil Seleksi Administrasi Calon Pegawai"]))
    if "Kabupaten" in art["site"]:
        address, phone, mail = "Jl. Pemuda No. 294, Klaten, Jawa Tengah 57424", "(0272) 321046", "distan@klatenkab.go.id"
    else:
        address, phone, mail = "Jl. H.R. Rasuna Said Blok X-5 Kav. 4-9, Kuningan, Jakarta Selatan 12950", "(021) 5201590", "kontak@kementerian.go.id"
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
{charset_meta(art)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(headline(art))} | {art['site']}</title>
<link href="/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/style.css" rel="stylesheet">
<script src="/assets/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="topbar bg-primary text-white"><div class="container"><span><i class="fa fa-phone"></i> Call Center 1500-567</span>
<span><i class="fa fa-envelope"></i> {mail}</span> <a href="#">ID</a> | <a href="#">EN</a></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="Logo"> {art['site']}</a>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">Profil</a><div class="dropdown-menu"><a class="dropdown-item" href="#">Visi dan Misi</a>
<a class="dropdown-item" href="#">Struktur Organisasi</a><a class="dropdown-item" href="#">Pimpinan</a></div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">Informasi Publik</a><div class="dropdown-menu"><a class="dropdown-item" href="#">PPID</a>
<a class="dropdown-item" href="#">Regulasi</a><a class="dropdown-item" href="#">Laporan Kinerja</a></div></li>
<li class="nav-item"><a class="nav-link" href="#">Berita</a></li><li class="nav-item"><a class="nav-link" href="#">Layanan</a></li>
<li class="nav-item"><a class="nav-link" href="#">Kontak</a></li></ul></div></nav>
<div class="container mt-4"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Beranda</a></li>
<li class="breadcrumb-item"><a href="#">Berita</a></li><li class="breadcrumb-item active" aria-current="page">{art['section']}</li></ol></nav>
<div class="row"><div class="col-md-8">
<div class="content-detail">
<span class="badge badge-info">{art['section']}</span>
<h2 class="title">{headline(art)}</h2>
<p class="meta"><i class="fa fa-calendar"></i> Dipublikasikan pada: {art['date']} &nbsp; <i class="fa fa-user"></i> {art['author']} &nbsp; <i class="fa fa-eye"></i> Dilihat: {1284 + i * 37} kali</p>
<div class="article-body">
{body}
</div>
<div class="share mt-3"><strong>Bagikan:</strong> <a href="#" class="btn btn-sm btn-primary">Facebook</a> <a href="#" class="btn btn-sm btn-info">Twitter</a>
<a href="#" class="btn btn-sm btn-success">WhatsApp</a> <a href="#" class="btn btn-sm btn-secondary">Telegram</a></div>
</div></div>
<div class="col-md-4"><div class="card"><div class="card-header">Berita Lainnya</div><div class="card-body">{others}</div></div>
<div class="card mt-3"><div class="card-header">Tautan</div><div class="card-body"><a href="#">JDIH</a><br><a href="#">SP4N-LAPOR!</a><br><a href="#">Whistleblowing System</a></div></div></div>
</div></div>
<footer class="footer bg-dark text-white mt-5"><div class="container"><div class="row">
<div class="col-md-6"><h5>{art['site']}</h5><p>{address}<br>Telepon: {phone}</p></div>
<div class="col-md-6"><h5>Ikuti Kami</h5><a href="#">Instagram</a> <a href="#">YouTube</a> <a href="#">X</a> <a href="#">TikTok</a></div></div>
<p class="text-center small">Hak Cipta &copy; 2026 {art['site']}. Seluruh hak cipta dilindungi.</p></div></footer>
<script src="/assets/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def s5(art, i):
    """An old regional portal laid out with tables and <font>: paragraphs separated by <br><br>, a left menu
    column, 'Baca Juga :' in bold inline, 'Kirim ke teman | Cetak', other news with &raquo;, a table footer."""
    rel = pick(RELATED, i, 6, 3)
    parts = []
    np = 0
    for kind, x in groups(blocks(art)[1:]):
        if kind == "p":
            np += 1
            parts.append(dateline(x, "b") if np == 1 else x)
            if np == 3:
                parts.append(f'<b>Baca Juga :</b> <a href="berita.php?id={4400 + i}">{rel[0]}</a>')
        elif kind == "cap":
            parts.append(f'<table align="right" width="240" cellpadding="3"><tr><td><img src="foto/{art["slug"]}.jpg" width="234"></td></tr>'
                         f'<tr><td><font size="1"><i>{x}</i></font></td></tr></table>')
        else:
            parts.append(f"<b>{x}</b>")
    text = "<br><br>\n".join(parts)
    menu = "<br>\n".join(f'&middot; <a href="kanal.php?k={k}">{k}</a>' for k in
                         ["HOME", "DAERAH", "POLITIK", "EKONOMI", "OLAHRAGA", "PENDIDIKAN", "OPINI", "GALERI FOTO"])
    other = "<br>\n".join(f'&raquo; <a href="berita.php?id={4300 + k}">{r}</a>' for k, r in enumerate(rel[1:6]))
    return f"""<html>
<head>
{charset_meta(art, 'http-equiv')}
<title>{art['site']} :: {esc(headline(art))}</title>
<script language="JavaScript">function cetak(){{window.print();}}</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#003366"><img src="img/banner.gif" width="900" height="90" alt="{art['site']}"></td></tr>
<tr><td colspan="2" bgcolor="#CCCCCC"><font face="Verdana" size="1">&nbsp;{art['date']} &nbsp;|&nbsp; <a href="index.php">Beranda</a> | <a href="arsip.php">Arsip</a> | <a href="kontak.php">Kontak</a></font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#EEEEEE"><font face="Verdana" size="2"><b>MENU</b><br>
{menu}
<br><br><b>IKLAN</b><br><a href="iklan.php"><img src="img/iklan-toko-emas.gif" width="160" alt="Iklan Toko Emas Sinar Jaya"></a></font></td>
<td width="730" valign="top"><table width="100%" cellpadding="8"><tr><td>
<font face="Verdana" size="2" color="#990000"><b>{art['section']}</b></font><br>
<font face="Georgia" size="5"><b>{headline(art)}</b></font><br>
<font face="Verdana" size="1" color="#666666">{art['date']} - Laporan: {art['author']}</font><br><br>
<font face="Verdana" size="2">
{text}
</font>
<br><br><font face="Verdana" size="1"><a href="kirim.php">Kirim ke teman</a> | <a href="javascript:cetak()">Cetak berita</a> | Dibaca {512 + i} kali</font>
<hr size="1">
<font face="Verdana" size="2"><b>Berita Lainnya:</b><br>
{other}</font>
</td></tr></table></td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#003366"><font face="Verdana" size="1" color="#FFFFFF">Copyright © 2003-2026 {art['site']}. Redaksi | Iklan | Tentang Kami<br>
Jl. Ahmad Yani No. 112, Tel. (0262) 233xxx</font></td></tr>
</table>
</body>
</html>
"""


def s6(art, i):
    """A page without a single class or id: plain divs, a ul of links for the menu, 'Baca juga:' as a plain
    paragraph, a caption in a div under the image, 'Tag:' and 'Bagikan:' divs, other news, cookie line, footer."""
    rel = pick(RELATED, i, 5, 11)
    ins = {3: f'<p>Baca juga: <a href="/berita/{slugify(rel[0])}">{rel[0]}</a></p>'}
    body = body_html(art, i, inserts=ins,
                     cap=lambda t, n: f'<div><img src="/foto/{n}.jpg" width="640"><div>{t}</div></div>')
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(art)}
<title>{esc(headline(art))}</title>
</head>
<body>
<div>
<div><a href="/"><img src="/logo.png" alt="{art['site']}"></a></div>
<ul><li><a href="/">Beranda</a></li><li><a href="/kota">Kota</a></li><li><a href="/wisata">Wisata</a></li>
<li><a href="/lingkungan">Lingkungan</a></li><li><a href="/cuaca">Cuaca</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/kontak">Kontak</a></li></ul>
</div>
<div>
<div><a href="/">Beranda</a> » <a href="/{art['section'].lower()}">{art['section']}</a></div>
<h1>{headline(art)}</h1>
<div>{art['author']} | {art['date']}</div>
<div>
{body}
</div>
<div>Tag: {' '.join(f'<a href="/tag/{slugify(t)}">#{t}</a>' for t in art['tags'])}</div>
<div>Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<div>Editor: {art['editor']}</div>
<div>
<h3>Berita Lainnya</h3>
{''.join(f'<div><a href="/berita/{slugify(r)}">{r}</a></div>' for r in rel[1:5])}
</div>
</div>
<div>Kami menggunakan cookie untuk menyimpan preferensi Anda. <button>Setuju</button></div>
<div>© 2026 {art['site']} | <a href="/tentang">Tentang Kami</a> | <a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a><br>
Jl. Merdeka No. 45, telepon (022) 4201xxx</div>
</body>
</html>
"""


def s7(art, i):
    """A script-rendered modern portal: many scripts, JSON-LD and og: meta, noscript notice, a Next.js data blob
    that repeats the article text, article-body with inline links, BACA JUGA asides, an 'Iklan' slot, a newsletter
    box inside the article, most-read list, 'Muat lebih banyak', footer."""
    rel = pick(RELATED, i, 7, 5)
    tag0 = art["tags"][0]

    def link_first(t):
        return t.replace(tag0, f'<a href="/tag/{slugify(tag0)}" class="tag-link">{tag0}</a>', 1) if tag0 in t else t
    ins = {2: f'<aside class="inline-related"><span class="inline-related__label">BACA JUGA:</span> '
              f'<a href="/artikel/{slugify(rel[0])}">{rel[0]}</a></aside>',
           3: '<div class="ad-slot ad-slot--mid" data-ad-unit="/2104/tk/mid"><small>Iklan</small></div>',
           5: f'<aside class="inline-related"><span class="inline-related__label">BACA JUGA:</span> '
              f'<a href="/artikel/{slugify(rel[1])}">{rel[1]}</a></aside>'}
    body = body_html(art, i, inserts=ins, p=lambda t: f"<p>{link_first(t)}</p>",
                     h2=lambda t: f'<h2 class="article-body__subheading">{t}</h2>')
    data = {"props": {"pageProps": {"article": {"title": headline(art), "author": art["author"],
                                                 "content": [plain(x) for k, x in blocks(art)[1:] if k == "p"][:3]}}},
            "page": "/[section]/[slug]", "buildId": f"b{i:03d}x"}
    popular = "".join(f'<li class="most-read__item"><span>{n}</span><a href="#">{r}</a></li>' for n, r in enumerate(rel[2:7], 1))
    return f"""<!DOCTYPE html>
<html lang="id"><head>
{charset_meta(art)}
<meta name="viewport" content="width=device-width">
<title>{esc(headline(art))} | {art['site']}</title>
{og(art, url_of(art, 'teknokini.id'))}
<link rel="preload" href="/_next/static/css/app.css" as="style">
{jsonld(art)}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TK2026"></script>
<script>window.gtag=function(){{(window.dataLayer=window.dataLayer||[]).push(arguments)}};gtag("js",new Date());gtag("config","G-TK2026");</script>
<style>:root{{--brand:#0a7}}.article-body p{{font:18px/1.6 Georgia,serif}}.ad-slot small{{display:block;text-align:center}}</style>
</head>
<body>
<noscript><div class="noscript">Aktifkan JavaScript di peramban Anda untuk menikmati seluruh fitur {art['site']}.</div></noscript>
<div id="__next">
<header class="site-header"><a class="site-header__logo" href="/">{art['site']}</a>
<nav class="site-header__nav"><a href="/startup">Startup</a><a href="/gadget">Gadget</a><a href="/global">Global</a><a href="/travel">Travel</a><a href="/video">Video</a></nav>
<button class="site-header__login">Masuk</button></header>
<main class="layout">
<article class="article">
<header class="article-header"><a class="article-header__kicker" href="/{art['section'].lower()}">{art['section']}</a>
<h1 class="article-header__title">{headline(art)}</h1>
<div class="byline">Oleh <a href="/penulis/{slugify(art['author'])}">{art['author']}</a> · Editor: {art['editor']} · <time datetime="{art['date']}">{art['date'][:10]}</time></div>
<div class="share-bar"><button>Bagikan</button><button>Salin tautan</button></div></header>
<div class="article-body" itemprop="articleBody">
{body}
<div class="newsletter"><h4>Dapatkan berita terbaru setiap pagi</h4><p>Berlangganan newsletter {art['site']} gratis, bisa berhenti kapan saja.</p>
<form><input type="email" placeholder="Alamat email"><button>Berlangganan</button></form></div>
</div>
<footer class="article-footer"><ul class="tags">{''.join(f'<li><a href="/tag/{slugify(t)}">{t}</a></li>' for t in art['tags'])}</ul></footer>
</article>
<aside class="most-read"><h3>Terpopuler</h3><ol>{popular}</ol><button class="load-more">Muat lebih banyak</button></aside>
</main>
<footer class="site-footer"><nav><a href="/tentang-kami">Tentang Kami</a><a href="/redaksi">Redaksi</a><a href="/pedoman-media-siber">Pedoman Media Siber</a><a href="/iklan">Pasang Iklan</a></nav>
<p>© 2026 {art['site']}. Hak cipta dilindungi undang-undang.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main.js" defer></script>
</body></html>
"""


def s8(art, i):
    """A sports portal: a live-score strip and a standings table outside the article, detail-text with
    p.caption captions and a baca-juga ul box, share with 'Salin tautan', comments with 'Muat lebih banyak'."""
    rel = pick(RELATED, i, 6, 13)
    ins = {3: '<div class="baca-juga"><p class="baca-juga__title">Baca Juga</p><ul>' +
              "".join(f'<li><a href="/berita/{slugify(r)}">{r}</a></li>' for r in rel[:3]) + "</ul></div>"}
    body = body_html(art, i, inserts=ins, first=dateline,
                     cap=lambda t, n: f'<div class="photo"><img src="/foto/{n}.jpg" loading="lazy"><p class="caption">{t}</p></div>')
    comments = "".join(f'<div class="komentar__item"><b>{u}</b><p>{c}</p><span>Balas · Laporkan</span></div>'
                       for u, c in pick(COMMENTS, i, 2, 4))
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
{charset_meta(art)}
<title>{esc(headline(art))} - {art['site']}</title>
<meta name="description" content="{esc(plain(lead(art))[:140])}">
<style>.score-strip{{background:#111;color:#fff}}.caption{{font-size:13px;color:#666}}</style>
</head>
<body>
<div class="score-strip"><span class="live">LIVE</span> Borneo FC 1 - 0 Bali United · PSM Makassar 2 - 2 Persebaya · Arema FC 0 - 1 Dewa United</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/liga-1">Liga 1</a></li><li><a href="/liga-inggris">Liga Inggris</a></li>
<li><a href="/timnas">Timnas</a></li><li><a href="/bulu-tangkis">Bulu Tangkis</a></li><li><a href="/motogp">MotoGP</a></li><li><a href="/jadwal">Jadwal</a></li></ul></nav>
<div class="wrapper"><div class="content">
<div class="breadcrumbs"><a href="/">Home</a> / <a href="#">{art['section']}</a></div>
<h1 class="title-detail">{headline(art)}</h1>
<div class="author-date"><span class="author">Penulis: {art['author']}</span> <span class="editor">Editor: {art['editor']}</span> <span class="date">{art['date']}</span></div>
<div class="detail-text">
{body}
</div>
<div class="tag-list"><span>Tag</span> {' '.join(f'<a href="/tag/{slugify(t)}">{t}</a>' for t in art['tags'])}</div>
<div class="share"><span>Share:</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Telegram</a> <a>Salin tautan</a></div>
<div class="komentar"><h3>Komentar</h3><textarea placeholder="Tulis komentar..."></textarea>{comments}<button>Muat lebih banyak</button></div>
</div>
<div class="sidebar"><div class="widget-klasemen"><h3>Klasemen Liga 1</h3><table><tr><th>Tim</th><th>Main</th><th>Poin</th></tr>
<tr><td>Persib Bandung</td><td>14</td><td>31</td></tr><tr><td>Borneo FC</td><td>14</td><td>29</td></tr><tr><td>Dewa United</td><td>14</td><td>26</td></tr></table></div>
<div class="widget-populer"><h3>Terpopuler</h3><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel[3:6])}</ul></div></div></div>
<footer><p>{art['site']} &copy; 2026 — Portal Olahraga Indonesia</p><p><a href="#">Tentang Kami</a> · <a href="#">Redaksi</a> · <a href="#">Pedoman Media Siber</a> · <a href="#">Kebijakan Privasi</a></p></footer>
</body>
</html>
"""


def s9(art, i):
    """A magazine-style portal: div#isi, 'BACA JUGA:' in capitals, an 'Iklan' label between paragraphs, 'Pilihan
    Editor' list after the article, tags, comments widget, footer."""
    rel = pick(RELATED, i, 6, 17)
    ins = {2: f'<p><strong>BACA JUGA:</strong> <a href="/read/{slugify(rel[0])}">{rel[0]}</a></p>',
           4: '<div class="iklan"><span>Iklan</span><div class="iklan-slot" id="ad-inarticle"></div></div>'}
    body = body_html(art, i, inserts=ins, first=dateline, h2=lambda t: f"<p><strong>{t}</strong></p>")
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
{charset_meta(art)}
<title>{esc(headline(art))} | {art['site']}</title>
{og(art, url_of(art, 'lintasdunia.co.id'))}
</head>
<body>
<header id="header"><div class="logo"><a href="/">{art['site']}</a></div>
<ul class="menu"><li><a href="/nasional">Nasional</a></li><li><a href="/metro">Metro</a></li><li><a href="/internasional">Internasional</a></li>
<li><a href="/hukum">Hukum</a></li><li><a href="/bisnis">Bisnis</a></li><li><a href="/kolom">Kolom</a></li></ul>
<a class="subscribe" href="/langganan">Berlangganan</a></header>
<div id="main">
<div class="detail-title"><span class="kanal">{art['section']}</span><h1>{headline(art)}</h1>
<p class="date">{art['date']}</p><p class="reporter">Reporter: {art['author']} · Editor: {art['editor']}</p></div>
<div id="isi">
{body}
</div>
<div class="pilihan-editor"><h4>Pilihan Editor:</h4><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel[1:4])}</ul></div>
<div class="tags"><span>Topik terkait:</span> {' '.join(f'<a href="#">{t}</a>' for t in art['tags'])}</div>
<div class="comments"><h3>Komentar</h3><p>Tulis komentar Anda. Komentar mencerminkan pendapat pribadi dan bukan pandangan redaksi.</p>
<div id="comment-widget">LOADING</div></div>
<div class="terkait"><h3>Artikel Terkait</h3>{''.join(f'<div class="terkait__item"><a href="#">{r}</a></div>' for r in rel[4:6])}</div>
</div>
<footer id="footer"><div><a href="#">Tentang Kami</a> | <a href="#">Redaksi</a> | <a href="#">Pedoman Media Siber</a> | <a href="#">Kode Etik</a> | <a href="#">Lowongan</a></div>
<div>© {art['site']} 2026. Gedung Lintas, Jl. Palmerah Barat No. 8, Jakarta 10270</div></footer>
</body>
</html>
"""


def s10(art, i):
    """An AMP page: amp boilerplate styles, amp-img with figcaption, article-content, a 'Baca Juga' box, an
    amp-ad with ADVERTISEMENT, amp-social-share, a notification prompt, 'Berita Lainnya' and a footer."""
    rel = pick(RELATED, i, 6, 19)
    ins = {2: f'<div class="baca-juga-amp"><p>Baca Juga</p><a href="/amp/{slugify(rel[0])}">{rel[0]}</a></div>',
           4: '<div class="ads-amp"><p class="ads-amp__label">ADVERTISEMENT</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/1071/jhi/amp"></amp-ad></div>',
           8: f'<div class="baca-juga-amp"><p>Baca Juga</p><a href="/amp/{slugify(rel[1])}">{rel[1]}</a></div>'}
    body = body_html(art, i, inserts=ins, first=dateline,
                     cap=lambda t, n: f'<figure class="photo-amp"><amp-img src="/foto/{n}.jpg" width="640" height="360" layout="responsive"></amp-img><figcaption>{t}</figcaption></figure>')
    return f"""<!doctype html>
<html ⚡ lang="id">
<head>
{charset_meta(art)}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(headline(art))} - {art['site']}</title>
<link rel="canonical" href="{url_of(art, 'jabarhariini.com')}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.article-content p{{margin:0 0 12px}}.baca-juga-amp{{border:1px solid #ddd}}</style>
{jsonld(art)}
</head>
<body>
<header class="amp-header"><a href="/">{art['site']}</a> <a href="/jawa-barat">Jawa Barat</a> <a href="/peristiwa">Peristiwa</a> <a href="/pendidikan">Pendidikan</a></header>
<div class="amp-container">
<h1 class="amp-title">{headline(art)}</h1>
<div class="amp-meta">{art['author']} &middot; {art['date']}</div>
<div class="article-content">
{body}
</div>
<div class="amp-editor">Editor: {art['editor']}</div>
<div class="amp-share"><amp-social-share type="facebook" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share></div>
<div class="amp-notif">Ingin dapat kabar terbaru? Aktifkan notifikasi: klik ikon gembok di samping alamat situs, lalu izinkan notifikasi dari {art['site']}.</div>
<div class="amp-related"><h3>Berita Lainnya</h3><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel[2:6])}</ul></div>
</div>
<footer class="amp-footer">Copyright © 2026 {art['site']}<br><a href="#">Tentang Kami</a> - <a href="#">Pedoman Media Siber</a> - <a href="#">Redaksi</a></footer>
</body>
</html>
"""


def s11(art, i):
    """A TV-network portal: a share bar above the text, detail-text whose paragraphs are bare text nodes
    separated by <br><br>, a 'Baca juga' div and an ADVERTISEMENT div among them, author initials at the end,
    'Berita Terkait' list, footer."""
    rel = pick(RELATED, i, 5, 23)
    parts, np = [], 0
    for kind, x in groups(blocks(art)[1:]):
        if kind == "p":
            np += 1
            parts.append(dateline(x) if np == 1 else x)
            if np == 2:
                parts.append(f'<div class="linksisip"><b>Baca juga:</b> <a href="#">{rel[0]}</a></div>')
            if np == 4:
                parts.append('<div class="ads300 inarticle"><div class="ads-caption">ADVERTISEMENT</div><div id="ad-mid"></div></div>')
        elif kind == "h2":
            parts.append(f"<h3>{x}</h3>")
        else:
            parts.append(x)
    text = "<br><br>\n".join(parts)
    initials = f"({art['author'][:3].lower()}/{art['editor'][:3].lower()})"
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
{charset_meta(art)}
<title>{esc(headline(art))}</title>
{og(art, url_of(art, 'beritasatunusantara.com'))}
<script>var _comscore=_comscore||[];_comscore.push({{c1:"2",c2:"88000{i}"}});</script>
</head>
<body>
<div class="nav-top"><a href="/">Berita Satu Nusantara</a> <a href="/nasional">Nasional</a> <a href="/internasional">Internasional</a>
<a href="/ekonomi">Ekonomi</a> <a href="/bisnis">Bisnis</a> <a href="/olahraga">Olahraga</a> <a href="/tv">TV Live</a></div>
<div class="container"><div class="l_content">
<div class="detail-wrap">
<div class="breadcrumb">Home &gt; {art['section']}</div>
<h1 class="title">{headline(art)}</h1>
<div class="date">{art['author']}, Berita Satu Nusantara | {art['date']}</div>
<div class="share-box">Bagikan: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Salin tautan</a></div>
<div class="detail-text">
{text}
<br><br><strong>{initials}</strong>
</div>
<div class="tags">{' '.join(f'<a class="gtm_tag" href="#">{t}</a>' for t in art['tags'])}</div>
</div>
<div class="berita-terkait"><h2>Berita Terkait</h2><ul>{''.join(f'<li><a href="#">{r}</a></li>' for r in rel[1:5])}</ul></div>
</div></div>
<footer><div>Copyright © 2026 Berita Satu Nusantara. All Rights Reserved</div><div><a href="#">Tentang Kami</a> | <a href="#">Pedoman Media Siber</a> | <a href="#">Kebijakan Data Pribadi</a></div></footer>
</body>
</html>
"""


def s12(art, i):
    """A Blogger blog: post-body whose lines are <div>s with <div><br></div> between paragraphs, labels, Blogger
    share links, comments ('4 komentar:'), 'Posting Komentar', sidebar (about me, popular posts, archive),
    attribution footer."""
    parts = []
    for kind, x in groups(blocks(art)[1:]):
        if kind == "h2":
            parts.append(f"<h3>{x}</h3>")
        elif kind == "cap":
            parts.append(f'<table class="tr-caption-container" align="center"><tbody><tr><td><a href="#"><img src="/foto.jpg"></a></td></tr>'
                         f'<tr><td class="tr-caption">{x}</td></tr></tbody></table>')
        else:
            parts.append(f"<div>{x}</div>")
    text = "\n<div><br></div>\n".join(parts)
    comments = "".join(f'<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">{u}</cite>'
                       f'<span class="datetime">{k + 3} Desember 2026 pukul 20.1{k}</span></div><p class="comment-content">{c}</p>'
                       f'<span class="comment-actions"><a>Balas</a></span></div></li>' for k, (u, c) in enumerate(pick(COMMENTS, i, 3, 7)))
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="id">
<head>
{charset_meta(art)}
<title>{art['site']}: {esc(headline(art))}</title>
<link rel="alternate" type="application/atom+xml" title="{art['site']} - Atom" href="/feeds/posts/default">
<style id="page-skin-1" type="text/css"><!--
body {{ font: normal normal 15px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; }}
--></style>
<script type="text/javascript">(function(){{var a="Blogger widgets init";}})();</script>
</head>
<body class="loading">
<div class="navbar section"><div class="widget Navbar">Blog · Cari di blog ini · Masuk</div></div>
<div class="header-outer"><div class="Header"><h1 class="title"><a href="/">{art['site']}</a></h1><p class="description">Catatan perjalanan dan cerita dari jalan</p></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog">
<div class="date-outer"><h2 class="date-header"><span>{art['date']}</span></h2>
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">{headline(art)}</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-88{i}">
{text}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Diposting oleh <span class="fn">{art['author']}</span></span>
<span class="post-timestamp">di 19.45</span> <span class="post-comment-link"><a>4 komentar</a></span></div>
<div class="post-share-buttons"><a class="share-button sb-email">Kirimkan Ini lewat Email</a> <a class="share-button sb-blog">BlogThis!</a>
<a class="share-button sb-twitter">Berbagi ke X</a> <a class="share-button sb-facebook">Berbagikan ke Facebook</a> <a class="share-button sb-pinterest">Bagikan ke Pinterest</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Label: {', '.join(f'<a rel="tag">{t}</a>' for t in art['tags'])}</span></div></div>
</div>
<div class="comments" id="comments"><h4>4 komentar:</h4><div class="comments-content"><ol>{comments}
<li class="comment"><div class="comment-block"><cite class="user blog-author">{art['author']}</cite><p class="comment-content">Makasih sudah baca sampai habis!</p></div></li></ol></div>
<p class="comment-footer"><a>Posting Komentar</a></p></div>
</div></div>
<div class="blog-pager"><a class="blog-pager-newer-link">Posting Lebih Baru</a> <a class="blog-pager-older-link">Posting Lama</a> <a class="home-link">Beranda</a></div>
</div></div></div></div>
<div class="column-right-inner"><div class="sidebar section"><div class="widget Profile"><h2>Mengenai Saya</h2><p>{art['author']} — suka jalan, suka makan, kadang menulis.</p><a>Lihat profil lengkapku</a></div>
<div class="widget PopularPosts"><h2>Postingan Populer</h2><ul><li><a>Tiga Hari di Pulau Weh dengan Anggaran Pas-pasan</a></li><li><a>Sarapan Nasi Jamblang di Cirebon</a></li><li><a>Naik Kereta Ekonomi ke Banyuwangi</a></li></ul></div>
<div class="widget BlogArchive"><h2>Arsip Blog</h2><ul><li>► 2026 (14)</li><li>► 2025 (22)</li></ul></div></div></div></div>
<div class="footer-outer"><div class="widget Attribution">Tema Sederhana. Diberdayakan oleh Blogger.</div></div>
</body>
</html>
"""


SKELETONS = {f"s{n}": globals()[f"s{n}"] for n in range(1, 13)}


# ---------------------------------------------------------------- checks and writing

class Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
             "table", "ul", "ol", "article", "header", "footer", "section", "aside", "nav", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "title"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def encode(art, page):
    cs = art["cs"]
    if cs == "utf-8-bom":
        return b"\xef\xbb\xbf" + page.encode("utf-8")
    return page.encode(cs, "xmlcharrefreplace")  # a character the charset lacks becomes a reference


def check(art, data, gold_text):
    cs = "utf-8" if art["cs"] == "utf-8-bom" else art["cs"]
    page = data.decode(cs).lstrip("\ufeff")
    t = Text()
    t.feed(page)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", x).strip() for x in "".join(t.out).split("\n")]
    text = " ".join(x for x in lines if x)
    for line in gold_text.splitlines():
        if line not in text:
            raise SystemExit(f"{art['slug']}: gold line not in the page text: {line!r}")
    if art["cs"] == "windows-1252" and all(b < 128 for b in data):
        raise SystemExit(f"{art['slug']}: a windows-1252 page with no byte above 127")


def main():
    only_check = "--check" in sys.argv[1:]
    bad = 0
    for i, art in enumerate(ARTICLES, 1):
        page = SKELETONS[art["skel"]](art, i)
        data = encode(art, page)
        g = gold(art)
        check(art, data, g)
        for ext, content in ((".html", data), (".expected.txt", g.encode("utf-8"))):
            path = os.path.join(OUT, art["slug"] + ext)
            if only_check:
                if not os.path.exists(path) or open(path, "rb").read() != content:
                    print(f"differs: {path}")
                    bad += 1
            else:
                with open(path, "wb") as f:
                    f.write(content)
    print(f"{len(ARTICLES)} pages {'checked' if only_check else 'written'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
