# ruff: noqa: E501  (HTML templates and prose are kept on one line as served)
"""The unseen corpus's stories, typed by hand: what a careful reader takes from each page.

Every value here (title, lead, paragraphs, tags, credits as printed and as read, images,
attachments, the date and where a reader finds it) is written out literally. `build.py` only
dresses each story in one of ten themes and copies these values to the expected JSON; nothing
here comes from the project's extractor. `quirks` name the page's extra hazards, which the
theme prints and the expected fields leave out:

- `glued`: the sign-off in `credits_raw` is glued to the last sentence ("…tuturnya.//redd");
- `baca`: a "Baca juga: …" line between two paragraphs;
- `caption_em`: the lead is printed as an italic paragraph at the top of the body, under the
  image, instead of a figure caption;
- `shortcode`: the image sits in a WordPress `[caption …]…[/caption]` shortcode left in the text;
- `doubled`: the title is printed twice (page title in the breadcrumb band, then the heading);
- `share`: share buttons ("Bagikan", Facebook, Twitter, WhatsApp) under the body.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    key: str  # file name stem
    theme: str
    url: str  # as fetched
    title: str
    paragraphs: tuple[str, ...]
    date: tuple[str, str, str]  # published_date, source (meta|byline|url|body), raw text
    lead: str = ""
    tags: tuple[str, ...] = ()
    credits_raw: tuple[str, ...] = ()  # the credit lines as printed
    credits: tuple[tuple[str, str], ...] = ()  # (role, name) as a reader understands them
    images: tuple[tuple[str, str, str], ...] = ()  # (absolute url, alt, caption)
    attachments: tuple[tuple[str, str], ...] = ()  # (absolute url, link text in the body)
    quirks: frozenset[str] = field(default_factory=frozenset)
    paragraph_style: str = "p"  # p | br | div | bare


def q(*names: str) -> frozenset[str]:
    return frozenset(names)


DEPOK = "https://kotadepok.bawaslu.go.id"
SLEMAN = "https://sleman.bawaslu.go.id"
BATANGHARI = "https://batanghari.bawaslu.go.id"
JABAR = "https://jabar.bawaslu.go.id"
LUMAJANG = "https://lumajang.bawaslu.go.id"
LAMPUNG = "https://lampung.bawaslu.go.id"
LAMTENG = "https://lampungtengah.bawaslu.go.id"
JATENG = "https://jateng.bawaslu.go.id"
RIAU = "https://riau.bawaslu.go.id"
SIDOARJO = "https://sidoarjo.bawaslu.go.id"
WWW = "https://www.bawaslu.go.id"

STORIES: tuple[Story, ...] = (
    # ---- bootstrap: Bootstrap 4 cards, col-md-8, paragraphs split by <br><br> ----
    Story(
        key="bootstrap_depok_00",
        theme="bootstrap",
        url=f"{DEPOK}/berita/bawaslu-kota-depok-gelar-rakor-pengawasan-pemutakhiran-data-pemilih",
        title="Bawaslu Kota Depok Gelar Rakor Pengawasan Pemutakhiran Data Pemilih",
        lead="Suasana rapat koordinasi pengawasan pemutakhiran data pemilih di Aula Bawaslu Kota Depok.",
        paragraphs=(
            "Bawaslu Kota Depok menggelar rapat koordinasi pengawasan pemutakhiran data pemilih bersama Panwaslu Kecamatan se-Kota Depok, Selasa (13/2/2024). Rapat membahas temuan pengawasan coklit yang belum ditindaklanjuti oleh jajaran penyelenggara.",
            "Ketua Bawaslu Kota Depok, Luli Barlini, meminta jajaran pengawas kecamatan memetakan kembali wilayah dengan potensi pemilih ganda dan pemilih yang sudah meninggal dunia. “Data pemilih adalah pintu masuk hak pilih warga. Jangan sampai ada yang tercecer,” ujarnya.",
            "Menurut Luli, sepanjang tahapan pemutakhiran Bawaslu Kota Depok telah menyampaikan 214 saran perbaikan kepada KPU Kota Depok. Sebagian besar saran berkaitan dengan pemilih yang pindah domisili dan anggota TNI/Polri yang masih tercatat sebagai pemilih.",
            "Rapat ditutup dengan penyusunan rencana uji petik lanjutan di enam kecamatan yang dinilai paling rawan.",
        ),
        tags=("Pengawasan", "Data Pemilih", "Pemilu 2024"),
        credits_raw=("Editor : Nurul Hidayah", "Foto : Ardiansyah"),
        credits=(("editor", "Nurul Hidayah"), ("photo", "Ardiansyah")),
        images=(
            (
                f"{DEPOK}/sites/kotadepok/files/2024-02/rakor-pemutakhiran-data.jpg",
                "Rakor pengawasan pemutakhiran data pemilih",
                "Suasana rapat koordinasi pengawasan pemutakhiran data pemilih di Aula Bawaslu Kota Depok.",
            ),
        ),
        date=("2024-02-13", "byline", "Selasa, 13 Februari 2024 - 14:20 WIB"),
        paragraph_style="br",
        quirks=q("share"),
    ),
    Story(
        key="bootstrap_depok_01",
        theme="bootstrap",
        url=f"{DEPOK}/berita/panwascam-se-kota-depok-ikuti-bimtek-penanganan-pelanggaran",
        title="Panwascam se-Kota Depok Ikuti Bimtek Penanganan Pelanggaran",
        paragraphs=(
            "Sebanyak 33 anggota Panwaslu Kecamatan se-Kota Depok mengikuti bimbingan teknis penanganan pelanggaran di Hotel Bumi Wiyata, Jumat (19/1/2024). Bimtek berlangsung selama dua hari.",
            "Koordinator Divisi Penanganan Pelanggaran Bawaslu Kota Depok, Sulastio, menjelaskan bahwa materi bimtek meliputi tata cara penerimaan laporan, kajian awal, hingga klarifikasi terhadap pelapor dan saksi.",
            "“Setiap laporan masyarakat harus kita terima dan kita kaji dengan cermat. Kecepatan dan ketelitian sama pentingnya,” kata Sulastio.",
            "Peserta juga melakukan simulasi penanganan dugaan politik uang dan dugaan pelanggaran netralitas kepala desa. Hasil simulasi dibahas bersama narasumber dari Bawaslu Provinsi Jawa Barat.",
        ),
        tags=("Penanganan Pelanggaran", "Bimtek"),
        credits_raw=("Penulis : Rini Kartika", "Desain : Humas Bawaslu Kota Depok"),
        credits=(("writer", "Rini Kartika"), ("design", "Humas Bawaslu Kota Depok")),
        date=("2024-01-19", "body", "Jumat (19/1/2024)"),
        quirks=q("baca"),
    ),
    Story(
        key="bootstrap_depok_02",
        theme="bootstrap",
        url=f"{DEPOK}/berita/bawaslu-depok-ingatkan-asn-jaga-netralitas-jelang-pilkada-2024",
        title="Bawaslu Depok Ingatkan ASN Jaga Netralitas Jelang Pilkada 2024",
        paragraphs=(
            "Bawaslu Kota Depok mengirimkan surat imbauan netralitas kepada seluruh aparatur sipil negara di lingkungan Pemerintah Kota Depok menjelang tahapan pencalonan Pilkada 2024.",
            "Imbauan tersebut menegaskan larangan bagi ASN untuk memberikan dukungan kepada bakal calon, baik secara langsung maupun melalui media sosial, termasuk memberikan tanda suka atau membagikan unggahan kampanye.",
            "Anggota Bawaslu Kota Depok, Dede Selamet, mengatakan pengawasan netralitas akan dilakukan bersama Badan Kepegawaian dan Pengembangan Sumber Daya Manusia. “Kami tidak ingin ada ASN yang terjerat sanksi hanya karena kurang memahami aturan,” tuturnya.",
            "Surat imbauan selengkapnya dapat diunduh pada tautan berikut: Surat Imbauan Netralitas ASN.",
        ),
        tags=("Netralitas ASN", "Pilkada 2024"),
        credits_raw=("Humas Bawaslu Kota Depok",),
        credits=(("author", "Humas Bawaslu Kota Depok"),),
        attachments=(
            (
                f"{DEPOK}/sites/kotadepok/files/2024-05/surat-imbauan-netralitas-asn.pdf",
                "Surat Imbauan Netralitas ASN",
            ),
        ),
        date=("2024-05-21", "meta", "2024-05-21T09:12:00+07:00"),
        paragraph_style="br",
    ),
    Story(
        key="bootstrap_depok_03",
        theme="bootstrap",
        url=f"{DEPOK}/berita/bawaslu-ri-luncurkan-pemetaan-kerawanan-pemilihan-serentak-2024",
        title="Bawaslu RI Luncurkan Pemetaan Kerawanan Pemilihan Serentak 2024",
        paragraphs=(
            "kotadepok.bawaslu.go.id - Jakarta, Badan Pengawas Pemilihan Umum Republik Indonesia meluncurkan pemetaan kerawanan Pemilihan Serentak 2024 di Jakarta, Senin (26/8/2024). Pemetaan disusun dari data Bawaslu provinsi dan kabupaten/kota di seluruh Indonesia.",
            "Isu strategis yang dipetakan antara lain netralitas aparatur sipil negara, politik uang, dan penggunaan fasilitas negara oleh petahana. Bawaslu meminta jajarannya menjadikan hasil pemetaan sebagai dasar strategi pencegahan di daerah.",
            "Bawaslu Kota Depok menindaklanjuti peluncuran tersebut dengan menyusun pemetaan kerawanan tingkat kecamatan bersama Panwaslu Kecamatan.",
        ),
        tags=("Pemetaan Kerawanan", "Pilkada 2024"),
        credits_raw=("Editor : Nurul Hidayah", "Foto : Humas Bawaslu RI"),
        credits=(("editor", "Nurul Hidayah"), ("photo", "Humas Bawaslu RI")),
        images=(
            (
                f"{DEPOK}/sites/kotadepok/files/2024-08/peluncuran-pemetaan-kerawanan.jpg",
                "Peluncuran pemetaan kerawanan",
                "",
            ),
        ),
        date=("2024-08-26", "meta", "2024-08-26T21:03:00+07:00"),
        paragraph_style="br",
    ),
    # ---- tailwind: utility classes, <time datetime>, pills ----
    Story(
        key="tailwind_sleman_00",
        theme="tailwind",
        url=f"{SLEMAN}/berita/sleman-petakan-tps-rawan-jelang-pemungutan-suara",
        title="Sleman Petakan TPS Rawan Jelang Pemungutan Suara",
        lead="Jajaran pengawas Sleman mengidentifikasi 431 TPS rawan dari tujuh variabel kerawanan.",
        paragraphs=(
            "Bawaslu Kabupaten Sleman merampungkan pemetaan tempat pemungutan suara (TPS) rawan menjelang hari pemungutan suara. Pemetaan dilakukan oleh pengawas kelurahan/desa di 86 kelurahan pada 2 hingga 7 Februari 2024.",
            "Dari 3.983 TPS di Kabupaten Sleman, sebanyak 431 TPS masuk kategori rawan. Variabel yang paling banyak ditemukan adalah TPS yang berada di dekat posko tim kampanye dan TPS dengan pemilih disabilitas yang belum terdata.",
            "“Hasil pemetaan ini kami sampaikan kepada KPU, kepolisian, dan pemerintah daerah agar bisa diantisipasi bersama,” kata Ketua Bawaslu Sleman, Arjuna Al Ichsan Siregar.",
            "Bawaslu Sleman juga akan menempatkan pengawas tambahan di TPS yang berada di lingkungan pondok pesantren dan asrama mahasiswa.",
        ),
        tags=("TPS Rawan", "Pemilu 2024", "Pencegahan"),
        credits_raw=("Penulis dan Editor : Fajar Nugroho",),
        credits=(("writer", "Fajar Nugroho"), ("editor", "Fajar Nugroho")),
        images=(
            (
                f"{SLEMAN}/sites/sleman/files/2024-02/pemetaan-tps-rawan.jpg",
                "Pemetaan TPS rawan di Sleman",
                "",
            ),
        ),
        date=("2024-02-09", "meta", "2024-02-09T08:30:00+07:00"),
    ),
    Story(
        key="tailwind_sleman_01",
        theme="tailwind",
        url=f"{SLEMAN}/berita/bawaslu-sleman-terima-12-laporan-dugaan-pelanggaran-selama-masa-kampanye",
        title="Bawaslu Sleman Terima 12 Laporan Dugaan Pelanggaran Selama Masa Kampanye",
        lead="Koordinator Divisi Penanganan Pelanggaran Bawaslu Sleman saat memberikan keterangan kepada wartawan.",
        paragraphs=(
            "Selama 75 hari masa kampanye, Bawaslu Kabupaten Sleman menerima 12 laporan dugaan pelanggaran dari masyarakat. Tujuh laporan di antaranya diregistrasi, sedangkan lima lainnya tidak memenuhi syarat formil maupun materiil.",
            "Koordinator Divisi Penanganan Pelanggaran, Vici Arri Saputra, merinci bahwa laporan yang diregistrasi terdiri atas empat dugaan pelanggaran administrasi, dua dugaan pelanggaran kode etik, dan satu dugaan tindak pidana pemilu.",
            "“Kami mengapresiasi masyarakat yang berani melapor. Semakin banyak mata yang mengawasi, semakin kecil ruang bagi kecurangan,” ujar Vici di kantor Bawaslu Sleman, Senin (12/2/2024).",
        ),
        tags=("Penanganan Pelanggaran", "Kampanye"),
        credits_raw=("Penulis : Dewi Lestari",),
        credits=(("writer", "Dewi Lestari"),),
        images=(
            (
                f"{SLEMAN}/sites/sleman/files/inline-images/konferensi-pers-laporan.jpg",
                "Konferensi pers laporan pelanggaran",
                "Koordinator Divisi Penanganan Pelanggaran Bawaslu Sleman saat memberikan keterangan kepada wartawan.",
            ),
        ),
        date=("2024-02-12", "meta", "2024-02-12T15:05:00+07:00"),
        quirks=q("caption_em"),
    ),
    Story(
        key="tailwind_sleman_02",
        theme="tailwind",
        url=f"{SLEMAN}/berita/sekolah-kader-pengawas-partisipatif-angkatan-ii-resmi-dibuka",
        title="Sekolah Kader Pengawas Partisipatif Angkatan II Resmi Dibuka",
        paragraphs=(
            "Bawaslu Kabupaten Sleman resmi membuka Sekolah Kader Pengawas Partisipatif (SKPP) angkatan II di Wisma Kagama, Kamis (8/8/2024). Sebanyak 60 peserta dari unsur mahasiswa, pemuda, dan komunitas disabilitas mengikuti kegiatan ini.",
            "Selama tiga hari, peserta mendapatkan materi tentang pengawasan tahapan Pilkada, literasi digital untuk melawan hoaks, serta teknik membuat laporan dugaan pelanggaran.",
            "“Lulusan SKPP kami harapkan menjadi penggerak pengawasan di lingkungannya masing-masing, bukan sekadar peserta pelatihan,” kata anggota Bawaslu Sleman, Karim Mustofa.",
            "Pada akhir kegiatan, setiap peserta wajib menyusun rencana aksi pengawasan yang akan dipantau oleh Bawaslu Sleman hingga hari pemungutan suara.",
        ),
        tags=("SKPP", "Pengawasan Partisipatif", "Pilkada 2024"),
        credits_raw=("Penulis : Dewi Lestari", "Editor : Fajar Nugroho"),
        credits=(("writer", "Dewi Lestari"), ("editor", "Fajar Nugroho")),
        images=(
            (
                f"{SLEMAN}/sites/sleman/files/2024-08/pembukaan-skpp-angkatan-2.jpg",
                "Pembukaan SKPP angkatan II",
                "Peserta SKPP angkatan II berfoto bersama jajaran Bawaslu Sleman.",
            ),
        ),
        lead="Peserta SKPP angkatan II berfoto bersama jajaran Bawaslu Sleman.",
        date=("2024-08-08", "meta", "2024-08-08T19:40:00+07:00"),
        quirks=q("doubled", "share"),
    ),
    # ---- tabel: old layout tables, inline styles, <font> ----
    Story(
        key="tabel_batanghari_00",
        theme="tabel",
        url=f"{BATANGHARI}/index.php/berita/bawaslu-batanghari-lakukan-patroli-pengawasan-masa-tenang",
        title="Bawaslu Batanghari Lakukan Patroli Pengawasan Masa Tenang",
        paragraphs=(
            "Memasuki masa tenang, Bawaslu Kabupaten Batanghari bersama Panwaslu Kecamatan melakukan patroli pengawasan di delapan kecamatan, Minggu (11/02/ 2024). Patroli menyasar permukiman yang dinilai rawan praktik politik uang.",
            "Dalam patroli tersebut, pengawas juga menertibkan 146 alat peraga kampanye yang masih terpasang di jalan protokol. Penertiban dilakukan bersama Satpol PP dan kepolisian.",
            "Ketua Bawaslu Batanghari, Ahmad Syaifudin, mengimbau masyarakat menolak pemberian uang atau barang dari siapa pun. “Jika menemukan praktik politik uang, segera laporkan kepada pengawas terdekat,” pintanya.",
        ),
        tags=("Masa Tenang", "Patroli Pengawasan"),
        credits_raw=("Editor : Hendra Saputra", "Foto : Yogi Pratama"),
        credits=(("editor", "Hendra Saputra"), ("photo", "Yogi Pratama")),
        images=(
            (
                f"{BATANGHARI}/images/berita/patroli-masa-tenang.jpg",
                "Patroli masa tenang",
                "",
            ),
        ),
        date=("2024-02-11", "body", "Minggu (11/02/ 2024)"),
        paragraph_style="br",
    ),
    Story(
        key="tabel_batanghari_01",
        theme="tabel",
        url=f"{BATANGHARI}/index.php/berita/rapat-pleno-rekapitulasi-di-kecamatan-muara-bulian-diawasi-ketat",
        title="Rapat Pleno Rekapitulasi di Kecamatan Muara Bulian Diawasi Ketat",
        paragraphs=(
            "Panwaslu Kecamatan Muara Bulian mengawasi rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kecamatan yang digelar PPK Muara Bulian di gedung serbaguna kecamatan.",
            "Pengawas mencermati kesesuaian angka pada formulir hasil dari setiap TPS dengan salinan yang dipegang pengawas TPS. Dua selisih penulisan jumlah suara sah langsung dikoreksi dalam forum pleno.",
            "Ketua Panwaslu Kecamatan Muara Bulian, Rudi Hartono, menyebut seluruh keberatan saksi telah dicatat dalam formulir kejadian khusus. “Rekapitulasi berjalan terbuka dan setiap saksi diberi kesempatan menyampaikan pendapat,” tuturnya.",
        ),
        credits_raw=("//redd",),
        credits=(("author", "redd"),),
        date=("2024-02-24", "meta", "2024-02-24"),
        paragraph_style="br",
        quirks=q("glued"),
    ),
    Story(
        key="tabel_batanghari_02",
        theme="tabel",
        url=f"{BATANGHARI}/index.php/berita/bawaslu-batanghari-sosialisasikan-perbawaslu-nomor-9-tahun-2024",
        title="Bawaslu Batanghari Sosialisasikan Perbawaslu Nomor 9 Tahun 2024",
        paragraphs=(
            "Bawaslu Kabupaten Batanghari menyosialisasikan Peraturan Bawaslu Nomor 9 Tahun 2024 tentang Tata Cara Penanganan Pelanggaran Administrasi Pemilihan kepada partai politik dan tim pemenangan bakal calon, Rabu, 22 Mei 2024.",
            "Anggota Bawaslu Batanghari, Siti Aminah, menerangkan bahwa aturan baru tersebut mempersingkat batas waktu pemeriksaan dan mewajibkan putusan dibacakan dalam sidang terbuka.",
            "Peserta antusias bertanya tentang perbedaan pelanggaran administrasi dan sengketa proses pemilihan. Salinan peraturan dibagikan kepada seluruh peserta dan dapat diunduh di laman ini: Perbawaslu Nomor 9 Tahun 2024.",
        ),
        tags=("Sosialisasi", "Regulasi"),
        credits_raw=("Penulis : Siti Aminah",),
        credits=(("writer", "Siti Aminah"),),
        attachments=(
            (
                f"{BATANGHARI}/files/regulasi/perbawaslu-9-tahun-2024.pdf",
                "Perbawaslu Nomor 9 Tahun 2024",
            ),
        ),
        date=("2024-05-22", "body", "Rabu, 22 Mei 2024"),
    ),
    Story(
        key="tabel_batanghari_03",
        theme="tabel",
        url=f"{BATANGHARI}/index.php/berita/konferensi-pers-bawaslu-batanghari-umumkan-hasil-pengawasan-kampanye",
        title="[[Konferensi Pers]] Bawaslu Batanghari Umumkan Hasil Pengawasan Kampanye",
        paragraphs=(
            "Bawaslu Kabupaten Batanghari menggelar konferensi pers hasil pengawasan masa kampanye Pilkada 2024 di aula kantor Bawaslu, Selasa, 12 Nopember 2024.",
            "Selama masa kampanye, jajaran pengawas mengawasi 318 kegiatan pertemuan terbatas dan tatap muka. Pengawas menerbitkan 27 surat peringatan kepada tim kampanye yang tidak menyampaikan pemberitahuan kegiatan.",
            "Ketua Bawaslu Batanghari, Ahmad Syaifudin, menyebut tidak ditemukan pelibatan anak-anak dalam kampanye tahun ini. “Ini kemajuan. Pada pemilihan sebelumnya kami masih menemukan anak-anak dibawa ke lokasi kampanye,” ujarnya.",
            "Bawaslu juga mencatat tiga dugaan pelanggaran netralitas kepala desa yang telah diteruskan kepada Bupati Batanghari melalui Inspektorat.",
        ),
        tags=("Konferensi Pers", "Kampanye", "Pilkada 2024"),
        credits_raw=("Penulis dan Editor : Hendra Saputra",),
        credits=(("writer", "Hendra Saputra"), ("editor", "Hendra Saputra")),
        date=("2024-11-12", "body", "Selasa, 12 Nopember 2024"),
        paragraph_style="br",
    ),
    # ---- amp: an AMP page ----
    Story(
        key="amp_jabar_00",
        theme="amp",
        url=f"{JABAR}/berita/bawaslu-jabar-luncurkan-posko-kawal-hak-pilih?amp",
        title="Bawaslu Jabar Luncurkan Posko Kawal Hak Pilih",
        lead="Peluncuran Posko Kawal Hak Pilih di halaman kantor Bawaslu Provinsi Jawa Barat.",
        paragraphs=(
            "Bawaslu Provinsi Jawa Barat meluncurkan Posko Kawal Hak Pilih secara serentak di 27 kabupaten/kota, Senin (17/7/2023). Posko menerima pengaduan warga yang belum terdaftar sebagai pemilih atau datanya tidak sesuai.",
            "Ketua Bawaslu Jawa Barat, Zacky Muhammad Zam Zam, mengatakan posko akan dibuka hingga penetapan daftar pemilih tetap. Warga dapat datang langsung atau mengadu melalui layanan daring.",
            "“Satu suara yang hilang karena persoalan administrasi tetap merupakan kerugian bagi demokrasi,” ujar Zacky.",
            "Hingga sore hari, posko di tingkat provinsi telah menerima 38 aduan, sebagian besar dari pemilih pemula yang baru berusia 17 tahun.",
        ),
        tags=("Hak Pilih", "Posko Pengaduan"),
        credits_raw=("Editor : Gina Rahmawati", "Foto : Rizal Maulana"),
        credits=(("editor", "Gina Rahmawati"), ("photo", "Rizal Maulana")),
        images=(
            (
                f"{JABAR}/sites/prov_jabar/files/2023-07/posko-kawal-hak-pilih.jpg",
                "Posko Kawal Hak Pilih",
                "Peluncuran Posko Kawal Hak Pilih di halaman kantor Bawaslu Provinsi Jawa Barat.",
            ),
        ),
        date=("2023-07-17", "meta", "2023-07-17T16:45:00+07:00"),
    ),
    Story(
        key="amp_jabar_01",
        theme="amp",
        url=f"{JABAR}/berita/bawaslu-jawa-barat-gelar-konsolidasi-pengawasan-logistik-pemilu?amp",
        title="Bawaslu Jawa Barat Gelar Konsolidasi Pengawasan Logistik Pemilu",
        paragraphs=(
            "Bawaslu Provinsi Jawa Barat menggelar konsolidasi pengawasan logistik pemilu bersama Bawaslu kabupaten/kota di Kota Bandung, 12-14 Desember 2023.",
            "Konsolidasi membahas pengawasan produksi, distribusi, dan penyimpanan surat suara. Pengawas diminta memastikan gudang logistik KPU memenuhi standar keamanan dan tidak terkena banjir.",
            "Anggota Bawaslu Jawa Barat, Nuryamah, menekankan pentingnya mencocokkan jumlah logistik yang diterima dengan berita acara. “Kekurangan satu kotak suara saja bisa mengganggu pemungutan suara di satu TPS,” tegasnya.",
            "Hasil konsolidasi akan dituangkan dalam instruksi kerja pengawasan logistik yang berlaku bagi seluruh jajaran pengawas di Jawa Barat.",
        ),
        tags=("Logistik", "Pemilu 2024"),
        credits_raw=("Penulis : Asep Saepudin", "Desain : Humas Bawaslu Jabar"),
        credits=(("writer", "Asep Saepudin"), ("design", "Humas Bawaslu Jabar")),
        date=("2023-12-14", "meta", "2023-12-14T20:10:00+07:00"),
        quirks=q("share"),
    ),
    Story(
        key="amp_jabar_02",
        theme="amp",
        url=f"{JABAR}/berita/bawaslu-jabar-dorong-perempuan-terlibat-aktif-awasi-pemilu?amp",
        title="Bawaslu Jabar Dorong Perempuan Terlibat Aktif Awasi Pemilu",
        paragraphs=(
            "Bawaslu Provinsi Jawa Barat mengajak organisasi perempuan terlibat aktif dalam pengawasan partisipatif. Ajakan itu disampaikan dalam diskusi publik bertema “Perempuan Mengawasi, Demokrasi Terjaga” di Cirebon, Sabtu, 8 Oktober 2022 pukul 17.00 WIB.",
            "Diskusi menghadirkan aktivis perempuan, akademisi, dan perwakilan organisasi keagamaan. Peserta menyoroti masih rendahnya keterwakilan perempuan sebagai pengawas ad hoc di tingkat desa.",
            "Bawaslu Jawa Barat berkomitmen membuka ruang seluas-luasnya bagi perempuan dalam rekrutmen pengawas kecamatan dan kelurahan/desa pada pemilu mendatang.",
        ),
        tags=("Pengawasan Partisipatif", "Perempuan"),
        credits_raw=("Penulis dan Editor : Gina Rahmawati",),
        credits=(("writer", "Gina Rahmawati"), ("editor", "Gina Rahmawati")),
        images=(
            (
                f"{JABAR}/sites/prov_jabar/files/2022-10/diskusi-perempuan-mengawasi.jpg",
                "Diskusi publik Perempuan Mengawasi",
                "",
            ),
        ),
        date=("2022-10-08", "meta", "2022-10-08T17:00:00+07:00"),
    ),
    # ---- judul: custom CMS, judul-berita / isi-berita, bare text in divs ----
    Story(
        key="judul_lumajang_00",
        theme="judul",
        url=f"{LUMAJANG}/berita/bawaslu-lumajang-awasi-verifikasi-faktual-dukungan-calon-perseorangan",
        title="Bawaslu Lumajang Awasi Verifikasi Faktual Dukungan Calon Perseorangan",
        paragraphs=(
            "Bawaslu Kabupaten Lumajang mengawasi verifikasi faktual dukungan bakal pasangan calon perseorangan yang dilakukan KPU Lumajang di 21 kecamatan, Rabu (29/5/2024).",
            "Pengawas mendatangi langsung pendukung yang namanya tercantum dalam dokumen dukungan untuk memastikan kebenaran dukungan tersebut. Di Kecamatan Tempeh, pengawas menemukan 17 pendukung yang mengaku tidak pernah menyerahkan KTP.",
            "Temuan tersebut telah disampaikan sebagai saran perbaikan kepada PPK setempat. “Dukungan yang tidak benar harus dinyatakan tidak memenuhi syarat,” kata anggota Bawaslu Lumajang, Wawan Hadi Siswanto.",
        ),
        tags=("Verifikasi Faktual", "Calon Perseorangan"),
        credits_raw=("Editor : Yuli Astutik", "Foto : Bagus Santoso"),
        credits=(("editor", "Yuli Astutik"), ("photo", "Bagus Santoso")),
        images=(
            (
                f"{LUMAJANG}/upload/berita/2024/05/verfak-perseorangan.jpg",
                "Verifikasi faktual dukungan calon perseorangan",
                "",
            ),
        ),
        date=("2024-05-29", "byline", "29 Mei 2024"),
        paragraph_style="bare",
    ),
    Story(
        key="judul_lumajang_01",
        theme="judul",
        url=f"{LUMAJANG}/berita/ngopi-bareng-media-bawaslu-lumajang-paparkan-hasil-pengawasan-kampanye",
        title="Ngopi Bareng Media, Bawaslu Lumajang Paparkan Hasil Pengawasan Kampanye",
        paragraphs=(
            "Bawaslu Kabupaten Lumajang memaparkan hasil pengawasan masa kampanye dalam kegiatan Ngopi Bareng Media di Kafe Pendopo, Jum'at (15/11/2024).",
            "Selama kampanye, pengawas mencatat 512 kegiatan kampanye tatap muka dan 40 kegiatan kampanye di media sosial. Sebanyak 23 kegiatan tidak disertai surat tanda terima pemberitahuan dari kepolisian.",
            "Ketua Bawaslu Lumajang, Dwi Endah Prasetyowati, berterima kasih kepada insan pers yang turut menyebarluaskan informasi pengawasan. “Media adalah mitra strategis kami dalam mengedukasi pemilih,” ucapnya.",
            "Kegiatan ditutup dengan diskusi santai mengenai potensi kerawanan pada masa tenang dan hari pemungutan suara.",
        ),
        tags=("Media", "Kampanye", "Pilkada 2024"),
        credits_raw=("Penulis : Yuli Astutik",),
        credits=(("writer", "Yuli Astutik"),),
        date=("2024-11-15", "byline", "15 November 2024"),
        paragraph_style="div",
        quirks=q("baca"),
    ),
    Story(
        key="judul_lumajang_02",
        theme="judul",
        url=f"{LUMAJANG}/berita/bawaslu-lumajang-rekrut-2556-pengawas-tps",
        title="Bawaslu Lumajang Rekrut 2.556 Pengawas TPS",
        paragraphs=(
            "Bawaslu Kabupaten Lumajang membuka pendaftaran pengawas tempat pemungutan suara (PTPS) untuk Pemilihan Serentak 2024. Sebanyak 2.556 orang akan direkrut, sesuai jumlah TPS di Kabupaten Lumajang.",
            "Pendaftaran dibuka di sekretariat Panwaslu Kecamatan masing-masing mulai 1 hingga 7 Oktober 2024. Calon pengawas TPS paling rendah berusia 21 tahun dan berpendidikan paling rendah SMA atau sederajat.",
            "Apabila tidak ada pendaftar yang memenuhi syarat usia, Panwaslu Kecamatan dapat menerima pendaftar yang berusia paling rendah 17 tahun.",
            "Pengumuman lengkap beserta formulir pendaftaran dapat diunduh di sini.",
        ),
        tags=("Rekrutmen", "Pengawas TPS"),
        credits_raw=("Humas Bawaslu Lumajang",),
        credits=(("author", "Humas Bawaslu Lumajang"),),
        attachments=(
            (
                f"{LUMAJANG}/upload/dokumen/pengumuman-rekrutmen-ptps-2024.pdf",
                "di sini",
            ),
        ),
        date=("2024-09-28", "byline", "28 September 2024"),
        paragraph_style="br",
    ),
    # ---- drupal9: a renamed Drupal theme (region-content, field--name-body) ----
    Story(
        key="drupal9_lampung_00",
        theme="drupal9",
        url=f"{LAMPUNG}/berita/serahkan-laporan-akhir-kehumasan-bawaslu-lampung-berkomitmen-akan-terus-memberikan-informasi",
        title="Serahkan Laporan Akhir Kehumasan, Bawaslu Lampung Berkomitmen Akan Terus Memberikan Informasi Tebaik Terkait Kepemiluan",
        paragraphs=(
            "Menurut Koordinator Divisi Humas dan Datin Bawaslu Lampung Ahmad Qohar, Laporan Akhir Kehumasan Untuk Mengukur Sejauh Mana Kerja Humas Bawaslu Provinsi dan Bawaslu Kabupaten/Kota Se-Lampung dalam rangka melaksanakan kerja kerja kehumasan selama tahun 2023. Hal itu ia ungkapakn saat menyerahkan Laporan akhir kehumasan yang di terima langsung TA Bawaslu RI Ahmad Thohir dan Sub Koordinator Humas Bawaslu RI Ali Imron, Kamis (28/12).",
            'Menurut Ahmad Qohar, laporan ini menjadi penanda sejauh mana kinerja Divisi Humas Bawaslu Provinsi dan Bawaslu Kabupaten/Kota se-Lampung telah berjalan. Dalam pandangan Qohar, laporan tersebut bukan hanya sebagai akhir perjalanan, tetapi juga sebagai awal untuk dorongan lebih produktif dan fokus pada konsep "healing produktif" ke depan, sejalan dengan harapan Bawaslu RI.',
            "“Tujuan utama dari pendekatan ini adalah menciptakan konten humanis. “Kami percaya bahwa melalui pendekatan ini, kami dapat lebih dekat dengan masyarakat dan memberikan informasi yang lebih relevan dan bermanfaat,” ujarnya.",
            "Qohar juga menekankan perlunya kerja-kerja kreatif dalam menciptakan konten yang dapat mendekatkan diri kepada masyarakat. “Kreativitas adalah kunci untuk menciptakan pendekatan yang efektif. Dengan menggali potensi kreatif, kami berharap dapat menarik perhatian masyarakat terhadap informasi-informasi yang ingin kami sampaikan,” tambahnya.",
            "Selain itu, Bawaslu Lampung berhasil meraih tiga Penghargaan pada Penganugerahan Kehumasan Bawaslu Tahun 2023, serta tiga penghargaan untuk Bawaslu Kabupaten/Kota di Lampung. Qohar menegaskan bahwa penghargaan ini tidak hanya sebagai prestasi semata, melainkan juga sebagai dorongan semangat untuk terus meningkatkan kualitas pemberitaan dan kreativitas dalam menyajikan informasi kepada publik.",
            '"Dengan semangat ini, kami akan terus memberikan yang terbaik dalam menyampaikan informasi terkait kegiatan pemilu dan pelaksanaan tugas pengawasan Bawaslu di Lampung," pungkas Qohar.',
        ),
        date=("2023-12-28", "body", "Kamis (28/12)"),
        quirks=q("doubled"),
    ),
    Story(
        key="drupal9_lamteng_01",
        theme="drupal9",
        url=f"{LAMTENG}/berita/bawaslu-lampung-tengah-gelar-apel-siaga-pengawasan-pemungutan-suara",
        title="Bawaslu Lampung Tengah Gelar Apel Siaga Pengawasan Pemungutan Suara",
        lead="Apel siaga pengawasan diikuti seluruh jajaran pengawas ad hoc se-Lampung Tengah.",
        paragraphs=(
            "Bawaslu Kabupaten Lampung Tengah menggelar apel siaga pengawasan pemungutan dan penghitungan suara di Lapangan Merdeka Gunung Sugih, Minggu (24/11/2024). Apel diikuti sekitar 1.500 pengawas dari 28 kecamatan.",
            "Dalam amanatnya, Ketua Bawaslu Lampung Tengah meminta seluruh pengawas TPS hadir sejak persiapan pemungutan suara dan mendokumentasikan setiap kejadian khusus.",
            "“Pengawas TPS adalah garda terdepan. Pastikan salinan hasil penghitungan suara diterima sebelum meninggalkan TPS,” tegasnya.",
            "Usai apel, peserta melakukan pawai kendaraan mengelilingi pusat kota sambil membagikan selebaran tolak politik uang.",
        ),
        tags=("Apel Siaga", "Pilkada 2024", "Pengawas TPS"),
        credits_raw=("Penulis dan Foto: Humas Bawaslu LT", "Editor:1T"),
        credits=(
            ("writer", "Humas Bawaslu LT"),
            ("photo", "Humas Bawaslu LT"),
            ("editor", "1T"),
        ),
        images=(
            (
                f"{LAMTENG}/sites/lampungtengah/files/2024-11/apel-siaga-pengawasan.jpg",
                "Apel siaga pengawasan",
                "Apel siaga pengawasan diikuti seluruh jajaran pengawas ad hoc se-Lampung Tengah.",
            ),
        ),
        date=("2024-11-24", "byline", "Minggu, 24 November 2024 - 10:02"),
        quirks=q("doubled"),
    ),
    Story(
        key="drupal9_lampung_02",
        theme="drupal9",
        url=f"{LAMPUNG}/index.php/berita/bawaslu-lampung-tandatangani-nota-kesepahaman-dengan-tujuh-perguruan-tinggi",
        title="Bawaslu Lampung Tandatangani Nota Kesepahaman dengan Tujuh Perguruan Tinggi",
        paragraphs=(
            "Bawaslu Provinsi Lampung menandatangani nota kesepahaman dengan tujuh perguruan tinggi negeri dan swasta di Bandar Lampung, Selasa (27/9/2022). Kerja sama ini mencakup kajian kepemiluan, kuliah kerja nyata tematik pengawasan, dan pendidikan pemilih.",
            "Ketua Bawaslu Lampung, Iskardo P. Panggar, menyebut kampus sebagai mitra penting untuk memperkuat pengawasan berbasis riset. “Kami membutuhkan data dan kajian akademik agar strategi pencegahan lebih tepat sasaran,” katanya.",
            "Para rektor menyambut baik kerja sama tersebut. Mahasiswa nantinya dapat mengikuti magang di Bawaslu kabupaten/kota dan dihitung sebagai satuan kredit semester.",
        ),
        tags=("Kerja Sama", "Perguruan Tinggi"),
        credits_raw=("Penulis : Rahmat Hidayat", "Editor : Anisa Putri"),
        credits=(("writer", "Rahmat Hidayat"), ("editor", "Anisa Putri")),
        images=(
            (
                f"{LAMPUNG}/sites/prov_lampung/files/2022-09/penandatanganan-mou-kampus.jpg",
                "Penandatanganan nota kesepahaman",
                "",
            ),
        ),
        date=("2022-09-27", "body", "Selasa (27/9/2022)"),
        paragraph_style="div",
    ),
    # ---- astra: WordPress Astra, 2019 URLs, shortcodes, comment chrome ----
    Story(
        key="astra_jateng_00",
        theme="astra",
        url=f"{JATENG}/2019/01/07/bawaslu-jateng-tertibkan-alat-peraga-kampanye-yang-melanggar/",
        title="Bawaslu Jateng Tertibkan Alat Peraga Kampanye yang Melanggar",
        lead="Petugas menurunkan baliho calon anggota legislatif yang dipasang di pohon perindang jalan.",
        paragraphs=(
            "Bawaslu Provinsi Jawa Tengah bersama Bawaslu kabupaten/kota menertibkan alat peraga kampanye (APK) yang melanggar ketentuan pemasangan, Senin (7/1/2019). Penertiban dilakukan serentak di 35 kabupaten/kota.",
            "APK yang ditertibkan antara lain dipasang di pohon, tiang listrik, dan fasilitas pendidikan. Sebelum penertiban, Bawaslu telah menyampaikan surat peringatan kepada peserta pemilu untuk menurunkan sendiri APK tersebut.",
            "“Kami sudah memberikan waktu tiga hari. Karena tidak diindahkan, kami bersama Satpol PP melakukan penertiban,” kata Ketua Bawaslu Jateng, Fajar Saka.",
            "Total lebih dari 12.000 APK diturunkan dalam penertiban tersebut. APK yang diturunkan disimpan di kantor Satpol PP dan dapat diambil kembali oleh peserta pemilu.",
        ),
        tags=("APK", "Kampanye", "Pemilu 2019"),
        images=(
            (
                f"{JATENG}/wp-content/uploads/2019/01/penertiban-apk.jpg",
                "penertiban apk",
                "Petugas menurunkan baliho calon anggota legislatif yang dipasang di pohon perindang jalan.",
            ),
        ),
        date=("2019-01-07", "meta", "2019-01-07T13:22:41+07:00"),
        quirks=q("shortcode"),
    ),
    Story(
        key="astra_jateng_01",
        theme="astra",
        url=f"{JATENG}/2019/03/12/bawaslu-jateng-latih-pengawas-tps-se-jawa-tengah/",
        title="Bawaslu Jateng Latih Pengawas TPS se-Jawa Tengah",
        paragraphs=(
            "Menjelang pemungutan suara 17 April 2019, Bawaslu Jawa Tengah menyiapkan pelatihan bagi lebih dari 90.000 pengawas TPS. Pelatihan dilakukan berjenjang melalui Panwaslu Kecamatan.",
            "Materi pelatihan meliputi tata cara pemungutan dan penghitungan suara, pengisian formulir pengawasan, serta penggunaan aplikasi pelaporan hasil pengawasan.",
            "Anggota Bawaslu Jateng, Sri Wahyu Ananingsih, berpesan agar pengawas TPS bersikap tegas namun tetap santun. “Bila ada kejadian yang tidak sesuai prosedur, sampaikan keberatan secara tertulis,” ujarnya.",
        ),
        tags=("Pengawas TPS", "Pelatihan"),
        credits_raw=("Penulis : Heru Setiawan",),
        credits=(("writer", "Heru Setiawan"),),
        date=("2019-03-12", "url", "/2019/03/12/"),
        quirks=q("baca"),
    ),
    Story(
        key="astra_jateng_02",
        theme="astra",
        url=f"{JATENG}/2019/04/15/bawaslu-jateng-patroli-anti-politik-uang-di-masa-tenang/",
        title="Bawaslu Jateng Patroli Anti Politik Uang di Masa Tenang",
        lead="Apel patroli anti politik uang di halaman kantor Bawaslu Provinsi Jawa Tengah.",
        paragraphs=(
            "Bawaslu Provinsi Jawa Tengah menggelar patroli anti politik uang selama masa tenang, 14-16 April 2019. Patroli melibatkan pengawas desa dan relawan pengawas partisipatif.",
            "Dalam patroli di Kabupaten Grobogan, pengawas menemukan amplop berisi uang dan stiker salah satu calon anggota legislatif. Temuan tersebut langsung dibawa ke Sentra Gakkumdu untuk ditindaklanjuti.",
            "“Politik uang merusak kedaulatan pemilih. Kami tidak akan berkompromi,” tegas Fajar Saka saat melepas peserta patroli.",
        ),
        tags=("Politik Uang", "Masa Tenang"),
        credits_raw=("Editor : Puji Rahayu", "Foto : Dimas Arya"),
        credits=(("editor", "Puji Rahayu"), ("photo", "Dimas Arya")),
        images=(
            (
                f"{JATENG}/wp-content/uploads/2019/04/apel-patroli-politik-uang.jpg",
                "apel patroli",
                "Apel patroli anti politik uang di halaman kantor Bawaslu Provinsi Jawa Tengah.",
            ),
        ),
        date=("2019-04-15", "meta", "2019-04-15T18:47:03+07:00"),
        quirks=q("shortcode", "share"),
    ),
    # ---- generatepress: WordPress GeneratePress ----
    Story(
        key="generatepress_riau_00",
        theme="generatepress",
        url=f"{RIAU}/2020/11/30/bawaslu-riau-awasi-distribusi-logistik-pilkada-ke-pulau-terluar/",
        title="Bawaslu Riau Awasi Distribusi Logistik Pilkada ke Pulau Terluar",
        paragraphs=(
            "Bawaslu Provinsi Riau mengawasi distribusi logistik Pilkada 2020 ke wilayah kepulauan di Kabupaten Kepulauan Meranti dan Bengkalis, Senin (30/11/2020). Distribusi menggunakan kapal motor karena sebagian desa hanya bisa dijangkau lewat laut.",
            "Pengawas memastikan kotak suara tersegel dan surat suara dilindungi plastik kedap air selama perjalanan. Cuaca buruk sempat menunda keberangkatan kapal ke Pulau Rangsang selama enam jam.",
            "“Kami mendampingi sampai logistik diterima PPS. Tidak boleh ada yang basah atau rusak,” ujar anggota Bawaslu Riau, Neil Antariksa.",
            "Bawaslu Riau juga mengingatkan penerapan protokol kesehatan selama proses bongkar muat logistik.",
        ),
        tags=("Logistik", "Pilkada 2020"),
        credits_raw=("Penulis : Lina Marlina", "Editor : Yusuf Effendi"),
        credits=(("writer", "Lina Marlina"), ("editor", "Yusuf Effendi")),
        images=(
            (
                f"{RIAU}/wp-content/uploads/2020/11/distribusi-logistik-meranti.jpg",
                "Distribusi logistik ke Kepulauan Meranti",
                "Pengawas mendampingi pengiriman kotak suara dengan kapal motor.",
            ),
        ),
        lead="Pengawas mendampingi pengiriman kotak suara dengan kapal motor.",
        date=("2020-11-30", "byline", "30 November 2020"),
    ),
    Story(
        key="generatepress_riau_01",
        theme="generatepress",
        url=f"{RIAU}/2021/02/18/bawaslu-riau-evaluasi-penanganan-pelanggaran-pilkada-2020/",
        title="Bawaslu Riau Evaluasi Penanganan Pelanggaran Pilkada 2020",
        paragraphs=(
            "Bawaslu Provinsi Riau menggelar rapat evaluasi penanganan pelanggaran Pilkada 2020 bersama Bawaslu dari sembilan kabupaten/kota penyelenggara pilkada, Kamis (18/2/2021).",
            "Sepanjang Pilkada 2020 di Riau, jajaran pengawas menangani 187 dugaan pelanggaran yang berasal dari temuan dan laporan. Pelanggaran netralitas ASN menjadi yang terbanyak dengan 64 kasus.",
            "Rapat merekomendasikan penguatan koordinasi dengan Komisi Aparatur Sipil Negara agar rekomendasi Bawaslu ditindaklanjuti lebih cepat oleh pejabat pembina kepegawaian.",
        ),
        tags=("Evaluasi", "Penanganan Pelanggaran", "Pilkada 2020"),
        credits_raw=("Humas Bawaslu Riau",),
        credits=(("author", "Humas Bawaslu Riau"),),
        date=("2021-02-18", "byline", "18 Februari 2021"),
        paragraph_style="br",
    ),
    Story(
        key="generatepress_riau_02",
        theme="generatepress",
        url=f"{RIAU}/2020/12/09/pemungutan-suara-di-lapas-pekanbaru-diawasi-bawaslu-riau/",
        title="Pemungutan Suara di Lapas Pekanbaru Diawasi Bawaslu Riau",
        paragraphs=(
            "Ketua Bawaslu Riau, Rusidi Rusdan, meninjau pemungutan suara di TPS khusus Lembaga Pemasyarakatan Kelas IIA Pekanbaru, Rabu (9/12/2020). Sebanyak 812 warga binaan terdaftar sebagai pemilih di lapas tersebut.",
            "Rusidi memastikan warga binaan yang memiliki hak pilih dapat menggunakan haknya tanpa tekanan. Ia juga memeriksa ketersediaan formulir model C pindah memilih bagi warga binaan yang berasal dari luar Pekanbaru.",
            "“Warga binaan tetap warga negara yang hak pilihnya dijamin undang-undang,” kata Rusidi.",
        ),
        tags=("Pemungutan Suara", "Pilkada 2020"),
        credits_raw=("Penulis dan Editor : Yusuf Effendi",),
        credits=(("writer", "Yusuf Effendi"), ("editor", "Yusuf Effendi")),
        images=(
            (
                f"{RIAU}/wp-content/uploads/2020/12/tps-lapas-pekanbaru.jpg",
                "TPS Lapas Pekanbaru",
                "",
            ),
        ),
        date=("2020-12-09", "byline", "9 Desember 2020"),
        quirks=q("share"),
    ),
    # ---- blogger: Blogger-like template ----
    Story(
        key="blogger_sidoarjo_00",
        theme="blogger",
        url=f"{SIDOARJO}/berita/bawaslu-sidoarjo-gelar-uji-petik-coklit-di-perumahan-padat-penduduk",
        title="Bawaslu Sidoarjo Gelar Uji Petik Coklit di Perumahan Padat Penduduk",
        paragraphs=(
            "Bawaslu Kabupaten Sidoarjo melakukan uji petik hasil pencocokan dan penelitian (coklit) data pemilih di sejumlah perumahan padat penduduk, Senin (27/02/2023). Uji petik menyasar rumah yang sudah ditempeli stiker coklit.",
            "Di Kecamatan Waru, pengawas menemukan rumah yang sudah ditempeli stiker, tetapi penghuninya mengaku belum pernah didatangi petugas pemutakhiran data pemilih.",
            "Koordinator Divisi Pencegahan Bawaslu Sidoarjo, Agung Nugraha, meminta pantarlih mendatangi kembali rumah tersebut. “Stiker bukan bukti coklit. Yang kami pastikan adalah pemilihnya benar-benar ditemui,” ujarnya.",
        ),
        tags=("Coklit", "Data Pemilih"),
        credits_raw=("Editor : Eko Prasetyo", "Foto : Nanda Putri"),
        credits=(("editor", "Eko Prasetyo"), ("photo", "Nanda Putri")),
        images=(
            (
                f"{SIDOARJO}/sites/sidoarjo/files/2023-02/uji-petik-coklit-waru.jpg",
                "Uji petik coklit di Waru",
                "",
            ),
        ),
        date=("2023-02-27", "byline", "Senin, 27 Februari 2023"),
        paragraph_style="bare",
    ),
    Story(
        key="blogger_sidoarjo_01",
        theme="blogger",
        url=f"{SIDOARJO}/berita/bawaslu-sidoarjo-ajak-pelajar-jadi-pemilih-cerdas",
        title="Bawaslu Sidoarjo Ajak Pelajar Jadi Pemilih Cerdas",
        paragraphs=(
            "Bawaslu Kabupaten Sidoarjo menggelar sosialisasi pengawasan partisipatif di SMA Negeri 1 Sidoarjo, Kamis (9/3/2023). Ratusan pelajar kelas XII yang akan menjadi pemilih pemula mengikuti kegiatan ini.",
            "Pelajar diajak mengenali bentuk pelanggaran pemilu di sekitar mereka, seperti kampanye di lingkungan sekolah dan ajakan memilih dengan imbalan uang.",
            "“Kalian adalah pemilih pemula, tetapi jangan jadi pemilih yang mudah dibeli,” pesan Ketua Bawaslu Sidoarjo, Haidar Munjid, yang disambut tepuk tangan peserta.",
            "Di akhir kegiatan, sepuluh pelajar terpilih menjadi duta pengawasan partisipatif di sekolahnya.",
        ),
        tags=("Sosialisasi", "Pemilih Pemula"),
        credits_raw=("Penulis : Nanda Putri", "Desain : Humas Bawaslu Sidoarjo"),
        credits=(("writer", "Nanda Putri"), ("design", "Humas Bawaslu Sidoarjo")),
        date=("2023-03-09", "byline", "Kamis, 09 Maret 2023"),
        paragraph_style="br",
        quirks=q("share"),
    ),
    Story(
        key="blogger_sidoarjo_02",
        theme="blogger",
        url=f"{SIDOARJO}/berita/panwascam-tanggulangin-awasi-pembentukan-pantarlih",
        title="Panwascam Tanggulangin Awasi Pembentukan Pantarlih",
        paragraphs=(
            "Panwaslu Kecamatan Tanggulangin mengawasi pembentukan petugas pemutakhiran data pemilih (pantarlih) oleh PPS di 19 desa. Pengawasan difokuskan pada syarat usia dan keanggotaan partai politik.",
            "Pengawas menemukan dua calon pantarlih yang tercatat dalam Sipol sebagai anggota partai politik. Keduanya kemudian diganti oleh PPS setelah menerima saran perbaikan dari pengawas desa.",
            "Ketua Panwaslu Kecamatan Tanggulangin, Suharto, berharap pantarlih bekerja profesional dan netral. “Pantarlih yang berpihak bisa merugikan pemilih,” tuturnya.",
        ),
        tags=("Pantarlih", "Pengawasan"),
        credits_raw=("//redd",),
        credits=(("author", "redd"),),
        date=("2023-02-06", "byline", "Senin, 06 Februari 2023"),
        paragraph_style="bare",
        quirks=q("glued"),
    ),
    Story(
        key="blogger_sidoarjo_03",
        theme="blogger",
        url=f"{SIDOARJO}/berita/bawaslu-sidoarjo-kukuhkan-forum-warga-pengawas-pemilu",
        title="Bawaslu Sidoarjo Kukuhkan Forum Warga Pengawas Pemilu",
        lead="Pengukuhan Forum Warga Pengawas Pemilu di Pendopo Delta Wibawa Sidoarjo.",
        paragraphs=(
            "Bawaslu Kabupaten Sidoarjo mengukuhkan Forum Warga Pengawas Pemilu di Pendopo Delta Wibawa, Jum'at (21/4/2023). Forum beranggotakan 90 warga dari 18 kecamatan yang sebelumnya mengikuti pendidikan pengawas partisipatif.",
            "Anggota forum akan membantu menyebarkan informasi tahapan pemilu dan menjadi saluran pertama bagi warga yang ingin melaporkan dugaan pelanggaran di lingkungannya.",
            "“Pengawas kami terbatas, sedangkan pemilih di Sidoarjo lebih dari 1,5 juta orang. Forum warga ini menjadi perpanjangan mata dan telinga Bawaslu,” kata Ketua Bawaslu Sidoarjo, Haidar Munjid.",
        ),
        tags=("Pengawasan Partisipatif", "Forum Warga"),
        credits_raw=("Penulis : Nanda Putri", "Editor : Eko Prasetyo"),
        credits=(("writer", "Nanda Putri"), ("editor", "Eko Prasetyo")),
        images=(
            (
                f"{SIDOARJO}/sites/sidoarjo/files/2023-04/pengukuhan-forum-warga.jpg",
                "Pengukuhan forum warga",
                "Pengukuhan Forum Warga Pengawas Pemilu di Pendopo Delta Wibawa Sidoarjo.",
            ),
        ),
        date=("2023-04-21", "byline", "Jumat, 21 April 2023"),
        quirks=q("baca"),
    ),
    # ---- portal: a national news portal theme, /id/berita/ ----
    Story(
        key="portal_www_00",
        theme="portal",
        url=f"{WWW}/id/berita/bawaslu-luncurkan-indeks-kerawanan-pemilu-2024",
        title="Bawaslu Luncurkan Indeks Kerawanan Pemilu 2024",
        lead="Ketua Bawaslu RI memaparkan Indeks Kerawanan Pemilu 2024 di Jakarta.",
        paragraphs=(
            "Jakarta, Badan Pengawas Pemilihan Umum (Bawaslu) meluncurkan Indeks Kerawanan Pemilu (IKP) 2024 di Jakarta, Jumat (16/12/2022). IKP memetakan potensi kerawanan di 514 kabupaten/kota dan 34 provinsi.",
            "Ketua Bawaslu Rahmat Bagja menyebut IKP sebagai alat deteksi dini bagi penyelenggara, pemerintah, dan aparat keamanan. “IKP bukan untuk menakut-nakuti, melainkan agar semua pihak bersiap,” ujarnya.",
            "IKP 2024 mengukur empat dimensi, yakni konteks sosial politik, penyelenggaraan pemilu yang bebas dan adil, kontestasi, serta partisipasi. Provinsi dengan skor kerawanan tertinggi adalah DKI Jakarta, Sulawesi Utara, dan Maluku Utara.",
            "Dokumen lengkap IKP 2024 dapat diunduh di laman Bawaslu: Indeks Kerawanan Pemilu 2024.",
        ),
        tags=("IKP", "Pemilu 2024", "Pencegahan"),
        credits_raw=("Editor: Ranap THS", "Fotografer: Pepen"),
        credits=(("editor", "Ranap THS"), ("photo", "Pepen")),
        images=(
            (
                f"{WWW}/sites/default/files/photo_berita/peluncuran-ikp-2024.jpg",
                "Peluncuran IKP 2024",
                "Ketua Bawaslu RI memaparkan Indeks Kerawanan Pemilu 2024 di Jakarta.",
            ),
        ),
        attachments=(
            (
                f"{WWW}/sites/default/files/publikasi/IKP%202024.pdf",
                "Indeks Kerawanan Pemilu 2024",
            ),
        ),
        date=("2022-12-16", "byline", "Jumat, 16 Desember 2022 - 15:30 WIB"),
    ),
    Story(
        key="portal_www_01",
        theme="portal",
        url=f"{WWW}/id/berita/bawaslu-dan-kominfo-sepakat-tangkal-hoaks-pemilu",
        title="Bawaslu dan Kominfo Sepakat Tangkal Hoaks Pemilu",
        paragraphs=(
            "Jakarta, Bawaslu dan Kementerian Komunikasi dan Informatika sepakat memperkuat kerja sama penanganan konten hoaks dan ujaran kebencian selama tahapan Pemilu 2024. Kesepakatan itu dibahas dalam rapat koordinasi di Jakarta, Rabu hingga Kamis (11-12 Oktober 2023).",
            "Anggota Bawaslu Lolly Suhenty menjelaskan, Bawaslu akan menyampaikan konten yang diduga melanggar kepada Kominfo untuk ditindaklanjuti kepada platform media sosial. “Kecepatan menurunkan konten sangat menentukan agar hoaks tidak terlanjur menyebar,” katanya.",
            "Kominfo menyatakan siap menyediakan kanal khusus bagi Bawaslu dengan waktu tindak lanjut paling lama 1x24 jam.",
        ),
        tags=("Hoaks", "Media Sosial", "Kerja Sama"),
        credits_raw=("Editor : Jaa / Fotografer : Andrian",),
        credits=(("editor", "Jaa"), ("photo", "Andrian")),
        date=("2023-10-12", "byline", "Kamis, 12 Oktober 2023 - 19:05 WIB"),
        quirks=q("share"),
    ),
    Story(
        key="portal_www_02",
        theme="portal",
        url=f"{WWW}/id/berita/bawaslu-terima-kunjungan-komisi-pemilihan-umum-filipina",
        title="Bawaslu Terima Kunjungan Komisi Pemilihan Umum Filipina",
        paragraphs=(
            "Jakarta, Bawaslu menerima kunjungan delegasi Commission on Elections (Comelec) Filipina di Gedung Bawaslu, Selasa (5/9/2023). Kunjungan membahas pengalaman kedua negara dalam menangani pelanggaran kampanye di media sosial.",
            "Delegasi Comelec tertarik dengan mekanisme Sentra Gakkumdu yang menyatukan pengawas pemilu, kepolisian, dan kejaksaan dalam menangani tindak pidana pemilu.",
            "Anggota Bawaslu Totok Hariyono mengatakan pertukaran pengalaman seperti ini memperkaya cara Bawaslu merancang pengawasan. “Tantangan kita serupa: disinformasi, politik uang, dan netralitas aparatur,” ucapnya.",
            "Kedua lembaga sepakat menjajaki program pemantauan pemilu bersama pada pemilu berikutnya.",
        ),
        tags=("Kerja Sama Internasional",),
        credits_raw=("Editor: Ranap THS", "Fotografer: Muhtar"),
        credits=(("editor", "Ranap THS"), ("photo", "Muhtar")),
        images=(
            (
                f"{WWW}/sites/default/files/photo_berita/kunjungan-comelec.jpg",
                "Kunjungan Comelec Filipina",
                "",
            ),
        ),
        date=("2023-09-05", "byline", "Selasa, 5 September 2023 - 16:40 WIB"),
        quirks=q("baca"),
    ),
)
