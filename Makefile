# One-command entry points. `make run` and `make test` work on a fresh machine
# (after the system packages listed in README.md).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench package clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lmt-tracker

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check lmt_tracker tests benchmarks
	$(BIN)/mypy lmt_tracker/domain

bench: $(STAMP)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

package: $(STAMP)
	$(BIN)/python -m pip install --quiet '.[package]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean-venv:
	rm -rf $(VENV)
