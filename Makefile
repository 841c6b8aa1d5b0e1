# Commons — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_SCALE ?= 30
LOAD_USERS ?= 50
LOAD_SECONDS ?= 60
# The suite runs on every core, in random order (pytest-randomly); override, e.g.
# `make test PYTEST_ARGS="-p no:randomly tests/label"`.
PYTEST_ARGS ?= -n auto

.PHONY: run test test-postgres test-browser lint format bench load messages lock clean help

help:
	@echo "make run    — installe, migre, charge la démo et sert http://127.0.0.1:8000 (avec le worker des tâches de fond)"
	@echo "make test   — installe puis lance toute la suite de tests (SQLite par défaut)"
	@echo "make lint   — ruff (règles et formatage)"
	@echo "make bench  — mesures sur un jeu de données ×$(BENCH_SCALE)"
	@echo "make load   — test de charge borné (locust, $(LOAD_USERS) utilisateurs, $(LOAD_SECONDS) s, gunicorn sur 127.0.0.1)"
	@echo "make lock   — régénère requirements/*.txt depuis pyproject.toml (pip-tools)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 est requis (trouvé : %s)." % sys.version.split()[0])'
	@$(PYTHON) -m venv $(VENV) || { echo "Impossible de créer $(VENV) : sur Debian, installez python3-venv (apt install python3-venv)."; exit 1; }

# Installs come from the lock files (exact versions, hashes); the project itself without deps.
$(STAMP): $(BIN)/python pyproject.toml requirements/base.txt requirements/dev.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# Regenerates the lock files from pyproject.toml: runtime (base.txt), then dev (dev.txt,
# constrained by base.txt so both agree). No index URL nor local path is written in them.
# Existing pins are kept; `make lock LOCK_ARGS=--upgrade` (or `-P NAME`) moves them.
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --strip-extras \
	--allow-unsafe --generate-hashes --no-emit-index-url --no-emit-find-links \
	--no-emit-trusted-host $(LOCK_ARGS)

lock: $(STAMP)
	$(PIP_COMPILE) -o requirements/base.txt pyproject.toml
	$(PIP_COMPILE) --extra dev -c requirements/base.txt -o requirements/dev.txt pyproject.toml

# The task worker (campaign reminders…) runs in the background beside the development server
# and stops with it: the EXIT trap ends it however runserver ends (Ctrl-C, port already taken…).
# Without autoreload, so that it is one process the trap can stop; restart `make run` after
# changing a task.
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Commons est servi sur http://127.0.0.1:8000 — administration : http://127.0.0.1:8000/admin/"
	@echo "  Tâches de fond (relances des campagnes…) : manage.py db_worker tourne à côté, arrêté avec le serveur."
	@echo ""
	@$(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	trap 'exit 130' INT TERM; \
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
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m bench --scale $(BENCH_SCALE)

# Bounded load test: gunicorn (production settings) on 127.0.0.1, locust headless. SQLite file
# in bench/ by default; `make load DATABASE_URL=postgres://postgres@127.0.0.1:5432/commons_load`.
load: $(STAMP)
	$(BIN)/python -m bench.load --users $(LOAD_USERS) --seconds $(LOAD_SECONDS) --scale $(BENCH_SCALE)

messages: $(STAMP)
	$(BIN)/python manage.py makemessages --locale en --ignore '.venv/*' --ignore 'node_modules/*'
	$(BIN)/python manage.py compilemessages --locale en --ignore '.venv/*'

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache .test-media
