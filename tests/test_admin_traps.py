"""Admin traps (issue 31): the wrapper's backup folder, root or sudo, and a bad setting that stops
the service's start with the doctor's own words instead of a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ivr.config import ROOT, setting_problem

WRAPPER = ROOT / "deploy" / "ivr"

FAKE_SYSTEMD_RUN = """#!/bin/sh
# Prints the command the wrapper would run in the sandbox: what follows the venv's ivr.
seen=0
for arg in "$@"; do
  if [ "$seen" -eq 1 ]; then printf '%s\\n' "$arg"; fi
  [ "$arg" = /srv/ivr/.venv/bin/ivr ] && seen=1
done
echo RAN-SYSTEMD-RUN
"""


def fake_bin(tmp_path: Path, uid: int = 0, sudo: bool = True) -> Path:
    folder = tmp_path / f"bin-{uid}-{int(sudo)}"
    if folder.exists():
        return folder
    folder.mkdir(parents=True)
    scripts = {"systemd-run": FAKE_SYSTEMD_RUN, "id": f"#!/bin/sh\necho {uid}\n"}
    if sudo:
        scripts["sudo"] = '#!/bin/sh\necho VIA-SUDO\nexec "$@"\n'
    for name, text in scripts.items():
        (folder / name).write_text(text)
        (folder / name).chmod(0o755)
    for tool in ("realpath", "basename"):
        (folder / tool).symlink_to(f"/usr/bin/{tool}")
    return folder


def wrapper(tmp_path, *args, cwd="/", **fake):
    folder = fake_bin(tmp_path, **fake)
    env = {"PATH": str(folder), "HOME": str(tmp_path / "home")}
    return subprocess.run(["/bin/sh", str(WRAPPER), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)


def test_a_backup_in_the_home_folder_is_refused_with_the_folder_to_use(tmp_path):
    result = wrapper(tmp_path, "restore", str(tmp_path / "home" / "backup.tar.gz"))
    assert result.returncode == 2
    assert "RAN-SYSTEMD-RUN" not in result.stdout
    assert "leży poza folderem kopii zapasowych /var/backups/ivr" in result.stderr
    assert f"cp -- '{tmp_path / 'home' / 'backup.tar.gz'}' /var/backups/ivr/" in result.stderr
    assert "outside the backup folder /var/backups/ivr" in result.stderr


@pytest.mark.parametrize("args", [["backup", "/tmp"], ["backup", "--keep", "14", "/root/kopie"],
                                  ["restore", "--force", "/tmp/ivr-backup.tar.gz"],
                                  ["restore", "/var/backups/ivr/../../tmp/x.tar.gz"]])
def test_paths_the_sandbox_cannot_see_are_refused(tmp_path, args):
    result = wrapper(tmp_path, *args)
    assert result.returncode == 2 and "RAN-SYSTEMD-RUN" not in result.stdout, result.stdout


def test_a_backup_in_the_documented_folder_goes_through_made_absolute(tmp_path):
    result = wrapper(tmp_path, "restore", "../backups/ivr/ivr-backup-1.tar.gz", "--force", cwd="/var/lib")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["restore", "/var/backups/ivr/ivr-backup-1.tar.gz", "--force", "RAN-SYSTEMD-RUN"]
    result = wrapper(tmp_path, "backup", "/var/backups/ivr", "--keep", "14")
    assert result.stdout.splitlines() == ["backup", "/var/backups/ivr", "--keep", "14", "RAN-SYSTEMD-RUN"]


def test_other_commands_pass_unchanged(tmp_path):
    result = wrapper(tmp_path, "say", "/tmp is not a path here")
    assert result.stdout.splitlines() == ["say", "/tmp is not a path here", "RAN-SYSTEMD-RUN"]


def test_root_runs_without_sudo_and_a_user_through_it(tmp_path):
    as_root = wrapper(tmp_path, "doctor")
    assert "VIA-SUDO" not in as_root.stdout and "RAN-SYSTEMD-RUN" in as_root.stdout
    as_user = wrapper(tmp_path / "user", "doctor", uid=1000)
    assert as_user.stdout.splitlines()[0] == "VIA-SUDO" and "RAN-SYSTEMD-RUN" in as_user.stdout


def test_a_user_without_sudo_is_told_to_become_root(tmp_path):
    result = wrapper(tmp_path, "doctor", uid=1000, sudo=False)
    assert result.returncode == 1 and "RAN-SYSTEMD-RUN" not in result.stdout
    assert "jako root (su -) albo zainstalować sudo" in result.stderr


# -- a bad setting stops the start with the doctor's words --------------------------------------

def start(command: list[str], tmp_path: Path, **settings) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IVR_", "TWILIO_"))}
    env.update(IVR_INSTANCE_DIR=str(tmp_path / "instance"), IVR_AUDIO_DIR=str(tmp_path / "audio"), **settings)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_gunicorn_with_the_deploy_config_refuses_ivr_workers_dwa(tmp_path):
    result = start([sys.executable, "-m", "gunicorn", "--config", str(ROOT / "deploy" / "gunicorn.conf.py")], tmp_path,
                   IVR_WORKERS="dwa", IVR_BIND="127.0.0.1:0")
    assert result.returncode == 2, result.stderr[-2000:]
    assert setting_problem("IVR_WORKERS", "positive", "dwa") in result.stderr  # the doctor's very words
    assert "Traceback" not in result.stderr and "Linia nie wystartuje" in result.stderr


def test_ivr_serve_refuses_a_mistyped_proxy_count(tmp_path):
    result = start([sys.executable, "-m", "ivr", "serve", "--port", "1"], tmp_path, IVR_TRUSTED_PROXIES="jeden")
    assert result.returncode == 2
    assert setting_problem("IVR_TRUSTED_PROXIES", "count", "jeden") in result.stderr
    assert "Traceback" not in result.stderr


def test_ivr_worker_refuses_a_bad_log_format(tmp_path):
    result = start([sys.executable, "-m", "ivr", "worker", "--once"], tmp_path, IVR_LOG_FORMAT="xml")
    assert result.returncode == 2
    assert "IVR_LOG_FORMAT" in result.stderr and "Traceback" not in result.stderr


def test_the_units_do_not_restart_on_a_bad_setting():
    for unit in ("ivr.service", "ivr-worker.service"):
        assert "RestartPreventExitStatus=2" in (ROOT / "deploy" / unit).read_text()


def test_upgrade_runs_outside_the_sandbox(tmp_path):
    """`ivr upgrade` pulls, installs and restarts: the wrapper hands it to the venv's ivr as root,
    not to systemd-run (here that ivr does not exist, so the shell says so)."""
    result = wrapper(tmp_path, "upgrade")
    assert "RAN-SYSTEMD-RUN" not in result.stdout
    assert "/srv/ivr/.venv/bin/ivr" in result.stderr and result.returncode != 0
