"""deploy/: the systemd units pass `systemd-analyze verify`, the Caddyfile `caddy validate`,
every timer runs a real `ivr` command, and the environment template names every setting.

The tools are Debian packages (`systemd`, `caddy`) that .ci/run installs; where one is
missing its tests skip, saying so."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
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
    "ivr-messages-purge": ("*-*-* 03:15", ["messages", "purge"]),  # IVR_KEEP_MESSAGES_DAYS
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


# -- Caddy in front of a stand-in upstream: the body cap agrees with the app, the /staff allow-list --

def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def upstream():
    """A stand-in for gunicorn that reads every body and answers 200 "upstream"."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Length", "8")
            self.end_headers()
            self.wfile.write(b"upstream")

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture
def run_caddy(tmp_path, upstream):
    """deploy/Caddyfile on http://127.0.0.1:<port> (no certificates, no admin API), in front of
    the stand-in upstream; returns its base URL."""
    import time
    import urllib.request

    processes = []

    def start(**env):
        port = _free_port()
        text = (DEPLOY / "Caddyfile").read_text()
        text = text.replace("infolinia.example.pl {", f"http://127.0.0.1:{port} {{", 1)
        text = text.replace("\temail it@example.pl\n", "\temail it@example.pl\n\tadmin off\n", 1)
        text = text.replace("reverse_proxy 127.0.0.1:8000", f"reverse_proxy 127.0.0.1:{upstream}")
        path = tmp_path / f"Caddyfile.{port}"
        path.write_text(text)
        home = tmp_path / "home"
        environment = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                       "PATH": "/usr/bin:/bin", **env}
        process = subprocess.Popen([shutil.which("caddy"), "run", "--config", str(path), "--adapter", "caddyfile"],
                                   env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                return base
            except OSError:
                time.sleep(0.1)
        pytest.fail("caddy did not start")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def _status(url: str, data: bytes | None = None) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@needs_caddy
def test_caddy_caps_bodies_where_the_app_does(run_caddy):
    """The app takes a staff form of up to 2 MiB (STAFF_MAX_BODY); Caddy capped at 1 MB, so a
    form the app allows was refused in front of it."""
    from ivr.web.staff.blueprint import STAFF_MAX_BODY

    base = run_caddy()
    assert STAFF_MAX_BODY == 2 * 1024 ** 2
    assert _status(base + "/staff/prompts/greeting", b"x" * (STAFF_MAX_BODY - 4096)) == (200, "upstream")
    assert _status(base + "/staff/prompts/greeting", b"x" * STAFF_MAX_BODY) == (200, "upstream")
    assert _declared(base, "/staff/prompts/greeting", STAFF_MAX_BODY + 1) == 413
    assert _declared(base, "/voice", 10 ** 9) == 413


def _declared(base: str, path: str, size: int) -> int:
    """The status Caddy answers to a POST that declares `size` bytes (the body is not sent:
    Caddy answers from the header, and would cut a real one short)."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(f"POST {path} HTTP/1.1\r\nHost: {address.netloc}\r\nContent-Length: {size}\r\n"
                           "Content-Type: application/x-www-form-urlencoded\r\n\r\n".encode())
        status_line = connection.makefile("rb").readline().decode()
    return int(status_line.split()[1])


def test_the_caddy_size_pattern_matches_exactly_the_sizes_the_app_refuses():
    from ivr.web.staff.blueprint import STAFF_MAX_BODY

    pattern = re.search(r"@too_large header_regexp Content-Length (\S+)", (DEPLOY / "Caddyfile").read_text())[1]
    sizes = [0, 1, 999_999, 1_000_001, 2_000_000, *range(STAFF_MAX_BODY - 70_000, STAFF_MAX_BODY + 300),
             2_100_000, 2_999_999, 3_000_000, 9_999_999, 10_000_000, 10 ** 12]
    for size in sizes:
        assert bool(re.match(pattern, str(size))) == (size > STAFF_MAX_BODY), size


@needs_caddy
def test_the_staff_pages_are_open_by_default(run_caddy):
    base = run_caddy()
    assert _status(base + "/staff/login") == (200, "upstream")


@needs_caddy
def test_the_staff_allow_list_keeps_other_addresses_out_of_staff_only(run_caddy):
    outside = run_caddy(IVR_STAFF_ALLOW="10.0.0.0/8 2001:db8::/32")
    status, body = _status(outside + "/staff/login")
    assert status == 403 and "tylko z sieci ośrodka" in body
    assert _status(outside + "/staff")[0] == 403
    assert _status(outside + "/voice", b"CallSid=CA1") == (200, "upstream")  # Twilio's webhooks stay open
    assert _status(outside + "/healthz") == (200, "upstream")
    inside = run_caddy(IVR_STAFF_ALLOW="127.0.0.0/8")
    assert _status(inside + "/staff/login") == (200, "upstream")


# -- systemd hardening (N17) and the wrapper's umask (N9) ----------------------------------------

SERVICES = sorted(DEPLOY.glob("*.service"))
HARDENING = {"SystemCallFilter": "@system-service", "ProtectProc": "invisible", "MemoryDenyWriteExecute": "yes",
             "UMask": "0077", "SystemCallErrorNumber": "EPERM", "NoNewPrivileges": "yes", "ProtectSystem": "strict"}


def exposure(folder: Path, path: Path) -> float:
    """systemd-analyze security's overall exposure of a unit file (0 best, 10 worst)."""
    text = path.read_text().replace("/srv/ivr", str(ROOT)).replace("/etc/ivr/ivr.env", str(DEPLOY / "ivr.env.example"))
    copy = folder / path.name
    copy.write_text(text)
    result = subprocess.run(["systemd-analyze", "security", "--offline=yes", "--no-pager", str(copy)],
                            capture_output=True, text=True, cwd=folder)
    return float(re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout + result.stderr)[1])


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_every_service_is_hardened(path):
    service = unit(path.name)
    for key, value in HARDENING.items():
        assert value in service.get(key, []), f"{path.name}: {key}={value}"
    assert "~@privileged @resources" in service["SystemCallFilter"]


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_every_service_and_the_admin_wrapper_run_python_in_utf8_mode(path):
    """Text read or written without a named encoding is UTF-8 even on a server whose locale is
    Latin-2 (pl_PL.ISO-8859-2): Polish letters are never garbled."""
    assert "PYTHONUTF8=1" in unit(path.name).get("Environment", [])
    assert "-p Environment=PYTHONUTF8=1 " in (DEPLOY / "ivr").read_text()


