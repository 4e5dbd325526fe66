# Two commands do all the set-up: `make run` (dashboard on the sample articles) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test lint ingest

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Installs are skipped while the requirement files are unchanged (stamp files).
$(VENV)/.runtime-stamp: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-stamp: requirements-dev.txt $(VENV)/.runtime-stamp
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

ingest: $(VENV)/.runtime-stamp
	$(PY) -m analytics ingest data/articles

run: ingest
	@echo "Dashboard: http://localhost:$(PORT)"
	$(PY) -m streamlit run app.py --server.headless true --server.port $(PORT) --browser.gatherUsageStats false

lint: $(VENV)/.dev-stamp
	$(PY) -m ruff check analytics components pages tests app.py
	$(PY) -m mypy analytics

test: $(VENV)/.dev-stamp /usr/bin/chromium lint
	$(PY) -m pytest
