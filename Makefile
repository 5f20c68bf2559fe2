# The two commands that set everything up on a fresh machine: `make demo` and `make test`.
# Every target creates the virtualenv and installs the project on first use.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= data/bawaslu.db
PORT ?= 8001

.PHONY: demo demo-build serve crawl test test-fast lock system-deps eval bench lint format clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

lock: $(STAMP)  ## Pin every dependency (dev tools included) in requirements.lock, from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
		--python-platform x86_64-unknown-linux-gnu --quiet -o requirements.lock

demo: $(STAMP)  ## Crawl the bundled mirror into $(DB), then serve it on http://127.0.0.1:$(PORT)
	$(BIN)/bawaslu-archive demo --db $(DB) --port $(PORT)

demo-build: $(STAMP)  ## The demo without serving: leaves $(DB)
	$(BIN)/bawaslu-archive demo --db $(DB) --no-serve

serve: $(STAMP)  ## Serve an existing archive with Datasette
	$(BIN)/bawaslu-archive serve --db $(DB) --port $(PORT)

crawl: $(STAMP)  ## Crawl the live sites (SITES="host ..." or all enabled sites)
	$(BIN)/bawaslu-archive crawl --db $(DB) $(if $(SITES),$(addprefix --site ,$(SITES)),--all)

test: $(STAMP) system-deps  ## The whole test suite
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)  ## The pure unit tests only (no server, crawl or browser): under 30 s
	$(BIN)/python -m pytest -q -m "not slow"

system-deps:  ## Debian's chromium and redis-server, for the browser and fleet tests
	sh tests/system-deps.sh

eval: $(STAMP)  ## Extraction accuracy on the gold set, beside trafilatura
	$(BIN)/python bench/evaluate.py

bench: $(STAMP)  ## Speed benchmarks
	$(BIN)/python bench/run.py

lint: $(STAMP)  ## ruff (format and rules) and mypy (types)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) data build *.egg-info .pytest_cache .ruff_cache