@needs_systemd
@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_every_service_scores_low_exposure(tmp_path, path):
    """Before: 3.2 ("OK") for ivr.service, no system call filter, /proc open, W+X memory allowed."""
    assert exposure(tmp_path, path) <= 1.6
    weaker = tmp_path / "weaker"
    weaker.mkdir()
    lines = [line for line in path.read_text().splitlines()
             if not line.startswith(("SystemCallFilter", "ProtectProc", "MemoryDenyWriteExecute"))]
    (weaker / path.name).write_text("\n".join(lines) + "\n")
    assert exposure(tmp_path, weaker / path.name) > 2.0  # the measure sees what these lines do


def wrapper_properties() -> list[str]:
    """The -p NAME=VALUE properties deploy/ivr gives systemd-run."""
    import shlex

    words = shlex.split((DEPLOY / "ivr").read_text().split("systemd-run --quiet", 1)[1].replace("\\\n", " "))
    return [words[i + 1] for i, word in enumerate(words) if word == "-p"]


@needs_systemd
def test_the_wrapper_sandbox_is_valid_systemd_and_matches_the_service(tmp_path):
    properties = wrapper_properties()
    assert "UMask=0077" in properties
    for key in ("SystemCallFilter=@system-service", "ProtectProc=invisible", "MemoryDenyWriteExecute=yes"):
        assert key in properties, key
    body = "\n".join(p for p in properties if not p.startswith("EnvironmentFile"))
    (tmp_path / "ivr-wrapper.service").write_text(
        f"[Service]\nType=oneshot\nUser=ivr\nExecStart={ROOT}/.venv/bin/ivr doctor\n{body}\n")
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(tmp_path / "ivr-wrapper.service")],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr


FAKE_SYSTEMD_RUN = r'''#!{python}
"""A stand-in for systemd-run: applies the UMask property (systemd's default for a service is
0022), drops the other properties and options, and runs the command (the code's own ivr)."""
import os, sys
args, umask, command = sys.argv[1:], 0o022, None
i = 0
while i < len(args):
    if args[i] == "-p":
        name, _, value = args[i + 1].partition("=")
        if name == "UMask":
            umask = int(value, 8)
        i += 2
    elif args[i].startswith("-"):
        i += 1
    else:
        command = args[i:]
        break
os.umask(umask)
assert command[0] == "/srv/ivr/.venv/bin/ivr", command
os.execv(sys.executable, [sys.executable, "-m", "ivr", *command[1:]])
'''


@pytest.mark.parametrize("keep_umask", [True, False])
def test_the_wrapper_makes_a_database_only_the_service_user_can_read(tmp_path, keep_umask):
    """N9: `ivr db upgrade` through deploy/ivr made the SQLite file 0644: residents' numbers
    readable by every local user. Run through stand-ins for sudo and systemd-run that apply
    the wrapper's UMask as systemd does."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
    (bin_dir / "systemd-run").write_text(FAKE_SYSTEMD_RUN.replace("{python}", sys.executable))
    for name in ("sudo", "systemd-run"):
        (bin_dir / name).chmod(0o755)
    wrapper = tmp_path / "ivr"
    text = (DEPLOY / "ivr").read_text()
    wrapper.write_text(text if keep_umask else text.replace("-p UMask=0077", ""))
    database = tmp_path / "instance" / "ivr.sqlite3"
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin", "IVR_DATABASE_URL": f"sqlite:///{database}",
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run(["sh", str(wrapper), "db", "upgrade"], env=env, capture_output=True, text=True,
                            cwd=ROOT, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    mode = database.stat().st_mode & 0o777
    assert mode == (0o600 if keep_umask else 0o644), oct(mode)
