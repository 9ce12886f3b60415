"""A deterministic corpus of short, news-like Indonesian documents as sharded JSONL.

Used by test_engines.py and benches/python_speed.py; also a command:

    python python/tests/make_corpus.py OUT_DIR [--docs 20000] [--shards 8] [--gz 3] [--seed 7] [--bad-shard 5]

Each document is a headline line followed by two to four sentences composed from templates with varied names,
places, organisations, numbers, dates and quotes (a few with accented names, curly quotes and an emoji, so that
code-point and byte offsets differ). Records are `{"doc_id", "body", "source", "published"}`: the text and id
live in fields other than the defaults, so callers exercise `--text-field body --id-field doc_id`. Even shards
are written with `ensure_ascii=False`, odd ones with `\\u` escapes (astral characters as surrogate pairs); the
last `--gz` shards are gzipped; the last line of shard 0 has no final newline. With `--bad-shard K` (not -1), one
line of shard K is truncated JSON, so a reader must report it as `SHARD:LINE`.

The same arguments always give the same bytes (random.Random(seed); gzip with mtime 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
from dataclasses import dataclass, field

PERSONS = [
    "Joko Widodo", "Prabowo Subianto", "Sri Mulyani Indrawati", "Anies Baswedan", "Ganjar Pranowo",
    "Ridwan Kamil", "Khofifah Indar Parawansa", "Retno Marsudi", "Budi Gunadi Sadikin", "Erick Thohir",
    "Basuki Tjahaja Purnama", "Tri Rismaharini", "Mahfud MD", "Puan Maharani", "Airlangga Hartarto",
    "Nadiem Makarim", "Susi Pudjiastuti", "Agus Harimurti Yudhoyono", "Bambang Soesatyo", "Listyo Sigit Prabowo",
    "Dewi Lestari", "Andi Mallarangeng", "Yusril Ihza Mahendra", "Siti Nurbaya Bakar", "Luhut Binsar Pandjaitan",
    "Rudy Hartono", "Taufik Hidayat", "Susi Susanti", "Iwan Fals", "Najwa Shihab",
    "Antonio Guterres", "Vladimir Putin", "Xi Jinping", "Anthony Blinken", "Sergei Lavrov",
    "José Ramos-Horta", "Thomas Müller", "Nguyễn Phú Trọng", "Recep Tayyip Erdoğan", "Emmanuel Macron",
]
SURNAMES = {p: p.split()[-1] for p in PERSONS}
PLACES = [
    "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Denpasar", "Yogyakarta",
    "Malang", "Padang", "Pekanbaru", "Balikpapan", "Pontianak", "Manado", "Ambon", "Jayapura", "Kupang",
    "Mataram", "Banda Aceh", "Bekasi", "Bogor", "Depok", "Tangerang", "Solo", "Cirebon", "Samarinda",
    "Banjarmasin", "Jambi", "Bengkulu", "Ternate", "Sorong", "Garut", "Tasikmalaya", "Purwokerto",
]
PROVINCES = [
    "Jawa Barat", "Jawa Tengah", "Jawa Timur", "Sumatera Utara", "Sulawesi Selatan", "Kalimantan Timur",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Papua", "Bali", "Aceh", "Riau", "Banten", "Lampung",
]
COUNTRIES = [
    "Jepang", "Malaysia", "Singapura", "Australia", "Tiongkok", "Amerika Serikat", "Rusia", "Korea Selatan",
    "India", "Belanda", "Jerman", "Prancis", "Timor Leste", "Vietnam", "Turki", "Arab Saudi", "Brasil",
]
ORGS = [
    "Badan Pusat Statistik", "Bank Indonesia", "Komisi Pemberantasan Korupsi", "Kementerian Keuangan",
    "Kementerian Kesehatan", "Badan Nasional Penanggulangan Bencana", "Pertamina", "Garuda Indonesia",
    "Dewan Perwakilan Rakyat", "Mahkamah Konstitusi", "Otoritas Jasa Keuangan", "Bursa Efek Indonesia",
    "Universitas Indonesia", "Institut Teknologi Bandung", "Persib Bandung", "Persija Jakarta",
    "Perserikatan Bangsa-Bangsa", "Bank Dunia", "Telkom Indonesia", "Kepolisian Republik Indonesia",
]
ROLES = ["Menteri Keuangan", "juru bicara", "Gubernur", "Kepala", "Direktur Utama", "Ketua", "Wakil Ketua",
         "pengamat ekonomi", "Presiden", "Wali Kota", "Menteri Luar Negeri", "Kapolri"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
COMMODITIES = ["beras", "cabai merah", "bawang putih", "minyak goreng", "gula pasir", "daging sapi", "telur ayam",
               "kedelai", "jagung", "ikan tongkol"]
TOPICS = ["rancangan anggaran", "subsidi bahan bakar", "pembangunan jalan tol", "vaksinasi anak",
          "harga pangan", "pemindahan ibu kota", "kebijakan impor", "reformasi pajak", "perlindungan hutan",
          "transportasi umum", "program makan bergizi", "pemilihan kepala daerah"]
PROBLEMS = ["kemacetan", "angka kemiskinan", "pengangguran", "inflasi", "kebakaran hutan", "stunting",
            "banjir tahunan", "polusi udara", "kesenjangan digital"]
CRIMES = ["narkoba", "korupsi dana desa", "penipuan daring", "pembalakan liar", "perdagangan satwa",
          "pencucian uang"]
QUOTES = ["Kami akan bekerja keras", "Ini langkah yang penting bagi rakyat", "Semua pihak harus menahan diri",
          "Pemerintah tidak akan tinggal diam", "Kami menunggu hasil penyelidikan", "Datanya masih kami verifikasi",
          "Target tahun ini harus tercapai"]
HEADLINES = ["Harga Pangan Naik Jelang Lebaran", "Banjir Rendam Ribuan Rumah", "Ekonomi Tumbuh Melampaui Target",
             "Polisi Tangkap Jaringan Penipuan", "Gempa Guncang Wilayah Timur", "Pemerintah Umumkan Paket Stimulus",
             "Tim Nasional Lolos ke Final", "Investasi Asing Meningkat", "Warga Keluhkan Kemacetan",
             "Sekolah Kembali Dibuka"]
EXTRAS = ["", "", "", "", "", "", " 😀", " …", " (red)"]


def _num(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 250000)])
    return f"{n:,}".replace(",", ".")


def _money(rng: random.Random) -> str:
    return f"{rng.randint(8, 180)}.{rng.randint(0, 999):03d}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2019, 2026)}"


def _sentence(rng: random.Random, person: str, place: str, org: str) -> str:
    k = rng.randrange(12)
    if k == 0:
        return (f"{person}, {rng.choice(ROLES)} {org}, mengatakan pada {rng.choice(DAYS)} ({_date(rng)}) "
                f"bahwa {rng.choice(TOPICS)} akan dibahas di {place}.")
    if k == 1:
        return (f"Sebanyak {_num(rng)} warga {place} mengungsi akibat banjir yang melanda sejak "
                f"{rng.choice(DAYS)} pagi.")
    if k == 2:
        return f"Harga {rng.choice(COMMODITIES)} di {place} naik menjadi Rp{_money(rng)} per kilogram."
    if k == 3:
        return (f"{org} mencatat pertumbuhan ekonomi sebesar {rng.randint(1, 7)},{rng.randint(0, 99):02d} persen "
                f"pada kuartal {rng.choice(['I', 'II', 'III', 'IV'])} {rng.randint(2019, 2026)}.")
    if k == 4:
        return f"Menurut {SURNAMES[person]}, kebijakan itu diharapkan mengurangi {rng.choice(PROBLEMS)} di {place}."
    if k == 5:
        a, b = rng.sample(["Persib Bandung", "Persija Jakarta", "Arema FC", "PSM Makassar", "Bali United"], 2)
        return f"Pertandingan antara {a} dan {b} di {place} berakhir {rng.randint(0, 4)}-{rng.randint(0, 4)}."
    if k == 6:
        return (f"Gempa bermagnitudo {rng.randint(3, 7)},{rng.randint(0, 9)} mengguncang {rng.choice(PROVINCES)} "
                f"pukul {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} WIB.")
    if k == 7:
        q = rng.choice(['"', "“"])
        close = '"' if q == '"' else "”"
        return f"{q}{rng.choice(QUOTES)},{close} ujar {person} kepada wartawan di {place}."
    if k == 8:
        return (f"Kepolisian Daerah {rng.choice(PROVINCES)} menangkap {rng.randint(2, 40)} tersangka kasus "
                f"{rng.choice(CRIMES)} pada {rng.randint(1, 28)} {rng.choice(MONTHS)} lalu.")
    if k == 9:
        return f"Presiden {person} dijadwalkan berkunjung ke {rng.choice(COUNTRIES)} pekan depan."
    if k == 10:
        return (f"{rng.choice(COUNTRIES)} dan Indonesia menandatangani kerja sama senilai "
                f"{rng.randint(1, 900)} juta dolar AS di {place}.")
    return f"Dia menambahkan, {org} ( KPK ) telah memeriksa {rng.randint(2, 30)} saksi sejak {rng.choice(MONTHS)}."


def make_document(rng: random.Random) -> str:
    person, place, org = rng.choice(PERSONS), rng.choice(PLACES), rng.choice(ORGS)
    head = f"{place.upper()} - {rng.choice(HEADLINES)}"
    body = " ".join(_sentence(rng, person, place, org) for _ in range(rng.randint(2, 4)))
    return f"{head}\n{body}{rng.choice(EXTRAS)}"


@dataclass
class Corpus:
    paths: list[str]  # shard paths, in order
    ids: list[str]  # every good record's id, in file order
    texts: dict[str, str]  # id -> text
    bad: tuple[str, int] | None  # (shard path, 1-based line) of the malformed line
    text_field: str = "body"
    id_field: str = "doc_id"
    text_bytes: int = field(default=0)  # UTF-8 bytes of all good texts


def make_corpus(out_dir: str, docs: int = 20000, shards: int = 8, gz: int = 3, seed: int = 7,
                bad_shard: int = 5) -> Corpus:
    """Write `docs` documents in `shards` files under out_dir; return what was written."""
    if not 0 < shards <= docs:
        raise ValueError("need 0 < shards <= docs")
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(seed)
    corpus = Corpus(paths=[], ids=[], texts={}, bad=None)
    per = [docs // shards + (1 if s < docs % shards else 0) for s in range(shards)]
    for s in range(shards):
        compressed = s >= shards - gz
        name = f"news-{s:03d}.jsonl" + (".gz" if compressed else "")
        path = os.path.join(out_dir, name)
        lines = []
        bad_at = rng.randint(per[s] // 3, 2 * per[s] // 3) if s == bad_shard else -1
        for i in range(per[s]):
            doc_id = f"s{s:03d}-{i:05d}"
            text = make_document(rng)
            rec = {"doc_id": doc_id, "body": text, "source": rng.choice(["antara", "kompas", "tempo", "detik"]),
                   "published": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
            line = json.dumps(rec, ensure_ascii=(s % 2 == 1))
            if i == bad_at:
                # Truncated in the middle of the text string: malformed JSON on this line only.
                line = line[: line.index('"body"') + 20]
                corpus.bad = (path, len(lines) + 1)
            else:
                corpus.ids.append(doc_id)
                corpus.texts[doc_id] = text
                corpus.text_bytes += len(text.encode("utf-8"))
            lines.append(line)
        data = ("\n".join(lines) + ("" if s == 0 else "\n")).encode("utf-8")
        if compressed:
            data = gzip.compress(data, compresslevel=6, mtime=0)
        with open(path, "wb") as f:
            f.write(data)
        corpus.paths.append(path)
    return corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--gz", type=int, default=3, help="how many shards (the last ones) are gzipped")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bad-shard", type=int, default=5, help="shard with one malformed line; -1 for none")
    a = ap.parse_args(argv)
    c = make_corpus(a.out_dir, a.docs, a.shards, a.gz, a.seed, a.bad_shard)
    print(f"{len(c.ids)} good records, {c.text_bytes} bytes of text, in {len(c.paths)} shards under {a.out_dir}")
    if c.bad:
        print(f"malformed line: {c.bad[0]}:{c.bad[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
