"""`ivr upgrade` (issue 31): backup, git pull --ff-only, install, db upgrade, prompts build,
restart, check, in that order, stopping at the first failure; before the restart the line keeps
its old version. Fake commands stand in for the wrapper, pip and systemctl; git is real, against
a local bare repository (no network)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ivr.operations.upgrade import Paths, plan, upgrade

ORDER = ["backup", "pull", "install", "database", "prompts", "restart", "check"]
BACKUP = "/var/backups/ivr/ivr-backup-20261205T0930Z.tar.gz"


class FakeRunner:
    def __init__(self, fail: str | None = None):
        self.fail, self.ran = fail, []

    def __call__(self, argv):
        argv = tuple(argv)
        if argv[1:3] == ("-C", "/srv/ivr") and argv[3] == "rev-parse":
            return 0, "a" * 40 + "\n"
        key = next(step.key for step in plan(Paths()) if step.argv == argv)
        self.ran.append(key)
        if key == self.fail:
            return 1, "error: something went wrong\n"
        return 0, f"Zapisano kopię {BACKUP}: baza (sqlite)\n" if key == "backup" else ""


def test_the_steps_run_in_the_documented_order():
    runner, lines = FakeRunner(), []
    outcome = upgrade(Paths(), runner, lines.append)
    assert outcome.ok and runner.ran == ORDER == [s.key for s in plan(Paths())]
    assert plan(Paths())[1].argv == ("git", "-C", "/srv/ivr", "pull", "--ff-only")
    assert lines[-1] == "Aktualizacja zakończona: linia działa w nowej wersji."


@pytest.mark.parametrize("failing", ORDER)
def test_the_first_failure_stops_the_upgrade(failing):
    runner, lines = FakeRunner(fail=failing), []
    outcome = upgrade(Paths(), runner, lines.append)
    assert not outcome.ok and outcome.failed == failing
    assert runner.ran == ORDER[:ORDER.index(failing) + 1]  # nothing after the failed step
    text = "\n".join(lines)
    assert "Aktualizacja zatrzymana" in text
    if ORDER.index(failing) < ORDER.index("restart"):
        assert "restart" not in runner.ran
        assert "Linia nadal działa w poprzedniej wersji" in text
    if failing in ("install", "database", "prompts", "restart", "check"):
        assert f"git -C /srv/ivr reset --hard {'a' * 40}" in text
    if failing in ("database", "prompts", "restart", "check"):
        assert f"/usr/local/bin/ivr restore {BACKUP} --force" in text
    if failing in ("backup", "pull"):
        assert "Nic nie zostało zmienione" in text and "reset --hard" not in text


# -- the command, with real git on a local bare repository -------------------------------------

def git(*args, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def fake_command(path: Path, log: Path, fail_on: str = "") -> str:
    """A script that appends its name and arguments to `log`; exits 1 when they contain `fail_on`."""
    path.write_text(f"""#!{sys.executable}
import sys
line = " ".join([{str(path.name)!r}, *sys.argv[1:]])
open({str(log)!r}, "a").write(line + "\\n")
if {fail_on!r} and {fail_on!r} in line:
    print("fake failure"); sys.exit(1)
if sys.argv[1:2] == ["backup"]:
    print("Zapisano kopię /var/backups/ivr/ivr-backup-x.tar.gz: baza (sqlite)")
""")
    path.chmod(0o755)
    return str(path)


@pytest.fixture
def release(tmp_path):
    """A bare 'origin', the server's checkout of it, and a new commit pushed from elsewhere."""
    origin, server, dev = tmp_path / "origin.git", tmp_path / "srv-ivr", tmp_path / "dev"
    subprocess.run(["git", "init", "--bare", "-b", "main", str(origin)], check=True, capture_output=True)
    subprocess.run(["git", "clone", str(origin), str(dev)], check=True, capture_output=True)
    (dev / "VERSION").write_text("1\n")
    git("add", "VERSION", cwd=dev); git("commit", "-m", "one", cwd=dev); git("push", "origin", "main", cwd=dev)
    subprocess.run(["git", "clone", str(origin), str(server)], check=True, capture_output=True)
    (dev / "VERSION").write_text("2\n")
    git("commit", "-am", "two", cwd=dev); git("push", "origin", "main", cwd=dev)
    return server, dev


def run_cli(tmp_path, server, fail_on=""):
    from ivr.cli import main

    log = tmp_path / "ran.log"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    args = ["upgrade", "--checkout", str(server), "--backups", "/var/backups/ivr",
            "--ivr", fake_command(bin_dir / "ivr", log, fail_on), "--pip", fake_command(bin_dir / "pip", log, fail_on),
            "--systemctl", fake_command(bin_dir / "systemctl", log, fail_on)]
    result = CliRunner().invoke(main, args)
    ran = log.read_text().splitlines() if log.exists() else []
    return result, ran


def test_a_whole_upgrade_pulls_the_new_release_and_restarts(tmp_path, release):
    server, _dev = release
    result, ran = run_cli(tmp_path, server)
    assert result.exit_code == 0, result.output
    assert (server / "VERSION").read_text() == "2\n"
    assert ran == ["ivr backup /var/backups/ivr", f"pip install --quiet -e {server}[postgres]", "ivr db upgrade",
                   "ivr prompts build", "systemctl restart ivr.service ivr-worker.service", "ivr doctor"]
    assert "7/7 Sprawdzenie (ivr doctor)" in result.output


def test_a_diverged_checkout_stops_at_the_pull_before_anything_changes(tmp_path, release):
    server, _dev = release
    (server / "VERSION").write_text("local edit\n")
    git("commit", "-am", "a local change on the server", cwd=server)
    before = git("rev-parse", "HEAD", cwd=server)
    result, ran = run_cli(tmp_path, server)
    assert result.exit_code == 1
    assert git("rev-parse", "HEAD", cwd=server) == before
    assert ran == ["ivr backup /var/backups/ivr"]  # no install, no migration, no restart
    assert "✗ Pobranie nowej wersji (git pull --ff-only)" in result.output
    assert "Linia nadal działa w poprzedniej wersji" in result.output


def test_a_failed_migration_stops_before_the_restart_and_says_how_to_go_back(tmp_path, release):
    server, _dev = release
    before = git("rev-parse", "HEAD", cwd=server)
    result, ran = run_cli(tmp_path, server, fail_on="db upgrade")
    assert result.exit_code == 1
    assert not any(line.startswith("systemctl") for line in ran)
    assert f"git -C {server} reset --hard {before}" in result.output
    assert "restore /var/backups/ivr/ivr-backup-x.tar.gz --force" in result.output

