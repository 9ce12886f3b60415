"""The articles of the web gold pages: written for this project (see README.md).

Each body is one block per line: `# ` headline, `## ` subheading, `> ` photo caption, `1. ` an item of an
ordered list, `- ` an item of an unordered list, `| a | b |` a table row (cells), anything else a paragraph.
Inline HTML (<a>, <em>, <strong>, &amp;) is allowed; the gold is the text with the tags stripped.
"""

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


A(slug="01-pompa-banjir-jakarta", skel="s1", cs="utf-8", site="WartaNusa.com", section="Megapolitan",
  city="JAKARTA", author="Rina Aprilia", editor="Yohanes Sitompul", date="Senin, 7 Desember 2026 | 08:15 WIB",
  tags=["banjir", "Jakarta", "pompa air", "musim hujan"],
  body="""
# Jelang Puncak Musim Hujan, Pemprov DKI Siagakan 487 Pompa Stasioner
JAKARTA, WartaNusa.com - Pemerintah Provinsi DKI Jakarta menyiagakan 487 pompa stasioner dan 283 pompa mobile untuk menghadapi puncak musim hujan yang diperkirakan terjadi pada akhir Desember hingga Februari mendatang.
Kepala Dinas Sumber Daya Air DKI Jakarta, Ika Agustin Ningrum, mengatakan seluruh pompa telah diperiksa dalam dua pekan terakhir. "Kami pastikan mesin, genset, dan operatornya siap 24 jam," kata Ika di Balai Kota, Minggu (6/12/2026).
> Petugas memeriksa pompa air di Rumah Pompa Pluit, Jakarta Utara, Sabtu (5/12/2026). (Foto: WartaNusa/Dimas Prakoso)
Menurut Ika, pemeriksaan terutama difokuskan pada rumah pompa di kawasan pesisir utara, seperti Pluit, Muara Angke, dan Sunter. Kawasan itu rawan tergenang karena permukaan tanahnya terus turun setiap tahun.
## Normalisasi sungai dikebut
Selain menyiagakan pompa, Pemprov DKI juga mengebut pengerukan lumpur di Kali Ciliwung, Kali Sunter, dan Kali Angke. Sepanjang 2026, sedikitnya 1,2 juta meter kubik lumpur telah diangkat dari sungai dan waduk.
Ika mengakui masih ada sejumlah titik yang belum tertangani, terutama di bantaran Ciliwung yang lahannya belum dibebaskan. "Pembebasan lahan masih berproses bersama pemerintah pusat," ujarnya.
Warga diimbau tidak membuang sampah ke saluran air dan segera melapor melalui aplikasi JAKI jika melihat genangan di lingkungan masing-masing.
""")

A(slug="02-harga-beras-naik", skel="s2", cs="utf-8", site="detakberita.id", section="Ekonomi",
  city="Jakarta", author="Fajar Nugroho", editor="Sari Wulandari", date="Selasa, 08 Des 2026 11:42 WIB",
  tags=["beras", "harga pangan", "Bapanas"],
  body="""
# Harga Beras Medium Naik 12 Persen, Bapanas Guyur 150.000 Ton Cadangan
Jakarta - Harga beras medium di tingkat konsumen naik rata-rata 12 persen dalam sebulan terakhir. Badan Pangan Nasional (Bapanas) menyiapkan 150.000 ton cadangan beras pemerintah untuk meredam kenaikan itu.
> Pedagang menata karung beras di Pasar Induk Beras Cipinang, Jakarta Timur. (Foto: detakberita/Andika Putra)
Berdasarkan Panel Harga Bapanas, rata-rata harga beras medium nasional pada Senin (7/12) mencapai Rp 14.350 per kilogram, naik dari Rp 12.800 pada awal November. Harga tertinggi tercatat di Papua Pegunungan, yakni Rp 19.500 per kilogram.
Kepala Bapanas Arief Prasetyo Adi menyebut kenaikan dipicu mundurnya masa tanam akibat kemarau panjang. "Panen raya baru akan terjadi Maret, jadi Desember sampai Februari memang masa paceklik," kata Arief dalam konferensi pers di Jakarta.
Operasi pasar akan digelar di 2.400 titik, termasuk pasar tradisional, kantor pos, dan gerai ritel modern. Beras SPHP dijual Rp 12.500 per kilogram dalam kemasan lima kilogram.
Pemerintah juga menyiapkan anggaran Rp 1,5 triliun untuk bantuan pangan berupa 10 kilogram beras bagi 22 juta keluarga penerima manfaat selama tiga bulan.
Ekonom Center of Reform on Economics (CORE) Indonesia, Yusuf Rendy Manilet, menilai operasi pasar perlu dibarengi pengawasan distribusi. "Jangan sampai beras murah justru dibeli pengepul lalu dijual kembali dengan harga pasar," ujarnya.
""")

A(slug="03-cara-aktivasi-ikd", skel="s3", cs="utf-8", site="Catatan Mas Bayu", section="Tutorial",
  city="", author="Bayu Setiawan", editor="", date="14 November 2026",
  tags=["IKD", "KTP digital", "Dukcapil", "tutorial"],
  body="""
# Cara Aktivasi KTP Digital (IKD) Sendiri Lewat HP, Ternyata Gampang
Minggu lalu saya akhirnya mengaktifkan Identitas Kependudukan Digital atau IKD. Banyak teman bertanya caranya, jadi saya tuliskan saja langkah-langkahnya di sini supaya tidak perlu menjelaskan satu per satu.
Sebelum mulai, siapkan HP Android atau iPhone yang kameranya berfungsi baik, alamat email aktif, dan nomor HP yang terdaftar atas nama sendiri. Pastikan juga NIK kamu sudah terdaftar di Dukcapil.
## Langkah-langkah aktivasi
1. Unduh aplikasi Identitas Kependudukan Digital dari Play Store atau App Store.
2. Buka aplikasi, lalu izinkan akses kamera dan lokasi.
3. Masukkan NIK, alamat email, dan nomor HP, kemudian tekan tombol Verifikasi Data.
4. Lakukan swafoto dengan wajah menghadap lurus ke kamera di tempat yang terang.
5. Pindai kode QR yang ditunjukkan petugas di kantor Dukcapil atau kelurahan.
6. Buka email, salin kode aktivasi, lalu masukkan ke aplikasi.
7. Buat PIN enam digit dan simpan baik-baik.
Di langkah kelima inilah banyak orang bingung. Ternyata pemindaian kode QR tetap harus dilakukan di hadapan petugas, jadi aktivasi belum bisa sepenuhnya dari rumah. Saya sendiri datang ke kantor kelurahan dan selesai kurang dari sepuluh menit.
Kalau swafoto terus ditolak, coba lepas kacamata dan jangan memakai filter kamera. Punya saya baru lolos di percobaan ketiga.
Semoga membantu, ya. Kalau ada pertanyaan, tulis saja di kolom komentar.
""")

