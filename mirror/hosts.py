"""The mirror's hosts beyond its six full sites, so that probing and discovery meet what the
real domain offers: small regency sites that answer, old hosts that answer 301 with the new
one, hosts that do not exist, and provincial home pages that link their regencies' sites.

The world is Lampung's (province 18), where the registry's guesses and the real hosts differ
the way the field guide warns (`lamsel`, not `lampungselatan`), plus the Jawa Timur block.
An unknown host gets a 404 marked with `UNKNOWN_HOST_HEADER`: over loopback there is no DNS,
so that answer is the mirror's stand-in for "no such host".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlencode

from mirror.content import MirrorSite, Quirks, SiteSpec, build_site, jakarta_today
from mirror.markup import Reply, esc, redirect, text_reply
from mirror.prose import Cast

UNKNOWN_HOST_HEADER = "X-Mirror-Unknown-Host"

MOVED_HOSTS: dict[str, str] = {
    "tulangbawangbarat.bawaslu.go.id": "tubaba.bawaslu.go.id",
}
"""Old host -> the host it now answers 301 to, path kept."""

ALIAS_HOSTS: dict[str, str] = {
    "bawaslu.go.id": "www.bawaslu.go.id",
}
"""Another name a site answers at with the same pages (200, no redirect)."""


@dataclass(frozen=True)
class RegencyLink:
    """One entry of a provincial site's "Bawaslu Kabupaten/Kota" block, as printed."""

    label: str
    url: str


def _links(*entries: str) -> tuple[RegencyLink, ...]:
    """Entries written "Label = url", to keep the data below readable."""
    pairs = (entry.split(" = ") for entry in entries)
    return tuple(RegencyLink(label, url) for label, url in pairs)


REGENCY_LINKS: dict[str, tuple[RegencyLink, ...]] = {
    "lampung.bawaslu.go.id": _links(
        "Kabupaten Lampung Selatan = https://lamsel.bawaslu.go.id/",
        "Kabupaten Lampung Tengah = https://lampungtengah.bawaslu.go.id/",
        "Kabupaten Lampung Utara = https://lampungutara.bawaslu.go.id/",
        "Kabupaten Lampung Barat = https://lampungbarat.bawaslu.go.id/",
        "Kabupaten Tulang Bawang = https://tulangbawang.bawaslu.go.id/",
        "Kabupaten Tanggamus = http://tanggamus.bawaslu.go.id",
        "Kabupaten Lampung Timur = https://lampungtimur.bawaslu.go.id/",
        "Kabupaten Way Kanan = https://waykanan.bawaslu.go.id/",
        "Kabupaten Pesawaran = https://pesawaran.bawaslu.go.id/",
        "Kabupaten Pringsewu = https://pringsewu.bawaslu.go.id/",
        "Kabupaten Mesuji = https://mesuji.bawaslu.go.id/",
        "Kabupaten Tulangbawang Barat = https://tubaba.bawaslu.go.id/",
        "Kabupaten Pesisir Barat = https://pesisirbarat.bawaslu.go.id/",
        "Kota Bandar Lampung = https://bandarlampung.bawaslu.go.id/",
        "Kota Metro = https://metrokota.bawaslu.go.id/",
    ),
    "jatim.bawaslu.go.id": _links(
        *(
            f"Bawaslu Kab. {name} = https://{label}.bawaslu.go.id"
            for name, label in (
                ("Pacitan", "pacitan"),
                ("Ponorogo", "ponorogo"),
                ("Trenggalek", "trenggalek"),
                ("Tulungagung", "tulungagung"),
                ("Blitar", "blitarkab"),
                ("Kediri", "kedirikab"),
                ("Malang", "malangkab"),
                ("Lumajang", "lumajang"),
                ("Jember", "jember"),
                ("Banyuwangi", "banyuwangi"),
                ("Bondowoso", "bondowoso"),
                ("Situbondo", "situbondo"),
                ("Probolinggo", "probolinggokab"),
                ("Pasuruan", "pasuruankab"),
                ("Sidoarjo", "sidoarjo"),
                ("Mojokerto", "mojokertokab"),
                ("Jombang", "jombang"),
                ("Nganjuk", "nganjuk"),
                ("Madiun", "madiunkab"),
                ("Magetan", "magetan"),
                ("Ngawi", "ngawi"),
                ("Bojonegoro", "bojonegoro"),
                ("Tuban", "tuban"),
                ("Lamongan", "lamongan"),
                ("Gresik", "gresik"),
                ("Bangkalan", "bangkalan"),
                ("Sampang", "sampang"),
                ("Pamekasan", "pamekasan"),
                ("Sumenep", "sumenep"),
            )
        ),
        *(
            f"Bawaslu Kota {name} = https://{label}.bawaslu.go.id"
            for name, label in (
                ("Kediri", "kedirikota"),
                ("Blitar", "blitarkota"),
                ("Malang", "malangkota"),
                ("Probolinggo", "probolinggokota"),
                ("Pasuruan", "pasuruankota"),
                ("Mojokerto", "mojokertokota"),
                ("Madiun", "madiunkota"),
                ("Surabaya", "surabaya"),
                ("Batu", "kotabatu"),
            )
        ),
    ),
}
"""What each provincial home page links in its "Bawaslu Kabupaten/Kota" block."""


