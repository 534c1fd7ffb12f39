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

# The main job on the embedded default: analyze and store into ./sourcetrace.db (SQLite; re-running
# changes nothing), then ask it what anonymous sources said and who blames whom for the seed's attack.
demo: setup
	$(BIN)/sourcetrace ingest $(SHARED)/fixtures/seed/article.txt examples/*.txt
	$(BIN)/sourcetrace query --kind anonymous --limit 8
	$(BIN)/sourcetrace events $(SHARED)/fixtures/seed/article.txt
	@echo "Read them in the browser: $(BIN)/sourcetrace serve  (then open http://127.0.0.1:8000)"

test: setup
	scripts/install-system-deps.sh
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/extraction.py --shared $(SHARED) --baseline
	$(BIN)/python bench/attribution.py --shared $(SHARED)
	$(BIN)/python bench/store.py --shared $(SHARED)
	$(BIN)/python bench/copies.py --shared $(SHARED)
	$(BIN)/python bench/claims.py --shared $(SHARED)
	$(BIN)/python bench/events.py --shared $(SHARED)
	$(BIN)/python bench/trace.py --shared $(SHARED)
	$(BIN)/python bench/scale.py --shared $(SHARED)
	$(BIN)/python bench/newuser.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info sourcetrace.db*