A(slug="04-siaran-pers-imunisasi", skel="s4", cs="utf-8", site="Kementerian Kesehatan Republik Indonesia",
  section="Siaran Pers", city="", author="Biro Komunikasi dan Pelayanan Publik", editor="",
  date="Rabu, 02 Desember 2026", tags=["imunisasi", "campak", "rubela"],
  body="""
# Kemenkes Gelar Imunisasi Kejar Campak-Rubela di 12 Provinsi
Jakarta, 2 Desember 2026 – Kementerian Kesehatan menggelar imunisasi kejar campak-rubela bagi anak usia 9 bulan hingga 15 tahun di 12 provinsi mulai pekan depan. Kegiatan ini menyasar sekitar 8,7 juta anak yang belum mendapatkan imunisasi lengkap.
Direktur Imunisasi Kementerian Kesehatan, dr. Prima Yosephine, menjelaskan bahwa cakupan imunisasi campak-rubela sempat turun selama beberapa tahun terakhir. Akibatnya, kejadian luar biasa campak dilaporkan di sejumlah kabupaten.
"Imunisasi kejar ini penting untuk menutup kesenjangan kekebalan. Orang tua tidak perlu ragu, vaksin yang digunakan aman dan halal," kata dr. Prima.
Provinsi yang menjadi sasaran antara lain Aceh, Sumatera Barat, Riau, Jawa Barat, Banten, Nusa Tenggara Timur, dan Papua Tengah. Imunisasi diberikan gratis di puskesmas, posyandu, dan sekolah.
Kementerian Kesehatan mengimbau orang tua membawa buku Kesehatan Ibu dan Anak (KIA) saat datang ke pos imunisasi agar riwayat vaksinasi anak dapat dicatat.
Siaran pers ini disebarluaskan oleh Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan RI. Informasi lebih lanjut dapat menghubungi nomor hotline Halo Kemenkes 1500-567.
""")

A(slug="05-pilkades-garut", skel="s5", cs="windows-1252", site="Garut Pos Online", section="DAERAH",
  city="GARUT", author="Asep Saepuloh", editor="", date="Kamis, 19 November 2026",
  tags=["pilkades", "Garut"],
  body="""
# Pilkades Serentak Garut: 312 Desa Memilih, Partisipasi Capai 78 Persen
GARUT – Pemilihan kepala desa (pilkades) serentak di Kabupaten Garut, Rabu (18/11), berlangsung relatif lancar. Sebanyak 312 desa di 40 kecamatan menggelar pemungutan suara secara bersamaan.
Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Garut, Ade Hendarsyah, menyebutkan tingkat partisipasi pemilih rata-rata mencapai 78 persen. “Angka ini lebih tinggi dibanding pilkades 2021 yang hanya 71 persen,” ujarnya.
Di Desa Cibunar, Kecamatan Tarogong Kidul, antrean pemilih sudah terlihat sejak pukul 06.30. Panitia menyediakan enam tempat pemungutan suara untuk 5.842 pemilih.
Persaingan paling ketat terjadi di Desa Sukamulya, Kecamatan Bayongbong. Dua calon hanya terpaut 14 suara, sehingga panitia melakukan penghitungan ulang disaksikan kedua tim pemenangan.
Kapolres Garut AKBP Fajar Gemilang mengatakan pengamanan melibatkan 1.450 personel gabungan TNI dan Polri. Hingga malam hari, tidak ada laporan gangguan keamanan yang berarti.
Hasil resmi pilkades akan ditetapkan panitia tingkat desa paling lambat tujuh hari setelah pemungutan suara, sebelum pelantikan kepala desa terpilih pada Januari 2027.
""")

A(slug="06-festival-danau-toba", skel="s6", cs="utf-8", site="Kabar Sumut", section="Wisata",
  city="PARAPAT", author="Lamhot Sinaga", editor="Rosmawati Purba", date="6 Desember 2026",
  tags=["Danau Toba", "festival", "pariwisata"],
  body="""
# Festival Danau Toba 2026 Dibuka, Ribuan Penonton Padati Pantai Bebas Parapat
PARAPAT, Kabar Sumut - Festival Danau Toba 2026 resmi dibuka pada Sabtu malam (5/12) di Pantai Bebas Parapat, Kabupaten Simalungun. Ribuan penonton memadati lokasi sejak sore untuk menyaksikan pertunjukan musik dan tari tradisional Batak.
Gubernur Sumatera Utara Bobby Nasution membuka festival dengan memukul gondang bersama para pemusik dari tujuh kabupaten di kawasan Danau Toba.
> Penari tortor tampil pada pembukaan Festival Danau Toba di Parapat, Sabtu (5/12/2026). Foto: Kabar Sumut/Lamhot Sinaga
Festival yang berlangsung hingga 12 Desember ini menampilkan lomba solu bolon, pameran ulos, dan kuliner khas seperti naniura dan arsik ikan mas.
Ketua panitia, Monang Sitorus, menargetkan 60.000 pengunjung selama delapan hari penyelenggaraan. Menurut dia, hotel dan penginapan di Parapat sudah terisi hampir 90 persen sejak awal pekan.
Pedagang setempat menyambut gembira keramaian itu. "Biasanya sepi kalau bulan Desember awal, sekarang dagangan habis sebelum malam," kata Tiurma boru Simanjuntak, penjual kacang sihobuk di tepi pantai.
""")

A(slug="07-pendanaan-startup-agritech", skel="s7", cs="utf-8", site="TeknoKini", section="Startup",
  city="JAKARTA", author="Nadia Rahmawati", editor="Gilang Ramadhan", date="2026-12-03T14:20:00+07:00",
  tags=["startup", "agritech", "pendanaan"],
  body="""
# Startup Agritech TaniMaju Raih Pendanaan Seri B Rp 780 Miliar
JAKARTA, TeknoKini – Perusahaan rintisan bidang pertanian TaniMaju memperoleh pendanaan Seri B senilai 50 juta dolar AS atau sekitar Rp 780 miliar. Putaran ini dipimpin oleh modal ventura asal Singapura, Jade River Capital.
Investor lama seperti Arah Ventures dan Sembrani Capital juga ikut serta. Dengan tambahan dana ini, total pendanaan yang dihimpun TaniMaju sejak berdiri pada 2021 mencapai 82 juta dolar AS.
Pendiri sekaligus CEO TaniMaju, Hendra Wijaya, mengatakan dana segar akan dipakai untuk memperluas jaringan gudang di luar Jawa. "Petani di Sulawesi dan Nusa Tenggara masih kesulitan menjual hasil panen dengan harga yang layak," kata Hendra.
## Target 300.000 petani
TaniMaju saat ini bermitra dengan sekitar 120.000 petani di 14 provinsi. Perusahaan menargetkan jumlah itu naik menjadi 300.000 petani pada akhir 2027.
Selain membeli hasil panen, TaniMaju menyalurkan pinjaman modal tanam melalui kerja sama dengan sejumlah bank daerah. Tingkat kredit macet pinjaman tersebut diklaim di bawah 2 persen.
Pendanaan ini menjadi salah satu yang terbesar di sektor agritech Asia Tenggara tahun ini, di tengah lesunya arus modal ventura ke perusahaan rintisan sejak 2023.
""")

A(slug="08-persib-menang-derbi", skel="s8", cs="utf-8", site="SkorBola.id", section="Liga 1",
  city="BANDUNG", author="Rizky Maulana", editor="Deni Hermawan", date="Minggu, 6 Desember 2026 21:47",
  tags=["Persib", "Persija", "Liga 1"],
  body="""
# Persib Tundukkan Persija 2-1 di GBLA, Ciro Alves Jadi Pahlawan
BANDUNG, SkorBola.id - Persib Bandung menang 2-1 atas Persija Jakarta pada pekan ke-14 Liga 1 di Stadion Gelora Bandung Lautan Api, Minggu (6/12/2026) malam. Gol penentu kemenangan dicetak Ciro Alves pada menit ke-88.
Persija sempat unggul lebih dulu lewat sundulan Gustavo Almeida pada menit ke-23 memanfaatkan tendangan sudut Rizky Ridho.
Persib menyamakan kedudukan sepuluh menit setelah turun minum. Umpan silang Beckham Putra disambut tendangan voli David da Silva yang tak mampu dijangkau kiper Andritany Ardhiyasa.
> Ciro Alves merayakan golnya ke gawang Persija di Stadion GBLA, Minggu (6/12/2026). (SkorBola.id/Yudi Santoso)
Jelang laga usai, Ciro Alves memanfaatkan kesalahan lini belakang Persija dan menaklukkan Andritany dari jarak dekat.
Pelatih Persib Bojan Hodak memuji mental anak asuhnya. "Kami tertinggal, tetapi pemain tidak panik. Ini kemenangan untuk bobotoh," ujar Hodak seusai laga.
Hasil ini membawa Persib naik ke puncak klasemen dengan 31 poin, unggul dua angka dari Borneo FC. Sementara itu, Persija tertahan di posisi keenam dengan 22 poin.
""")

