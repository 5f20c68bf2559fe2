"""Synthetic Indonesian news stories in the register of Bawaslu press releases.

Written for this project: each topic is a handful of sentence templates that a seeded random
generator combines, so every site gets varied, plausible articles (supervision, coordination
meetings, outreach, training, inaugurations, press conferences) without copying real ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One kind of story: title, opening, body, quote and closing templates."""

    name: str
    titles: tuple[str, ...]
    openings: tuple[str, ...]  # carry {when}: ", Kamis (28/12)" or nothing
    middles: tuple[str, ...]
    quotes: tuple[str, ...]
    closings: tuple[str, ...]
    caption: str


@dataclass(frozen=True)
class Story:
    title: str
    paragraphs: tuple[str, ...]
    caption: str
    topic: str


@dataclass(frozen=True)
class Cast:
    """The people and places a site's stories mention."""

    office: str  # "Bawaslu Nganjuk"
    region: str  # "Nganjuk"
    places: tuple[str, ...]  # districts or cities
    people: tuple[str, ...]
    partners: tuple[str, ...]  # other bodies met with


ROLES = (
    "Ketua {office}",
    "Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Humas {office}",
    "Koordinator Divisi Penanganan Pelanggaran {office}",
    "Koordinator Divisi Hukum dan Penyelesaian Sengketa {office}",
    "Anggota {office}",
    "Kepala Sekretariat {office}",
)

