"""Datasette's table search (`/bawaslu/articles?_search=`) on a large archive: the same rows,
count and facets, with query plans that fit a word found in most articles.

Datasette 0.65 turns `_search` into `rowid in (select rowid from <fts> where <fts> match …)`
and repeats it for the page, the count and each facet. SQLite then seeks every match in the
table, one wide article row at a time: on 200,000 articles a common word ("pengawasan",
137,000 matches) cost ~200 ms per query. Here the count of a plain search is read from the
full-text index itself (the table's own index, `content=` it: one entry per row, kept by the
table's triggers), and when the matches are a large part of the table the other queries test
`+rowid` against the list instead, so SQLite walks a narrow index (the date order of the
page, the column of a facet) and reads a wide row only for the page. A plan that would read
the wide rows anyway (another sort order, a facet on a column without an index, a later
page) is left as it was. A searched first page is also ordered as the later ones are, the
primary key breaking ties, so paging through a search neither repeats nor skips an article.
"""

from __future__ import annotations

import re
from typing import Any

from datasette.database import Database
from datasette.utils import escape_sqlite

DENSE_SHARE = 3
"""Matches at least 1/DENSE_SHARE of the rows: walking an index of every row beats seeking
each match's row."""
_SEARCH = re.compile(
    r"\browid in \(select rowid from (?P<fts>\[[^\]]+\]|\w+) where (?P=fts) match"
    r" (?P<expression>escape_fts\(:search\)|:search)\)"
)
_COUNT = re.compile(r"select count\(\*\) from (?:\[[^\]]+\]|\w+) where (?P<search>.*?) ?")
_ORDER = re.compile(r" order by [^,()]+?(?= limit \d+$)")
_TABLE = re.compile(r"from (\[[^\]]+\]|\w+) where ")
_execute = getattr(Database.execute, "unplanned", Database.execute)  # once per process


async def execute(self: Database, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
    """Database.execute with Datasette's table search planned for dense matches."""
    search = _SEARCH.search(sql)
    if search is not None and isinstance(params, dict) and "search" in params:
        limit = kwargs.get("custom_time_limit")  # a facet's shorter limit holds for its plan
        sql = await _planned(self, sql, params, search, limit)
    return await _execute(self, sql, params, *args, **kwargs)


async def _planned(
    db: Database, sql: str, params: dict, search: re.Match[str], limit: int | None
) -> str:
    fts, expression = search["fts"], search["expression"]
    table = _TABLE.findall(sql, 0, search.start())[-1]
    if await db.fts_table(table.strip("[]")) != fts.strip("[]"):
        return sql  # another table's index (`_fts_table=`): its rows are not this table's
    count = _COUNT.fullmatch(sql)
    if count is not None and count["search"] == search[0]:
        return f"select count(*) from {fts} where {fts} match {expression}"
    sql = await _tie_broken(db, sql, table)
    if not await _dense(db, table, fts, expression, {"search": params["search"]}, limit):
        return sql
    walked = f"{sql[: search.start()]}+{sql[search.start() :]}"
    plan = await _execute(db, f"explain query plan {walked}", params, custom_time_limit=limit)
    return sql if any(_reads_rows(row["detail"], table) for row in plan.rows) else walked


async def _tie_broken(db: Database, sql: str, table: str) -> str:
    """The first page ordered as the next ones are: by the sort column, then the primary key.
    Datasette 0.65 adds the key only from the second page on, so rows sharing a date at the
    end of the first page were repeated or skipped, by whichever order the plan left them."""
    order = _ORDER.search(sql)
    if order is None:
        return sql
    keys = ", ".join(escape_sqlite(key) for key in await db.primary_keys(table.strip("[]")))
    return f"{sql[: order.end()]}, {keys or 'rowid'}{sql[order.end() :]}"


def _reads_rows(step: str, table: str) -> bool:
    """A plan step that reads the table's wide rows by the thousand: a whole-table scan, or an
    OR of index ranges (a later page's `published_date < ? or published_date is null`)."""
    return step == f"SCAN {table.strip('[]')}" or step.startswith("MULTI-INDEX OR")


async def _dense(
    db: Database, table: str, fts: str, expression: str, params: dict, limit: int | None
) -> bool:
    matches = f"select count(*) from {fts} where {fts} match {expression}"
    found = (await _execute(db, matches, params, custom_time_limit=limit)).rows[0][0]
    last_rowid = (await _execute(db, f"select max(rowid) from {table}")).rows[0][0] or 0
    return found * DENSE_SHARE >= last_rowid


execute.unplanned = _execute  # type: ignore[attr-defined]
Database.execute = execute
