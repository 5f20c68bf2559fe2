"""Hand-written Bawaslu news stories of the hold-out set: the text and the expected fields.

Every value here was typed by hand; `build.py` only wraps each story in a theme's markup and
writes the expected fields beside the page. Nothing is computed by the project's reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    host: str
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    credit_lines: tuple[str, ...]  # the credits as printed, one line each
    credits: tuple[tuple[str, str], ...]  # (role, name) as a careful reader writes them
    tags: tuple[str, ...] = ()
    lead: str = ""  # the photo caption printed before the body
    image: str = ""  # path of the main photo
    image_alt: str = ""
    attachment: tuple[str, str] = ("", "")  # (path of a PDF, its link text inside a paragraph)
    read_also: str = ""  # a "Baca juga" title printed after the second paragraph
    glued_signoff: str = ""  # printed glued to the last sentence, e.g. "//redd"
    subheads: dict[int, str] = field(default_factory=dict)  # paragraph index -> h3 before it
    date_line: str = ""
    list_items: frozenset[int] = frozenset()  # paragraph indexes printed as items of a <ul>

    @property
    def url(self) -> str:
        return f"https://{self.host}/berita/{self.slug}"

    def body(self) -> str:
        """The body a careful reader copies: subheads included, boilerplate and credits not."""
        blocks: list[str] = []
        for index, paragraph in enumerate(self.paragraphs):
            if index in self.subheads:
                blocks.append(self.subheads[index])
            blocks.append(paragraph)
        return "\n\n".join(blocks)


KEBUMEN_RAKOR = Story(
    host="kebumen.bawaslu.go.id",
    slug="bawaslu-kebumen-gelar-rapat-koordinasi-pengawasan-tahapan-kampanye-pilkada-2024",
    title="Bawaslu Kebumen Gelar Rapat Koordinasi Pengawasan Tahapan Kampanye Pilkada 2024",
    lead="Suasana rapat koordinasi pengawasan tahapan kampanye di Aula Hotel Mexolie Kebumen.",
    image="/images/berita/2024/09/rakor-kampanye.jpg",
    image_alt="Rakor pengawasan kampanye",
    paragraphs=(
        "Kebumen – Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Kebumen menggelar rapat "
        "koordinasi pengawasan tahapan kampanye Pemilihan Bupati dan Wakil Bupati Kebumen Tahun "
        "2024 di Aula Hotel Mexolie, Selasa (24/9/2024). Rapat diikuti Panwaslu Kecamatan "
        "se-Kabupaten Kebumen, perwakilan Polres, Satpol PP, dan tim kampanye pasangan calon.",
        "Ketua Bawaslu Kebumen, Hadi Sucipto, menyampaikan bahwa masa kampanye berlangsung selama "
        "60 hari, mulai 25 September hingga 23 November 2024. Menurutnya, seluruh jajaran "
        "pengawas harus memahami batasan metode kampanye yang diatur dalam Peraturan KPU Nomor "
        "13 Tahun 2024.",
        "“Kami ingin tim kampanye tahu sejak awal mana yang boleh dan mana yang dilarang. "
        "Pencegahan jauh lebih baik daripada penindakan,” ujar Hadi.",
        "Koordinator Divisi Penanganan Pelanggaran, Siti Khotimah, memaparkan sejumlah titik "
        "rawan, antara lain pemasangan alat peraga kampanye di fasilitas umum, keterlibatan "
        "aparatur sipil negara, serta pelibatan anak-anak dalam kegiatan kampanye.",
        "Di akhir rapat, peserta menyepakati pembentukan grup koordinasi bersama untuk "
        "mempercepat pelaporan dan penertiban alat peraga kampanye yang melanggar aturan.",
    ),
    credit_lines=("Penulis : Arif Budiman", "Editor : Dwi Rahayu"),
    credits=(("writer", "Arif Budiman"), ("editor", "Dwi Rahayu")),
    tags=("Kampanye", "Pilkada 2024", "Rakor"),
    read_also="Bawaslu Kebumen Awasi Pergeseran Logistik Pilkada ke 26 Kecamatan",
    date_line="24 September 2024",
)

KEBUMEN_SOSIALISASI = Story(
    host="kebumen.bawaslu.go.id",
    slug="sosialisasi-pengawasan-partisipatif-bagi-pemilih-pemula-di-sma-negeri-1-gombong",
    title="Sosialisasi Pengawasan Partisipatif bagi Pemilih Pemula di SMA Negeri 1 Gombong",
    lead="Siswa SMA Negeri 1 Gombong mengikuti sosialisasi pengawasan partisipatif.",
    image="/images/berita/2024/10/sosialisasi-gombong.jpg",
    image_alt="Sosialisasi di SMA Negeri 1 Gombong",
    paragraphs=(
        "Gombong – Bawaslu Kabupaten Kebumen menyelenggarakan sosialisasi pengawasan partisipatif "
        "bagi pemilih pemula di SMA Negeri 1 Gombong, Kamis (17/10/2024). Kegiatan ini diikuti "
        "250 siswa kelas XII yang akan menggunakan hak pilih untuk pertama kali pada Pilkada "
        "serentak 27 November mendatang.",
        "Anggota Bawaslu Kebumen, Nur Hidayat, mengajak para siswa untuk tidak sekadar datang ke "
        "tempat pemungutan suara, tetapi juga ikut mengawasi jalannya pemilihan di lingkungan "
        "masing-masing.",
        "“Kalau kalian menemukan politik uang atau kampanye hitam di media sosial, laporkan. "
        "Bawaslu membuka posko pengaduan di setiap kecamatan,” katanya.",
        "Selain materi, panitia menggelar kuis seputar kepemiluan dengan hadiah suvenir. Kepala "
        "SMA Negeri 1 Gombong, Sugeng Riyadi, menyambut baik kegiatan tersebut dan berharap "
        "sosialisasi serupa rutin dilakukan menjelang setiap pemilihan.",
        "Materi sosialisasi dapat diunduh melalui tautan berikut: Materi Pengawasan Partisipatif "
        "Pemilih Pemula.",
    ),
    attachment=(
        "/images/dokumen/materi-pengawasan-partisipatif-pemilih-pemula.pdf",
        "Materi Pengawasan Partisipatif Pemilih Pemula",
    ),
    credit_lines=("Penulis dan Editor : Dwi Rahayu",),
    credits=(("writer", "Dwi Rahayu"), ("editor", "Dwi Rahayu")),
    tags=("Sosialisasi", "Pemilih Pemula", "Pengawasan Partisipatif"),
    date_line="17 Oktober 2024",
)

KEBUMEN_LOGISTIK = Story(
    host="kebumen.bawaslu.go.id",
    slug="bawaslu-kebumen-awasi-pergeseran-logistik-pilkada-ke-26-kecamatan",
    title="Bawaslu Kebumen Awasi Pergeseran Logistik Pilkada ke 26 Kecamatan",
    lead="Petugas memeriksa segel kotak suara sebelum logistik diberangkatkan ke kecamatan.",
    image="/images/berita/2024/11/logistik-kebumen.jpg",
    image_alt="Pengawasan logistik",
    paragraphs=(
        "Kebumen – Bawaslu Kabupaten Kebumen mengawasi pergeseran logistik Pemilihan Serentak "
        "2024 dari gudang KPU Kebumen ke 26 Panitia Pemilihan Kecamatan, Senin (18/11/2024). "
        "Pengawasan dilakukan sejak pukul 07.00 WIB hingga seluruh armada tiba di kecamatan "
        "tujuan.",
        "Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat Bawaslu "
        "Kebumen, Eko Purnomo, mengatakan jajarannya memastikan jumlah kotak suara, bilik suara, "
        "surat suara, dan formulir sesuai dengan berita acara serah terima.",
        "“Setiap kendaraan dikawal oleh anggota Polri dan pengawas kecamatan. Kami cek segelnya "
        "satu per satu sebelum diberangkatkan,” ungkap Eko.",
        "Hingga sore hari, Bawaslu Kebumen tidak menemukan kekurangan logistik. Namun, pengawas "
        "mencatat adanya keterlambatan pengiriman ke Kecamatan Sadang akibat jalan yang licin "
        "setelah hujan deras.",
    ),
    credit_lines=("Humas Bawaslu Kebumen",),
    credits=(("author", "Humas Bawaslu Kebumen"),),
    tags=("Logistik", "Pilkada 2024"),
    date_line="18 November 2024",
)

BLORA_BIMTEK = Story(
    host="blora.bawaslu.go.id",
    slug="bawaslu-blora-latih-295-pengawas-tps-jelang-pemungutan-suara",
    title="Bawaslu Blora Latih 295 Pengawas TPS Jelang Pemungutan Suara",
    lead="Peserta bimbingan teknis pengawas TPS mengikuti simulasi pengisian formulir di Gedung "
    "Sapta Prasetya Blora.",
    image="/images/2024/11/bimtek-ptps-blora.jpg",
    image_alt="Bimtek pengawas TPS Blora",
    paragraphs=(
        "Blora – Bawaslu Kabupaten Blora menggelar bimbingan teknis bagi 295 pengawas tempat "
        "pemungutan suara (TPS) dari Kecamatan Blora, Jepon, dan Tunjungan di Gedung Sapta "
        "Prasetya, Sabtu (9/11/2024).",
        "Ketua Bawaslu Blora, Puji Astuti, menekankan pentingnya integritas pengawas TPS. Ia "
        "meminta pengawas tidak ragu menyampaikan keberatan apabila menemukan prosedur "
        "pemungutan dan penghitungan suara yang tidak sesuai ketentuan.",
        "“Pengawas TPS wajib memegang salinan hasil penghitungan suara. Tanpa dokumen itu, kita "
        "kehilangan alat kontrol ketika terjadi sengketa,” tegasnya.",
        "Bimbingan teknis dilanjutkan dengan simulasi pengisian formulir model A hasil "
        "pengawasan serta praktik pelaporan melalui aplikasi Siwaslu. Kegiatan serupa akan "
        "digelar di 13 kecamatan lainnya hingga pekan depan.",
    ),
    credit_lines=("Penulis : Yuliana Sari", "Foto : Ahmad Fauzi", "Editor : Rudi Hartono"),
    credits=(("writer", "Yuliana Sari"), ("photo", "Ahmad Fauzi"), ("editor", "Rudi Hartono")),
    tags=("Bimtek", "Pengawas TPS", "Pilkada 2024"),
    date_line="09 November 2024",
)

BLORA_APK = Story(
    host="blora.bawaslu.go.id",
    slug="bawaslu-blora-tertibkan-1200-alat-peraga-kampanye-di-masa-tenang",
    title="Bawaslu Blora Tertibkan 1.200 Alat Peraga Kampanye di Masa Tenang",
    image="/images/2024/11/penertiban-apk-blora.jpg",
    image_alt="Penertiban APK",
    paragraphs=(
        "Blora – Memasuki masa tenang Pilkada 2024, Bawaslu Kabupaten Blora bersama Satpol PP "
        "dan KPU Blora menertibkan alat peraga kampanye (APK) di 16 kecamatan, Minggu "
        "(24/11/2024).",
        "Sebanyak 1.200 APK berupa baliho, spanduk, dan umbul-umbul diturunkan dari jalan "
        "protokol, fasilitas pendidikan, dan tempat ibadah. Seluruh APK kemudian diangkut ke "
        "gudang Satpol PP untuk diambil kembali oleh tim kampanye.",
        "“Masa tenang harus bersih dari atribut kampanye. Kami juga mengingatkan pasangan calon "
        "agar tidak berkampanye di media sosial selama tiga hari ini,” kata Koordinator Divisi "
        "Penanganan Pelanggaran Bawaslu Blora, Sri Wahyuni.",
        "Bawaslu Blora juga mengimbau masyarakat melapor apabila menemukan praktik politik uang "
        "menjelang hari pemungutan suara pada Rabu, 27 November 2024.",
    ),
    credit_lines=("Penulis dan Foto: Humas Bawaslu Blora", "Editor:RH"),
    credits=(
        ("writer", "Humas Bawaslu Blora"),
        ("photo", "Humas Bawaslu Blora"),
        ("editor", "RH"),
    ),
    tags=("Masa Tenang", "APK", "Penertiban"),
    read_also="Bawaslu Blora Latih 295 Pengawas TPS Jelang Pemungutan Suara",
    date_line="24 November 2024",
)

SINJAI_TOKOH_AGAMA = Story(
    host="sinjai.bawaslu.go.id",
    slug="bawaslu-sinjai-ajak-tokoh-agama-tolak-politik-uang",
    title="Bawaslu Sinjai Ajak Tokoh Agama Tolak Politik Uang",
    image="/upload/berita/dialog-tokoh-agama.jpg",
    image_alt="",
    paragraphs=(
        "SINJAI – Bawaslu Kabupaten Sinjai menggelar dialog bersama tokoh agama dan tokoh "
        "masyarakat dalam rangka pencegahan politik uang pada Pemilihan Bupati dan Wakil Bupati "
        "Sinjai 2024, Rabu (30/10/2024), di Aula Kantor Kementerian Agama Sinjai.",
        "Ketua Bawaslu Sinjai, Rahmat Hidayat, mengatakan tokoh agama memiliki pengaruh besar di "
        "tengah masyarakat sehingga pesan menolak politik uang akan lebih mudah diterima bila "
        "disampaikan melalui mimbar masjid dan majelis taklim.",
        "“Politik uang merusak pilihan rakyat. Kami berharap para ustaz dan imam ikut "
        "menyampaikan bahwa menerima uang untuk memilih calon tertentu adalah pelanggaran,” "
        "ujarnya.",
        "Kepala Kantor Kementerian Agama Sinjai, Andi Syamsul, menyatakan dukungannya dan akan "
        "menginstruksikan penyuluh agama di sembilan kecamatan untuk menyisipkan pesan pemilu "
        "damai dalam kegiatan keagamaan.",
    ),
    credit_lines=("Penulis : Andi Nurul", "Editor : Muh. Yusuf"),
    credits=(("writer", "Andi Nurul"), ("editor", "Muh. Yusuf")),
    tags=("Politik Uang", "Tokoh Agama", "Pilkada 2024"),
    date_line="Rabu, 30 Oktober 2024 | 14:20 WITA",
)

SINJAI_NETRALITAS = Story(
    host="sinjai.bawaslu.go.id",
    slug="panwascam-sinjai-timur-temukan-dugaan-pelanggaran-netralitas-kepala-desa",
    title="Panwascam Sinjai Timur Temukan Dugaan Pelanggaran Netralitas Kepala Desa",
    paragraphs=(
        "SINJAI – Panitia Pengawas Pemilihan Kecamatan (Panwascam) Sinjai Timur menemukan "
        "dugaan pelanggaran netralitas yang dilakukan seorang kepala desa, Jumat (11/10/2024). "
        "Kepala desa tersebut diduga mengajak warga memilih salah satu pasangan calon dalam "
        "acara pertemuan kelompok tani.",
        "Temuan itu berawal dari rekaman video yang beredar di grup percakapan warga. Panwascam "
        "kemudian melakukan penelusuran dan meminta klarifikasi kepada sejumlah saksi yang hadir "
        "dalam pertemuan tersebut.",
        "Koordinator Divisi Penanganan Pelanggaran Bawaslu Sinjai, Nurhayati, menjelaskan bahwa "
        "temuan tersebut telah diregistrasi dan kini dalam tahap kajian. Jika terbukti, kasus itu "
        "akan diteruskan kepada instansi yang berwenang sesuai Undang-Undang Nomor 10 Tahun 2016.",
        "“Kepala desa dilarang membuat keputusan atau tindakan yang menguntungkan atau merugikan "
        "salah satu pasangan calon. Kami akan tuntaskan sesuai prosedur,” tuturnya.",
    ),
    glued_signoff="//redd",
    credit_lines=("//redd",),
    credits=(("author", "redd"),),
    tags=("Netralitas", "Penanganan Pelanggaran"),
    date_line="Jumat, 11 Oktober 2024 | 09:05 WITA",
)

PAMEKASAN_TPS_RAWAN = Story(
    host="pamekasan.bawaslu.go.id",
    slug="jelang-pemungutan-suara-bawaslu-pamekasan-petakan-187-tps-rawan",
    title="Jelang Pemungutan Suara, Bawaslu Pamekasan Petakan 187 TPS Rawan",
    lead="Rapat koordinasi pemetaan TPS rawan bersama KPU, Polres dan Kodim 0826 Pamekasan.",
    image="/content/images/2024/11/rakor-tps-rawan-pamekasan.jpg",
    image_alt="Rakor TPS rawan",
    paragraphs=(
        "Pamekasan – Bawaslu Kabupaten Pamekasan memetakan 187 tempat pemungutan suara (TPS) "
        "yang tergolong rawan menjelang pemungutan suara Pilkada serentak 2024. Hasil pemetaan "
        "dipaparkan dalam rapat koordinasi bersama KPU, Polres, dan Kodim 0826 Pamekasan, Kamis "
        "(21/11/2024).",
        "Anggota Bawaslu Pamekasan, Sukma Firdaus, menjelaskan pemetaan dilakukan berdasarkan "
        "delapan variabel, antara lain riwayat pemungutan suara ulang, TPS yang sulit "
        "dijangkau, keberadaan pemilih yang tidak memenuhi syarat, serta potensi politik uang.",
        "“Kerawanan paling banyak terkait akses lokasi, terutama di wilayah pegunungan di bagian "
        "utara. Ada TPS yang hanya bisa dijangkau dengan jalan kaki,” kata Sukma.",
        "Data TPS rawan tersebut akan menjadi dasar penempatan personel pengamanan dan strategi "
        "pengawasan melekat pada hari pemungutan suara. Bawaslu juga meminta KPU memastikan "
        "distribusi logistik ke TPS rawan dilakukan lebih awal.",
        "Rincian pemetaan dapat dibaca dalam dokumen Pemetaan TPS Rawan Pilkada 2024 Kabupaten "
        "Pamekasan.",
    ),
    attachment=(
        "/content/files/2024/11/pemetaan-tps-rawan-pilkada-2024-pamekasan.pdf",
        "Pemetaan TPS Rawan Pilkada 2024 Kabupaten Pamekasan",
    ),
    credit_lines=(
        "Penulis : Moh. Rasyid",
        "Editor : Fathor Rahman",
        "Foto : Humas Bawaslu Pamekasan",
    ),
    credits=(
        ("writer", "Moh. Rasyid"),
        ("editor", "Fathor Rahman"),
        ("photo", "Humas Bawaslu Pamekasan"),
    ),
    tags=("TPS Rawan", "Pemetaan", "Pilkada 2024"),
    date_line="2024-11-21",
)

PAMEKASAN_POSKO = Story(
    host="pamekasan.bawaslu.go.id",
    slug="bawaslu-pamekasan-buka-posko-aduan-masyarakat-selama-masa-kampanye",
    title="Bawaslu Pamekasan Buka Posko Aduan Masyarakat Selama Masa Kampanye",
    lead="Posko aduan masyarakat di kantor Bawaslu Pamekasan.",
    image="/content/images/2024/09/posko-aduan-pamekasan.jpg",
    image_alt="Posko aduan",
    paragraphs=(
        "Pamekasan – Bawaslu Kabupaten Pamekasan membuka posko aduan masyarakat selama masa "
        "kampanye Pilkada 2024. Posko berada di kantor Bawaslu Pamekasan di Jalan Stadion dan "
        "di 13 kantor Panwaslu Kecamatan.",
        "Masyarakat dapat menyampaikan laporan dugaan pelanggaran secara langsung, melalui "
        "telepon, maupun lewat pesan WhatsApp. Setiap laporan akan dicatat dan ditindaklanjuti "
        "sesuai dengan Peraturan Bawaslu tentang penanganan pelanggaran.",
        "“Syarat laporan sederhana: identitas pelapor, uraian kejadian, waktu dan tempat, serta "
        "bukti jika ada. Laporan paling lambat disampaikan tujuh hari sejak kejadian "
        "diketahui,” ujar Koordinator Divisi Hukum Bawaslu Pamekasan, Abd. Halim.",
        "Ia menambahkan, identitas pelapor akan dirahasiakan apabila diminta, sehingga "
        "masyarakat tidak perlu khawatir mendapat tekanan setelah melapor.",
    ),
    credit_lines=("Humas Bawaslu Pamekasan",),
    credits=(("author", "Humas Bawaslu Pamekasan"),),
    tags=("Posko Aduan", "Kampanye"),
    date_line="2024-09-26",
)

BINTAN_EVALUASI = Story(
    host="bintankab.bawaslu.go.id",
    slug="bawaslu-bintan-gelar-rapat-evaluasi-pengawasan-pemungutan-suara-pilkada-2024",
    title="Bawaslu Bintan Gelar Rapat Evaluasi Pengawasan Pemungutan Suara Pilkada 2024",
    image="https://static.wixstatic.com/media/evaluasi-bintan.jpg",
    image_alt="Rapat evaluasi",
    paragraphs=(
        "Bintan – Bawaslu Kabupaten Bintan menggelar rapat evaluasi pengawasan pemungutan dan "
        "penghitungan suara Pilkada 2024 di Tanjung Uban, Selasa (3/12/2024). Rapat diikuti "
        "Panwaslu Kecamatan dan perwakilan Pengawas Kelurahan/Desa se-Kabupaten Bintan.",
        "Ketua Bawaslu Bintan, Riko Saputra, menyampaikan bahwa secara umum pemungutan suara di "
        "318 TPS berjalan lancar. Namun, pengawas mencatat masih ada pemilih yang tidak membawa "
        "formulir pemberitahuan dan sejumlah TPS yang terlambat dibuka.",
        "“Catatan ini akan kami sampaikan kepada KPU Bintan sebagai bahan perbaikan. Evaluasi "
        "bukan untuk mencari kesalahan, tetapi agar pemilihan berikutnya lebih baik,” ucapnya.",
        "Rapat ditutup dengan penyerahan laporan hasil pengawasan dari setiap kecamatan kepada "
        "Bawaslu Kabupaten Bintan.",
    ),
    credit_lines=("Penulis : Nadia Putri", "Editor : Zulkifli"),
    credits=(("writer", "Nadia Putri"), ("editor", "Zulkifli")),
    tags=("Evaluasi", "Pemungutan Suara"),
    date_line="3 Des 2024",
)

BINTAN_ASN = Story(
    host="bintankab.bawaslu.go.id",
    slug="bawaslu-bintan-ingatkan-asn-jaga-netralitas-di-media-sosial",
    title="Bawaslu Bintan Ingatkan ASN Jaga Netralitas di Media Sosial",
    paragraphs=(
        "Bintan – Bawaslu Kabupaten Bintan mengingatkan aparatur sipil negara (ASN) di "
        "lingkungan Pemerintah Kabupaten Bintan untuk menjaga netralitas, termasuk dalam "
        "aktivitas di media sosial. Imbauan itu disampaikan dalam apel pagi di halaman Kantor "
        "Bupati Bintan, Senin (7/10/2024).",
        "Anggota Bawaslu Bintan, Lestari Wulandari, menjelaskan bahwa memberi tanda suka, "
        "membagikan, atau mengomentari unggahan kampanye pasangan calon dapat dikategorikan "
        "sebagai pelanggaran netralitas.",
        "“Jangan sampai jempol Bapak dan Ibu membuat masalah. Netralitas ASN diatur tegas dalam "
        "undang-undang dan ada sanksinya,” katanya.",
        "Bawaslu Bintan juga telah menyurati seluruh organisasi perangkat daerah agar meneruskan "
        "imbauan tersebut kepada pegawai masing-masing.",
    ),
    credit_lines=("Penulis dan Editor : Nadia Putri",),
    credits=(("writer", "Nadia Putri"), ("editor", "Nadia Putri")),
    tags=("Netralitas ASN", "Media Sosial"),
    date_line="7 Okt 2024",
)

WAYKANAN_REKRUTMEN = Story(
    host="waykanan.bawaslu.go.id",
    slug="bawaslu-way-kanan-rekrut-1046-pengawas-tps-untuk-pilkada-2024",
    title="Bawaslu Way Kanan Rekrut 1.046 Pengawas TPS untuk Pilkada 2024",
    lead="Calon pengawas TPS mengikuti wawancara di kantor Panwaslu Kecamatan Blambangan Umpu.",
    image="/storage/posts/2024/10/wawancara-ptps.jpg",
    image_alt="Wawancara calon pengawas TPS",
    paragraphs=(
        "Blambangan Umpu – Bawaslu Kabupaten Way Kanan mengumumkan hasil rekrutmen 1.046 "
        "pengawas tempat pemungutan suara (TPS) untuk Pilkada serentak 2024, Jumat (25/10/2024). "
        "Pengumuman dapat dilihat di papan informasi kantor Panwaslu Kecamatan dan laman resmi "
        "Bawaslu Way Kanan.",
        "Ketua Bawaslu Way Kanan, Indra Gunawan, mengatakan jumlah pendaftar mencapai 1.430 orang "
        "dari 15 kecamatan. Seleksi dilakukan melalui penelitian administrasi dan wawancara oleh "
        "Panwaslu Kecamatan.",
        "“Kami utamakan calon yang berdomisili di desa setempat agar mengenal lingkungan TPS. "
        "Pengawas TPS yang terpilih wajib mengikuti bimbingan teknis sebelum dilantik,” jelas "
        "Indra.",
        "Pelantikan pengawas TPS dijadwalkan serentak pada 2 November 2024 di masing-masing "
        "kecamatan.",
        "Daftar nama pengawas TPS terpilih dapat diunduh pada tautan berikut: Pengumuman Hasil "
        "Seleksi Pengawas TPS Pilkada 2024.",
    ),
    attachment=(
        "/storage/files/pengumuman-hasil-seleksi-pengawas-tps-pilkada-2024.pdf",
        "Pengumuman Hasil Seleksi Pengawas TPS Pilkada 2024",
    ),
    credit_lines=("Penulis: Rina Oktaviani", "Editor: Dedi Kurniawan"),
    credits=(("writer", "Rina Oktaviani"), ("editor", "Dedi Kurniawan")),
    tags=("Pengawas TPS", "Rekrutmen", "Pilkada 2024"),
    read_also="Bawaslu Way Kanan Awasi Rekapitulasi Suara Tingkat Kabupaten",
    date_line="25 Oktober 2024",
)

WAYKANAN_REKAPITULASI = Story(
    host="waykanan.bawaslu.go.id",
    slug="bawaslu-way-kanan-awasi-rekapitulasi-suara-tingkat-kabupaten",
    title="Bawaslu Way Kanan Awasi Rekapitulasi Suara Tingkat Kabupaten",
    image="/storage/posts/2024/12/pleno-rekapitulasi.jpg",
    image_alt="Pleno rekapitulasi",
    paragraphs=(
        "Blambangan Umpu – Bawaslu Kabupaten Way Kanan mengawasi rapat pleno terbuka "
        "rekapitulasi hasil penghitungan suara tingkat kabupaten yang digelar KPU Way Kanan, "
        "Selasa (3/12/2024). Rapat dihadiri saksi pasangan calon, Panitia Pemilihan Kecamatan, "
        "dan jajaran pengawas.",
        "Selama rapat berlangsung, pengawas mencocokkan data rekapitulasi setiap kecamatan "
        "dengan salinan formulir hasil yang dihimpun dari pengawas TPS. Dua kecamatan sempat "
        "diminta melakukan pembetulan karena selisih penjumlahan suara tidak sah.",
        "“Perbaikan dilakukan terbuka di hadapan saksi, sehingga tidak ada keberatan yang "
        "tersisa. Semua angka sudah sesuai dengan dokumen pengawasan kami,” ujar Koordinator "
        "Divisi Hukum dan Penyelesaian Sengketa, Yulia Sari.",
        "Rapat pleno ditutup pada pukul 23.15 WIB dengan penandatanganan berita acara oleh "
        "seluruh saksi yang hadir.",
    ),
    credit_lines=("Penulis : Rina Oktaviani", "Foto : Agus Salim"),
    credits=(("writer", "Rina Oktaviani"), ("photo", "Agus Salim")),
    tags=("Rekapitulasi",),
    date_line="3 Desember 2024",
)

JATIM_EVALUASI = Story(
    host="jatim.bawaslu.go.id",
    slug="bawaslu-jatim-evaluasi-pengawasan-pemungutan-suara-di-38-kabupaten-kota",
    title="Bawaslu Jatim Evaluasi Pengawasan Pemungutan Suara di 38 Kabupaten/Kota",
    lead="Rapat evaluasi pengawasan pemungutan suara Bawaslu se-Jawa Timur di Surabaya.",
    image="/wp-content/uploads/2024/12/evaluasi-jatim.jpg",
    image_alt="Evaluasi pengawasan",
    paragraphs=(
        "Surabaya – Bawaslu Provinsi Jawa Timur menggelar rapat evaluasi pengawasan pemungutan "
        "dan penghitungan suara Pilkada 2024 bersama Bawaslu kabupaten/kota se-Jawa Timur di "
        "Surabaya, Kamis (5/12/2024).",
        "Dari laporan 38 kabupaten/kota, pengawas mencatat 412 kejadian khusus di TPS. Kejadian "
        "terbanyak berupa pemilih yang menggunakan hak pilih tanpa membawa identitas dan "
        "kekurangan surat suara di beberapa TPS.",
        "“Sebagian besar sudah diselesaikan di tempat melalui saran perbaikan lisan kepada "
        "KPPS,” kata Ketua Bawaslu Jawa Timur, Eka Prasetya.",
        "Bawaslu juga merekomendasikan pemungutan suara ulang di tujuh TPS di lima kabupaten "
        "karena ditemukan pemilih yang mencoblos lebih dari satu kali. Seluruh rekomendasi telah "
        "ditindaklanjuti oleh KPU setempat.",
        "Hasil evaluasi akan dihimpun dalam laporan akhir pengawasan dan disampaikan kepada "
        "Bawaslu RI sebagai bahan penyusunan Indeks Kerawanan Pemilu pada pemilihan berikutnya.",
    ),
    subheads={
        1: "Temuan di Hari Pemungutan",
        3: "Rekomendasi Pemungutan Suara Ulang",
        4: "Langkah Berikutnya",
    },
    credit_lines=("Penulis : Dian Kusuma", "Desain : Humas Bawaslu Jatim"),
    credits=(("writer", "Dian Kusuma"), ("design", "Humas Bawaslu Jatim")),
    tags=("Evaluasi", "Pilkada 2024", "PSU"),
    date_line="5 Desember 2024",
)

JATIM_PELATIHAN = Story(
    host="jatim.bawaslu.go.id",
    slug="bawaslu-jatim-perkuat-kapasitas-panwascam-lewat-pelatihan-penanganan-pelanggaran",
    title="Bawaslu Jatim Perkuat Kapasitas Panwascam Lewat Pelatihan Penanganan Pelanggaran",
    lead="Peserta pelatihan penanganan pelanggaran berdiskusi dalam kelompok di Kota Batu.",
    image="/wp-content/uploads/2024/08/pelatihan-panwascam.jpg",
    image_alt="Pelatihan Panwascam",
    paragraphs=(
        "Malang – Bawaslu Provinsi Jawa Timur menggelar pelatihan penanganan pelanggaran bagi "
        "Panwaslu Kecamatan dari wilayah Malang Raya dan Pasuruan, Rabu-Jumat (14-16/8/2024), di "
        "Kota Batu.",
        "Selama tiga hari, peserta mempelajari tahapan penerimaan laporan, registrasi, "
        "klarifikasi, hingga penyusunan kajian dugaan pelanggaran. Peserta juga berlatih "
        "menentukan jenis pelanggaran, apakah administrasi, pidana, atau pelanggaran kode etik.",
        "“Panwascam adalah pintu pertama laporan masyarakat. Kalau pintunya kuat, penanganan "
        "pelanggaran di atasnya juga akan kuat,” ujar Koordinator Divisi Penanganan Pelanggaran "
        "Bawaslu Jatim, Nur Aini.",
        "Pada hari terakhir, peserta dibagi menjadi beberapa kelompok untuk menangani simulasi "
        "kasus politik uang dan pelibatan kepala desa dalam kampanye. Setiap kelompok "
        "mempresentasikan hasil kajiannya di hadapan fasilitator.",
    ),
    subheads={1: "Materi Kajian Dugaan Pelanggaran", 3: "Simulasi Kasus"},
    credit_lines=("Penulis dan Editor : Dian Kusuma",),
    credits=(("writer", "Dian Kusuma"), ("editor", "Dian Kusuma")),
    tags=("Pelatihan", "Panwascam", "Penanganan Pelanggaran"),
    read_also="Bawaslu Jatim Evaluasi Pengawasan Pemungutan Suara di 38 Kabupaten/Kota",
    date_line="16 Agustus 2024",
)

BOYOLALI_DEBAT = Story(
    host="boyolali.bawaslu.go.id",
    slug="bawaslu-boyolali-pantau-debat-publik-kedua-calon-bupati",
    title="Bawaslu Boyolali Pantau Debat Publik Kedua Calon Bupati",
    paragraphs=(
        "Boyolali – Bawaslu Kabupaten Boyolali memantau jalannya debat publik kedua pasangan "
        "calon Bupati dan Wakil Bupati Boyolali yang diselenggarakan KPU Boyolali di Gedung "
        "Sasana Manggala Boyolali, Kamis (31/10/2024) malam.",
        "Pengawasan difokuskan pada jumlah pendukung yang masuk ke ruang debat, atribut yang "
        "dibawa, serta materi debat yang berpotensi mengandung ujaran kebencian atau unsur SARA.",
        "“Debat berjalan tertib. Jumlah pendukung sesuai kuota yang disepakati, dan tidak ada "
        "atribut yang melanggar,” kata Koordinator Divisi Pencegahan Bawaslu Boyolali, Widodo.",
        "Bawaslu Boyolali juga menempatkan pengawas di luar gedung untuk memantau kerumunan "
        "massa pendukung yang menyaksikan debat melalui layar lebar.",
    ),
    credit_lines=("Penulis : Tri Wahyuni", "Editor : Joko Susilo"),
    credits=(("writer", "Tri Wahyuni"), ("editor", "Joko Susilo")),
    tags=("Debat Publik", "Pilkada 2024"),
    date_line="Jumat, 1 November 2024 - 08:30 WIB",
)

BOYOLALI_KAMPUS = Story(
    host="boyolali.bawaslu.go.id",
    slug="bawaslu-boyolali-teken-kerja-sama-pengawasan-dengan-tiga-perguruan-tinggi",
    title="Bawaslu Boyolali Teken Kerja Sama Pengawasan dengan Tiga Perguruan Tinggi",
    paragraphs=(
        "Boyolali – Bawaslu Kabupaten Boyolali menandatangani nota kesepahaman dengan tiga "
        "perguruan tinggi di Kabupaten Boyolali dan Kota Surakarta, Senin (22/7/2024).",
        "Kerja sama tersebut meliputi pendidikan pemilih, penelitian kepemiluan, serta pelibatan "
        "mahasiswa dalam pengawasan partisipatif melalui program kuliah kerja nyata tematik "
        "pengawasan pemilu.",
        "“Mahasiswa punya energi dan kemampuan literasi digital yang kuat. Kami ingin mereka "
        "menjadi mitra pengawasan, terutama dalam melawan hoaks pemilu,” ujar Ketua Bawaslu "
        "Boyolali, Rina Kusumawati.",
        "Penandatanganan dilanjutkan dengan diskusi publik bertema peran kampus dalam menjaga "
        "integritas Pilkada 2024.",
    ),
    credit_lines=("Humas Bawaslu Boyolali",),
    credits=(("author", "Humas Bawaslu Boyolali"),),
    date_line="Senin, 22 Juli 2024 - 15:10 WIB",
)

SEMARANG_PATROLI = Story(
    host="semarangkab.bawaslu.go.id",
    slug="bawaslu-kabupaten-semarang-gelar-patroli-pengawasan-masa-tenang",
    title="Bawaslu Kabupaten Semarang Gelar Patroli Pengawasan Masa Tenang",
    lead="Tim patroli gabungan menurunkan alat peraga kampanye di Kecamatan Bergas.",
    image="/uploads/2024/11/patroli-masa-tenang.jpg",
    image_alt="Patroli masa tenang",
    paragraphs=(
        "Ungaran – Bawaslu Kabupaten Semarang bersama Polres Semarang dan Satpol PP menggelar "
        "patroli pengawasan masa tenang Pilkada 2024, Senin (25/11/2024) malam. Patroli "
        "menyasar 19 kecamatan yang dinilai rawan praktik politik uang.",
        "Ketua Bawaslu Kabupaten Semarang, Agung Nugroho, mengatakan patroli dilakukan hingga "
        "Rabu dini hari menjelang pemungutan suara. Setiap tim terdiri atas pengawas kecamatan, "
        "anggota Polri, dan petugas Satpol PP.",
        "“Kami tidak hanya berpatroli di jalan, tetapi juga mendatangi titik-titik kumpul warga. "
        "Jika menemukan pembagian uang atau barang, tim langsung mengamankan barang bukti,” "
        "ujarnya.",
        "Selama patroli malam pertama, tim menurunkan 35 alat peraga kampanye yang masih "
        "terpasang dan membubarkan satu pertemuan yang diduga berkaitan dengan kegiatan "
        "kampanye.",
    ),
    credit_lines=("Penulis : Fitri Handayani", "Foto : Bagas Pratama"),
    credits=(("writer", "Fitri Handayani"), ("photo", "Bagas Pratama")),
    tags=("Masa Tenang", "Patroli", "Politik Uang"),
    date_line="26 November 2024",
)

SEMARANG_ORMAS = Story(
    host="semarangkab.bawaslu.go.id",
    slug="bawaslu-kabupaten-semarang-libatkan-ormas-dalam-pengawasan-partisipatif",
    title="Bawaslu Kabupaten Semarang Libatkan Ormas dalam Pengawasan Partisipatif",
    image="/uploads/2024/09/forum-ormas.jpg",
    image_alt="Forum warga pengawasan partisipatif",
    paragraphs=(
        "Ungaran – Bawaslu Kabupaten Semarang menggandeng 24 organisasi kemasyarakatan dalam "
        "forum warga pengawasan partisipatif di Ungaran, Kamis (12/9/2024). Forum ini membahas "
        "peran ormas dalam mencegah pelanggaran pada Pilkada 2024.",
        "Anggota Bawaslu Kabupaten Semarang, Ratna Dewi, menjelaskan bahwa keterbatasan jumlah "
        "pengawas membuat keterlibatan masyarakat sangat dibutuhkan, terutama untuk memantau "
        "kampanye di tingkat desa.",
        "“Ormas memiliki jaringan sampai ke tingkat RT. Informasi awal dari mereka sangat "
        "membantu kami mencegah pelanggaran sebelum terjadi,” kata Ratna.",
        "Di akhir forum, perwakilan ormas menandatangani komitmen bersama untuk menolak politik "
        "uang, ujaran kebencian, dan penyebaran hoaks selama tahapan Pilkada 2024.",
    ),
    credit_lines=("Humas Bawaslu Kabupaten Semarang",),
    credits=(("author", "Humas Bawaslu Kabupaten Semarang"),),
    tags=("Pengawasan Partisipatif", "Ormas"),
    date_line="12 September 2024",
)

SUMUT_GAKKUMDU = Story(
    host="sumut.bawaslu.go.id",
    slug="bawaslu-sumut-gelar-rakor-sentra-gakkumdu-jelang-pemungutan-suara",
    title="Bawaslu Sumut Gelar Rakor Sentra Gakkumdu Jelang Pemungutan Suara",
    lead="Rapat koordinasi Sentra Gakkumdu Sumatera Utara di Medan.",
    image="/wp-content/uploads/2024/11/rakor-gakkumdu-sumut.jpg",
    image_alt="Rakor Sentra Gakkumdu",
    paragraphs=(
        "Medan – Bawaslu Provinsi Sumatera Utara menggelar rapat koordinasi Sentra Penegakan "
        "Hukum Terpadu (Gakkumdu) bersama Polda Sumut dan Kejaksaan Tinggi Sumut di Medan, Selasa "
        "(19/11/2024). Rapat membahas kesiapan penanganan tindak pidana pemilihan menjelang hari "
        "pemungutan suara.",
        "Koordinator Divisi Penanganan Pelanggaran Bawaslu Sumut, Johan Sitorus, menyebutkan "
        "bahwa hingga pertengahan November, Sentra Gakkumdu di kabupaten/kota se-Sumatera Utara "
        "telah menangani 27 dugaan tindak pidana pemilihan, sebagian besar terkait politik uang "
        "dan keterlibatan kepala desa.",
        "“Waktu penanganan tindak pidana pemilihan sangat singkat. Karena itu, penyidik dan jaksa "
        "harus dilibatkan sejak pembahasan pertama agar berkas tidak bolak-balik,” ujar Johan.",
        "Rapat juga menyepakati piket bersama Sentra Gakkumdu selama masa tenang hingga hari "
        "pemungutan suara untuk menerima laporan masyarakat selama 24 jam.",
    ),
    credit_lines=("Penulis : Rahmad Lubis", "Editor : Sarah Siregar"),
    credits=(("writer", "Rahmad Lubis"), ("editor", "Sarah Siregar")),
    tags=("Gakkumdu", "Tindak Pidana Pemilihan"),
    read_also="Bawaslu Sumut Ajak Media Massa Kawal Pilkada Damai",
    date_line="19 November 2024",
)

SUMUT_MEDIA = Story(
    host="sumut.bawaslu.go.id",
    slug="bawaslu-sumut-ajak-media-massa-kawal-pilkada-damai",
    title="Bawaslu Sumut Ajak Media Massa Kawal Pilkada Damai",
    image="/wp-content/uploads/2024/10/diskusi-media-sumut.jpg",
    image_alt="Diskusi bersama insan pers",
    paragraphs=(
        "Medan – Bawaslu Provinsi Sumatera Utara menggelar diskusi bersama insan pers dengan tema "
        "“Media dan Pengawasan Pilkada Damai” di Medan, Jumat (4/10/2024). Diskusi diikuti 60 "
        "jurnalis dari media cetak, elektronik, dan daring.",
        "Ketua Bawaslu Sumut, Hendra Ginting, mengatakan media massa merupakan mitra strategis "
        "dalam menyebarluaskan informasi pengawasan dan melawan hoaks yang kerap muncul selama "
        "masa kampanye.",
        "“Kami terbuka terhadap kritik dan masukan dari rekan-rekan media. Informasi dari "
        "jurnalis di lapangan sering menjadi awal dari temuan pelanggaran,” tuturnya.",
        "Diskusi juga menghadirkan narasumber dari Dewan Pers yang memaparkan pedoman peliputan "
        "pemilihan yang berimbang serta perlindungan terhadap jurnalis saat meliput di lapangan.",
    ),
    credit_lines=("Penulis : Sarah Siregar", "Desain : Humas Bawaslu Sumut"),
    credits=(("writer", "Sarah Siregar"), ("design", "Humas Bawaslu Sumut")),
    tags=("Media", "Pilkada Damai"),
    date_line="4 Oktober 2024",
)

SINJAI_PELANTIKAN = Story(
    host="sinjai.bawaslu.go.id",
    slug="bawaslu-sinjai-lantik-734-pengawas-tps",
    title="Bawaslu Sinjai Lantik 734 Pengawas TPS",
    paragraphs=(
        "SINJAI – Bawaslu Kabupaten Sinjai melantik 734 pengawas tempat pemungutan suara (TPS) "
        "untuk Pemilihan Serentak 2024 di sembilan kecamatan, Sabtu (9/11/2024). Pelantikan "
        "dipimpin oleh Panwaslu Kecamatan masing-masing.",
        "Ketua Bawaslu Sinjai, Rahmat Hidayat, meminta pengawas TPS bekerja profesional dan "
        "menjaga jarak dengan peserta pemilihan. Ia mengingatkan bahwa pengawas TPS dilarang "
        "menjadi anggota tim kampanye maupun saksi pasangan calon.",
        "“Saudara adalah mata dan telinga Bawaslu di TPS. Catat semua kejadian, sekecil apa pun, "
        "dalam formulir hasil pengawasan,” pesannya.",
        "Usai pelantikan, para pengawas TPS langsung mengikuti bimbingan teknis mengenai tata "
        "cara pemungutan dan penghitungan suara.",
    ),
    credit_lines=("Humas Bawaslu Sinjai",),
    credits=(("author", "Humas Bawaslu Sinjai"),),
    tags=("Pengawas TPS", "Pelantikan"),
    date_line="Sabtu, 9 November 2024 | 16:45 WITA",
)

LAMSEL_IMBAUAN = Story(
    host="lamsel.bawaslu.go.id",
    slug="bawaslu-lampung-selatan-imbau-peserta-pilkada-patuhi-aturan-kampanye",
    title="Bawaslu Lampung Selatan Imbau Peserta Pilkada Patuhi Aturan Kampanye",
    lead="Rapat koordinasi pengawasan kampanye di Aula Bawaslu Lampung Selatan.",
    image="/wp-content/uploads/2024/09/rakor-kampanye-lamsel.jpg",
    image_alt="Rakor pengawasan kampanye",
    paragraphs=(
        "Kalianda – Bawaslu Kabupaten Lampung Selatan mengeluarkan imbauan kepada pasangan "
        "calon, partai politik pengusung, dan tim kampanye agar mematuhi ketentuan kampanye "
        "Pilkada 2024. Imbauan disampaikan dalam rapat koordinasi di Aula Bawaslu Lampung "
        "Selatan, Rabu (25/9/2024).",
        "Ketua Bawaslu Lampung Selatan, Ahmad Fauzan, menyebutkan beberapa larangan yang kerap "
        "dilanggar dalam kampanye, yaitu:",
        "melibatkan aparatur sipil negara, kepala desa, dan perangkat desa;",
        "menggunakan fasilitas pemerintah, tempat ibadah, dan tempat pendidikan;",
        "menjanjikan atau memberikan uang maupun materi lainnya kepada pemilih; dan",
        "memasang alat peraga kampanye di luar lokasi yang ditetapkan KPU.",
        "“Kami akan menindak tegas setiap pelanggaran. Namun, kami berharap tim kampanye menjadi "
        "mitra dalam menjaga Pilkada yang bersih,” kata Ahmad.",
        "Imbauan tertulis juga telah dikirimkan kepada seluruh pasangan calon bupati dan wakil "
        "bupati Lampung Selatan.",
    ),
    list_items=frozenset({2, 3, 4, 5}),
    credit_lines=(
        "Penulis : Yoga Pratama",
        "Editor : Melati Sari",
        "Foto : Humas Bawaslu Lampung Selatan",
    ),
    credits=(
        ("writer", "Yoga Pratama"),
        ("editor", "Melati Sari"),
        ("photo", "Humas Bawaslu Lampung Selatan"),
    ),
    tags=("Kampanye", "Imbauan"),
    date_line="25 September 2024",
)

LAMSEL_DISABILITAS = Story(
    host="lamsel.bawaslu.go.id",
    slug="bawaslu-lampung-selatan-gelar-sosialisasi-pengawasan-bagi-penyandang-disabilitas",
    title="Bawaslu Lampung Selatan Gelar Sosialisasi Pengawasan bagi Penyandang Disabilitas",
    paragraphs=(
        "Kalianda – Bawaslu Kabupaten Lampung Selatan menggelar sosialisasi pengawasan "
        "partisipatif bagi penyandang disabilitas bersama Persatuan Penyandang Disabilitas "
        "Indonesia (PPDI) Lampung Selatan, Sabtu (5/10/2024).",
        "Anggota Bawaslu Lampung Selatan, Dewi Kartika, menekankan bahwa penyandang disabilitas "
        "memiliki hak yang sama untuk memilih dan turut mengawasi jalannya pemilihan. Ia meminta "
        "peserta melaporkan apabila menemukan TPS yang tidak ramah disabilitas.",
        "“Akses menuju TPS, alat bantu coblos tunanetra, hingga pendamping pemilih adalah hal "
        "yang wajib diperhatikan penyelenggara,” ujarnya.",
        "Ketua PPDI Lampung Selatan, Suryadi, mengapresiasi kegiatan tersebut dan berharap "
        "Bawaslu melibatkan organisasinya dalam pemantauan pada hari pemungutan suara.",
    ),
    credit_lines=("Humas Bawaslu Lampung Selatan",),
    credits=(("author", "Humas Bawaslu Lampung Selatan"),),
    tags=("Disabilitas", "Pemilih Inklusif"),
    date_line="5 Oktober 2024",
)

PEKALONGAN_COKLIT = Story(
    host="pekalongankab.bawaslu.go.id",
    slug="bawaslu-kabupaten-pekalongan-awasi-coklit-data-pemilih",
    title="Bawaslu Kabupaten Pekalongan Awasi Coklit Data Pemilih",
    image="/assets/upload/berita/coklit-kajen.jpg",
    image_alt="Pengawasan coklit",
    paragraphs=(
        "Kajen – Bawaslu Kabupaten Pekalongan melakukan pengawasan melekat terhadap pencocokan "
        "dan penelitian (coklit) data pemilih Pilkada 2024 yang dilakukan Pantarlih di 19 "
        "kecamatan, Senin (1/7/2024).",
        "Koordinator Divisi Pencegahan Bawaslu Kabupaten Pekalongan, Mukhlis Aziz, mengatakan "
        "pengawas kelurahan/desa mendampingi Pantarlih dari rumah ke rumah untuk memastikan "
        "pemilih yang memenuhi syarat tercatat dan pemilih yang tidak memenuhi syarat dicoret.",
        "“Kami menemukan sejumlah pemilih yang sudah meninggal dunia masih tercantum dan warga "
        "yang baru berusia 17 tahun belum terdata. Temuan itu langsung kami sampaikan sebagai "
        "saran perbaikan,” jelasnya.",
        "Bawaslu juga membuka posko kawal hak pilih di setiap kecamatan bagi warga yang merasa "
        "belum didatangi petugas coklit.",
    ),
    credit_lines=("Penulis : Nur Azizah", "Editor : Slamet Riyadi"),
    credits=(("writer", "Nur Azizah"), ("editor", "Slamet Riyadi")),
    tags=("Coklit", "Data Pemilih"),
    date_line="01 Juli 2024",
)

PEKALONGAN_KADES = Story(
    host="pekalongankab.bawaslu.go.id",
    slug="bawaslu-kabupaten-pekalongan-tandatangani-komitmen-netralitas-kepala-desa",
    title="Bawaslu Kabupaten Pekalongan Tandatangani Komitmen Netralitas Kepala Desa",
    image="/assets/upload/berita/komitmen-kades.jpg",
    image_alt="Penandatanganan komitmen netralitas",
    paragraphs=(
        "Kajen – Sebanyak 272 kepala desa se-Kabupaten Pekalongan menandatangani komitmen "
        "netralitas dalam Pilkada 2024 yang difasilitasi Bawaslu Kabupaten Pekalongan di Pendapa "
        "Rumah Dinas Bupati, Kamis (29/8/2024).",
        "Ketua Bawaslu Kabupaten Pekalongan, Sugiharto, mengingatkan bahwa kepala desa dan "
        "perangkat desa dilarang terlibat dalam kegiatan kampanye maupun membuat kebijakan yang "
        "menguntungkan salah satu pasangan calon.",
        "“Sanksinya tidak main-main, mulai dari sanksi administratif sampai pidana. Kami harap "
        "komitmen ini tidak berhenti di atas kertas,” tegasnya.",
        "Penandatanganan komitmen turut disaksikan Forkopimda dan Dinas Pemberdayaan Masyarakat "
        "dan Desa Kabupaten Pekalongan.",
    ),
    credit_lines=("Penulis : Nur Azizah", "Foto : Slamet Riyadi"),
    credits=(("writer", "Nur Azizah"), ("photo", "Slamet Riyadi")),
    tags=("Netralitas", "Kepala Desa"),
    date_line="29 Agustus 2024",
)

PAMEKASAN_KUNJUNGAN = Story(
    host="pamekasan.bawaslu.go.id",
    slug="bawaslu-pamekasan-terima-kunjungan-mahasiswa-universitas-madura",
    title="Bawaslu Pamekasan Terima Kunjungan Mahasiswa Universitas Madura",
    image="/content/images/2024/10/kunjungan-mahasiswa.jpg",
    image_alt="Kunjungan mahasiswa",
    paragraphs=(
        "Pamekasan – Bawaslu Kabupaten Pamekasan menerima kunjungan 40 mahasiswa Program Studi "
        "Ilmu Pemerintahan Universitas Madura, Selasa (15/10/2024). Para mahasiswa mempelajari "
        "tugas pengawasan dan alur penanganan laporan pelanggaran pemilihan.",
        "“Kami berharap mahasiswa bisa menjadi relawan pengawasan partisipatif di desanya "
        "masing-masing,” kata Anggota Bawaslu Pamekasan, Sukma Firdaus.",
    ),
    credit_lines=("Penulis dan Editor : Moh. Rasyid",),
    credits=(("writer", "Moh. Rasyid"), ("editor", "Moh. Rasyid")),
    tags=("Kunjungan", "Mahasiswa"),
    date_line="2024-10-15",
)

WAYKANAN_APEL = Story(
    host="waykanan.bawaslu.go.id",
    slug="bawaslu-way-kanan-ikuti-apel-siaga-pengawasan-masa-tenang",
    title="Bawaslu Way Kanan Ikuti Apel Siaga Pengawasan Masa Tenang",
    paragraphs=(
        "Blambangan Umpu – Seluruh jajaran Bawaslu Kabupaten Way Kanan mengikuti apel siaga "
        "pengawasan masa tenang Pilkada 2024 di halaman kantor Bawaslu Way Kanan, Minggu "
        "(24/11/2024).",
        "Usai apel, pengawas langsung bergerak ke 15 kecamatan untuk menertibkan alat peraga "
        "kampanye yang masih terpasang dan memantau potensi politik uang.",
    ),
    credit_lines=("Penulis dan Foto : Humas Bawaslu Way Kanan", "Editor:RO"),
    credits=(
        ("writer", "Humas Bawaslu Way Kanan"),
        ("photo", "Humas Bawaslu Way Kanan"),
        ("editor", "RO"),
    ),
    tags=("Apel Siaga", "Masa Tenang"),
    date_line="24 November 2024",
)

KEBUMEN_EVALUASI = Story(
    host="kebumen.bawaslu.go.id",
    slug="bawaslu-kebumen-paparkan-hasil-pengawasan-pilkada-2024-dalam-rapat-evaluasi",
    title="Bawaslu Kebumen Paparkan Hasil Pengawasan Pilkada 2024 dalam Rapat Evaluasi",
    lead="Ketua Bawaslu Kebumen memaparkan hasil pengawasan Pilkada 2024.",
    image="/images/berita/2024/12/evaluasi-kebumen.jpg",
    image_alt="Rapat evaluasi Bawaslu Kebumen",
    paragraphs=(
        "Kebumen – Bawaslu Kabupaten Kebumen memaparkan hasil pengawasan seluruh tahapan "
        "Pemilihan Bupati dan Wakil Bupati Kebumen Tahun 2024 dalam rapat evaluasi yang digelar "
        "di Aula Bawaslu Kebumen, Senin (16/12/2024). Rapat dihadiri KPU Kebumen, Polres, "
        "Kejaksaan Negeri, pemantau pemilihan, dan perwakilan organisasi kemasyarakatan.",
        "Ketua Bawaslu Kebumen, Hadi Sucipto, menyampaikan bahwa secara umum tahapan Pilkada "
        "berjalan kondusif. Meski demikian, pengawas mencatat sejumlah persoalan yang perlu "
        "menjadi perhatian bersama pada pemilihan berikutnya.",
        "Selama tahapan kampanye, Bawaslu Kebumen menerima 14 laporan dan menemukan 9 dugaan "
        "pelanggaran. Sebanyak 11 perkara diregistrasi, terdiri atas 6 pelanggaran administrasi, "
        "3 pelanggaran hukum lainnya terkait netralitas ASN dan kepala desa, serta 2 dugaan "
        "tindak pidana pemilihan yang dibahas di Sentra Gakkumdu.",
        "“Dua dugaan tindak pidana tidak dapat dilanjutkan karena tidak memenuhi unsur. Namun, "
        "seluruh rekomendasi pelanggaran administrasi telah ditindaklanjuti KPU,” ujar Hadi.",
        "Pada hari pemungutan suara, pengawas TPS mencatat 73 kejadian khusus. Sebagian besar "
        "berupa TPS yang dibuka terlambat, pemilih yang tidak terdaftar dalam daftar pemilih "
        "tetap, dan kekurangan surat suara yang kemudian dipenuhi dari TPS terdekat.",
        "Bawaslu juga merekomendasikan pemungutan suara ulang di satu TPS di Kecamatan "
        "Karanganyar karena terdapat pemilih dari luar daerah yang menggunakan hak pilih tanpa "
        "dokumen pindah memilih. Pemungutan suara ulang telah dilaksanakan pada 1 Desember 2024.",
        "Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat, Eko "
        "Purnomo, menyampaikan sejumlah rekomendasi, antara lain pemutakhiran data pemilih yang "
        "lebih cermat, bimbingan teknis KPPS yang lebih panjang, serta pemetaan lokasi TPS yang "
        "mudah dijangkau pemilih lanjut usia dan penyandang disabilitas.",
        "“Evaluasi ini kami susun dalam laporan akhir pengawasan yang akan diserahkan kepada "
        "Bawaslu Provinsi Jawa Tengah dan dapat diakses publik melalui PPID,” katanya.",
    ),
    subheads={
        2: "Penanganan Pelanggaran",
        4: "Hari Pemungutan Suara",
        6: "Rekomendasi",
    },
    credit_lines=("Penulis : Arif Budiman", "Editor : Dwi Rahayu", "Foto : Humas Bawaslu Kebumen"),
    credits=(
        ("writer", "Arif Budiman"),
        ("editor", "Dwi Rahayu"),
        ("photo", "Humas Bawaslu Kebumen"),
    ),
    tags=("Evaluasi", "Pilkada 2024", "Penanganan Pelanggaran"),
    read_also="Bawaslu Kebumen Awasi Pergeseran Logistik Pilkada ke 26 Kecamatan",
    date_line="16 Desember 2024",
)