TOPICS = (
    Topic(
        name="pengawasan",
        titles=(
            "{office} Awasi Pemutakhiran Data Pemilih di Kecamatan {place}",
            "Jaga Hak Pilih Warga, {office} Lakukan Uji Petik Data Pemilih",
            "{office} Temukan {count} Catatan dalam Pengawasan Coklit di {place}",
        ),
        openings=(
            "{office} melakukan pengawasan melekat terhadap pemutakhiran data pemilih di "
            "Kecamatan {place}{when}. Pengawasan dilakukan dengan mendatangi langsung rumah "
            "warga untuk memastikan setiap pemilih yang memenuhi syarat tercatat.",
            "Jajaran {office} turun ke lapangan untuk melakukan uji petik data pemilih di "
            "sejumlah desa di Kecamatan {place}{when}.",
        ),
        middles=(
            "Dari hasil uji petik tersebut, pengawas menemukan {count} catatan, antara lain "
            "pemilih yang telah meninggal dunia namun masih tercantum dan warga yang baru "
            "berusia 17 tahun tetapi belum terdaftar.",
            "Seluruh temuan telah disampaikan kepada KPU {region} sebagai saran perbaikan "
            "agar segera ditindaklanjuti sebelum daftar pemilih ditetapkan.",
            "Pengawasan melibatkan Panwaslu Kecamatan serta Pengawas Kelurahan/Desa yang "
            "sebelumnya telah mendapat pembekalan teknis tentang tata cara uji petik.",
        ),
        quotes=(
            "“Kami ingin memastikan tidak ada satu pun warga yang kehilangan hak pilihnya. "
            "Data pemilih yang akurat adalah pondasi {election} yang berintegritas,” ujar "
            "{person}, {role}.",
            "{person} menegaskan bahwa pengawasan akan terus dilakukan hingga tahapan "
            "selesai. “Setiap temuan kami catat dan kami sampaikan secara resmi,” katanya.",
        ),
        closings=(
            "Masyarakat yang belum terdaftar dapat melapor ke posko pengaduan {office} "
            "atau kepada pengawas di desa masing-masing.",
            "{office} juga membuka layanan pengecekan data pemilih bagi warga yang ingin "
            "memastikan namanya telah tercantum.",
        ),
        caption="Pengawas {office} melakukan uji petik data pemilih di Kecamatan {place}.",
    ),
    Topic(
        name="rapat_koordinasi",
        titles=(
            "{office} Gelar Rapat Koordinasi Pengawasan Tahapan {election}",
            "Perkuat Sinergi, {office} Rakor Bersama {partner}",
            "Rakor Evaluasi, {office} Bahas Kerawanan di {place}",
        ),
        openings=(
            "{office} menggelar rapat koordinasi bersama {partner} di aula kantor "
            "{office}{when}. Rapat membahas kesiapan pengawasan tahapan {election}.",
            "Dalam rangka memperkuat sinergi antarlembaga, {office} mengundang {partner} "
            "dalam rapat koordinasi{when}.",
        ),
        middles=(
            "Rapat tersebut memetakan titik-titik rawan, mulai dari potensi politik uang, "
            "netralitas aparatur sipil negara, hingga distribusi logistik ke daerah yang "
            "sulit dijangkau.",
            "Peserta rapat sepakat membentuk jalur komunikasi cepat agar setiap dugaan "
            "pelanggaran dapat segera diteruskan kepada pihak yang berwenang.",
            "Hasil pemetaan kerawanan di Kecamatan {place} menjadi perhatian khusus karena "
            "wilayahnya luas dan jumlah pemilihnya besar.",
        ),
        quotes=(
            "“Pengawasan tidak bisa berjalan sendiri. Kami membutuhkan dukungan semua pihak "
            "agar {election} berjalan jujur dan adil,” kata {person}, {role}.",
            "Menurut {person}, koordinasi rutin penting untuk menyamakan langkah. “Dengan "
            "saling berbagi informasi, pencegahan pelanggaran bisa lebih efektif,” ujarnya.",
        ),
        closings=(
            "Rapat ditutup dengan penandatanganan komitmen bersama untuk menjaga kondusivitas "
            "di wilayah {region}.",
            "Rapat koordinasi serupa dijadwalkan kembali digelar sebulan sekali.",
        ),
        caption="Suasana rapat koordinasi {office} bersama {partner}.",
    ),
    Topic(
        name="sosialisasi",
        titles=(
            "{office} Sosialisasikan Pengawasan Partisipatif kepada Pemilih Pemula",
            "Gandeng Pelajar, {office} Ajak Tolak Politik Uang",
            "Sosialisasi di {place}, {office} Ajak Warga Berani Melapor",
        ),
        openings=(
            "{office} menggelar sosialisasi pengawasan partisipatif bagi pelajar dan "
            "mahasiswa di {place}{when}. Kegiatan ini diikuti lebih dari {count} peserta.",
            "Ratusan warga Kecamatan {place} mengikuti sosialisasi pengawasan pemilu yang "
            "digelar {office}{when}.",
        ),
        middles=(
            "Dalam kegiatan tersebut, peserta dikenalkan pada jenis-jenis pelanggaran pemilu "
            "dan cara menyampaikan laporan, termasuk melalui aplikasi pengaduan daring.",
            "Narasumber juga menjelaskan bahaya hoaks dan ujaran kebencian di media sosial "
            "yang kerap meningkat menjelang hari pemungutan suara.",
            "Peserta tampak antusias mengajukan pertanyaan, terutama mengenai sanksi bagi "
            "pemberi dan penerima politik uang.",
        ),
        quotes=(
            "“Pemilih pemula adalah kekuatan besar. Kalau mereka berani menolak politik "
            "uang, kualitas demokrasi kita akan jauh lebih baik,” ucap {person}, {role}.",
            "“Jangan ragu melapor. Identitas pelapor kami lindungi,” tegas {person}.",
        ),
        closings=(
            "Di akhir acara, peserta membacakan ikrar bersama untuk menolak politik uang dan "
            "politisasi SARA.",
            "{office} berencana melanjutkan sosialisasi ke sekolah-sekolah lain di {region}.",
        ),
        caption="Peserta sosialisasi pengawasan partisipatif {office} di {place}.",
    ),
    Topic(
        name="bimtek",
        titles=(
            "Tingkatkan Kapasitas, {office} Gelar Bimtek bagi Pengawas Ad Hoc",
            "Bimtek Penanganan Pelanggaran, {office} Bekali Panwaslu Kecamatan",
            "{office} Latih Pengawas TPS Jelang {election}",
        ),
        openings=(
            "{office} menyelenggarakan bimbingan teknis bagi pengawas ad hoc se-{region} di "
            "{place}{when}.",
            "Sebanyak {count} pengawas mengikuti bimbingan teknis penanganan pelanggaran yang "
            "diselenggarakan {office}{when}.",
        ),
        middles=(
            "Materi bimtek meliputi tata cara pengawasan tahapan, penyusunan laporan hasil "
            "pengawasan, serta penerimaan laporan dugaan pelanggaran.",
            "Peserta juga mempraktikkan simulasi pengisian formulir model A dan kajian awal "
            "atas sebuah laporan.",
            "Bimtek menghadirkan narasumber dari {partner} yang berbagi pengalaman menangani "
            "perkara pada pemilihan sebelumnya.",
        ),
        quotes=(
            "“Pengawas ad hoc adalah ujung tombak. Mereka harus paham regulasi agar setiap "
            "temuan bisa ditindaklanjuti sesuai prosedur,” jelas {person}, {role}.",
            "{person} berharap ilmu yang didapat langsung diterapkan. “Tulis setiap kejadian "
            "secara rinci, karena laporan yang baik memudahkan penanganan,” pesannya.",
        ),
        closings=(
            "Kegiatan ditutup dengan evaluasi dan pembagian modul pengawasan kepada setiap "
            "peserta.",
            "Bimtek serupa akan digelar untuk pengawas di kecamatan lain secara bergiliran.",
        ),
        caption="Peserta bimbingan teknis pengawas ad hoc {office}.",
    ),
    Topic(
        name="apel_siaga",
        titles=(
            "{office} Gelar Apel Siaga Pengawasan Masa Tenang",
            "Apel Siaga, {office} Siapkan Patroli Anti Politik Uang",
            "Ribuan Pengawas Ikuti Apel Siaga {office}",
        ),
        openings=(
            "{office} menggelar apel siaga pengawasan masa tenang di halaman kantor "
            "{office}{when}. Apel diikuti jajaran pengawas dari seluruh kecamatan.",
            "Menjelang hari pemungutan suara, {office} menggelar apel siaga bersama {partner}"
            "{when}.",
        ),
        middles=(
            "Usai apel, pengawas langsung melakukan patroli ke desa-desa untuk mencegah "
            "praktik politik uang dan memastikan alat peraga kampanye telah diturunkan.",
            "Apel siaga juga menjadi momentum untuk memeriksa kesiapan personel dan sarana "
            "pengawasan di setiap kecamatan.",
        ),
        quotes=(
            "“Masa tenang justru masa yang paling rawan. Kami minta seluruh pengawas siaga "
            "dua puluh empat jam,” kata {person}, {role}.",
            "“Patroli kami lakukan bersama-sama. Jika menemukan pelanggaran, segera "
            "dokumentasikan dan laporkan,” tegas {person}.",
        ),
        closings=(
            "{office} mengimbau masyarakat untuk ikut mengawasi dan melaporkan jika menemukan "
            "pembagian uang atau barang.",
        ),
        caption="Apel siaga pengawasan {office} di halaman kantor.",
    ),
    Topic(
        name="pelantikan",
        titles=(
            "{office} Lantik {count} Anggota Panwaslu Kecamatan",
            "Resmi Dilantik, Panwascam Se-{region} Diminta Jaga Integritas",
            "Pelantikan Panwascam, {office} Tekankan Netralitas",
        ),
        openings=(
            "{office} melantik {count} anggota Panitia Pengawas Pemilu Kecamatan (Panwascam) "
            "se-{region}{when}. Pelantikan berlangsung di {place}.",
            "Sebanyak {count} anggota Panwaslu Kecamatan resmi dilantik oleh {office}{when}.",
        ),
        middles=(
            "Para anggota yang dilantik merupakan hasil seleksi terbuka yang meliputi tes "
            "tertulis, tes wawancara, dan uji kelayakan.",
            "Setelah pelantikan, para anggota Panwascam langsung mengikuti orientasi tugas "
            "mengenai kode etik dan tata kerja pengawas.",
        ),
        quotes=(
            "“Jaga integritas, jaga netralitas. Amanah ini harus dijalankan dengan sepenuh "
            "hati,” pesan {person}, {role}.",
            "Menurut {person}, kepercayaan publik dibangun dari sikap pengawas sehari-hari. "
            "“Hindari pertemuan yang bisa menimbulkan kecurigaan,” katanya.",
        ),
        closings=(
            "Pelantikan disaksikan oleh perwakilan {partner} dan tokoh masyarakat setempat.",
        ),
        caption="Pengambilan sumpah anggota Panwaslu Kecamatan oleh {office}.",
    ),
    Topic(
        name="kampanye",
        titles=(
            "{office} Tertibkan Alat Peraga Kampanye yang Melanggar Aturan",
            "Awasi Kampanye Rapat Umum, {office} Terjunkan Pengawas",
            "Temukan APK di Fasilitas Umum, {office} Minta Peserta Pemilu Menurunkan",
        ),
        openings=(
            "{office} bersama Satpol PP menertibkan alat peraga kampanye yang dipasang di "
            "tempat terlarang di Kecamatan {place}{when}.",
            "{office} menerjunkan pengawas untuk memantau kegiatan kampanye rapat umum di "
            "{place}{when}.",
        ),
        middles=(
            "Penertiban menyasar baliho dan spanduk yang terpasang di pohon, tiang listrik, "
            "serta fasilitas pendidikan dan tempat ibadah.",
            "Sebelum penertiban, {office} telah melayangkan surat imbauan kepada peserta "
            "pemilu agar menurunkan sendiri alat peraganya.",
            "Pengawas mencatat jumlah peserta, materi kampanye, dan memastikan tidak ada "
            "pelibatan anak-anak maupun aparatur sipil negara.",
        ),
        quotes=(
            "“Kampanye adalah hak peserta, tetapi harus sesuai aturan. Kami tidak akan ragu "
            "menertibkan yang melanggar,” tegas {person}, {role}.",
            "“Kami mengedepankan pencegahan. Imbauan sudah kami sampaikan jauh-jauh hari,” "
            "ujar {person}.",
        ),
        closings=(
            "Alat peraga hasil penertiban diamankan di gudang {office} dan dapat diambil "
            "kembali oleh peserta pemilu yang bersangkutan.",
        ),
        caption="Penertiban alat peraga kampanye oleh {office} dan Satpol PP.",
    ),
    Topic(
        name="logistik",
        titles=(
            "{office} Awasi Pelipatan dan Penyortiran Surat Suara",
            "Pastikan Logistik Aman, {office} Pantau Gudang KPU {region}",
            "{office} Kawal Distribusi Logistik ke {place}",
        ),
        openings=(
            "{office} mengawasi proses penyortiran dan pelipatan surat suara di gudang KPU "
            "{region}{when}.",
            "Jajaran {office} mengawal distribusi logistik pemungutan suara dari gudang KPU "
            "menuju Kecamatan {place}{when}.",
        ),
        middles=(
            "Dalam pengawasan tersebut ditemukan sejumlah surat suara rusak yang langsung "
            "dipisahkan dan dicatat dalam berita acara.",
            "Pengawas memastikan jumlah kotak suara, bilik, dan formulir sesuai dengan "
            "kebutuhan setiap TPS.",
        ),
        quotes=(
            "“Logistik harus tepat jumlah, tepat jenis, tepat sasaran, dan tepat waktu. Itu "
            "yang kami awasi,” kata {person}, {role}.",
            "“Surat suara rusak harus dimusnahkan dengan disaksikan pengawas,” jelas {person}.",
        ),
        closings=(
            "{office} meminta KPU {region} menjaga keamanan gudang hingga hari pemungutan suara.",
        ),
        caption="Pengawasan penyortiran surat suara di gudang KPU {region}.",
    ),
    Topic(
        name="konferensi_pers",
        titles=(
            "[[Konferensi Pers]] {office} Paparkan Hasil Pengawasan Tahapan {election}",
            "[[Konferensi Pers]] {office} Umumkan Penanganan {count} Laporan Dugaan Pelanggaran",
        ),
        openings=(
            "{office} menggelar konferensi pers di media center {office}{when}. Dalam "
            "kesempatan itu, {office} memaparkan hasil pengawasan tahapan {election}.",
            "Dalam konferensi pers{when}, {office} menyampaikan perkembangan penanganan "
            "{count} laporan dan temuan dugaan pelanggaran.",
        ),
        middles=(
            "Dari seluruh laporan yang diterima, sebagian telah diregistrasi dan dikaji, "
            "sementara sisanya tidak memenuhi syarat formil maupun materiil.",
            "Dugaan pelanggaran yang paling banyak ditemukan berkaitan dengan netralitas "
            "aparatur sipil negara dan kepala desa.",
            "{office} juga meneruskan sejumlah dugaan pelanggaran kode etik kepada lembaga "
            "yang berwenang.",
        ),
        quotes=(
            "“Kami terbuka kepada publik. Setiap perkembangan penanganan pelanggaran akan "
            "kami sampaikan melalui media,” ujar {person}, {role}.",
            "“Kami berterima kasih kepada rekan-rekan media yang selama ini menjadi mitra "
            "pengawasan,” kata {person}.",
        ),
        closings=(
            "Konferensi pers dihadiri oleh jurnalis media cetak, daring, dan elektronik di "
            "{region}.",
        ),
        caption="Konferensi pers {office} di media center.",
    ),
    Topic(
        name="audiensi",
        titles=(
            "{office} Terima Audiensi {partner}",
            "Kunjungi {partner}, {office} Bahas Kerja Sama Pengawasan",
        ),
        openings=(
            "{office} menerima kunjungan audiensi {partner} di kantor {office}{when}.",
            "Pimpinan {office} melakukan kunjungan ke {partner}{when} untuk membahas kerja "
            "sama pengawasan.",
        ),
        middles=(
            "Pertemuan membahas rencana penandatanganan nota kesepahaman tentang pendidikan "
            "politik dan pengawasan partisipatif.",
            "Kedua pihak sepakat menggelar kegiatan bersama untuk menjangkau pemilih di "
            "daerah terpencil, termasuk di Kecamatan {place}.",
        ),
        quotes=(
            "“Kolaborasi ini penting agar pesan pengawasan sampai ke masyarakat luas,” ujar "
            "{person}, {role}.",
            "“Kami menyambut baik tawaran kerja sama ini dan siap menindaklanjutinya,” kata "
            "{person}.",
        ),
        closings=("Pertemuan diakhiri dengan foto bersama dan penyerahan cendera mata.",),
        caption="Audiensi {partner} dengan {office}.",
    ),
)


