"""The journalists' search: a query string and filters turned into the SQL the archive runs.

The box takes what people type: words, "exact phrases", `-word` or `NOT word` to leave
articles out, `a OR b`, and `site:`, `tag:` and `penulis:` for filters. Unquoted words match
by Indonesian stem in `articles_fts_stemmed` ("mengawasi" finds "pengawasan") and gain their
glossary forms as alternatives ("asn" also finds "aparatur sipil negara", matched as a phrase
of stems); quoted phrases match the exact words in `articles_fts`, and drive the query when
given since they are rare. A quoted phrase OR'ed with plain words is matched by stems, as
they are. Ranking by relevance is bounded (RANKING_WINDOW); newest first, a common word walks
the date index instead (DENSE_MATCHES). Highlighting runs a second, small query over the
page's rows in `articles_fts` with every archived form of each stem (from `word_stems`), so
FTS5's snippet() marks the words as printed. The web page and the benchmark run these same
statements, one through Datasette and one on raw SQLite.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from archive.textindex import STEMMED_FTS, stem_word, words
from archive.web.glossary import glossary, longest_form

PAGE_SIZE = 20
LAST_PAGE = 50
"""Deeper pages cost more than they help: past 1,000 results, a filter serves better."""
COUNT_CAP = PAGE_SIZE * LAST_PAGE
"""Counting stops here: "more than 1,000" is all a reader needs, and it is fast to know."""
MAX_QUERY_CHARS = 200
"""Longer queries are cut at the last whole word before this length, and the reader told."""
FORMS_PER_STEM = 40
ORDERS = ("relevance", "newest", "oldest")
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
"""Highlight delimiters FTS5 puts around matches; no extracted text contains them."""

_TOKEN = re.compile(
    r"(?P<minus>-)?(?:(?P<field>(?i:site|tag|penulis|credit)):)?"
    r'(?:"(?P<phrase>[^"]*)"?|(?P<bare>[^"\s]+))'
)
_FIELD_FILTERS = {"site": "host", "tag": "tag", "penulis": "credit", "credit": "credit"}
_PROVINCE_CODE = re.compile(r"\d{2}")
_HOST = re.compile(r"[a-z0-9.-]+")
_FILTERS = {
    "province": "a.host IN (SELECT host FROM sites WHERE province_code = :province)",
    "host": "a.host = :host",
    "date_from": "a.published_date >= :date_from",
    "date_to": "a.published_date <= :date_to",
    "tag": "EXISTS (SELECT 1 FROM json_each(a.tags) WHERE value = :tag COLLATE NOCASE)",
    "credit": (
        "EXISTS (SELECT 1 FROM json_each(a.credits)"
        " WHERE json_extract(value, '$.name') LIKE '%' || :credit || '%')"
    ),
}
FILTER_NAMES = {
    "province": "provinsi",
    "host": "situs",
    "date_from": "dari tanggal",
    "date_to": "sampai tanggal",
    "tag": "tag",
    "credit": "penulis/editor",
}
RANKING_WINDOW = 20_000
"""Relevance ranks at most this many matches, the most recently archived: scoring every one
of the 150,000 articles that say "pengawasan" takes half a second and tells little. Date
orders, counts and phrase searches always see every match."""
_RANKING_WINDOW = (
    f"m.rowid >= coalesce((SELECT rowid FROM [{STEMMED_FTS}] WHERE [{STEMMED_FTS}] MATCH :stems"
    f" ORDER BY rowid DESC LIMIT 1 OFFSET {RANKING_WINDOW - 1}), 0)"
)
DENSE_MATCHES = 2_000
"""Past this many matches, newest-first walks the date index and checks each article against
the index of stems: the first page is found within a few hundred articles, where sorting all
matches by date would read each of them."""
_STEMS_PROBE = (
    f"EXISTS (SELECT 1 FROM [{STEMMED_FTS}] p WHERE [{STEMMED_FTS}] MATCH :stems"
    " AND p.rowid = a.rowid)"
)
_NO_STEMS_PROBE = (
    f"NOT EXISTS (SELECT 1 FROM [{STEMMED_FTS}] q WHERE [{STEMMED_FTS}] MATCH :no_stems"
    " AND q.rowid = a.rowid)"
)
_NO_PHRASES_PROBE = (
    "NOT EXISTS (SELECT 1 FROM articles_fts x WHERE articles_fts MATCH :no_phrases"
    " AND x.rowid = a.rowid)"
)
_RESULT_COLUMNS = """a.rowid AS rowid, a.url, a.title, a.host, a.published_date,
       a.date_precision, a.date_flags, a.removed_at,
       substr(coalesce(nullif(a.lead, ''), a.body), 1, 300) AS opening,
       s.region_name, s.province_name"""

Statement = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class Term:
    """One thing to find: a word, or words in a row; `exact` when the reader quoted it."""

    words: tuple[str, ...]
    exact: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


Group = tuple[Term, ...]
"""Alternatives: an article matches the group when it matches any of them."""


@dataclass(frozen=True)
class Terms:
    """What the search box asked for: groups that must all match, terms that must not, and
    the filters written in the box (`site:`, `tag:`, `penulis:`)."""

    groups: tuple[Group, ...] = ()
    excluded: tuple[Term, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    expanded: tuple[str, ...] = ()
    """The glossary forms added to what was typed: "also searched"."""

    @classmethod
    def parse(cls, text: str) -> Terms:
        parser = _Parser()
        for match in _TOKEN.finditer(text):
            parser.take(match)
        return parser.terms()

    def __bool__(self) -> bool:
        return bool(self.groups or self.excluded)

    @property
    def words(self) -> tuple[str, ...]:
        """Every word matched by stem: what the highlight looks up the forms of."""
        found = (word for group in self._stemmed_groups for term in group for word in term.words)
        return tuple(dict.fromkeys(found))

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(stem_word(word) for word in self.words))

    @property
    def phrases(self) -> tuple[str, ...]:
        """The exact (quoted) terms that must match."""
        found = (term.text for group in self._exact_groups for term in group)
        return tuple(dict.fromkeys(found))

    @property
    def plain_words(self) -> tuple[str, ...]:
        """Words typed alone and unquoted, with no glossary alternative: typo candidates."""
        found = (
            group[0].words[0]
            for group in self.groups
            if len(group) == 1 and not group[0].exact and len(group[0].words) == 1
        )
        return tuple(dict.fromkeys(found))

    def stem_expression(self) -> str:
        """The FTS5 query over the stems: every stemmed group, minus the excluded words."""
        positive = " AND ".join(_any_of(group, exact=False) for group in self._stemmed_groups)
        excluded = [term for term in self.excluded if not term.exact]
        if positive and excluded:
            return f"({positive}) NOT {_any_of(excluded, exact=False)}"
        return positive

    def phrase_expression(self) -> str:
        """The FTS5 query over the exact words: the quoted groups, minus excluded phrases."""
        positive = " AND ".join(_any_of(group, exact=True) for group in self._exact_groups)
        excluded = [term for term in self.excluded if term.exact]
        if positive and excluded:
            return f"({positive}) NOT {_any_of(excluded, exact=True)}"
        return positive

    def excluded_stems(self) -> str:
        """Excluded words checked on their own, when no stemmed group carries them."""
        excluded = [term for term in self.excluded if not term.exact]
        return "" if self._stemmed_groups or not excluded else _any_of(excluded, exact=False)

    def excluded_phrases(self) -> str:
        excluded = [term for term in self.excluded if term.exact]
        return "" if self._exact_groups or not excluded else _any_of(excluded, exact=True)

    @property
    def _stemmed_groups(self) -> list[Group]:
        return [group for group in self.groups if not all(term.exact for term in group)]

    @property
    def _exact_groups(self) -> list[Group]:
        return [group for group in self.groups if all(term.exact for term in group)]


class _Parser:
    """Reads the search box token by token: OR joins a term to the group before it, NOT and a
    leading minus exclude the next one; runs of plain words are matched against the glossary."""

    def __init__(self) -> None:
        self.groups: list[list[Term]] = []
        self.excluded: list[Term] = []
        self.fields: dict[str, str] = {}
        self.expanded: list[str] = []
        self.run: list[str] = []
        self.join_next = False
        self.negate_next = False

    def take(self, match: re.Match[str]) -> None:
        minus, name, phrase, bare = match.group("minus", "field", "phrase", "bare")
        if name:
            self.fields[_FIELD_FILTERS[name.lower()]] = phrase if phrase is not None else bare
            return
        if not minus and bare in ("OR", "NOT"):
            if bare == "OR":
                self.join_next = bool(self.groups or self.run)
            else:
                self.negate_next = True
            return
        exact = phrase is not None
        tokens = tuple(words(phrase if exact else bare))
        if tokens:
            self._add(Term(tokens, exact), negated=bool(minus) or self.negate_next)

    def _add(self, term: Term, *, negated: bool) -> None:
        self.negate_next = False
        if negated:
            self.excluded += self._with_forms(term)
        elif self.join_next:
            self._flush()
            self.groups[-1] += self._with_forms(term)
        elif term.exact:
            self._flush()
            self.groups.append([term])
        else:
            self.run += term.words
        self.join_next = False

    def _with_forms(self, term: Term) -> list[Term]:
        """The term and, unless quoted, what the glossary says it stands for."""
        if term.exact or term.words not in glossary():
            return [term]
        others = [Term(other) for other in glossary()[term.words]]
        self.expanded += [other.text for other in others]
        return [term, *others]

    def _flush(self) -> None:
        """Plain words become one group each, or one per glossary form they spell."""
        start = 0
        while start < len(self.run):
            form = longest_form(self.run, start) or (self.run[start],)
            self.groups.append(self._with_forms(Term(form)))
            start += len(form)
        self.run = []

    def terms(self) -> Terms:
        self._flush()
        groups = tuple(dict.fromkeys(tuple(dict.fromkeys(group)) for group in self.groups))
        return Terms(
            groups=groups,
            excluded=tuple(dict.fromkeys(self.excluded)),
            fields=tuple(self.fields.items()),
            expanded=tuple(dict.fromkeys(self.expanded)),
        )


@dataclass(frozen=True)
class SearchQuery:
    """One search request, validated: what cannot be used is left out and said in `problems`."""

    text: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    order: str = "relevance"
    page: int = 1
    problems: tuple[str, ...] = ()

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> SearchQuery:
        problems: list[str] = []
        filters: dict[str, str] = {}
        for name in _FILTERS:
            value = (args.get(name) or "").strip()
            if not value:
                continue
            if problem := _filter_problem(name, value):
                problems.append(problem)
            else:
                filters[name] = value
        text, cut = _cut_at_word((args.get("q") or "").strip())
        if cut:
            problems.append(
                f"Kueri dipotong menjadi {len(text)} karakter (batas {MAX_QUERY_CHARS}): "
                f"“{_shortened(cut)}” tidak dicari. · The query was cut at a whole word."
            )
        order = args.get("order") or "relevance"
        page, page_problem = _page(args.get("page") or "1")
        return cls(
            text=text,
            filters=filters,
            order=order if order in ORDERS else "relevance",
            page=page,
            problems=(*problems, *page_problem),
        )

    @property
    def terms(self) -> Terms:
        return Terms.parse(self.text)

    @property
    def effective_filters(self) -> dict[str, str]:
        """The form's filters, overridden by those written in the box (`site:` and the like)."""
        written = {name: _normal_filter(name, value) for name, value in self.terms.fields}
        return {**self.filters, **{name: value for name, value in written.items() if value}}

    @property
    def walks_dates_when_dense(self) -> bool:
        """Newest first on words alone: worth asking density() before results()."""
        terms = self.terms
        return self.order == "newest" and bool(terms.stem_expression()) and not terms.phrases

    def density(self) -> Statement:
        """How many articles the stems match, counted up to DENSE_MATCHES, from the index."""
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM [{STEMMED_FTS}] WHERE [{STEMMED_FTS}]"
            f" MATCH :stems LIMIT {DENSE_MATCHES})"
        )
        return sql, {"stems": self.terms.stem_expression()}

    def results(self, *, dense: bool = False) -> Statement:
        """One page of articles, plus one row to tell whether a next page exists.

        `dense`: density() reached DENSE_MATCHES, so a newest-first page walks the date index.
        """
        source, params = self._matching()
        where = self._where()
        if dense and self.walks_dates_when_dense:
            source = "articles a"
            where = where.replace(f"[{STEMMED_FTS}] MATCH :stems", _STEMS_PROBE)
        sql = (
            f"SELECT {_RESULT_COLUMNS} FROM {source} LEFT JOIN sites s ON s.host = a.host"
            f" WHERE {where} ORDER BY {self._order_by()} LIMIT :limit OFFSET :offset"
        )
        offset = (self.page - 1) * PAGE_SIZE
        return sql, {**params, "limit": PAGE_SIZE + 1, "offset": offset}

    def count(self) -> Statement:
        """Matching articles, counted up to COUNT_CAP + 1."""
        source, params = self._matching()
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {self._where()}"
            f" LIMIT {COUNT_CAP + 1})"
        )
        return sql, params

    def matching_rowids(self) -> Statement:
        """Every matching article's rowid, unranked and uncapped: for exports and feeds."""
        unranked = dataclasses.replace(self, order="newest")
        source, params = unranked._matching()
        return f"SELECT a.rowid FROM {source} WHERE {unranked._where()}", params

    def forms(self) -> Statement:
        """Every archived word sharing a stem with a query word: what the highlight marks."""
        stems = self.terms.stems
        slots = ", ".join(f":stem{index}" for index in range(len(stems)))
        sql = (
            "SELECT stem, word FROM (SELECT stem, word, row_number() OVER (PARTITION BY stem"
            f" ORDER BY length(word)) AS n FROM word_stems WHERE stem IN ({slots}))"
            f" WHERE n <= {FORMS_PER_STEM}"
        )
        return sql, {f"stem{index}": stem for index, stem in enumerate(stems)}

    def snippets(self, rowids: Sequence[int], forms: Iterable[str]) -> Statement:
        """Title and body excerpt of the page's rows, with every matched form marked."""
        terms = self.terms
        tokens = [*terms.words, *forms, *terms.stems, *terms.phrases]
        highlight = " OR ".join(_quoted(token) for token in dict.fromkeys(tokens))
        slots = ", ".join(f":row{index}" for index in range(len(rowids)))
        sql = (
            f"SELECT rowid, highlight(articles_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}') AS title,"
            f" snippet(articles_fts, 2, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 28) AS snippet"
            f" FROM articles_fts WHERE articles_fts MATCH :highlight AND rowid IN ({slots})"
        )
        rows = {f"row{index}": rowid for index, rowid in enumerate(rowids)}
        return sql, {"highlight": highlight, **rows}

    def _matching(self) -> tuple[str, dict[str, object]]:
        """The FROM clause and the parameters: exact phrases drive when given (they are
        rare), stems otherwise."""
        terms = self.terms
        expressions = {
            "stems": terms.stem_expression(),
            "phrases": terms.phrase_expression(),
            "no_stems": terms.excluded_stems(),
            "no_phrases": terms.excluded_phrases(),
        }
        params: dict[str, object] = {
            **{name: value for name, value in expressions.items() if value},
            **self.effective_filters,
        }
        if "phrases" in params:
            return "articles_fts m JOIN articles a ON a.rowid = m.rowid", params
        if "stems" in params:
            return f"[{STEMMED_FTS}] m JOIN articles a ON a.rowid = m.rowid", params
        return "articles a", params

    def _where(self) -> str:
        terms = self.terms
        conditions = [_FILTERS[name] for name in self.effective_filters]
        if terms.phrase_expression():
            conditions.append("articles_fts MATCH :phrases")
            if terms.stem_expression():
                conditions.append(_STEMS_PROBE)
        elif terms.stem_expression():
            conditions.append(f"[{STEMMED_FTS}] MATCH :stems")
            if self.order == "relevance":
                conditions.append(_RANKING_WINDOW)
        if terms.excluded_stems():
            conditions.append(_NO_STEMS_PROBE)
        if terms.excluded_phrases():
            conditions.append(_NO_PHRASES_PROBE)
        return " AND ".join(conditions) or "1"

    def _order_by(self) -> str:
        terms = self.terms
        if self.order == "oldest":
            return "a.published_date IS NULL, a.published_date, a.rowid"
        if self.order == "relevance" and terms.phrase_expression():
            return "bm25(articles_fts, 4.0, 2.0, 1.0), a.published_date DESC"
        if self.order == "relevance" and terms.stem_expression():
            return f"bm25([{STEMMED_FTS}], 4.0, 1.0), a.published_date DESC"
        return "a.published_date DESC, a.rowid DESC"


