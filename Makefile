# Signaal developer tasks. `make run` and `make test` do all set-up on a fresh Debian machine.
PYTHON  ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
DEV_HOME ?= $(CURDIR)/.signaal-dev

.PHONY: run test lint bench deps venv clean screenshots

deps:
	@installer/install-debian-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[test,dev]'
	@touch $@

venv: $(STAMP)

## run: the desktop app on a local development vault (in .signaal-dev/)
run: deps venv
	SIGNAAL_HOME=$(DEV_HOME) $(PY) -m app

## test: the whole test suite, headless
test: deps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## lint: ruff and mypy (strict on the Qt-free layers)
lint: venv
	$(VENV)/bin/ruff check app tests tools
	$(VENV)/bin/ruff format --check app tests tools
	$(VENV)/bin/mypy

## bench: performance figures next to their targets (not part of `make test`)
bench: deps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/bench -p no:cacheprovider -o addopts=""

## screenshots: render the main screens with synthetic data into docs/screenshots/
screenshots: venv
	$(PY) tools/screenshots.py docs/screenshots
	QT_SCALE_FACTOR=2 $(PY) tools/screenshots.py /tmp/signaal-shots-200
	cp /tmp/signaal-shots-200/interview-200pct.png docs/screenshots/

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