def election_label(year: int) -> str:
    """The election a story of `year` would be about."""
    if year <= 2019:
        return "Pemilu 2019"
    if year == 2020:
        return "Pemilihan Serentak 2020"
    if year <= 2023:
        return "Pemilu 2024"
    if year == 2024:
        return "Pemilihan Serentak 2024"
    return "Pemilu 2029"


def compose_story(rng: random.Random, cast: Cast, year: int, when: str) -> Story:
    """One story: a topic picked by `rng`, filled with the cast; `when` is a body date or ""."""
    topic = rng.choice(TOPICS)
    person = rng.choice(cast.people)
    fields = {
        "office": cast.office,
        "region": cast.region,
        "place": rng.choice(cast.places),
        "partner": rng.choice(cast.partners),
        "person": person,
        "role": rng.choice(ROLES).format(office=cast.office),
        "election": election_label(year),
        "count": str(rng.randint(3, 250)),
        "when": when,
    }
    middles = rng.sample(topic.middles, k=rng.randint(1, len(topic.middles)))
    quotes = rng.sample(topic.quotes, k=rng.randint(1, len(topic.quotes)))
    templates = [rng.choice(topic.openings), *middles, *quotes, rng.choice(topic.closings)]
    return Story(
        title=rng.choice(topic.titles).format(**fields),
        paragraphs=tuple(template.format(**fields) for template in templates),
        caption=topic.caption.format(**fields),
        topic=topic.name,
    )
