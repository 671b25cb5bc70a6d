# Two commands for a fresh machine with Python 3.11+ and make:
#   make run    install everything and start the app on the default portal
#   make test   install everything with the test extras and run the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

TS     := $(wildcard i18n/*.ts)
# Compiled into the package, where the app finds them (as in a wheel, see setup.py).
QM     := $(patsubst i18n/%.ts,portal_manager/i18n/%.qm,$(TS))

.PHONY: run test fuzz bench lint translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

# Compiled translations are build output, made from the .ts sources.
portal_manager/i18n/%.qm: i18n/%.ts | $(VENV)/.installed
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts (the UI's tr() and the core's QT_TRANSLATE_NOOP): update the .ts
# sources of the whole package, then translate them.
# English is the source language: its .ts holds only the plural forms ("1 request",
# "2 requests"), which the source's "%n request(s)" cannot say.
TS_PLURALS := i18n/portal_manager_en.ts
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find portal_manager -name '*.py' | sort) \
		-ts $(filter-out $(TS_PLURALS),$(TS))
	$(BIN)/pyside6-lupdate -pluralonly -no-obsolete $$(find portal_manager -name '*.py' | sort) \
		-ts $(TS_PLURALS)

run: $(VENV)/.installed $(QM)
	$(BIN)/portal-manager $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint $(QM)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The property-based tests of tests/test_fuzz.py with many more examples (minutes).
fuzz: $(VENV)/.installed-test
	PORTAL_MANAGER_FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-1500} $(BIN)/python -m pytest tests/test_fuzz.py

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache $(QM)
