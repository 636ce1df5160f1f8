# The two commands: `make demo` (crawl the bundled replicas, then serve Datasette) and `make test`.
# Both create .venv and install the project into it when needed, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench-accuracy bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/notices demo

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench-accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) data/*.db build *.egg-info
