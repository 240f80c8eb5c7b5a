# The two commands of the README. Everything they need is installed by this file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_URL ?= postgres://disclosure:disclosure@127.0.0.1:54329/disclosure

.PHONY: run test install services browser-test test-sqlite test-postgres lint clean

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

# Public pages and the review tour in headless Chromium (Debian's, installed when missing);
# screenshots are kept in .artefacts/screenshots/.
browser-test: install
	bash scripts/services/browser.sh
	mkdir -p .services && rm -rf .artefacts/screenshots
	DATABASE_URL=sqlite:///$(CURDIR)/.services/browser.sqlite3 $(BIN)/pytest -q -m browser tests/browser
	@echo "Screenshots of the browser checks: $(CURDIR)/.artefacts/screenshots/"

clean:
	rm -rf $(VENV) .services db.sqlite3 media .test-media .artefacts
