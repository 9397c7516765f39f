# Signaal developer tasks. `make run` and `make test` do all set-up on a fresh Debian machine.
PYTHON  ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
DEV_HOME ?= $(CURDIR)/.signaal-dev

.PHONY: run test lint bench deps venv clean screenshots pdf-previews catalogs bundle dist icons i18n-extract i18n-update i18n-report

deps:
	@installer/install-debian-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[test,dev]'
	# pycanon (the independent k-anonymity checker in the tests) pins reportlab and typing_extensions for its
	# report module, which the tests do not use; installed without its pins so the app keeps its own versions
	$(PY) -m pip install -q --no-deps 'pycanon>=1.3'
	@touch $@

venv: $(STAMP)

## catalogs: compile the translations (i18n/*/LC_MESSAGES/*.po -> .mo; build output, not committed)
catalogs: venv
	$(PY) tools/i18n.py compile

## i18n-extract / i18n-update: new strings from code and forms into the templates, then into every catalog
i18n-extract: venv
	$(PY) tools/i18n.py extract

i18n-update: i18n-extract
	$(PY) tools/i18n.py update

## i18n-report: how much of each catalog is translated, and its review status
i18n-report: venv
	$(PY) tools/i18n.py report

## run: the desktop app on a local development vault (in .signaal-dev/)
run: deps venv catalogs
	SIGNAAL_HOME=$(DEV_HOME) $(PY) -m app

## test: the whole test suite, headless
test: deps venv catalogs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## lint: ruff and mypy (strict on the Qt-free layers)
lint: venv
	$(VENV)/bin/ruff check app tests tools
	$(VENV)/bin/ruff format --check app tests tools
	$(VENV)/bin/mypy

## bench: performance figures next to their targets (not part of `make test`)
bench: deps venv
	$(PY) -m pip install -q -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/bench -p no:cacheprovider -o addopts=""

## screenshots: render the main screens with synthetic data into docs/screenshots/
screenshots: venv
	$(PY) tools/screenshots.py docs/screenshots
	QT_SCALE_FACTOR=2 $(PY) tools/screenshots.py /tmp/signaal-shots-200
	cp /tmp/signaal-shots-200/interview-200pct.png /tmp/signaal-shots-200/case-200pct.png /tmp/signaal-shots-200/case-list-200pct.png docs/screenshots/

## pdf-previews: render every PDF with synthetic data to PNG previews in docs/pdf/
pdf-previews: venv catalogs
	$(PY) tools/pdf_previews.py docs/pdf

VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
ARCH    := $(shell uname -m)

## bundle: the one-folder app (PyInstaller) in dist/signaal/, then its self-test
bundle: deps venv catalogs
	$(PY) -m pip install -q -e '.[bundle]'
	$(VENV)/bin/pyinstaller installer/signaal.spec --noconfirm --distpath dist --workpath build/pyinstaller --log-level WARN
	env -u DISPLAY -u WAYLAND_DISPLAY dist/signaal/signaal --selftest

## dist: a tarball of the bundle with its menu entry, icon and per-user install script
dist: bundle
	rm -rf build/dist && mkdir -p build/dist/signaal-$(VERSION)
	cp -R dist/signaal installer/linux/signaal.desktop installer/linux/install.sh resources/icons/signaal.png \
		build/dist/signaal-$(VERSION)/
	tar -C build/dist -czf dist/signaal-$(VERSION)-linux-$(ARCH).tar.gz signaal-$(VERSION)
	@echo dist/signaal-$(VERSION)-linux-$(ARCH).tar.gz

## icons: render resources/icons/signaal.svg to PNG and ICO
icons: venv
	$(PY) tools/icons.py resources/icons

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
