"""`ivr upgrade`: a new release in one command, in a fixed order that stops at the first failure.

1. a backup (`ivr backup`), 2. `git pull --ff-only`, 3. install (the lean set, editable),
4. `ivr db upgrade`, 5. `ivr prompts build`, 6. restart the line and the worker, 7. `ivr doctor`.

Until step 6 the running line keeps the code it started with, so a failure before it leaves
callers on the old version. Each step is a command; the runner is injectable (tests use fakes),
and every failure prints what failed and how to go back (README, "Upgrades").
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

RESTART_STEP = "restart"


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # Polish, as the administrator reads it
    argv: tuple[str, ...]


@dataclass(frozen=True)
class Paths:
    checkout: Path = Path("/srv/ivr")
    ivr: str = "/usr/local/bin/ivr"  # the wrapper: the line's commands as the service user, with its settings
    backups: Path = Path("/var/backups/ivr")
    pip: str | None = None  # default: CHECKOUT/.venv/bin/pip
    git: str = "git"
    systemctl: str = "systemctl"
    units: tuple[str, ...] = ("ivr.service", "ivr-worker.service")


def plan(paths: Paths) -> list[Step]:
    pip = paths.pip or str(paths.checkout / ".venv" / "bin" / "pip")
    return [
        Step("backup", "Kopia zapasowa", (paths.ivr, "backup", str(paths.backups))),
        Step("pull", "Pobranie nowej wersji (git pull --ff-only)", (paths.git, "-C", str(paths.checkout), "pull", "--ff-only")),
        Step("install", "Instalacja", (pip, "install", "--quiet", "-e", f"{paths.checkout}[postgres]")),
        Step("database", "Aktualizacja bazy danych", (paths.ivr, "db", "upgrade")),
        Step("prompts", "Nagrania komunikatów", (paths.ivr, "prompts", "build")),
        Step(RESTART_STEP, "Ponowne uruchomienie linii", (paths.systemctl, "restart", *paths.units)),
        Step("check", "Sprawdzenie (ivr doctor)", (paths.ivr, "doctor")),
    ]


@dataclass
class Outcome:
    done: list[str] = field(default_factory=list)
    failed: str | None = None
    backup: str | None = None  # the archive step 1 wrote
    before: str | None = None  # the commit the checkout was at

    @property
    def ok(self) -> bool:
        return self.failed is None


Runner = Callable[[Sequence[str]], "tuple[int, str]"]


def run_command(argv: Sequence[str]) -> tuple[int, str]:
    """Run one step; its exit status and its output (stdout and stderr together)."""
    try:
        done = subprocess.run(list(argv), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              stdin=subprocess.DEVNULL)
    except OSError as exc:
        return 127, f"{argv[0]}: {exc.strerror or exc}"
    return done.returncode, done.stdout


def current_commit(paths: Paths, runner: Runner = run_command) -> str | None:
    code, out = runner((paths.git, "-C", str(paths.checkout), "rev-parse", "HEAD"))
    return out.strip() if code == 0 and re.fullmatch(r"[0-9a-f]{40}", out.strip()) else None


def upgrade(paths: Paths, runner: Runner = run_command, echo: Callable[[str], None] = print) -> Outcome:
    """Run the steps in order; stop at the first that fails (non-zero exit)."""
    steps = plan(paths)
    outcome = Outcome(before=current_commit(paths, runner))
    if outcome.before:
        echo(f"Obecna wersja: {outcome.before[:12]}")
    for number, step in enumerate(steps, 1):
        echo(f"{number}/{len(steps)} {step.title}: {' '.join(step.argv)}")
        code, output = runner(step.argv)
        for line in output.rstrip().splitlines():
            echo(f"    {line}")
        if step.key == "backup" and code == 0:
            found = re.search(r"Zapisano kopię (\S+?):", output)
            outcome.backup = found.group(1) if found else None
        if code != 0:
            outcome.failed = step.key
            echo(f"✗ {step.title}: nie udało się (kod wyjścia {code}). Aktualizacja zatrzymana; "
                 "kolejne kroki nie zostały wykonane.")
            for line in rollback_advice(paths, outcome, steps):
                echo(line)
            return outcome
        outcome.done.append(step.key)
        echo(f"✓ {step.title}")
    echo("Aktualizacja zakończona: linia działa w nowej wersji.")
    return outcome


def rollback_advice(paths: Paths, outcome: Outcome, steps: list[Step]) -> list[str]:
    """What the administrator does next, in Polish, for the step that failed."""
    keys = [s.key for s in steps]
    restarted = RESTART_STEP in outcome.done
    lines = []
    if not restarted:
        lines.append("Linia nadal działa w poprzedniej wersji (nie została ponownie uruchomiona).")
    if outcome.failed in ("backup", "pull"):
        lines.append("Nic nie zostało zmienione. Proszę usunąć przyczynę (wyżej) i uruchomić ivr upgrade ponownie.")
        return lines
    before = outcome.before or "POPRZEDNI_COMMIT"
    database_touched = keys.index(outcome.failed) > keys.index("database") or outcome.failed == "database"
    lines.append("Powrót do poprzedniej wersji (README, „Upgrades”):")
    lines.append(f"  git -C {paths.checkout} reset --hard {before}")
    lines.append(f"  {paths.pip or paths.checkout / '.venv' / 'bin' / 'pip'} install --quiet -e '{paths.checkout}[postgres]'")
    if database_touched:
        lines.append(f"  {paths.ivr} restore {outcome.backup or str(paths.backups) + '/ivr-backup-….tar.gz'} --force")
    lines.append(f"  {paths.systemctl} restart {' '.join(paths.units)} && {paths.ivr} doctor")
    return lines
