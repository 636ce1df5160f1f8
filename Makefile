# The two commands: `make demo` (crawl the bundled replicas, then serve Datasette) and `make test`.
# Both create .venv and install the project into it when needed, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test soak install browser balancer bench-load bench-accuracy bench-ranker bench-arrival bench-robustness bench-crawl bench-search bench-recrawl bench-scale bench-realism bench bench-full clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/notices demo

# The browser tests drive Debian's chromium through chromium-driver, with a small Chinese font
# (1.6 MB) so their screenshots are legible. Installed with apt when missing (never downloaded
# from anywhere else); sudo only when not root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

browser:
	@test -x /usr/bin/chromium && test -x /usr/bin/chromedriver && test -f $(CJK_FONT) || { \
	  echo "installing chromium, chromium-driver and fonts-wqy-microhei with apt"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    chromium chromium-driver fonts-wqy-microhei >/dev/null; }

# The replica tests put Debian's haproxy in front of several read-only Datasette processes
# (tests/test_publish.py, README "Several readers"). Installed with apt when missing.
balancer:
	@command -v haproxy >/dev/null || test -x /usr/sbin/haproxy || { \
	  echo "installing haproxy with apt"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }

test: $(STAMP) browser balancer
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Slower reliability runs: more kill -9 moments and the fault crawl again (not part of `make test`).
soak: $(STAMP) browser
	KILL_SEEDS=8 $(BIN)/python -m pytest tests/test_concurrency.py tests/test_reliability.py $(PYTEST_ARGS)

bench-accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

# A learned window reading beside the rules' (bench/window_ranker.py): needs scikit-learn, the `train` extra.
bench-ranker: $(STAMP)
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python bench/window_ranker.py

# The rounds' dev texts read by the code just before they arrived, beside the code now, and a learned second opinion on
# is_cert tried over both (bench/arrival.py; needs the git history and, for the model, scikit-learn: the `train` extra).
bench-arrival: $(STAMP)
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python bench/arrival.py --model

# How far the habits of copied pages (controls, stamps, spacing, scripts, dates in figures, ads) move dev readings.
bench-robustness: $(STAMP)
	$(BIN)/python bench/robustness.py

bench-crawl: $(STAMP)
	$(BIN)/python bench/crawl.py

bench-recrawl: $(STAMP)
	$(BIN)/python bench/recrawl.py

# Crawls of 1,000 generated sources at 2k / 20k / 100k pages: peak RSS, crawl vs raw fetch, closing
# step per touched notice (bench/crawl_scale.py; QUICK=1 for 100 sources at 200 / 1k / 2k pages).
bench-scale: $(STAMP)
	$(BIN)/python bench/crawl_scale.py $(if $(QUICK),--quick)

# Replica realism (issue 11 part 4): detail-page weight and rows per list page over every replica;
# exits 1 when the medians miss 15,000 bytes and 10 rows.
bench-realism: $(STAMP)
	$(BIN)/python bench/replica_realism.py

bench-search: $(STAMP)
	$(BIN)/python bench/search.py

bench-load: $(STAMP) balancer
	$(BIN)/python bench/load.py

# One table of the scale figures (issue 16) and bench/results/latest.json: quick (about 2 minutes
# once data/bench-*.db exist) or full (200k and 1M notices, served pages, load, crawls at full size).
bench: $(STAMP)
	$(BIN)/python bench/report.py

bench-full: $(STAMP) balancer
	$(BIN)/python bench/report.py --full

clean:
	rm -rf $(VENV) data/*.db build *.egg-info
