# One-command entry points. `make run` and `make test` work on a fresh machine
# (after the system packages listed in README.md).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# One stamp per set of extras, so `make run` installs only what running needs; the test
# and packaging tools come with `make test` and `make package`. Editing this file or
# pyproject.toml reinstalls.
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_PACKAGE := $(VENV)/.installed-package

.PHONY: run test lint typecheck bench package sdist bytecode clean-venv completions man \
	guide-pictures screenshots-es i18n

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q lmt_tracker
	touch $@

# The extras: test tools, the PostgreSQL driver (the suite runs on both engines) and
# PyInstaller (the suite builds and runs the frozen app).
$(STAMP_TEST): pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,package]'
	$(BIN)/python -m compileall -q lmt_tracker
	touch $@

$(STAMP_PACKAGE): pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@

# Where PYTHONDONTWRITEBYTECODE is set (it is on these machines) Python never caches our
# modules' bytecode, so every start recompiles them: about a tenth of the time to the first
# painted window. compileall writes the caches regardless and rewrites only stale ones, so
# this runs before every start-up in a few milliseconds.
bytecode: $(STAMP_RUN)
	@$(BIN)/python -m compileall -q lmt_tracker

run: bytecode
	$(BIN)/lmt-tracker

# Two workers (pytest-xdist), one per core of the project's machines: run in one process the
# suite kept one core busy (698 s of wall time for 694 s of CPU); in two, 372 s on the same
# 2-core machine (2026-12-04). Whole files go to one worker
# (--dist loadfile), so a file's shared fixture (the frozen build, the ten editors' run) is
# made once. `$(BIN)/python -m pytest tests/...` runs a few tests in one process, as usual.
test: $(STAMP_TEST)
	$(BIN)/python -m pytest -n 2 --dist loadfile

# ruff, then mypy over the whole package: strict outside gui/, the default settings in
# gui/ (pyproject.toml says which is which). CI runs this before the tests (.ci/run).
lint: $(STAMP_TEST)
	$(BIN)/ruff check lmt_tracker tests benchmarks
	$(BIN)/mypy lmt_tracker

# Every benchmark runs (each prints its figure and its ratio to a baseline measured in the
# same run); the target fails at the end if any missed its bar.
bench: bytecode $(STAMP_TEST)
	@failed=""; for script in benchmarks/bench_*.py; do echo "== $$script"; \
		$(BIN)/python $$script || failed="$$failed $$script"; done; \
		if [ -n "$$failed" ]; then echo "over the bar:$$failed"; exit 1; fi

# One folder, dist/lmt-tracker-VERSION/ (build.spec says what goes in and why; on macOS
# also "dist/LMT Tracker.app"), and the wheel and sdist in dist/ (MANIFEST.in).
package: $(STAMP_PACKAGE) completions man
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

# The man page (English, and Spanish in share/man/es) and the bash, zsh and fish
# completions, from the parser (shtab and argparse-manpage, the package extra), under
# dist/share/ as a Unix prefix keeps them:
# copy dist/share to ~/.local/share (or /usr/local/share) to install them.
completions man: $(STAMP_PACKAGE)
	$(BIN)/python tools/shell_docs.py dist

# The user guide's pictures (docs/guide/), from the screenshots command on the demo.
guide-pictures: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_guide_pictures.py

# Every screen, dialog and PDF in Spanish (docs/screenshots/es/): issue 21's proof that no
# English is left; needs pdftoppm (poppler-utils).
screenshots-es: $(STAMP_RUN)
	$(BIN)/python tools/make_language_screenshots.py es

sdist: $(STAMP_RUN)
	$(BIN)/python -c "from setuptools import build_meta; print(build_meta.build_sdist('dist'))"

# Translations (docs/translations.md): extract every translate()/QT_TRANSLATE_NOOP string of the GUI into each
# catalog (lmt_tracker/gui/i18n/*.ts; translators fill them with Qt Linguist), then compile
# the .qm files the app loads. No line numbers in the catalogs: moving code does not
# change them. tests/gui/test_translation.py fails on an unfinished or obsolete entry.
I18N := lmt_tracker/gui/i18n
GETTEXT_SOURCES := lmt_tracker/reports lmt_tracker/cli lmt_tracker/domain lmt_tracker/rules \
	lmt_tracker/store lmt_tracker/io
i18n: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate $$(find lmt_tracker/gui -name '*.py' | sort) \
		-ts $(I18N)/lmt_tracker_es.ts -no-obsolete -locations none
	for ts in $(I18N)/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done
	# The PDFs' words and the command line's messages (neither may use Qt): GNU gettext's
	# xgettext, msgmerge, msgfmt.
	# The core's sentences (domain.core.phrases: ph("…") and N_("…")) are in the same catalog.
	xgettext -L Python --from-code=UTF-8 -k_ -kN_ -kph --no-location --sort-output \
		-o lmt_tracker/locale/lmt_tracker.pot \
		$$(find $(GETTEXT_SOURCES) -name '*.py' | sort)
	# --help's texts live in the parsers, out of xgettext's sight: the parser lists them.
	PYTHONPATH=. LANGUAGE=en $(BIN)/python -m lmt_tracker.cli.help_pot > lmt_tracker/locale/help.pot
	msgcat --use-first --sort-output -o lmt_tracker/locale/lmt_tracker.pot \
		lmt_tracker/locale/lmt_tracker.pot lmt_tracker/locale/help.pot
	rm lmt_tracker/locale/help.pot
	for po in lmt_tracker/locale/*/LC_MESSAGES/lmt_tracker.po; do \
		msgmerge --quiet --update --backup=none --no-location $$po lmt_tracker/locale/lmt_tracker.pot; \
		msgfmt --check -o $${po%.po}.mo $$po; done
	# argparse's own words ("usage:", "the following arguments are required"), by hand.
	for po in lmt_tracker/locale/*/LC_MESSAGES/argparse.po; do \
		msgfmt --check -o $${po%.po}.mo $$po; done

clean-venv:
	rm -rf $(VENV)
