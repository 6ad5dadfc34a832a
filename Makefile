# newsgraph: the two commands a new user needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= newsgraph-data/graph.json
PYTEST_ARGS ?=

.PHONY: install demo test test-fast eval bench neo4j neo4j-start neo4j-stop neo4j-status system-deps js-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip "setuptools>=68" wheel
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## demo: set everything up, ingest examples/articles into the embedded store, look one actor up
demo: install js-deps
	$(BIN)/newsgraph ingest examples/articles --store $(STORE)
	$(BIN)/newsgraph stats --store $(STORE)
	$(BIN)/newsgraph who Alekseyev --store $(STORE)
	$(BIN)/newsgraph export --around Alekseyev --hops 2 --store $(STORE) -o newsgraph-data/demo.html

## system-deps: Debian packages the tests use (Chromium, Graphviz); skipped when present
system-deps:
	scripts/system-deps

## js-deps: cytoscape/vis-network from the npm registry, for HTML export and its tests
js-deps:
	scripts/js-deps

## test: the whole suite, with a real Neo4j server started (and stopped) around it
test: install system-deps js-deps
	scripts/neo4j start
	status=0; NEWSGRAPH_NEO4J_TESTS=1 $(BIN)/python -m pytest $(PYTEST_ARGS) || status=$$?; \
	scripts/neo4j stop; exit $$status

## test-fast: the suite without starting Neo4j (its tests skip)
test-fast: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## eval: precision/recall/F1 on eval/ (our gold set), the blind held-out set and the seed article
eval: install
	@echo "== eval (dev set)"
	$(BIN)/python -m newsgraph.evaluate eval/articles eval/gold
	for d in eval/heldout eval/heldout2 eval/heldout3 eval/heldout4 eval/heldout5 eval/heldout6 eval/heldout7 eval/heldout8 eval/heldout9 eval/heldout10 eval/heldout11 eval/heldout12 eval/heldout13 eval/heldout14 eval/heldout15 eval/heldout16 eval/heldout17 eval/heldout18 eval/heldout19 eval/heldout20 eval/heldout21 eval/heldout22 eval/heldout23 eval/heldout24 eval/heldout25 eval/heldout26 eval/heldout27 eval/heldout28 eval/heldout29 eval/heldout30 eval/heldout31; do \
	  if [ -d $$d/gold ]; then echo "== $$d"; $(BIN)/python -m newsgraph.evaluate $$d/articles $$d/gold; fi; \
	done
	if [ -d ../shared/eval ]; then echo "== seed"; $(BIN)/python -m newsgraph.evaluate ../shared/seed ../shared/eval; fi

## bench: extraction throughput against the bare spaCy pipeline
bench: install
	$(BIN)/python benchmarks/extraction_throughput.py

neo4j: neo4j-start
neo4j-start:
	scripts/neo4j start
neo4j-stop:
	scripts/neo4j stop
neo4j-status:
	scripts/neo4j status

clean:
	rm -rf $(VENV) newsgraph-data build *.egg-info