A(slug="09-parlemen-prancis-mosi", skel="s9", cs="windows-1252", site="Lintas Dunia", section="Internasional",
  city="PARIS", author="Theresia Lubis", editor="Bima Aditya", date="Jumat, 4 Desember 2026 07:05 WIB",
  tags=["Prancis", "Emmanuel Macron", "Majelis Nasional"],
  body="""
# Mosi Tidak Percaya Gagal, Pemerintahan Prancis Bertahan
PARIS, Lintas Dunia – Pemerintahan Perdana Menteri Prancis lolos dari mosi tidak percaya di Majelis Nasional pada Kamis (3/12) waktu setempat. Mosi yang diajukan kubu oposisi kiri hanya didukung 261 anggota parlemen, kurang 28 suara dari jumlah yang dibutuhkan.
Mosi tersebut diajukan setelah pemerintah memakai Pasal 49.3 Konstitusi untuk meloloskan rancangan anggaran 2027 tanpa pemungutan suara.
Pemimpin partai La France Insoumise, Jean-Luc Mélenchon, menyebut penggunaan pasal itu sebagai “penghinaan terhadap rakyat”. Ia berjanji akan terus menekan pemerintah di jalanan maupun di parlemen.
Sementara itu, partai Rassemblement National pimpinan Marine Le Pen memilih abstain. Juru bicara partai, Sébastien Chenu, mengatakan pihaknya tidak ingin memicu krisis politik menjelang libur Natal.
## Anggaran ketat
Rancangan anggaran 2027 memuat pemotongan belanja sebesar 40 miliar euro untuk menekan defisit yang kini mencapai 5,4 persen dari produk domestik bruto.
Presiden Emmanuel Macron belum memberikan komentar resmi. Namun, menurut harian Le Monde, Élysée menyambut lega hasil pemungutan suara tersebut.
Analis politik dari Sciences Po, Pascal Perrineau, menilai kemenangan pemerintah bersifat rapuh. “Koalisi ini bertahan karena oposisi terbelah, bukan karena dukungan yang kuat,” katanya kepada stasiun radio France Inter.
""")

A(slug="10-simulasi-gempa-cianjur", skel="s10", cs="utf-8", site="Jabar Hari Ini", section="Jawa Barat",
  city="CIANJUR", author="Neng Siti Aisyah", editor="Ujang Rahmat", date="Kamis, 3 Desember 2026 16:10 WIB",
  tags=["gempa", "Cianjur", "BPBD", "simulasi"],
  body="""
# Tiga Tahun Usai Gempa, 1.200 Siswa Cianjur Ikut Simulasi Evakuasi
CIANJUR, Jabar Hari Ini - Sebanyak 1.200 siswa dari delapan sekolah di Kecamatan Cugenang, Kabupaten Cianjur, mengikuti simulasi evakuasi gempa bumi, Kamis (3/12/2026). Kegiatan ini digelar Badan Penanggulangan Bencana Daerah (BPBD) Cianjur bersama Palang Merah Indonesia.
> Siswa SDN Cibeureum berlindung di bawah meja saat simulasi gempa, Kamis (3/12/2026). (Foto: Jabar Hari Ini/Rahmat Hidayat)
Simulasi diawali bunyi sirene panjang. Para siswa langsung berlindung di bawah meja sambil melindungi kepala, lalu berjalan tertib menuju titik kumpul di lapangan sekolah.
Kepala Pelaksana BPBD Cianjur, Asep Sukma Wijaya, mengatakan kesiapsiagaan warga masih perlu ditingkatkan. Gempa magnitudo 5,6 pada November 2022 menewaskan lebih dari 600 orang, banyak di antaranya anak-anak.
"Kami ingin anak-anak tahu apa yang harus dilakukan dalam sepuluh detik pertama. Itu yang paling menentukan," kata Asep.
BPBD menargetkan simulasi serupa digelar di seluruh 32 kecamatan pada 2027. Sekolah juga diminta memasang jalur evakuasi dan menyediakan tas siaga bencana di setiap kelas.
""")

A(slug="11-penumpang-kereta-cepat", skel="s11", cs="utf-8", site="Berita Satu Nusantara", section="Ekonomi",
  city="Jakarta", author="Agnes Kristina", editor="Hari Susanto", date="Rabu, 02 Des 2026 19:30 WIB",
  tags=["Whoosh", "kereta cepat", "KCIC"],
  body="""
# Penumpang Whoosh Tembus 15 Juta, KCIC Tambah Perjalanan Akhir Tahun
Jakarta, Berita Satu Nusantara -- PT Kereta Cepat Indonesia China (KCIC) mencatat jumlah penumpang kereta cepat Whoosh telah menembus 15 juta orang sejak beroperasi pada Oktober 2023.
General Manager Corporate Secretary KCIC, Eva Chairunisa, mengatakan rata-rata penumpang harian kini mencapai 21.000 orang. Pada akhir pekan, jumlahnya bisa melonjak hingga 28.000 orang.
Untuk mengantisipasi lonjakan libur Natal dan Tahun Baru, KCIC menambah jadwal menjadi 62 perjalanan per hari mulai 18 Desember 2026 hingga 4 Januari 2027.
"Tiket untuk tanggal 24 dan 31 Desember sudah terjual lebih dari 70 persen. Kami sarankan masyarakat membeli tiket lebih awal," ujar Eva.
KCIC juga menyiapkan tarif promo mulai Rp 150.000 untuk kelas ekonomi premium pada perjalanan di luar jam sibuk.
Meski jumlah penumpang terus bertambah, KCIC masih menghadapi beban utang proyek. Pemerintah tengah membahas skema restrukturisasi bersama pihak China yang ditargetkan rampung pada 2027.
""")

A(slug="12-kopi-gayo-blog", skel="s12", cs="windows-1252", site="Jejak Rasa", section="Kuliner",
  city="", author="Dewi Larasati", editor="", date="Sabtu, 21 November 2026",
  tags=["kopi", "Aceh", "kuliner", "jalan-jalan"],
  body="""
# Ngopi Pagi di Takengon: dari Kebun Gayo ke Cangkir Café Kecil
Pagi itu kabut masih turun rendah di atas Danau Lut Tawar ketika saya tiba di Takengon. Udara dinginnya menusuk, sekitar 16 derajat, cocok sekali untuk secangkir kopi panas.
Tujuan pertama saya adalah kebun milik Pak Ibrahim di Kampung Kebayakan. Beliau sudah menanam kopi arabika sejak 1998 dan kini mengolah sendiri hasil panennya.
“Kopi Gayo itu bukan cuma soal tanah dan ketinggian. Cara memetiknya juga penting – hanya buah yang merah betul,” katanya sambil menunjukkan biji-biji yang sedang dijemur.
Siangnya saya mampir ke Café Bergendal, kedai kecil di pinggir jalan menuju Bintang. Pemiliknya, Andréa, perempuan muda asal Medan yang jatuh cinta pada kopi Gayo sejak kuliah.
Saya memesan V60 dari biji semi-washed. Rasanya manis, ada sentuhan gula aren dan sedikit asam seperti jeruk. Harganya cuma Rp 25.000 per cangkir, jauh lebih murah dibanding di Jakarta.
Sebelum pulang, saya membeli dua bungkus biji sangrai untuk oleh-oleh. Satu untuk ibu, satu lagi, tentu saja, untuk saya sendiri.
""")

