# One-command entry points. `make run` and `make test` work on a fresh machine
# (after the system packages listed in README.md).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench package bytecode clean-venv

# The extras: test tools, the PostgreSQL driver (the suite runs on both engines) and
# PyInstaller (the suite builds and runs the frozen app). Editing this file reinstalls.
$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,package]'
	$(BIN)/python -m compileall -q lmt_tracker
	touch $(STAMP)

# Where PYTHONDONTWRITEBYTECODE is set (it is on these machines) Python never caches our
# modules' bytecode, so every start recompiles them: about a tenth of the time to the first
# painted window. compileall writes the caches regardless and rewrites only stale ones, so
# this runs before every start-up in a few milliseconds.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q lmt_tracker

run: bytecode
	$(BIN)/lmt-tracker

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check lmt_tracker tests benchmarks
	$(BIN)/mypy lmt_tracker/domain

# Every benchmark runs (each prints its figure and its ratio to a baseline measured in the
# same run); the target fails at the end if any missed its bar.
bench: bytecode
	@failed=""; for script in benchmarks/bench_*.py; do echo "== $$script"; \
		$(BIN)/python $$script || failed="$$failed $$script"; done; \
		if [ -n "$$failed" ]; then echo "over the bar:$$failed"; exit 1; fi

# One folder, dist/lmt-tracker-VERSION/ (build.spec says what goes in and why).
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean-venv:
	rm -rf $(VENV)
