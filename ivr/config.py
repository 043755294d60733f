"""Settings from the environment, with defaults that work on a developer's machine."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path



def _checkout() -> Path:
    """The checkout the line runs from: the package's parent folder (`make install`'s editable
    install), else, for a copy installed with `pip install .`, the working directory when it holds
    the shipped prompts (systemd's WorkingDirectory=/srv/ivr)."""
    parent = Path(__file__).resolve().parent.parent
    if (parent / "prompts" / "pl.toml").is_file():
        return parent
    here = Path.cwd()
    return here if (here / "prompts" / "pl.toml").is_file() else parent


ROOT = _checkout()


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _positive(value: str | None, default: int) -> int:
    """A whole number above zero, else the default (a typo never switches a limit off)."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else default


def _count(name: str) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() else 0


def _api_url(value: str | None) -> str:
    """Twilio's API, or a fake on loopback: credentials are never sent anywhere else."""
    from urllib.parse import urlsplit

    value = (value or "").strip().rstrip("/")
    if value:
        parts = urlsplit(value)
        if parts.scheme == "http" and parts.hostname in {"127.0.0.1", "localhost", "::1"} and not parts.path:
            return value
    return "https://api.twilio.com"


@dataclass(frozen=True)
class Settings:
    content_dir: Path
    audio_dir: Path
    database_url: str
    public_url: str | None
    auth_token: str
    account_sid: str
    # Skip Twilio signature checks: only for local trials, never in production.
    dev_unsigned: bool
    secret_key: str
    staff_mobile: str | None
    line_number: str | None
    # Callers' messages, downloaded from Twilio (IVR_RECORDINGS_DIR).
    recordings_dir: Path = ROOT / "instance" / "recordings"
    # "Oddzwoń" (call-back bridge): the office landline staff may choose as the phone they are at,
    # whether numbers outside Poland may be called, and how many bridges a staff member may start per hour.
    office_phone: str | None = None
    callback_international: bool = False
    callback_per_hour: int = 10
    # Reverse proxies in front of the line (IVR_TRUSTED_PROXIES): how many X-Forwarded-For
    # hops name the client, for the staff sign-in's per-address lock-out. 0: the peer itself.
    trusted_proxies: int = 0
    # Call statistics (ivr.stats): on unless IVR_STATS=0; the simulators always switch them off.
    stats: bool = True
    # The content shipped with the release (the code's own prompts/, read-only on a server:
    # /srv/ivr/prompts): the line answers with it when pl.toml in content_dir does not load
    # and no kept version in its history/ does either.
    shipped_content_dir: Path = ROOT / "prompts"

    # Twilio's REST API (IVR_TWILIO_API_URL): only a fake on loopback for tests and bench/ ever changes it.
    twilio_api_url: str = "https://api.twilio.com"
    # The spool of messages and call-back requests the database could not take in time (IVR_SPOOL_FILE,
    # else spool.jsonl in IVR_INSTANCE_DIR); None: spool.jsonl beside the recordings folder.
    spool_file: Path | None = None

    @property
    def spool_path(self) -> Path:
        return self.spool_file or Path(self.recordings_dir).parent / "spool.jsonl"

    # "Nierozpoznane": keep what callers said that was not understood, 14 days (IVR_KEEP_MISSES=1).
    keep_misses: bool = False
    # Callers' recordings are encrypted at rest (ivr.common.sealed) with IVR_RECORDINGS_KEY,
    # else with a key derived from IVR_SECRET_KEY for that purpose.
    recordings_key: str = ""
    # How long callers' data is kept (the privacy notice says these same numbers):
    # messages and call-back requests (IVR_KEEP_MESSAGES_DAYS), the staff access log
    # (IVR_KEEP_AUDIT_DAYS, 2 years).
    keep_messages_days: int = 30
    keep_audit_days: int = 730

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ.get
        instance = Path(env("IVR_INSTANCE_DIR", str(ROOT / "instance")))
        return cls(
            content_dir=Path(env("IVR_CONTENT_DIR", str(ROOT / "prompts"))),
            audio_dir=Path(env("IVR_AUDIO_DIR", str(ROOT / "audio"))),
            database_url=env("IVR_DATABASE_URL", f"sqlite:///{instance / 'ivr.sqlite3'}"),
            public_url=(env("IVR_PUBLIC_URL") or "").rstrip("/") or None,
            auth_token=env("TWILIO_AUTH_TOKEN", ""),
            account_sid=env("TWILIO_ACCOUNT_SID", ""),
            dev_unsigned=_flag("IVR_DEV_UNSIGNED"),
            secret_key=env("IVR_SECRET_KEY", ""),
            staff_mobile=env("IVR_STAFF_MOBILE") or None,
            line_number=env("IVR_LINE_NUMBER") or None,
            recordings_dir=Path(env("IVR_RECORDINGS_DIR", str(instance / "recordings"))),
            office_phone=env("IVR_OFFICE_PHONE") or None,
            callback_international=_flag("IVR_CALLBACK_INTERNATIONAL"),
            callback_per_hour=_positive(env("IVR_CALLBACK_PER_HOUR"), 10),
            trusted_proxies=_count("IVR_TRUSTED_PROXIES"),
            stats=env("IVR_STATS", "1").strip().lower() not in {"0", "false", "no", "off"},
            twilio_api_url=_api_url(env("IVR_TWILIO_API_URL")),
            spool_file=Path(env("IVR_SPOOL_FILE") or instance / "spool.jsonl")
            if env("IVR_SPOOL_FILE") or env("IVR_INSTANCE_DIR") else None,
            keep_misses=_flag("IVR_KEEP_MISSES"),
            recordings_key=env("IVR_RECORDINGS_KEY", "").strip(),
            keep_messages_days=_positive(env("IVR_KEEP_MESSAGES_DAYS"), 30),
            keep_audit_days=_positive(env("IVR_KEEP_AUDIT_DAYS"), 730),
        )


# ---------------------------------------------------------------- checking the settings
# Every numeric, yes/no and list setting, checked as written: a typo (IVR_WORKERS=dwa,
# IVR_TRUSTED_PROXIES=jeden) is named, in Polish and English, by `ivr doctor` and stops the
# service's start with the same words (deploy/gunicorn.conf.py, `ivr serve`, `ivr worker`),
# instead of a traceback or a quiet default.

FLAG_WORDS = {"1", "0", "true", "false", "yes", "no", "on", "off"}
# (variable, kind, the values of a list)
SETTING_RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("IVR_WORKERS", "positive", ()),
    ("IVR_THREADS", "positive", ()),
    ("IVR_CALLBACK_PER_HOUR", "positive", ()),
    ("IVR_TRUSTED_PROXIES", "count", ()),
    ("IVR_BIND", "bind", ()),
    ("IVR_STATS", "flag", ()),
    ("IVR_KEEP_MISSES", "flag", ()),
    ("IVR_CALLBACK_INTERNATIONAL", "flag", ()),
    ("IVR_DEV_UNSIGNED", "flag", ()),
    ("IVR_ACCESS_LOG", "flag", ()),
    ("IVR_LOG_FORMAT", "choice", ("text", "json")),
)
_EXPECTED = {
    "positive": ("liczbą całkowitą większą od zera, np. 2", "a whole number above zero, e.g. 2"),
    "count": ("liczbą całkowitą: 0 albo więcej, np. 1", "a whole number, 0 or more, e.g. 1"),
    "bind": ("adresem i portem, np. 127.0.0.1:8000", "an address and a port, e.g. 127.0.0.1:8000"),
    "flag": ("1 (włączone) albo 0 (wyłączone)", "1 (on) or 0 (off)"),
}