A(slug="13-inflasi-november", skel="s1", cs="utf-8", site="WartaNusa.com", section="Money",
  city="JAKARTA", author="Hendro Saputra", editor="Yohanes Sitompul", date="Rabu, 2 Desember 2026 | 12:30 WIB",
  tags=["inflasi", "BPS", "Bank Indonesia", "suku bunga"],
  body="""
# Inflasi November 2026 Capai 2,84 Persen, Tertinggi dalam 18 Bulan
JAKARTA, WartaNusa.com - Badan Pusat Statistik (BPS) mencatat inflasi tahunan Indonesia pada November 2026 sebesar 2,84 persen. Angka ini merupakan yang tertinggi sejak Mei 2025.
Secara bulanan, indeks harga konsumen naik 0,41 persen dibanding Oktober. Inflasi tahun kalender dari Januari hingga November tercatat 2,37 persen.
Plt Kepala BPS Amalia Adininggar Widyasanti mengatakan kenaikan harga terutama terjadi pada kelompok makanan, minuman, dan tembakau. Kelompok ini menyumbang andil inflasi 0,29 persen.
"Komoditas penyumbang utama inflasi bulan ini adalah beras, cabai merah, bawang merah, dan emas perhiasan," kata Amalia dalam rilis resmi di Jakarta, Selasa (1/12/2026).
## Beras jadi penyumbang terbesar
Beras memberikan andil inflasi 0,11 persen. Harga beras naik di 34 provinsi seiring berakhirnya masa panen gadu dan mundurnya musim tanam.
Cabai merah memberikan andil 0,07 persen, disusul bawang merah 0,04 persen. Curah hujan tinggi di sentra produksi Brebes dan Garut mengganggu panen kedua komoditas itu.
Emas perhiasan masih menjadi penyumbang inflasi dari kelompok perawatan pribadi. Harga emas global yang bertahan di atas 2.600 dolar AS per troi ons mendorong kenaikan harga perhiasan di dalam negeri.
Di sisi lain, tarif angkutan udara justru mengalami deflasi dengan andil minus 0,02 persen setelah maskapai menurunkan harga tiket di luar musim liburan.
## Inflasi di daerah
Dari 150 kabupaten dan kota yang dipantau, 138 wilayah mengalami inflasi dan 12 wilayah mengalami deflasi. Inflasi tertinggi terjadi di Kabupaten Merauke sebesar 5,62 persen.
Adapun deflasi terdalam tercatat di Kota Tual, Maluku, sebesar 0,83 persen, karena turunnya harga ikan segar.
Di Pulau Jawa, inflasi tertinggi terjadi di Kota Tasikmalaya sebesar 3,41 persen, sedangkan DKI Jakarta mencatat 2,55 persen.
## Masih dalam sasaran
Meski meningkat, inflasi masih berada dalam kisaran sasaran Bank Indonesia, yaitu 2,5 persen plus minus 1 persen.
Kepala Ekonom Bank Mandiri Andry Asmoro memperkirakan inflasi akhir tahun berada di kisaran 3 persen karena permintaan musiman Natal dan Tahun Baru.
"Tekanan dari pangan bergejolak perlu diwaspadai hingga Februari. Setelah panen raya, inflasi kemungkinan kembali melandai," ujar Andry.
Menurut dia, kenaikan inflasi belum cukup kuat untuk mendorong Bank Indonesia menaikkan suku bunga acuan yang kini berada di level 5,75 persen.
Bank Indonesia dijadwalkan menggelar Rapat Dewan Gubernur pada 16 dan 17 Desember 2026. Pasar memperkirakan suku bunga akan dipertahankan.
Sementara itu, pemerintah berjanji memperkuat operasi pasar dan memperlancar distribusi pangan antarwilayah. Menko Perekonomian menyebut 2.400 titik operasi pasar akan aktif hingga akhir Januari 2027.
Pemerintah daerah juga diminta mengaktifkan Tim Pengendalian Inflasi Daerah (TPID) dan melaporkan perkembangan harga setiap pekan kepada Kementerian Dalam Negeri.
""")

A(slug="14-timnas-u23-lolos", skel="s2", cs="utf-8", site="detakberita.id", section="Sepak Bola",
  city="Jakarta", author="Bagas Prasetyo", editor="Sari Wulandari", date="Rabu, 25 Nov 2026 22:58 WIB",
  tags=["Timnas U-23", "Piala Asia U-23", "Gerald Vanenburg"],
  body="""
# Timnas U-23 Lolos ke Piala Asia Usai Bekuk Vietnam 3-0
Jakarta - Timnas Indonesia U-23 memastikan tiket ke putaran final Piala Asia U-23 2028 setelah menang 3-0 atas Vietnam di Stadion Utama Gelora Bung Karno, Rabu (25/11/2026) malam.
Garuda Muda tampil dominan sejak menit awal. Gol pembuka dicetak Hokky Caraka pada menit ke-17 setelah menerima umpan terobosan Marselino Ferdinan.
> Hokky Caraka (tengah) merayakan gol ke gawang Vietnam di SUGBK, Rabu (25/11/2026). (Foto: ANTARA/Aprillio Akbar)
Keunggulan bertambah pada menit ke-52 lewat tendangan bebas Ivar Jenner. Tiga menit jelang bubaran, Rafael Struick menutup pesta gol Indonesia.
Pelatih Gerald Vanenburg menyebut kemenangan ini buah kerja keras selama pemusatan latihan di Bali. "Para pemain disiplin menjalankan rencana permainan," ujarnya.
Indonesia lolos sebagai juara Grup K dengan nilai sempurna sembilan dari tiga pertandingan, tanpa kebobolan satu gol pun.
""")

A(slug="15-tarif-ojol-zona", skel="s3", cs="utf-8", site="Ruang Kendara", section="Transportasi",
  city="", author="Yoga Pratama", editor="", date="30 November 2026",
  tags=["ojol", "tarif", "Kemenhub"],
  body="""
# Tarif Baru Ojek Online Berlaku 1 Januari, Ini Rinciannya per Zona
Kementerian Perhubungan menetapkan tarif baru ojek online yang berlaku mulai 1 Januari 2027. Tarif dibagi ke dalam tiga zona dan rata-rata naik sekitar 8 persen dibanding tarif yang berlaku sekarang.
Menurut keputusan menteri tersebut, tarif dihitung per kilometer dengan batas bawah dan batas atas. Aplikator boleh menentukan tarif di antara keduanya, tetapi biaya jasa minimal untuk empat kilometer pertama tetap berlaku.
Berikut rincian tarif per zona yang saya rangkum dari lampiran keputusan menteri:
| Zona | Wilayah | Batas bawah per km | Batas atas per km |
| Zona I | Sumatera, Jawa selain Jabodetabek, Bali | Rp 2.250 | Rp 2.700 |
| Zona II | Jabodetabek | Rp 2.650 | Rp 3.100 |
| Zona III | Kalimantan, Sulawesi, Nusa Tenggara, Maluku, Papua | Rp 2.500 | Rp 3.000 |
Kenaikan paling besar terjadi di Zona II. Alasannya, biaya hidup pengemudi di Jabodetabek dinilai paling tinggi.
Asosiasi pengemudi Garda Indonesia menyambut keputusan ini, tetapi meminta potongan aplikator diturunkan dari 20 persen menjadi 10 persen. Soal potongan ini, Kemenhub menyatakan masih melakukan kajian.
Buat pelanggan, kenaikan ini berarti ongkos perjalanan sepuluh kilometer di Jakarta bisa bertambah sekitar Rp 2.000 sampai Rp 4.000.
""")

