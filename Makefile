# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install install-production prompts bench mutate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# A server's set (deploy/, docs/deployment.md): the line and PostgreSQL's driver, no
# test tools. Editable, so the code stays the checkout's (ivr upgrade pulls, then runs this).
install-production:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[postgres]'

# Runs the line on http://127.0.0.1:5000; new or changed prompts' audio is built first
# (one quick check of Google; offline it is the espeak voice, and nothing changes twice).
# Prints one short summary; `make run VERBOSE=1` shows every log line.
# Without TWILIO_AUTH_TOKEN it turns on the development switch (unsigned
# requests allowed, with a warning in the summary); with it, signatures are checked.
# The worker (SMS, staff notices, recordings, the spool) runs beside the server and
# stops with it.
run: $(STAMP)
	@$(BIN)/ivr worker $(if $(VERBOSE),,--quiet) & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker' EXIT; trap 'exit 130' INT TERM; \
	IVR_DEV_UNSIGNED=$${IVR_DEV_UNSIGNED-$$([ -n "$$TWILIO_AUTH_TOKEN" ] && echo 0 || echo 1)} $(BIN)/ivr serve --build $(if $(VERBOSE),--verbose)

# The architecture's contracts (pyproject.toml, [tool.importlinter]) first, then the suite, spread
# over every core (pytest-xdist: a database, a folder and ports per worker; docs/development.md).
# worksteal: a worker that runs out takes tests queued for the other, so the few minute-long tests
# (whole audio builds, gunicorn) do not leave one core working alone at the end.
# Bytecode caches on, whatever the machine says (PYTHONDONTWRITEBYTECODE): without them every test
# process and every server or command a test starts compiles the line's code from source, and
# pytest rewrites every test module's asserts anew (13 s of a worker's start instead of 5 s).
test: $(STAMP)
	$(BIN)/lint-imports
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n auto --dist worksteal

bench: $(STAMP)
	$(BIN)/python bench/webhook.py

# Mutation testing of the guard modules, each with only its own tests (tools/mutate.py;
# docs/development.md, "Mutation testing"). Not part of `make test`. A subset: make mutate MODULES="call/schedule.py"
mutate: $(STAMP)
	$(BIN)/python tools/mutate.py $(MODULES)

clean:
	rm -rf $(VENV) audio instance .mutate