def _any_of(terms: Iterable[Term], *, exact: bool) -> str:
    """An FTS5 OR of terms: words in a row are a phrase, matched as written or by stems."""
    alternatives = list(
        dict.fromkeys(
            _quoted(term.text if exact else " ".join(stem_word(word) for word in term.words))
            for term in terms
        )
    )
    return alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"


def _quoted(text: str) -> str:
    """An FTS5 string: the tokens only, never operators, whatever the user typed."""
    return '"' + text.replace('"', '""') + '"'


def _cut_at_word(text: str) -> tuple[str, str]:
    """The query up to MAX_QUERY_CHARS, ending on a whole word, and what was left out."""
    if len(text) <= MAX_QUERY_CHARS:
        return text, ""
    kept = text[: MAX_QUERY_CHARS + 1]
    kept = kept[: kept.rfind(" ")] if " " in kept else kept[:MAX_QUERY_CHARS]
    kept = kept.rstrip()
    return kept, text[len(kept) :].strip()


def _shortened(text: str, limit: int = 60) -> str:
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return text[: space if space > 0 else limit] + " …"


def _page(value: str) -> tuple[int, tuple[str, ...]]:
    if value.isascii() and value.isdigit() and 1 <= int(value) <= LAST_PAGE:
        return int(value), ()
    shown = LAST_PAGE if value.isascii() and value.isdigit() and int(value) > 1 else 1
    problem = (
        f"Halaman “{value[:20]}” tidak ada (1–{LAST_PAGE}); ditampilkan halaman {shown}. "
        f"· No such page; showing page {shown}."
    )
    return shown, (problem,)