A(slug="16-beasiswa-kip-kuliah", skel="s4", cs="utf-8", site="Kementerian Pendidikan Tinggi, Sains, dan Teknologi",
  section="Berita", city="", author="Tim Humas", editor="", date="Senin, 30 November 2026",
  tags=["KIP Kuliah", "beasiswa", "perguruan tinggi"],
  body="""
# Pendaftaran KIP Kuliah 2027 Dibuka, Kuota Naik Menjadi 1,1 Juta Mahasiswa
Jakarta – Kementerian Pendidikan Tinggi, Sains, dan Teknologi membuka pendaftaran Kartu Indonesia Pintar Kuliah (KIP Kuliah) tahun 2027 mulai 1 Februari 2027. Kuota penerima tahun depan naik menjadi 1,1 juta mahasiswa, termasuk mahasiswa lama yang melanjutkan studi.
Kepala Pusat Layanan Pembiayaan Pendidikan, Abdul Kahar, menyampaikan bahwa pendaftaran dilakukan secara daring melalui laman resmi KIP Kuliah. Calon penerima wajib memenuhi sejumlah persyaratan, yaitu:
- lulusan SMA, SMK, MA, atau sederajat pada tahun 2025, 2026, atau 2027;
- berasal dari keluarga miskin atau rentan miskin yang terdata di DTSEN;
- memiliki potensi akademik baik yang dibuktikan dengan rapor atau prestasi;
- lulus seleksi penerimaan mahasiswa baru di perguruan tinggi negeri atau swasta yang terakreditasi.
Mahasiswa penerima KIP Kuliah akan dibebaskan dari biaya kuliah dan mendapatkan bantuan biaya hidup yang besarnya disesuaikan dengan indeks harga di daerah masing-masing, mulai Rp 800.000 hingga Rp 1.400.000 per bulan.
"Kami mengimbau perguruan tinggi untuk memverifikasi data calon penerima secara cermat agar bantuan tepat sasaran," ujar Abdul Kahar.
Informasi selengkapnya mengenai jadwal dan tata cara pendaftaran dapat dilihat pada laman resmi kementerian atau melalui pusat panggilan 177.
""")

A(slug="17-pasar-gede-solo", skel="s5", cs="windows-1252", site="Suara Bengawan", section="Solo Raya",
  city="SOLO", author="Wahyu Hidayat", editor="", date="Selasa, 24 November 2026",
  tags=["Solo", "pasar tradisional", "revitalisasi"],
  body="""
# Revitalisasi Pasar Gede Rampung, Pedagang Kembali Menempati Kios
SOLO – Sebanyak 640 pedagang Pasar Gede Hardjonagoro kembali menempati kios setelah revitalisasi bangunan cagar budaya itu rampung, Senin (23/11). Proyek senilai Rp 48,6 miliar tersebut berlangsung selama sepuluh bulan.
Wali Kota Surakarta Respati Ardi meresmikan kembali pasar yang dibangun pada 1930 itu. Menurut dia, arsitektur asli karya Thomas Karsten tetap dipertahankan, termasuk atap bertingkat dan jendela kayu di lantai atas.
> Suasana Pasar Gede Hardjonagoro seusai revitalisasi, Senin (23/11). (Foto: Suara Bengawan/Wahyu Hidayat)
“Kami tidak membangun pasar baru. Kami merawat warisan – pasar ini milik warga Solo sejak hampir seratus tahun lalu,” kata Respati.
Salah satu pedagang, Mbok Sumirah, mengaku senang bisa kembali berjualan dawet telasih di lokasi semula. Selama revitalisasi, ia berjualan di pasar darurat di Jalan Urip Sumoharjo.
Pemkot juga menambah fasilitas berupa ruang laktasi, toilet ramah difabel, dan tempat pengolahan sampah organik. Pengunjung kini dapat membayar retribusi parkir secara nontunai.
""")

A(slug="18-sampah-bantargebang", skel="s6", cs="utf-8", site="Kabar Kota", section="Lingkungan",
  city="BEKASI", author="Mutiara Hasanah", editor="Rudi Hartono", date="1 Desember 2026",
  tags=["sampah", "Bantargebang", "RDF"],
  body="""
# Bantargebang Nyaris Penuh, Fasilitas RDF Rorotan Jadi Tumpuan
BEKASI, Kabar Kota - Tempat Pengolahan Sampah Terpadu (TPST) Bantargebang di Kota Bekasi diperkirakan hanya mampu menampung sampah Jakarta hingga 2028. Tinggi gunungan sampah di sejumlah zona kini mencapai 50 meter.
Setiap hari, sekitar 7.800 ton sampah dari Jakarta dikirim ke Bantargebang menggunakan lebih dari 1.200 truk.
Kepala Dinas Lingkungan Hidup DKI Jakarta Asep Kuswanto mengatakan pemerintah mengandalkan fasilitas refuse derived fuel (RDF) di Rorotan, Jakarta Utara, untuk mengurangi beban tersebut.
Fasilitas RDF Rorotan dirancang mengolah 2.500 ton sampah per hari menjadi bahan bakar pengganti batu bara bagi industri semen.
Namun, warga sekitar Rorotan sempat memprotes bau menyengat saat uji coba pada awal tahun. "Kami sudah memasang sistem penyaring udara tambahan," kata Asep.
Pegiat lingkungan dari Walhi Jakarta menilai pengolahan di hilir tidak akan cukup tanpa pengurangan sampah dari rumah tangga. Menurut mereka, sekitar 53 persen sampah Jakarta merupakan sisa makanan yang bisa dikompos.
""")

A(slug="19-pemilu-sela-amerika", skel="s7", cs="utf-8", site="TeknoKini", section="Global",
  city="WASHINGTON", author="Kevin Tanujaya", editor="Gilang Ramadhan", date="2026-11-05T09:00:00+07:00",
  tags=["Amerika Serikat", "pemilu sela", "Kongres"],
  body="""
# Partai Demokrat Rebut DPR AS dalam Pemilu Sela, Senat Tetap Dikuasai Republik
WASHINGTON, TeknoKini – Partai Demokrat merebut mayoritas Dewan Perwakilan Rakyat Amerika Serikat dalam pemilu sela yang digelar Selasa (3/11) waktu setempat. Namun, Partai Republik tetap menguasai Senat.
Berdasarkan proyeksi Associated Press, Demokrat memenangi sedikitnya 221 kursi DPR, melampaui ambang 218 kursi yang dibutuhkan untuk mayoritas.
Pemimpin Demokrat di DPR, Hakeem Jeffries, diperkirakan akan menjadi Ketua DPR menggantikan Mike Johnson. "Rakyat Amerika memilih perubahan," kata Jeffries di hadapan pendukungnya di Brooklyn, New York.
Di Senat, Partai Republik mempertahankan mayoritas dengan 52 kursi. Pemimpin Mayoritas Senat John Thune menyebut hasil itu sebagai tanda bahwa pemilih masih mempercayai kebijakan ekonomi partainya.
Presiden Donald Trump menuding adanya kecurangan di sejumlah distrik di Pennsylvania dan Arizona, tanpa memberikan bukti.
Pengamat politik dari Universitas Indonesia, Sya'roni Rofii, menilai hasil pemilu sela akan mempersulit pemerintahan Trump meloloskan kebijakan tarif impor baru, termasuk yang menyasar produk Indonesia.
""")