def _fits(kind: str, value: str, choices: tuple[str, ...]) -> bool:
    if kind == "positive":
        return value.isascii() and value.isdigit() and int(value) > 0
    if kind == "count":
        return value.isascii() and value.isdigit()
    if kind == "flag":
        return value.lower() in FLAG_WORDS
    if kind == "choice":
        return value.lower() in choices
    if kind == "bind":
        if value.startswith("unix:"):
            return len(value) > 5
        host, _, port = value.rpartition(":")
        return bool(host) and port.isascii() and port.isdigit() and 0 < int(port) < 65536
    raise ValueError(kind)


def setting_problem(name: str, kind: str, value: str, choices: tuple[str, ...] = ()) -> str | None:
    """Why `value` cannot be `name`, in Polish and English; None when it can (empty: the default)."""
    value = value.strip()
    if not value or _fits(kind, value, choices):
        return None
    polish, english = _EXPECTED.get(kind) or (f"jednym z: {', '.join(choices)}", f"one of: {', '.join(choices)}")
    return (f"Błędne ustawienie {name}=„{value}”: ma być {polish}. "
            f"/ Bad setting {name}={value!r}: must be {english}.")


def setting_problems(environ=None) -> list[str]:
    """Every numeric, yes/no and list setting of the environment that is written wrong."""
    environ = os.environ if environ is None else environ
    found = (setting_problem(name, kind, environ.get(name, ""), choices) for name, kind, choices in SETTING_RULES)
    return [problem for problem in found if problem]


class BadSettings(SystemExit):
    """Raised at a start with a bad setting: exits with status 2 after printing `message`."""


def refuse_bad_settings(environ=None, stream=None) -> None:
    """Stop a start (gunicorn, `ivr serve`, `ivr worker`) on a bad setting, with the doctor's words."""
    import sys

    problems = setting_problems(environ)
    if problems:
        out = stream or sys.stderr
        for problem in problems:
            print(problem, file=out)
        print("Linia nie wystartuje, dopóki ustawienie nie zostanie poprawione (plik /etc/ivr/ivr.env; "
              "ivr doctor pokaże wszystkie). / The line will not start until the setting is fixed.", file=out)
        out.flush()
        raise BadSettings(2)
