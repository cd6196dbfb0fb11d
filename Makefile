# Kiosk — the few verbs people expect. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

# Compiled translations are build products: made from the .po files, never committed.
MO := $(patsubst %.po,%.mo,$(wildcard src/kiosk/locale/*/LC_MESSAGES/django.po))

.PHONY: run test lint format bench clean messages browser bench-tools redis

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

%.mo: %.po $(STAMP)
	$(BIN)/pybabel -q compile --statistics -i $< -o $@

messages: $(STAMP)  ## refresh the .po files from the code (needs GNU gettext's xgettext)
	cd src/kiosk && ../../$(BIN)/kiosk makemessages -l az -l ru --ignore 'newsroom/*' --no-location

run: $(STAMP) $(MO)  ## install, migrate, start the sample newsroom, crawl it, serve the portal
	$(BIN)/kiosk demo

test: $(STAMP) $(MO) browser redis  ## install dev dependencies and run the whole suite
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# The browser tests drive Debian's chromium; Playwright never downloads a browser.
browser:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

# The readership tests run the shared view buffer against a real, throwaway redis-server.
redis:
	@command -v redis-server >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-server)

# bench/serve.py measures against nginx, with wrk as the load generator.
bench-tools:
	@command -v wrk >/dev/null && command -v nginx >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq wrk nginx-light)

bench: $(STAMP) $(MO) bench-tools
	@for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(MO) $(VENV) var build dist src/*.egg-info .pytest_cache .ruff_cache test-artifacts