A(slug="20-final-bulutangkis", skel="s8", cs="utf-8", site="SkorBola.id", section="Bulu Tangkis",
  city="HANGZHOU", author="Tiara Putri", editor="Deni Hermawan", date="Minggu, 13 Desember 2026 19:02",
  tags=["BWF World Tour Finals", "Jonatan Christie", "bulu tangkis"],
  body="""
# Jonatan Christie Juara BWF World Tour Finals Usai Kalahkan Shi Yu Qi
HANGZHOU, SkorBola.id - Tunggal putra Indonesia Jonatan Christie menjuarai BWF World Tour Finals 2026 setelah mengalahkan wakil tuan rumah Shi Yu Qi dengan skor 21-18, 17-21, 21-16 di Hangzhou Olympic Sports Center, Minggu (13/12/2026).
Jonatan tampil tenang meski didukung sedikit penonton. Pada gim pertama, ia sempat tertinggal 12-15 sebelum membalikkan keadaan berkat serangkaian smes silang.
Shi Yu Qi bangkit di gim kedua dan memaksakan rubber game. Pada gim penentuan, Jonatan unggul 11-7 saat interval dan terus menjaga jarak hingga akhir.
Ini menjadi gelar World Tour Finals pertama bagi Jonatan sepanjang kariernya. Ia berhak atas hadiah 240.000 dolar AS.
"Saya bersyukur sekali. Terima kasih untuk pelatih dan semua yang mendoakan dari Indonesia," ucap Jonatan dalam wawancara seusai laga.
Sementara itu, ganda putri Apriyani Rahayu/Siti Fadia Silva Ramadhanti harus puas menjadi runner-up setelah kalah dari pasangan Korea Selatan Baek Ha-na/Lee So-hee 19-21, 15-21.
""")

A(slug="21-kebakaran-pasar-minggu", skel="s9", cs="utf-8", site="Lintas Dunia", section="Metro",
  city="JAKARTA", author="Putri Ayuningtyas", editor="Bima Aditya", date="Selasa, 8 Desember 2026 05:40 WIB",
  tags=["kebakaran", "Pasar Minggu"],
  body="""
# Kebakaran Landa Permukiman Padat di Pasar Minggu, 40 Rumah Hangus
JAKARTA, Lintas Dunia – Kebakaran melanda permukiman padat penduduk di Kelurahan Pejaten Timur, Pasar Minggu, Jakarta Selatan, Senin (7/12) malam. Sebanyak 40 rumah hangus dan sekitar 150 warga mengungsi.
Kepala Dinas Penanggulangan Kebakaran dan Penyelamatan DKI Jakarta Satriadi Gunawan mengatakan 25 unit mobil pemadam dikerahkan. Api baru dapat dipadamkan sekitar pukul 01.30 WIB.
Tidak ada korban jiwa dalam peristiwa ini. Dugaan sementara, api berasal dari korsleting listrik di salah satu rumah, dan polisi masih menyelidiki penyebab pastinya.
""")

A(slug="22-kecelakaan-tol-cipali", skel="s10", cs="utf-8", site="Jabar Hari Ini", section="Peristiwa",
  city="MAJALENGKA", author="Dadang Kurnia", editor="Ujang Rahmat", date="Minggu, 29 November 2026 09:25 WIB",
  tags=["kecelakaan", "Tol Cipali", "bus"],
  body="""
# Bus Tabrak Truk di Tol Cipali, Dua Orang Tewas
MAJALENGKA, Jabar Hari Ini - Sebuah bus antarkota menabrak truk di Kilometer 152 Tol Cipali, Minggu (29/11/2026) dini hari.
Dua orang tewas dalam kecelakaan itu.
Korban tewas adalah sopir bus dan seorang penumpang yang duduk di kursi depan.
Sebanyak 17 penumpang lainnya mengalami luka-luka.
Mereka dibawa ke RSUD Majalengka dan RS Mitra Plumbon.
Bus tersebut melaju dari Jakarta menuju Yogyakarta.
Truk yang ditabrak mengangkut pasir dan sedang melaju pelan di lajur kiri.
Kasat Lantas Polres Majalengka AKP Endang Suherman mengatakan sopir bus diduga mengantuk.
"Tidak ditemukan bekas rem di lokasi," kata Endang.
Polisi masih memeriksa rekaman CCTV dan keterangan saksi.
Arus lalu lintas sempat tersendat hingga tiga kilometer.
Jalan kembali normal sekitar pukul 06.00 WIB.
""")

A(slug="23-ekspor-nikel", skel="s11", cs="utf-8", site="Berita Satu Nusantara", section="Bisnis",
  city="Jakarta", author="Reza Mahendra", editor="Hari Susanto", date="Jumat, 27 Nov 2026 14:05 WIB",
  tags=["nikel", "hilirisasi", "ekspor"],
  body="""
# Nilai Ekspor Produk Hilirisasi Nikel Capai 38,2 Miliar Dolar AS
Jakarta, Berita Satu Nusantara -- Nilai ekspor produk hilirisasi nikel Indonesia sepanjang Januari hingga Oktober 2026 mencapai 38,2 miliar dolar AS atau sekitar Rp 596 triliun. Angka itu naik 9,6 persen dibandingkan periode yang sama tahun lalu.
Menteri Investasi dan Hilirisasi Rosan Roeslani mengatakan sebagian besar ekspor berupa besi baja tahan karat dan feronikel ke China, India, dan Taiwan.
"Sepuluh tahun lalu kita hanya mengekspor bijih mentah dengan nilai sekitar 3 miliar dolar AS per tahun. Sekarang nilainya sudah lebih dari sepuluh kali lipat," kata Rosan di Jakarta, Kamis (26/11/2026).
Meski demikian, harga nikel dunia yang turun ke kisaran 15.000 dolar AS per ton membuat sejumlah smelter mengurangi produksi. Asosiasi Penambang Nikel Indonesia mencatat sedikitnya 11 lini produksi berhenti sementara sejak September.
Pemerintah kini mendorong pembangunan pabrik prekursor dan katoda baterai agar nilai tambah tidak berhenti di produk setengah jadi. Dua pabrik baterai di Karawang dan Morowali ditargetkan beroperasi penuh pada 2027.
""")

A(slug="24-cerita-mudik-motor", skel="s12", cs="utf-8", site="Jurnal Jalanan", section="Cerita",
  city="", author="Arif Budiman", editor="", date="Kamis, 16 April 2026",
  tags=["mudik", "motor", "cerita perjalanan"],
  body="""
# Mudik Naik Motor Jakarta–Purworejo: 14 Jam, Dua Ban Bocor, dan Segelas Teh Manis
Tahun ini saya nekat mudik naik motor lagi. Istri dan anak naik kereta, saya menyusul dengan motor karena di kampung butuh kendaraan untuk silaturahmi.
Saya berangkat dari Cibubur pukul 03.00 pagi lewat jalur Pantura. Sampai Cikampek jalanan masih lengang, hanya ada rombongan motor lain dengan kardus diikat di jok belakang.
Masalah pertama datang di Indramayu. Ban belakang bocor kena paku, dan bengkel terdekat baru buka pukul 07.00. Jadilah saya sarapan nasi lengko sambil menunggu.
Selepas Brebes saya belok ke selatan lewat Bumiayu. Jalannya berkelok dan naik turun, tapi pemandangannya jauh lebih enak dibanding Pantura yang panas.
Ban bocor lagi di dekat Wangon. Kali ini ban depan. Untungnya ada tambal ban kecil milik seorang bapak tua yang menolak dibayar lebih. "Sudah, Mas, buat ongkos jalan saja," katanya.
Menjelang magrib saya sampai di Purworejo. Ibu sudah menunggu di teras dengan segelas teh manis. Capeknya langsung hilang.
Tahun depan? Mungkin naik kereta saja. Tapi entah kenapa, saya selalu rindu perjalanan seperti ini.
""")