def _filter_problem(name: str, value: str) -> str:
    """Why a filter's value cannot be used, in words a reader acts on; empty when it can."""
    label = FILTER_NAMES[name]
    if name in ("date_from", "date_to"):
        try:
            date.fromisoformat(value)
        except ValueError:
            return (
                f"Saringan {label} “{value[:40]}” bukan tanggal yang sah (TTTT-BB-HH, mis."
                f" 2024-02-14); saringan ini tidak dipakai. · Not a valid date: filter ignored."
            )
        return ""
    if name == "province" and not _PROVINCE_CODE.fullmatch(value):
        return f"Kode provinsi “{value[:40]}” tidak dikenal; saringan ini tidak dipakai."
    if name == "host" and not _HOST.fullmatch(value.lower()):
        return f"Situs “{value[:60]}” tidak dikenal; saringan ini tidak dipakai."
    if len(value) > MAX_QUERY_CHARS:
        return f"Saringan {label} terlalu panjang; saringan ini tidak dipakai."
    return ""


def _normal_filter(name: str, value: str) -> str:
    """A filter written in the box, as the form would send it: `site:lampung` is a host."""
    value = value.strip()
    if name != "host":
        return value[:MAX_QUERY_CHARS]
    host = re.sub(r"^[a-z]+://", "", value.lower()).split("/")[0]
    if host == "bawaslu.go.id":
        return "www.bawaslu.go.id"
    return host if "." in host else f"{host}.bawaslu.go.id"
