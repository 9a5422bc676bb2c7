# The project's entry points. `make run` and `make test` each set up the environment first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT    ?= outputs

.PHONY: setup run test clean

setup: $(STAMP)

# A fresh virtual environment with the pinned packages of pyproject.toml (environment.yml lists
# the same pins for conda users). Re-done whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

## run: set up, then execute the notebook collection on the default article into outputs/
run: setup
	$(BIN)/newsactors run --out $(OUT)

## test: set up, then run the unit tests, the collection end to end, and nbval on the notebooks
test: setup
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

.PHONY: lab student-notebooks
LAB_PORT ?= 8888
# Set for kernels of `make lab` (sortable tables). A terminal inside that JupyterLab inherits it;
# the other targets drop it, so `make test` there still compares plain tables.
unexport NEWSACTORS_INTERACTIVE_TABLES

## lab: set up, register the project's kernel, start JupyterLab on notebooks/ (127.0.0.1, token printed)
lab: setup
	$(BIN)/python -m newsactors.lab --port $(LAB_PORT)

## student-notebooks: copies of the notebooks without the cells tagged `answer`, in outputs/student/
student-notebooks: setup
	$(BIN)/jupyter nbconvert --to notebook --TagRemovePreprocessor.enabled=True \
		--TagRemovePreprocessor.remove_cell_tags=answer \
		--output-dir $(OUT)/student notebooks/*.ipynb

.PHONY: notebooks benchmark weights

## notebooks: re-execute the committed notebooks in place, after a change to the library or the lexicons
notebooks: setup
	cd notebooks && ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
		--ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=1200 *.ipynb

## benchmark: time `newsactors batch` against bare spaCy on ../shared/corpora/wikinews, its memory, and `newsactors run` (about 20 minutes)
benchmark: setup
	$(BIN)/python scripts/benchmark.py

## weights: refit data/weights/cue_weights.csv and position_weights.csv on PolNeAR train (../shared/corpora/polnear), about 9 minutes
weights: setup
	$(BIN)/python -m pip install --quiet -e ".[fit]"
	$(BIN)/python scripts/fit_weights.py

clean:
	rm -rf $(OUT)/*/ $(OUT)/.*.*