A(slug="25-hujan-es-bandung", skel="s6", cs="utf-8-bom", site="Kabar Kota", section="Cuaca",
  city="BANDUNG", author="Ilham Firdaus", editor="Rudi Hartono", date="4 Desember 2026",
  tags=["hujan es", "Bandung", "BMKG"],
  body="""
# Hujan Es Disertai Angin Kencang Landa Bandung Utara
BANDUNG, Kabar Kota - Hujan es disertai angin kencang melanda sejumlah kawasan di Bandung utara, Kamis (3/12/2026) sore. Butiran es sebesar kelereng terlihat menumpuk di halaman rumah warga di Lembang dan Dago.
Warga Cikole, Lembang, Yayat Supriatna, mengatakan hujan es turun sekitar 15 menit. "Suaranya keras sekali di atap seng, anak-anak sampai ketakutan," ujarnya.
Angin kencang juga menumbangkan sedikitnya tujuh pohon di Jalan Setiabudi dan Jalan Ir H Juanda. Satu pohon menimpa mobil yang sedang parkir, tetapi tidak ada korban jiwa.
Prakirawan BMKG Stasiun Geofisika Bandung, Yuni Yulianti, menjelaskan hujan es terjadi karena awan kumulonimbus yang tumbuh cepat akibat pemanasan kuat pada siang hari.
BMKG mengimbau warga mewaspadai cuaca ekstrem serupa hingga akhir Desember, terutama pada siang hingga sore hari.
""")

A(slug="26-prakiraan-cuaca-natal", skel="s1", cs="utf-8", site="WartaNusa.com", section="Nasional",
  city="JAKARTA", author="Lusiana Dewi", editor="Anton Wibisono", date="Jumat, 11 Desember 2026 | 17:02 WIB",
  tags=["BMKG", "cuaca ekstrem", "Nataru"],
  body="""
# BMKG: Waspadai Cuaca Ekstrem Selama Libur Natal dan Tahun Baru
JAKARTA, WartaNusa.com - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) meminta masyarakat mewaspadai potensi cuaca ekstrem selama libur Natal 2026 dan Tahun Baru 2027.
Kepala BMKG Dwikorita Karnawati mengatakan puncak musim hujan bertepatan dengan masa libur panjang. Hujan lebat berpotensi terjadi di sebagian besar Sumatera, Jawa, Bali, dan Nusa Tenggara.
Selain hujan lebat, BMKG juga memperingatkan gelombang tinggi hingga 4 meter di Selat Sunda bagian selatan, perairan selatan Jawa, dan Laut Arafura.
> Kepala BMKG Dwikorita Karnawati memberikan keterangan pers di Jakarta, Jumat (11/12/2026). (Foto: WartaNusa/Rendra Kusuma)
"Masyarakat yang akan menyeberang dengan kapal agar memantau informasi cuaca maritim sebelum berangkat," kata Dwikorita.
BMKG telah berkoordinasi dengan Kementerian Perhubungan dan Basarnas untuk menyiapkan peringatan dini di pelabuhan dan bandara.
""")

A(slug="27-vaksin-dbd-sekolah", skel="s2", cs="utf-8", site="detakberita.id", section="Kesehatan",
  city="Surabaya", author="Laras Permatasari", editor="Ahmad Fauzi", date="Senin, 30 Nov 2026 10:12 WIB",
  tags=["DBD", "vaksin", "Surabaya"],
  body="""
# Surabaya Mulai Vaksinasi DBD Gratis untuk Siswa SD
Surabaya - Pemerintah Kota Surabaya mulai memberikan vaksin demam berdarah dengue (DBD) secara gratis kepada siswa sekolah dasar. Tahap pertama menyasar 45.000 siswa kelas 3 sampai kelas 6 di 31 kecamatan.
Wali Kota Surabaya Eri Cahyadi mengatakan program ini dibiayai APBD sebesar Rp 38 miliar. "Kasus DBD di Surabaya tahun ini naik hampir dua kali lipat, jadi kita harus mencegah sejak dini," kata Eri di SDN Ketabang 1, Senin (30/11/2026).
Vaksin diberikan dua dosis dengan jarak tiga bulan. Orang tua diminta menandatangani lembar persetujuan sebelum anak divaksin.
Kepala Dinas Kesehatan Surabaya Nanik Sukristina menambahkan, vaksinasi tidak menggantikan gerakan 3M Plus. Warga tetap diminta menguras, menutup, dan mendaur ulang barang bekas yang bisa menampung air.
Hingga akhir November, Dinas Kesehatan mencatat 1.834 kasus DBD di Surabaya dengan sembilan kematian.
""")

A(slug="28-labuan-bajo-wisatawan", skel="s7", cs="utf-8", site="TeknoKini", section="Travel",
  city="LABUAN BAJO", author="Maria Goreti Nona", editor="Gilang Ramadhan", date="2026-11-28T11:45:00+08:00",
  tags=["Labuan Bajo", "Komodo", "pariwisata"],
  body="""
# Kunjungan ke Taman Nasional Komodo Dibatasi 1.000 Orang per Hari
LABUAN BAJO, TeknoKini – Balai Taman Nasional Komodo membatasi jumlah wisatawan ke Pulau Komodo dan Pulau Padar maksimal 1.000 orang per hari mulai 1 Januari 2027. Pembatasan ini bertujuan menjaga kelestarian habitat komodo.
Kepala Balai Taman Nasional Komodo Hendrikus Rani Siga mengatakan jumlah pengunjung pada musim ramai bisa mencapai 2.500 orang per hari. Kepadatan itu dinilai mengganggu perilaku satwa dan merusak jalur pendakian di Padar.
"Kami tidak menutup kunjungan. Kami mengatur agar wisatawan tetap nyaman dan komodo tetap aman," kata Hendrikus.
## Pemesanan daring
Wisatawan wajib memesan kuota kunjungan melalui aplikasi resmi paling lambat tiga hari sebelum kedatangan. Tiket masuk untuk wisatawan mancanegara tetap Rp 250.000, sedangkan wisatawan domestik Rp 75.000 pada hari kerja.
Pelaku usaha kapal wisata di Labuan Bajo meminta sosialisasi diperpanjang. Ketua Asosiasi Kapal Wisata Labuan Bajo, Ahyar Abadi, khawatir banyak wisatawan yang sudah memesan paket sejak jauh hari belum mengetahui aturan baru tersebut.
Sepanjang Januari hingga Oktober 2026, Taman Nasional Komodo dikunjungi sekitar 312.000 wisatawan, 58 persen di antaranya wisatawan mancanegara.
""")