def _regency_spec(host: str, region: str, places: str, people: str) -> SiteSpec:
    office = f"Bawaslu {region}"
    return SiteSpec(
        host=host,
        name=f"Bawaslu {'Kota' if region == 'Metro' else 'Kabupaten'} {region}",
        level="kabupaten",
        layout="drupal",
        files_dir=host.split(".", 1)[0],
        instagram=f"bawaslu{host.split('.', 1)[0]}",
        cast=Cast(
            office=office,
            region=region,
            places=tuple(places.split(", ")),
            people=tuple(people.split(", ")),
            partners=(f"KPU {region}", f"Polres {region}", f"Pemerintah Daerah {region}"),
        ),
        quirks=Quirks(credit_style="office_signoff", footer="kabupaten"),
        date_styles=("weekday_day_month", "weekday_numeric_full"),
        article_count=(6, 10),
    )


REGENCY_SPECS: tuple[SiteSpec, ...] = (
    _regency_spec(
        "waykanan.bawaslu.go.id",
        "Way Kanan",
        "Blambangan Umpu, Baradatu, Banjit, Kasui",
        "Indra Gunawan, Sari Puspita",
    ),
    _regency_spec(
        "lamsel.bawaslu.go.id",
        "Lampung Selatan",
        "Kalianda, Natar, Jati Agung, Sidomulyo",
        "Yudi Hartono, Melati Sukma",
    ),
    _regency_spec(
        "tubaba.bawaslu.go.id",
        "Tulang Bawang Barat",
        "Tulang Bawang Tengah, Tumijajar, Lambu Kibang",
        "Andi Kurniawan, Ratna Dewi",
    ),
    _regency_spec(
        "metrokota.bawaslu.go.id",
        "Metro",
        "Metro Pusat, Metro Barat, Metro Timur, Metro Utara",
        "Wahyu Saputra, Lina Marlina",
    ),
)
"""Small regency sites that answer: one seen host, two found only under another name, and
the new host of a moved one."""


@functools.cache
def regency_sites(seed: int = 0, today: date | None = None) -> dict[str, MirrorSite]:
    """The small regency sites by host, generated like the full ones (once per process)."""
    today = today or jakarta_today()
    return {spec.host: build_site(spec, seed, today) for spec in REGENCY_SPECS}


def moved_reply(host: str, path: str, query: dict[str, list[str]]) -> Reply | None:
    """The 301 an old host answers with, or None when the host has not moved."""
    new_host = MOVED_HOSTS.get(host)
    if new_host is None:
        return None
    suffix = f"?{urlencode(query, doseq=True)}" if query else ""
    return redirect(f"https://{new_host}{path}{suffix}")


def regency_block(host: str) -> str:
    """The "Bawaslu Kabupaten/Kota" menu block of a provincial home page, "" for other sites."""
    links = REGENCY_LINKS.get(host, ())
    if not links:
        return ""
    items = "\n".join(
        f'    <li class="menu-item"><a href="{esc(link.url)}" target="_blank" '
        f'rel="noopener">{esc(link.label)}</a></li>'
        for link in links
    )
    return f"""  <nav role="navigation" aria-labelledby="block-bawaslukabupatenkota-menu"
   id="block-bawaslukabupatenkota" class="block block-menu navigation menu--kabupaten-kota">
   <h2 id="block-bawaslukabupatenkota-menu">Bawaslu Kabupaten/Kota</h2>
   <ul class="menu">
{items}
   </ul>
  </nav>"""


def unknown_host_reply(host: str, served: Iterable[str]) -> Reply:
    """A plain 404 naming the hosts served, marked as the mirror's "no such host"."""
    listed = "\n".join(f"  {name}" for name in sorted(served))
    reply = text_reply(
        404,
        f"This mirror does not serve the host {host!r}.\n"
        f"Send the real host in the Host header; the hosts served are:\n{listed}\n",
    )
    return replace(reply, headers=((UNKNOWN_HOST_HEADER, host),))
