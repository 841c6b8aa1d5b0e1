# Commons — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_SCALE ?= 30

.PHONY: run test test-postgres test-browser lint format bench messages clean help

help:
	@echo "make run    — installe, migre, charge la démo et sert http://127.0.0.1:8000"
	@echo "make test   — installe puis lance toute la suite de tests (SQLite par défaut)"
	@echo "make lint   — ruff (règles et formatage)"
	@echo "make bench  — mesures sur un jeu de données ×$(BENCH_SCALE)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 est requis (trouvé : %s)." % sys.version.split()[0])'
	@$(PYTHON) -m venv $(VENV) || { echo "Impossible de créer $(VENV) : sur Debian, installez python3-venv (apt install python3-venv)."; exit 1; }

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Commons est servi sur http://127.0.0.1:8000 — administration : http://127.0.0.1:8000/admin/"
	@echo ""
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# axe-core for the browser tests; without npm (or chromium) those tests are skipped.
node_modules/.package-lock.json: package.json
	@if command -v npm >/dev/null 2>&1; then npm install --no-audit --no-fund --silent; \
	else echo "npm absent : les tests navigateur seront ignorés."; fi

test: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m bench --scale $(BENCH_SCALE)

messages: $(STAMP)
	$(BIN)/python manage.py makemessages --locale en --ignore '.venv/*' --ignore 'node_modules/*'
	$(BIN)/python manage.py compilemessages --locale en --ignore '.venv/*'

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache .test-media