A(slug="29-arsenal-tundukkan-city", skel="s8", cs="windows-1252", site="SkorBola.id", section="Liga Inggris",
  city="LONDON", author="Rizky Maulana", editor="Deni Hermawan", date="Minggu, 22 November 2026 02:15",
  tags=["Arsenal", "Manchester City", "Liga Inggris"],
  body="""
# Arsenal Tundukkan Manchester City 2-0, Ødegaard Bersinar
LONDON, SkorBola.id – Arsenal menang 2-0 atas Manchester City pada pekan ke-12 Liga Inggris di Stadion Emirates, Sabtu (21/11/2026) waktu setempat. Martin Ødegaard menjadi bintang dengan satu gol dan satu assist.
Ødegaard membuka skor pada menit ke-31 lewat tendangan melengkung dari luar kotak penalti yang tak mampu dihalau Ederson.
City mencoba bangkit di babak kedua. Erling Haaland dua kali mengancam, tetapi sundulannya masih bisa ditepis David Raya.
Arsenal memastikan kemenangan pada menit ke-77. Umpan terukur Ødegaard diselesaikan Bukayo Saka dengan tembakan mendatar ke sudut gawang.
“Kami bermain dengan keberanian – itu yang saya minta dari para pemain sejak awal musim,” kata pelatih Arsenal Mikel Arteta.
Pelatih City Pep Guardiola mengakui timnya kalah dalam duel lini tengah. Absennya Rodri dan Rúben Dias akibat cedera disebut sangat berpengaruh.
Kemenangan ini membawa Arsenal ke puncak klasemen dengan 28 poin, unggul tiga angka dari Liverpool. City turun ke posisi keempat.
""")

A(slug="30-kpk-ott-bupati", skel="s9", cs="utf-8", site="Lintas Dunia", section="Hukum",
  city="JAKARTA", author="Yosef Manurung", editor="Bima Aditya", date="Kamis, 10 Desember 2026 20:18 WIB",
  tags=["KPK", "OTT", "korupsi"],
  body="""
# KPK Tetapkan Bupati dan Kepala Dinas PUPR Tersangka Suap Proyek Jalan
JAKARTA, Lintas Dunia – Komisi Pemberantasan Korupsi (KPK) menetapkan seorang bupati di Sumatera Selatan dan kepala dinas pekerjaan umum setempat sebagai tersangka kasus suap proyek jalan. Penetapan dilakukan setelah operasi tangkap tangan pada Rabu (9/12) malam.
Wakil Ketua KPK Johanis Tanak mengatakan penyidik menyita uang tunai Rp 2,3 miliar dalam pecahan Rp 100.000 yang disimpan dalam tiga kardus.
Menurut Tanak, uang tersebut diduga berasal dari dua kontraktor sebagai imbalan atas proyek peningkatan jalan senilai Rp 126 miliar pada tahun anggaran 2026.
"Para tersangka ditahan selama 20 hari pertama di Rutan KPK Gedung Merah Putih," kata Tanak dalam konferensi pers di Jakarta, Kamis (10/12).
KPK juga menetapkan dua kontraktor sebagai tersangka pemberi suap. Keduanya dijerat Pasal 5 ayat 1 Undang-Undang Pemberantasan Tindak Pidana Korupsi.
Penangkapan ini menambah panjang daftar kepala daerah yang terjerat kasus korupsi. Sepanjang 2026, KPK telah menangkap enam kepala daerah.
""")

A(slug="31-distribusi-pupuk-bersubsidi", skel="s4", cs="utf-8", site="Dinas Pertanian Kabupaten Klaten",
  section="Pengumuman", city="", author="Admin Distan", editor="", date="Jumat, 20 November 2026",
  tags=["pupuk bersubsidi", "petani", "Klaten"],
  body="""
# Penebusan Pupuk Bersubsidi Musim Tanam I 2026/2027 Cukup dengan KTP
Klaten – Dinas Pertanian Kabupaten Klaten menginformasikan bahwa penebusan pupuk bersubsidi untuk Musim Tanam I 2026/2027 dapat dilakukan di kios pupuk lengkap (KPL) resmi cukup dengan menunjukkan KTP elektronik.
Alokasi pupuk bersubsidi Kabupaten Klaten pada tahun 2027 sebanyak 41.250 ton urea dan 38.900 ton NPK. Petani yang berhak adalah petani yang tergabung dalam kelompok tani dan terdaftar dalam e-RDKK.
Harga eceran tertinggi (HET) pupuk bersubsidi yang berlaku adalah sebagai berikut:
| Jenis pupuk | HET per kilogram | HET per karung |
| Urea | Rp 2.250 | Rp 112.500 (50 kg) |
| NPK Phonska | Rp 2.300 | Rp 115.000 (50 kg) |
| Organik | Rp 800 | Rp 32.000 (40 kg) |
Petani yang menemukan kios menjual di atas HET atau menolak melayani penebusan dapat melapor ke penyuluh pertanian di Balai Penyuluhan Pertanian kecamatan setempat.
Demikian pengumuman ini disampaikan agar menjadi perhatian seluruh petani dan kelompok tani di Kabupaten Klaten.
""")

A(slug="32-ai-di-sekolah", skel="s10", cs="utf-8", site="Jabar Hari Ini", section="Pendidikan",
  city="BANDUNG", author="Fitri Handayani", editor="Ujang Rahmat", date="Selasa, 1 Desember 2026 13:48 WIB",
  tags=["kecerdasan artifisial", "pendidikan", "guru"],
  body="""
# Guru di Bandung Belajar Memakai Kecerdasan Artifisial untuk Menyusun Soal
BANDUNG, Jabar Hari Ini - Sebanyak 350 guru SMP di Kota Bandung mengikuti pelatihan pemanfaatan kecerdasan artifisial untuk menyusun bahan ajar dan soal ujian, Selasa (1/12/2026). Pelatihan digelar Dinas Pendidikan Kota Bandung bersama Institut Teknologi Bandung.
Dosen ITB, Ayu Purwarianti, mengingatkan para guru agar tidak menelan mentah-mentah jawaban yang dihasilkan mesin. "Guru tetap harus memeriksa kebenaran isi dan kesesuaiannya dengan kurikulum," katanya.
## Aturan pemakaian oleh siswa
Dinas Pendidikan juga sedang menyusun pedoman pemakaian kecerdasan artifisial oleh siswa. Pedoman itu akan mengatur kapan siswa boleh menggunakan aplikasi tersebut dan bagaimana mencantumkannya dalam tugas.
Guru Bahasa Indonesia SMPN 5 Bandung, Rini Marlina, mengaku terbantu. "Menyusun 40 soal pilihan ganda biasanya butuh dua hari, sekarang bisa setengah hari, tinggal saya periksa," ujarnya.
Namun, sebagian guru di pinggiran kota mengeluhkan koneksi internet sekolah yang lambat. Dinas Pendidikan berjanji menambah kapasitas jaringan di 28 sekolah pada awal 2027.
""")

A(slug="33-erupsi-semeru", skel="s11", cs="utf-8", site="Berita Satu Nusantara", section="Nasional",
  city="Lumajang", author="Dimas Ardiansyah", editor="Hari Susanto", date="Sabtu, 05 Des 2026 06:55 WIB",
  tags=["Semeru", "erupsi", "PVMBG"],
  body="""
# Semeru Kembali Erupsi, Status Naik ke Level III Siaga
Lumajang, Berita Satu Nusantara -- Gunung Semeru di perbatasan Kabupaten Lumajang dan Malang, Jawa Timur, kembali erupsi pada Jumat (4/12/2026) sore. Kolom abu teramati setinggi 2.000 meter di atas puncak.
Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) menaikkan status Semeru dari Level II Waspada menjadi Level III Siaga pada pukul 19.00 WIB.
Masyarakat diminta tidak beraktivitas di sektor tenggara sepanjang Besuk Kobokan sejauh 13 kilometer dari puncak. Warga juga diminta mewaspadai awan panas guguran dan lahar di sepanjang aliran sungai yang berhulu di Semeru.
Kepala BPBD Lumajang Patria Dwi Hastiadi mengatakan sekitar 600 warga Desa Supiturang dan Sumberwuluh telah mengungsi ke balai desa dan sekolah.
"Kebutuhan mendesak saat ini adalah masker, selimut, dan makanan untuk anak-anak," ujar Patria.
""")
