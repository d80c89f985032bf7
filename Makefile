# The two commands a new machine needs: `make run` and `make test`. `make help` lists the rest.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
POSTGRES_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
export FLASK_APP := feedback_app

.DEFAULT_GOAL := help
.PHONY: help run test test-sqlite test-postgres lint format starter-model install install-test system-deps browser-deps

help: ## List the make targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

run: install system-deps ## Install, migrate, load the demo data once, serve on http://127.0.0.1:5000
	$(BIN)/flask db upgrade
	$(BIN)/flask demo-data
	$(BIN)/flask run --host 127.0.0.1 --port 5000

test: install-test system-deps browser-deps lint test-sqlite test-postgres ## Lint, then the whole suite on SQLite (or $$DATABASE_URL) and on PostgreSQL

test-sqlite: install-test ## The whole suite on $$DATABASE_URL, SQLite when unset, browser tests included
	$(BIN)/pytest

test-postgres: install-test ## The suite again on PostgreSQL ($$POSTGRES_TEST_URL), skipped loudly if unreachable
	@case "$${DATABASE_URL:-}" in postgres*) echo "DATABASE_URL is PostgreSQL: already tested there."; exit 0;; esac; \
	if $(BIN)/python scripts/postgres_available.py "$(POSTGRES_TEST_URL)"; then \
	  DATABASE_URL="$(POSTGRES_TEST_URL)" $(BIN)/pytest -m "not browser"; \
	else \
	  echo "!!!!!!!! PostgreSQL is not reachable at $(POSTGRES_TEST_URL): the PostgreSQL run was SKIPPED !!!!!!!!"; \
	fi

lint: install-test ## ruff: lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test ## ruff: fix and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

starter-model: install ## Retrain the theme, sentiment and urgent-risk models shipped with the app
	$(BIN)/python scripts/train_starter_model.py tests/data/feedback_labelled.jsonl

install: $(VENV)/.installed ## Create .venv and install the app
install-test: $(VENV)/.installed-test ## Install the app with its test extra

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

system-deps: ## Debian libraries WeasyPrint needs (apt-get as root, else names them)
	@scripts/system_deps.sh weasyprint $(BIN)/python

browser-deps: ## Debian's Chromium for the browser tests (apt-get as root, else names it)
	@scripts/system_deps.sh chromium $(BIN)/python
