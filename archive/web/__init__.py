"""The archive's web site on Datasette: the plugins (routes, limits, headers), the templates,
and the modules behind the pages (search, lookup by URL, captures, revisions, feeds, exports).

Nothing here writes to the archive: Datasette serves it read-only.
"""
