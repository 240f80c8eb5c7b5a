# The two commands of the README. Everything they need is installed by this file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_URL ?= postgres://disclosure:disclosure@127.0.0.1:54329/disclosure

.PHONY: run test install services browser-test test-sqlite test-postgres lint clean production-check benchmark-intake

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --site-url http://127.0.0.1:$(PORT)
	# DEBUG off, so that the demo shows the site's own 404 and 500 pages; --insecure serves the static files.
	DEBUG=false $(BIN)/python manage.py runserver --insecure 127.0.0.1:$(PORT)

services:
	bash scripts/services/postgres.sh
	bash scripts/services/elasticsearch.sh

# The whole suite on SQLite, the browser checks (on SQLite: they do not depend on the database),
# then the suite on PostgreSQL; search tests also against the live Elasticsearch node.
test: install services
	$(BIN)/ruff check .
	$(BIN)/python manage.py check --settings=disclosure_site.settings.test
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=disclosure_site.settings.test
	DATABASE_URL=sqlite:///$(CURDIR)/.services/test.sqlite3 ELASTICSEARCH_URL=http://127.0.0.1:9200 \
		$(BIN)/pytest -q -m "not browser"
	$(MAKE) browser-test
	DATABASE_URL=$(PG_URL) ELASTICSEARCH_URL=http://127.0.0.1:9200 $(BIN)/pytest -q -m "not browser"
	$(MAKE) production-check

# Public pages and the review tour in headless Chromium (Debian's, installed when missing);
# screenshots are kept in .artefacts/screenshots/.
browser-test: install
	bash scripts/services/browser.sh
	mkdir -p .services && rm -rf .artefacts/screenshots
	DATABASE_URL=sqlite:///$(CURDIR)/.services/browser.sqlite3 $(BIN)/pytest -q -m browser tests/browser
	@echo "Screenshots of the browser checks: $(CURDIR)/.artefacts/screenshots/"

# The stack of deploy/ (nginx, two gunicorn instances, Redis, the worker, PostgreSQL, Elasticsearch)
# started on this machine on ports of its own, a smoke test through nginx, then stopped (docs/deploy.md).
production-check: install
	bash scripts/production_check/run.sh

# The request form under load through that stack: 20 clients, PostgreSQL (docs/benchmarks.md).
benchmark-intake: install
	bash scripts/production_check/run.sh intake

clean:
	rm -rf $(VENV) .services db.sqlite3 media .test-media .artefacts
