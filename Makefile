# The two commands the README opens with: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup demo test bench clean

$(BIN)/sourcetrace: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/sourcetrace

demo: setup
	$(BIN)/sourcetrace analyze $(SHARED)/fixtures/seed/article.txt examples/*.txt

test: setup
	scripts/install-system-deps.sh
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/extraction.py --shared $(SHARED)
	$(BIN)/python bench/attribution.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
