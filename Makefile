# The two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench install clean screenshots

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# GOV.UK Frontend and htmx come from the npm registry at install time; never from a CDN.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm (Node.js) is needed to build the pages' styles"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

ASSETS := familyplan/web/static/familyplan/app.css
$(ASSETS): node_modules/.installed $(STAMP) familyplan/web/assets.py familyplan/web/assets_src/app.scss $(wildcard familyplan/web/static_src/*.js) $(wildcard familyplan/web/locale/*/LC_MESSAGES/*.po)
	$(BIN)/python -m familyplan.web.assets

install: $(STAMP) $(ASSETS)

run: $(STAMP) $(ASSETS)
	DJANGO_SETTINGS_MODULE=familyplan.web.settings $(BIN)/python -m familyplan.web.devserver

test: $(STAMP) $(ASSETS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy familyplan bench
	$(BIN)/lint-imports
	bash scripts/test-all

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy familyplan bench
	$(BIN)/lint-imports

eval: $(STAMP)
	$(BIN)/python -m bench.eval_statements

screenshots: $(STAMP) $(ASSETS)
	FAMILYPLAN_SCREENSHOTS=$(CURDIR)/docs/images $(BIN)/pytest -q -p no:cacheprovider tests/browser

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache var node_modules familyplan/web/static
