# Two entry points for a fresh machine: `make demo` and `make test` (both set up first).
PY ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench lock clean-out

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "newsdesk needs Python 3.11")'
	$(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade "pip>=24"
	$(VENV)/bin/python -m pip install -q --require-hashes -r requirements.lock
	$(VENV)/bin/python -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# The main job on the bundled example, with the embedded SQLite store (no server).
demo: setup
	@mkdir -p out
	$(VENV)/bin/newsdesk analyze examples/coverage --db out/newsdesk.db \
	    --json out/picture.json --csv out/events.csv --geojson out/events.geojson \
	    --brief out/brief.html
	@echo "wrote out/picture.json out/events.csv out/events.geojson out/brief.html (store: out/newsdesk.db)"

test: setup
	$(VENV)/bin/python -m pytest

bench: setup
	@for b in bench/*.py; do echo "== $$b"; $(VENV)/bin/python $$b || exit 1; done

# Re-pin every dependency with hashes (needs `uv`; run after editing pyproject.toml).
lock:
	uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 -o requirements.lock

clean-out:
	rm -rf out
