# Two commands for a newcomer: `make run` and `make test`. See README.md.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Django 6 needs Python 3.12+: take the first one found (pyenv installs count).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.14 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; \
	done; for d in $$HOME/.pyenv/versions/3.1[234]*/bin/python3; do [ -x $$d ] && { echo $$d; break; }; done)
HOST ?= 127.0.0.1
PORT ?= 8000
RUN_ENV := DJANGO_DEBUG=1 DJANGO_SITE_URL=http://$(HOST):$(PORT)
# pytest-xdist workers for `make test`: one per core, at most 4 (PYTEST_WORKERS=0 runs in one process).
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ $$n -gt 4 ] && n=4; echo $$n)

.PHONY: run test install install-test messages compilemessages check-messages lint format worker clean loadtest loadtest-faults

$(BIN)/.installed: pyproject.toml
	@py="$(firstword $(PYTHON))"; \
	if [ -z "$$py" ]; then echo "Python 3.12 or newer is needed (Django 6). Install it, e.g. 'apt-get install python3.12' or 'pyenv install 3.12', then run make again." >&2; exit 1; fi; \
	echo "Using $$py"; \
	[ -x $(PY) ] || "$$py" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

install: $(BIN)/.installed

VNU_VERSION := 26.9.27
VNU_JAR := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar

$(BIN)/.installed-test: $(BIN)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# The Nu HTML Checker, from the npm registry (runs on Java 11+); used by the HTML validity tests.
$(VNU_JAR):
	@command -v npm >/dev/null || { echo "npm is needed for the HTML checker: apt-get install npm" >&2; exit 1; }
	npm install --silent --no-audit --no-fund --prefix .cache/vnu vnu-jar@$(VNU_VERSION)

install-test: $(BIN)/.installed-test $(VNU_JAR)

compilemessages: install
	@command -v msgfmt >/dev/null || { echo "gettext is needed: apt-get install gettext" >&2; exit 1; }
	$(RUN_ENV) $(PY) manage.py compilemessages --ignore=.venv -v 0

## make run: install, compile translations, migrate, load reference and demo content, serve http://$(HOST):$(PORT)/ with the task worker
run: compilemessages
	$(RUN_ENV) $(PY) manage.py migrate --no-input
	$(RUN_ENV) $(PY) manage.py load_reference
	$(RUN_ENV) $(PY) manage.py load_demo
	@echo "Starting the background task worker and the web server on http://$(HOST):$(PORT)/"
	@trap 'kill 0' EXIT INT TERM; \
	$(RUN_ENV) $(PY) manage.py task_worker --interval 1 & \
	$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

worker: install
	$(RUN_ENV) $(PY) manage.py task_worker

## make test: everything CI checks — lint, migrations, translations, the pytest suite
test: install-test compilemessages check-messages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	BALLAD_TESTING=1 $(PY) manage.py makemigrations --check --dry-run
	BALLAD_TESTING=1 DJANGO_ALLOW_ASYNC_UNSAFE=true VNU_JAR=$(abspath $(VNU_JAR)) $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

check-messages:
	@status=0; for po in locale/*/LC_MESSAGES/django.po; do \
		stats=$$(LC_ALL=C msgfmt --check --statistics -o /dev/null $$po 2>&1); echo "$$po: $$stats"; \
		case "$$stats" in *untranslated*|*fuzzy*|*error*) status=1;; esac; \
	done; exit $$status

## make messages: refresh the catalogs after changing UI strings, then translate the new entries
messages: install
	$(RUN_ENV) $(PY) manage.py makemessages --no-location --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=tests -l et -l fi -l lv -l sv

lint: install-test
	$(BIN)/ruff check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## make loadtest: the morning campaign (locust, 60 s) against nginx → 2 gunicorn → own PostgreSQL + Redis + worker
## on 127.0.0.1 (benchmarks/loadtest.py; LOADTEST_ARGS="--duration 120 --instances 1"); loadtest-faults adds outages
loadtest: install
	$(PY) -m pip install --quiet -e '.[loadtest]'
	$(PY) benchmarks/loadtest.py $(LOADTEST_ARGS)

loadtest-faults: install
	$(PY) -m pip install --quiet -e '.[loadtest]'
	$(PY) benchmarks/loadtest.py --faults $(LOADTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
