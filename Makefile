# Field Guide — the two commands a developer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck imports bench dist dist-test dist-windows dist-test-windows clean setup \
	system-deps translations sign-pack

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,hub]'
	touch $(STAMP)

# The compiled catalogues (.qm) are built from the .ts sources, never committed.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/fieldguide_*.ts))

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

setup: $(STAMP) $(QM)

# Refresh the .ts catalogues from the strings in src/ (then translate what `check` lists).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py build
	-$(BIN)/python scripts/translations.py check

system-deps:
	bash scripts/system-deps.sh

run: setup
	$(BIN)/fieldguide

lint: setup
	$(BIN)/ruff check src tests bench scripts

# mypy --strict over src/ (configured in pyproject.toml): zero errors.
typecheck: setup
	$(BIN)/mypy

# The import contract: the layers of the design (pyproject.toml, [tool.importlinter]).
imports: setup
	$(BIN)/lint-imports --no-cache

test: setup lint typecheck imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Re-sign the built-in starter pack after its files change (docs/pack-format.md, "Signing").
# The private key is the release maintainer's and never enters the repository.
SIGNING_KEY ?= $(HOME)/.config/fieldguide-signing/starter-publisher.pem
sign-pack: setup
	for pack in resources/packs/*/; do $(BIN)/fieldguide pack sign "$$pack" --key "$(SIGNING_KEY)" || exit 1; done

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# The installers: PyInstaller in the venv, the Debian build tools on the system (packaging/README.md).
DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): $(STAMP)
	bash scripts/system-deps.sh --dist
	$(BIN)/python -m pip install --quiet --no-cache-dir -e '.[dev,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) $(QM)
	bash packaging/linux/build.sh

dist-test:
	bash packaging/linux/test.sh

# The Windows installer and portable zip, built on Linux under Wine (packaging/README.md (Windows)):
# Wine, NSIS and MinGW from Debian, uv in .venv to pick the Windows wheels. Downloads are cached
# in ~/.cache/fieldguide-dist (FIELDGUIDE_DIST_CACHE), outside the clone.
WINDOWS_STAMP := $(VENV)/.windows-installed

$(WINDOWS_STAMP): $(DIST_STAMP) scripts/system-deps.sh
	bash scripts/system-deps.sh --windows
	$(BIN)/python -m pip install --quiet --no-cache-dir -e '.[dev,dist,windows]'
	touch $(WINDOWS_STAMP)

dist-windows: $(WINDOWS_STAMP) $(QM)
	bash packaging/windows/build.sh

dist-test-windows:
	bash scripts/system-deps.sh --windows
	bash packaging/windows/test.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache bench/.cache
