"""What every response of the archive's server carries, and what no request may do.

A parameter the server cannot use (a page number of superscripts or 5,000 digits, a sort
column the table lacks, a malformed `_through`) is answered 400 with a message rather than
a server error; raw FTS5 syntax is refused, since one `NEAR` query can occupy a worker for
its whole time limit. Every response says how it may be framed and sniffed, and none shows
where the archive file lives on the server: its absolute path becomes its file name.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from datasette import hookimpl
from datasette.app import Datasette
from datasette.utils import tilde_decode
from datasette.utils.asgi import Request, Response

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")
TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)(\.\w+)?$")
DATABASE_PATH = re.compile(r"^/(?P<database>[^/.]+)(\.\w+)?$")
ARCHIVE_PAGES = ("/search", "/article/", "/feeds", "/cite")
"""The archive's own pages (`archive_pages`) run no script at all."""
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src {scripts}; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
DATASETTE_SCRIPTS = "'self' 'unsafe-inline'"  # Datasette's own pages use inline scripts
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


RESERVED_SQL_THREADS = 2
"""Datasette's SQL threads that arbitrary SQL (`?sql=`, `_where`) may never all take: however
many costly queries arrive at once, the search pages keep two threads to answer with."""
SLOT_WAIT_SECONDS = 10.0
ARBITRARY_SQL_PARAMETERS = (b"sql=", b"_where=")


class BadParameter(ValueError):
    """A request parameter the server cannot use; the message says which and why."""


