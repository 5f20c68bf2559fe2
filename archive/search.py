"""The journalists' search: a query string and filters turned into the SQL the archive runs.

Unquoted words match by Indonesian stem in `articles_fts_stemmed` ("mengawasi" finds
"pengawasan"); quoted phrases match the exact words in `articles_fts`, and drive the query
when given since they are rare. Ranking by relevance is bounded (RANKING_WINDOW); newest
first, a common word walks the date index instead (DENSE_MATCHES). Highlighting runs a
second, small query over the page's rows in `articles_fts` with every archived form of each
stem (from `word_stems`), so FTS5's snippet() marks the words as printed. The web page and
the benchmark run these same statements, one through Datasette and one on raw SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from archive.textindex import STEMMED_FTS, stem_word, words

PAGE_SIZE = 20
LAST_PAGE = 50
"""Deeper pages cost more than they help: past 1,000 results, a filter serves better."""
COUNT_CAP = PAGE_SIZE * LAST_PAGE
"""Counting stops here: "more than 1,000" is all a reader needs, and it is fast to know."""
FORMS_PER_STEM = 40
ORDERS = ("relevance", "newest", "oldest")
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
"""Highlight delimiters FTS5 puts around matches; no extracted text contains them."""

_PHRASE_OR_WORD = re.compile(r'"([^"]*)"?|([^"\s]+)')
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PROVINCE_CODE = re.compile(r"\d{2}")
_FILTERS = {
    "province": "a.host IN (SELECT host FROM sites WHERE province_code = :province)",
    "host": "a.host = :host",
    "date_from": "a.published_date >= :date_from",
    "date_to": "a.published_date <= :date_to",
    "tag": "EXISTS (SELECT 1 FROM json_each(a.tags) WHERE value = :tag)",
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
_RESULT_COLUMNS = """a.rowid AS rowid, a.url, a.title, a.host, a.published_date,
       a.date_precision, a.removed_at, substr(coalesce(nullif(a.lead, ''), a.body), 1, 300)
       AS opening, s.region_name, s.province_name"""

Statement = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class Terms:
    """What the search box asked for: single words and "exact phrases", lowercased."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Terms:
        found_words: list[str] = []
        phrases: list[str] = []
        for phrase, word in _PHRASE_OR_WORD.findall(text):
            if word:
                found_words += words(word)
            elif len(phrase_words := words(phrase)) > 1:
                phrases.append(" ".join(phrase_words))
            else:
                found_words += phrase_words
        return cls(tuple(dict.fromkeys(found_words)), tuple(dict.fromkeys(phrases)))

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(stem_word(word) for word in self.words))


@dataclass(frozen=True)
class SearchQuery:
    """One search request, validated: unknown orders, bad dates and pages fall back."""

    text: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    order: str = "relevance"
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> SearchQuery:
        filters = {
            name: value
            for name in _FILTERS
            if (value := (args.get(name) or "").strip()) and _valid_filter(name, value)
        }
        order = args.get("order") or "relevance"
        page = args.get("page") or "1"
        return cls(
            text=(args.get("q") or "").strip()[:200],
            filters=filters,
            order=order if order in ORDERS else "relevance",
            page=min(max(int(page), 1), LAST_PAGE) if page.isdigit() else 1,
        )

    @property
    def terms(self) -> Terms:
        return Terms.parse(self.text)

    @property
    def walks_dates_when_dense(self) -> bool:
        """Newest first on words alone: worth asking density() before results()."""
        terms = self.terms
        return self.order == "newest" and bool(terms.words) and not terms.phrases

    def density(self) -> Statement:
        """How many articles the stems match, counted up to DENSE_MATCHES, from the index."""
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM [{STEMMED_FTS}] WHERE [{STEMMED_FTS}]"
            f" MATCH :stems LIMIT {DENSE_MATCHES})"
        )
        return sql, {"stems": " AND ".join(_quoted(stem) for stem in self.terms.stems)}

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
        return sql, {**params, **self.filters, "limit": PAGE_SIZE + 1, "offset": offset}

    def count(self) -> Statement:
        """Matching articles, counted up to COUNT_CAP + 1."""
        source, params = self._matching()
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {self._where()}"
            f" LIMIT {COUNT_CAP + 1})"
        )
        return sql, {**params, **self.filters}

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
        """The FROM clause and MATCH parameters: exact phrases drive when given (they are
        rare), stems otherwise."""
        terms = self.terms
        params: dict[str, object] = {}
        if terms.words:
            params["stems"] = " AND ".join(_quoted(stem) for stem in terms.stems)
        if terms.phrases:
            params["phrases"] = " AND ".join(_quoted(phrase) for phrase in terms.phrases)
            return "articles_fts m JOIN articles a ON a.rowid = m.rowid", params
        if terms.words:
            return f"[{STEMMED_FTS}] m JOIN articles a ON a.rowid = m.rowid", params
        return "articles a", params

    def _where(self) -> str:
        terms = self.terms
        conditions = [_FILTERS[name] for name in self.filters]
        if terms.phrases:
            conditions.append("articles_fts MATCH :phrases")
            if terms.words:
                conditions.append(_STEMS_PROBE)
        elif terms.words:
            conditions.append(f"[{STEMMED_FTS}] MATCH :stems")
            if self.order == "relevance":
                conditions.append(_RANKING_WINDOW)
        return " AND ".join(conditions) or "1"

    def _order_by(self) -> str:
        terms = self.terms
        if self.order == "oldest":
            return "a.published_date IS NULL, a.published_date, a.rowid"
        if self.order == "relevance" and terms.phrases:
            return "bm25(articles_fts, 4.0, 2.0, 1.0), a.published_date DESC"
        if self.order == "relevance" and terms.words:
            return f"bm25([{STEMMED_FTS}], 4.0, 1.0), a.published_date DESC"
        return "a.published_date DESC, a.rowid DESC"


def _quoted(text: str) -> str:
    """An FTS5 string: the tokens only, never operators, whatever the user typed."""
    return '"' + text.replace('"', '""') + '"'


def _valid_filter(name: str, value: str) -> bool:
    if name in ("date_from", "date_to"):
        return bool(_ISO_DATE.fullmatch(value))
    if name == "province":
        return bool(_PROVINCE_CODE.fullmatch(value))
    return len(value) <= 200
