"""Whole results as CSV or JSON, streamed: a researcher gets every row, never a silent cap.

Datasette stops canned and arbitrary queries at max_returned_rows; these exports read the
archive through their own read-only connection, a batch of rows at a time, so memory stays
flat however many rows there are.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from datasette.database import Database
from datasette.utils.asgi import AsgiStream

BATCH_ROWS = 1_000
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def read_only_connection(db: Database) -> sqlite3.Connection:
    """A connection of its own that cannot write, usable from the worker threads."""
    mode = "mode=ro" if db.is_mutable else "immutable=1"
    uri = f"{Path(db.path).resolve().as_uri()}?{mode}"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def stream_rows(
    db: Database, sql: str, params: Mapping[str, Any], fmt: str, filename: str
) -> AsgiStream:
    """Every row the statement returns, as a CSV (header first) or a JSON array of objects."""

    async def write(response: Any) -> None:
        connection = read_only_connection(db)
        try:
            cursor = await asyncio.to_thread(connection.execute, sql, dict(params))
            columns = [column[0] for column in cursor.description]
            await response.write(_csv_lines([columns]) if fmt == "csv" else "[")
            first = True
            while rows := await asyncio.to_thread(cursor.fetchmany, BATCH_ROWS):
                if fmt == "csv":
                    await response.write(_csv_lines(rows))
                    continue
                objects = ",\n".join(
                    json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False)
                    for row in rows
                )
                await response.write(("\n" if first else ",\n") + objects)
                first = False
            if fmt == "json":
                await response.write("\n]\n")
        finally:
            connection.close()

    headers = {"content-disposition": f'attachment; filename="{filename}.{fmt}"'}
    return AsgiStream(write, headers=headers, content_type=FORMATS[fmt])


def _csv_lines(rows: list) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()
