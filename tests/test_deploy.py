"""deploy/: the systemd units pass `systemd-analyze verify`, the Caddyfile `caddy validate`,
every timer runs a real `ivr` command, and the environment template names every setting.

The tools are Debian packages (`systemd`, `caddy`) that .ci/run installs; where one is
missing its tests skip, saying so."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ivr.config import ROOT

DEPLOY = ROOT / "deploy"
UNITS = sorted(DEPLOY.glob("*.service")) + sorted(DEPLOY.glob("*.timer"))
needs_systemd = pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed (apt-get install systemd)")
needs_caddy = pytest.mark.skipif(not shutil.which("caddy"), reason="caddy not installed (apt-get install caddy)")


def unit(name: str) -> dict[str, list[str]]:
    """KEY -> values of one unit file (keys may repeat)."""
    found: dict[str, list[str]] = {}
    for line in (DEPLOY / name).read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key, []).append(value)
    return found


def verify(folder: Path, files: list[Path]) -> subprocess.CompletedProcess:
    """systemd-analyze verify on copies whose paths point at this checkout (it checks that
    ExecStart exists); a warning (unknown key, bad value) counts as a failure too."""
    for path in files:
        text = path.read_text().replace("/srv/ivr", str(ROOT)).replace("/etc/ivr/ivr.env", str(DEPLOY / "ivr.env.example"))
        (folder / path.name).write_text(text)
    return subprocess.run(["systemd-analyze", "verify", "--man=no", *[str(folder / p.name) for p in files]],
                          capture_output=True, text=True, cwd=folder)


@needs_systemd
def test_systemd_units_verify_cleanly(tmp_path):
    assert len(UNITS) == 12
    result = verify(tmp_path, UNITS)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr


@needs_systemd
@pytest.mark.parametrize("old, new", [("Type=notify", "Tipe=notify"), ("ProtectSystem=strict", "ProtectSystem=strictly"),
                                      ("/.venv/bin/gunicorn", "/.venv/bin/gunicorm")])
def test_the_verification_catches_a_broken_unit(tmp_path, old, new):
    broken = tmp_path / "src" / "ivr.service"
    broken.parent.mkdir()
    broken.write_text((DEPLOY / "ivr.service").read_text().replace(old, new))
    result = verify(tmp_path, [broken])
    assert result.returncode != 0 or (result.stdout + result.stderr).strip()


def caddy_validate(path: Path, home: Path) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([shutil.which("caddy"), "validate", "--config", str(path), "--adapter", "caddyfile"],
                          capture_output=True, text=True, env=env)


@needs_caddy
def test_caddyfile_validates(tmp_path):
    result = caddy_validate(DEPLOY / "Caddyfile", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


@needs_caddy
def test_caddy_validate_catches_a_broken_caddyfile(tmp_path):
    broken = tmp_path / "Caddyfile"
    broken.write_text((DEPLOY / "Caddyfile").read_text().replace("reverse_proxy", "reverse_proxxy"))
    assert caddy_validate(broken, tmp_path).returncode != 0


def test_the_service_runs_gunicorn_hardened_with_its_environment_file():
    service = unit("ivr.service")
    assert service["ExecStart"] == ["/srv/ivr/.venv/bin/gunicorn --config /srv/ivr/deploy/gunicorn.conf.py"]
    assert service["EnvironmentFile"] == ["/etc/ivr/ivr.env"]
    assert service["User"] == ["ivr"] and service["Restart"] == ["on-failure"]
    for key, value in {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes"}.items():
        assert service[key] == [value], key
    assert service["ReadWritePaths"] == ["/var/lib/ivr"]
    # The data folders of the environment template are all inside the writable one.
    template = (DEPLOY / "ivr.env.example").read_text()
    for folder in re.findall(r"^IVR_\w+_DIR=(\S+)$", template, re.M):
        assert folder.startswith("/var/lib/ivr/"), folder


def test_the_worker_service_runs_ivr_worker_hardened_like_the_line():
    worker, line = unit("ivr-worker.service"), unit("ivr.service")
    assert worker["ExecStart"] == ["/srv/ivr/.venv/bin/ivr worker"]
    assert worker["Restart"] == ["always"] and worker["KillSignal"] == ["SIGTERM"]
    for key in ("User", "EnvironmentFile", "ReadWritePaths", "NoNewPrivileges", "ProtectSystem", "PrivateTmp",
                "ProtectHome", "CapabilityBoundingSet", "RestrictAddressFamilies", "UMask"):
        assert worker[key] == line[key], key


def test_gunicorn_runs_threaded_workers():
    import runpy

    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    assert config["worker_class"] == "gthread" and config["threads"] >= 4 and config["timeout"] == 30


TIMERS = {
    "ivr-messages-fetch": ("*:0/5", ["messages", "fetch"]),
    "ivr-messages-purge": ("*-*-* 03:15", ["messages", "purge", "--older-than", "30d"]),
    "ivr-stats-purge": ("*-*-* 03:30", ["stats", "purge"]),
    "ivr-prompts-build": ("*-*-* 02:00", ["prompts", "build"]),
    "ivr-backup": ("*-*-* 01:30", ["backup", "/var/backups/ivr", "--keep", "14"]),
}


@pytest.mark.parametrize("name", TIMERS)
def test_each_timer_runs_its_ivr_command_on_schedule(name):
    when, args = TIMERS[name]
    assert unit(f"{name}.timer")["OnCalendar"] == [when]
    service = unit(f"{name}.service")
    assert service["ExecStart"] == [" ".join(["/srv/ivr/.venv/bin/ivr", *args])]
    assert service["Type"] == ["oneshot"] and service["User"] == ["ivr"] and service["ProtectSystem"] == ["strict"]


@pytest.mark.parametrize("name", TIMERS)
def test_each_timer_command_is_a_real_ivr_command(name):
    import click

    from ivr.cli import main

    args = TIMERS[name][1]
    command, words = main, list(args)
    while isinstance(command, click.Group):
        command = command.get_command(click.Context(command), words.pop(0))
        assert command is not None, args
    command.make_context(command.name, words)  # the options parse as the timer gives them


@needs_systemd
def test_every_five_minutes_means_every_five_minutes():
    result = subprocess.run(["systemd-analyze", "calendar", "--iterations=3", "*:0/5"], capture_output=True, text=True)
    minutes = [int(m) for m in re.findall(r"\d\d:(\d\d):00", result.stdout)][:3]
    assert [(b - a) % 60 for a, b in zip(minutes, minutes[1:])] == [5, 5], result.stdout


def test_the_environment_template_comments_every_setting_the_line_reads():
    read = set()
    for path in [*ROOT.joinpath("ivr").rglob("*.py"), DEPLOY / "gunicorn.conf.py"]:
        read |= set(re.findall(r"""(?:environ\.get|env|_flag|getenv)\(\s*["']((?:IVR|TWILIO)_[A-Z_]+)""", path.read_text()))
    read |= {"IVR_LOG_FORMAT"}  # read through logs.FORMAT_ENV
    assert {"IVR_PUBLIC_URL", "TWILIO_AUTH_TOKEN", "IVR_BIND"} <= read
    lines = (DEPLOY / "ivr.env.example").read_text().splitlines()
    for name in sorted(read):
        where = [i for i, line in enumerate(lines) if re.match(rf"^#?{name}=", line)]
        assert where, f"{name} is not in deploy/ivr.env.example"
        assert lines[where[0] - 1].startswith("#"), f"{name} has no comment above it"


def test_the_admin_wrapper_is_valid_shell_and_uses_the_service_settings():
    wrapper = DEPLOY / "ivr"
    assert subprocess.run(["sh", "-n", str(wrapper)]).returncode == 0
    text = wrapper.read_text()
    assert "EnvironmentFile=/etc/ivr/ivr.env" in text and "--uid=ivr" in text and "/srv/ivr/.venv/bin/ivr" in text
