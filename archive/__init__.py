"""Everything after extraction: the SQLite archive, the CLI and the Datasette site."""