@hookimpl
def asgi_wrapper(datasette: Datasette) -> Callable[[App], App]:
    threads = datasette.setting("num_sql_threads") or 1
    slots = asyncio.Semaphore(max(1, threads - RESERVED_SQL_THREADS))

    def wrap(app: App) -> App:
        async def hardened(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            try:
                await check_parameters(datasette, scope)
            except BadParameter as error:
                await _send_bad_request(scope, receive, send, str(error))
                return
            verbatim = scope["path"].startswith("/download/") or scope["path"].endswith(".db")
            hidden = {} if verbatim else _hidden_paths(datasette)  # a file's bytes stay as is
            hardened_send = _hardened_send(send, scope["path"], hidden)
            if not _runs_arbitrary_sql(scope):
                await app(scope, receive, hardened_send)
                return
            try:
                await asyncio.wait_for(slots.acquire(), timeout=SLOT_WAIT_SECONDS)
            except TimeoutError:
                await _send_busy(hardened_send)
                return
            try:
                await app(scope, receive, hardened_send)
            finally:
                slots.release()

        return hardened

    return wrap


@hookimpl
def handle_exception(datasette: Datasette, request: Request, exception: Exception) -> Any:
    """Any parameter Datasette itself fails to parse (a number of superscript digits, say)
    is the request's mistake, not the server's; so is a query past SQLite's memory cap
    (`limits.SQLITE_HEAP_BYTES`), which Python reports as a MemoryError, or past its time."""
    if isinstance(exception, MemoryError):
        return Response.text("400: the query needs more memory than the server allows", 400)
    if isinstance(exception, sqlite3.OperationalError) and "interrupted" in str(exception):
        # the time limit's watchdog, landing outside the step Datasette itself guards
        return Response.text("400: SQL query took too long: the time limit stopped it", 400)
    if isinstance(exception, ValueError) and request.args:
        return Response.text(f"400: invalid parameter ({exception})"[:300], status=400)
    return None


async def check_parameters(datasette: Datasette, scope: Scope) -> None:
    """Raise BadParameter for the first parameter of the request the server cannot use."""
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    path = scope["path"]
    for name, value in args:
        if name in ("page", "_timelimit", "_facet_size") and value not in ("", "max"):
            _check_whole_number(name, value)
        if name == "_searchmode" and value == "raw":
            raise BadParameter("_searchmode=raw is not offered: search with plain words")
        if name == "_through":
            _check_through(value)
        if value.isdigit() and not value.isascii():
            raise BadParameter(f"{name}: digits must be 0-9, got {value!r}")
    match = TABLE_PATH.match(path)
    if match:
        await _check_table_parameters(datasette, match["database"], match["table"], args)


async def _check_table_parameters(
    datasette: Datasette, database: str, table: str, args: list[tuple[str, str]]
) -> None:
    """Sort columns the table has; `_through` tables that refer to it by a foreign key."""
    columns = await _columns(datasette, database, table)
    if columns is None:
        return  # no such table: Datasette's 404
    db = datasette.get_database(tilde_decode(database))
    for name, value in args:
        if name in ("_sort", "_sort_desc") and value not in columns:
            raise BadParameter(f"cannot sort by {value!r}: no such column")
        if name == "_through":
            through = json.loads(value)
            through_columns = await _columns(datasette, database, through["table"])
            if through_columns is None or through["column"] not in through_columns:
                raise BadParameter(f"_through: no table {through['table']!r} with that column")
            foreign_keys = await db.foreign_keys_for_table(through["table"])
            if not any(fk["other_table"] == tilde_decode(table) for fk in foreign_keys):
                raise BadParameter(f"_through: {through['table']!r} does not refer to this table")


def _check_whole_number(name: str, value: str) -> None:
    if not WHOLE_NUMBER.fullmatch(value):
        raise BadParameter(f"{name} must be a whole number (at most 9 digits), got {value[:20]!r}")


def _check_through(value: str) -> None:
    try:
        through = json.loads(value)
    except ValueError:
        raise BadParameter("_through must be JSON: {table, column, value}") from None
    if not (
        isinstance(through, dict)
        and all(isinstance(through.get(key), str) for key in ("table", "column"))
        and "value" in through
    ):
        raise BadParameter("_through must be JSON: {table, column, value}")


async def _columns(datasette: Datasette, database: str, table: str) -> set[str] | None:
    """The columns of a table or view, or None when there is no such one (Datasette's 404)."""
    try:
        db = datasette.get_database(tilde_decode(database))
    except KeyError:
        return None
    table = tilde_decode(table)
    if not (await db.table_exists(table) or table in await db.view_names()):
        return None
    return {"rowid", *await db.table_columns(table)}


def _runs_arbitrary_sql(scope: Scope) -> bool:
    query = scope.get("query_string", b"")
    return any(query.startswith(name) or b"&" + name in query for name in ARBITRARY_SQL_PARAMETERS)


async def _send_busy(send: Send) -> None:
    message = "503: too many SQL queries at once; try again in a few seconds\n"
    response = Response.text(message, status=503, headers={"Retry-After": "5"})
    await response.asgi_send(send)


async def _send_bad_request(scope: Scope, receive: Receive, send: Send, message: str) -> None:
    response = Response.text(f"400: {message}\n", status=400)
    await response.asgi_send(_hardened_send(send, scope["path"], {}))


def _hidden_paths(datasette: Datasette) -> dict[bytes, bytes]:
    """Each database file's absolute path, and its directory, to what a visitor may see."""
    hidden: dict[bytes, bytes] = {}
    for db in datasette.databases.values():
        if db.path:
            path = Path(db.path).resolve()
            hidden[str(path).encode()] = path.name.encode()
            hidden[f"{path.parent}/".encode()] = b""
    return hidden


def _hardened_send(send: Send, path: str, hidden: dict[bytes, bytes]) -> Send:
    """`send` with the security headers added and the hidden paths rewritten in bodies; a
    body with a Content-Length is held until complete so that the length can be corrected."""
    scripts = "'none'" if path.startswith(ARCHIVE_PAGES) else DATASETTE_SCRIPTS
    csp = CSP.format(scripts=scripts).encode()
    start: Message | None = None
    start_sent = False
    held: list[bytes] = []

    async def hardened_send(message: Message) -> None:
        nonlocal start, start_sent
        if message["type"] == "http.response.start":
            headers = [
                (k, v) for k, v in message.get("headers", []) if k.lower() != b"x-frame-options"
            ]
            headers += [(b"content-security-policy", csp), *SECURITY_HEADERS]
            start = {**message, "headers": headers}
            return
        if message["type"] != "http.response.body" or start is None:
            await send(message)
            return
        body = message.get("body", b"")
        sized = bool(hidden) and any(k.lower() == b"content-length" for k, _ in start["headers"])
        if sized:
            held.append(body)
            if message.get("more_body"):
                return
            body = _rewrite(b"".join(held), hidden)
            start["headers"] = [
                (k, str(len(body)).encode() if k.lower() == b"content-length" else v)
                for k, v in start["headers"]
            ]
            await send(start)
            await send({"type": "http.response.body", "body": body})
            start_sent = True
            return
        if not start_sent:
            await send(start)
            start_sent = True
        await send({**message, "body": _rewrite(body, hidden)})

    return hardened_send


def _rewrite(body: bytes, hidden: dict[bytes, bytes]) -> bytes:
    for secret, shown in hidden.items():
        body = body.replace(secret, shown)
    return body
