"""The checks of `ivr doctor`: everything the line needs on its server, one result each,
in Polish, with the fix for a failed one. Nothing here changes the set-up it checks."""
from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ivr.common.polish import plural
from ivr.config import Settings

ENV_FILE = "/etc/ivr/ivr.env"
MIN_FREE_BYTES = 500 * 1024 * 1024  # some 250 two-minute messages, and room for a build and backups
MIN_SECRET_LENGTH = 32
_AUTH_TOKEN = re.compile(r"^[0-9a-f]{32}$")
_ACCOUNT_SID = re.compile(r"^AC[0-9a-f]{32}$")
IN_ENV_FILE = f"w pliku {ENV_FILE}, potem: sudo systemctl restart ivr"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def line(self) -> str:
        mark = "✓" if self.ok else "✗"
        text = f"{mark} {self.name}: {self.detail}"
        return text if self.ok or not self.fix else f"{text} — Naprawa: {self.fix}"


def passed(name: str, detail: str) -> Check:
    return Check(name, True, detail)


def failed(name: str, detail: str, fix: str) -> Check:
    return Check(name, False, detail, fix)


class Doctor:
    """The offline checks of one set-up, in the order an administrator fixes them."""

    def __init__(self, settings: Settings, disk_usage: Callable = shutil.disk_usage, environ=None):
        import os

        self.settings = settings
        self.disk_usage = disk_usage
        self.environ = os.environ if environ is None else environ

    def checks(self) -> Iterator[Check]:
        yield from self.content_and_audio()
        yield from self.database()
        yield from self.jobs()
        yield from self.folders()
        yield from self.environment()

    # -- content and audio -----------------------------------------------------------

    def content_and_audio(self) -> Iterator[Check]:
        from ivr.audio.build import status
        from ivr.call.catalogue import Catalogue
        from ivr.call.content import CONTENT_FILE, ContentError, load_content
        from ivr.call.content_errors import describe
        from ivr.call.schedule import now_in_warsaw
        from ivr.common.polish import plural
        from ivr.runtime import make_schedule

        path = Path(self.settings.content_dir) / CONTENT_FILE
        try:
            content = load_content(self.settings.content_dir)
            entries = list(Catalogue(content, make_schedule(content), now_in_warsaw().date()))
        except Exception as exc:  # noqa: BLE001  (every problem as a line of the report, never a traceback)
            problem = describe(exc) if isinstance(exc, ContentError) else f"{path}: nie da się złożyć komunikatów ({type(exc).__name__}: {exc})"
            yield failed("Treści", f"{problem} Linia odpowiada {self._fallback_words()}",
                         "proszę poprawić plik (ivr prompts check pokaże błąd) albo przywrócić dobrą wersję "
                         "na stronie „Historia zmian”")
            yield failed("Nagrania komunikatów", "nie sprawdzono, bo treści się nie wczytują", "najpierw poprawić treści")
            return
        n = len(entries)
        yield passed("Treści", f"{path} jest poprawny, {n} {plural(n, 'komunikat', 'komunikaty', 'komunikatów')}")
        report = status(entries, self.settings.audio_dir)
        if report.missing or report.stale:
            yield failed("Nagrania komunikatów",
                         f"aktualne {report.current} z {report.total} (brak: {len(report.missing)}, "
                         f"nieaktualne: {len(report.stale)}); pozostałe czyta lektor Twilio",
                         "ivr prompts build")
        else:
            yield passed("Nagrania komunikatów", f"wszystkie {report.total} aktualne")
        robotic = [pid for pid, _ in report.espeak]
        if robotic:
            yield failed("Głos zapasowy (espeak)", f"{len(robotic)} z {report.total} komunikatów nagrano głosem zapasowym "
                         f"({', '.join(robotic[:5])}{', …' if len(robotic) > 5 else ''})",
                         "ivr prompts build, gdy serwer ma dostęp do Google (nocny timer ivr-prompts-build robi to sam)")
        else:
            yield passed("Głos zapasowy (espeak)", "żaden komunikat nie jest nagrany głosem zapasowym")

    def _fallback_words(self) -> str:
        """What the line answers with while the file does not load (as ivr.runtime chooses)."""
        from ivr.call.content import ContentError, load_content
        from ivr.runtime import same_folder
        from ivr.staff.content_store import ContentStore

        try:
            kept = ContentStore(self.settings.content_dir).last_good()
        except OSError:
            kept = None
        if kept is not None:
            return f"ostatnią dobrą wersją z historii zmian ({kept[1].name})."
        nothing = "— nie ma żadnej dobrej wersji: linia nie wystartuje."
        if same_folder(Path(self.settings.shipped_content_dir), Path(self.settings.content_dir)):
            return nothing
        try:
            load_content(self.settings.shipped_content_dir)
        except ContentError:
            return nothing
        return f"treścią dostarczoną z programem ({Path(self.settings.shipped_content_dir) / 'pl.toml'})."

    # -- database -------------------------------------------------------------------

    def database(self) -> Iterator[Check]:
        from alembic.runtime.migration import MigrationContext
        from sqlalchemy import func, inspect, select
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import SQLAlchemyError

        from ivr.database.engine import head_revision, make_engine
        from ivr.common.polish import plural
        from ivr.database.schema import staff_accounts

        url = make_url(self.settings.database_url)
        shown = masked_url(url)
        if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).is_file():
            yield failed("Baza danych", f"plik {url.database} nie istnieje", "ivr db upgrade")
            return
        engine = make_engine(self.settings.database_url)
        try:
            with engine.connect() as connection:
                revision = MigrationContext.configure(connection).get_current_revision()
                has_staff = inspect(connection).has_table(staff_accounts.name)
                accounts = connection.execute(select(func.count()).select_from(staff_accounts)).scalar() if has_staff else 0
        except SQLAlchemyError as exc:
            reason = _without_secrets(str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200], url)
            yield failed("Baza danych", f"{shown} nie odpowiada ({reason})",
                         f"sprawdzić IVR_DATABASE_URL {IN_ENV_FILE}, i czy serwer bazy działa")
            return
        finally:
            engine.dispose()
        yield passed("Baza danych", f"{shown} odpowiada")
        head = head_revision()
        if revision != head:
            yield failed("Wersja bazy danych", f"{revision or 'pusta'}, najnowsza to {head}",
                         "ivr db upgrade")
        else:
            yield passed("Wersja bazy danych", f"najnowsza ({head})")
        if accounts:
            yield passed("Konta pracowników", f"{accounts} {plural(accounts, 'konto', 'konta', 'kont')}")
        else:
            yield failed("Konta pracowników", "nie ma żadnego konta do stron /staff",
                         "ivr staff add LOGIN")

    # -- jobs (ivr worker) ----------------------------------------------------------------

    def jobs(self) -> Iterator[Check]:
        from sqlalchemy.exc import SQLAlchemyError

        from ivr.jobs.queue import JobQueue
        from ivr.jobs.spool import Spool
        from ivr.jobs.summary import polish_summary
        from ivr.messages.store import Store

        from sqlalchemy.engine import make_url

        url = make_url(self.settings.database_url)
        if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).is_file():
            yield failed("Zadania (ivr worker)", "nie sprawdzono: nie ma bazy danych", "ivr db upgrade")
            return
        store = Store(self.settings.database_url)
        store._ready = True  # read only: the doctor never migrates (a missing table is reported)
        try:
            counts = JobQueue(store).counts()
        except SQLAlchemyError:
            yield failed("Zadania (ivr worker)", "nie sprawdzono: baza danych nie odpowiada albo nie ma tabeli zadań",
                         "najpierw naprawić bazę danych (ivr db upgrade)")
            return
        finally:
            store.engine.dispose()
        spooled = Spool(self.settings.spool_path).waiting()
        text = polish_summary(counts, spooled)
        stuck = counts.oldest_pending is not None and counts.oldest_pending.total_seconds() > 15 * 60
        if counts.failed or stuck or spooled:
            yield failed("Zadania (ivr worker)", text,
                         "sprawdzić, czy działa sudo systemctl status ivr-worker, i jego dziennik: journalctl -u ivr-worker")
        else:
            yield passed("Zadania (ivr worker)", text)

    # -- folders ------------------------------------------------------------------------

    def folders(self) -> Iterator[Check]:
        s = self.settings
        for name, path, variable in (
            ("Folder nagrań wiadomości", s.recordings_dir, "IVR_RECORDINGS_DIR"),
            ("Folder nagrań komunikatów", s.audio_dir, "IVR_AUDIO_DIR"),
            ("Folder treści", s.content_dir, "IVR_CONTENT_DIR"),
        ):
            problem = _not_writable(Path(path))
            if problem:
                yield failed(name, f"{path} {problem}",
                             f"sudo install -d -o ivr -g ivr {path} (albo poprawić {variable}); "
                             "ten folder musi też być w ReadWritePaths usługi ivr.service")
            else:
                yield passed(name, f"{path} pozwala na zapis")
        yield self.free_space()

    def free_space(self) -> Check:
        path = Path(self.settings.recordings_dir)
        while not path.exists() and path != path.parent:
            path = path.parent
        free = self.disk_usage(path).free
        shown = f"{free / 1024 ** 3:.1f} GB wolne na {path}"
        if free < MIN_FREE_BYTES:
            return failed("Wolne miejsce na dysku", f"tylko {shown} (potrzeba co najmniej {MIN_FREE_BYTES // 1024 ** 2} MB)",
                          "zwolnić miejsce (stare kopie zapasowe, journalctl --vacuum-size=200M) albo powiększyć dysk")
        return passed("Wolne miejsce na dysku", shown)

    # -- settings -------------------------------------------------------------------------

    def environment(self) -> Iterator[Check]:
        from ivr.common.callerid import callable_number
        from ivr.operations.twilio_number import NotHttps, require_https

        s = self.settings
        yield from self.setting_formats()
        console = "wpisać wartość z konsoli Twilio (Account Info na stronie głównej konsoli)"
        yield _not_an_example(_format_check("TWILIO_AUTH_TOKEN", s.auth_token, _AUTH_TOKEN, "32 znaki 0-9 a-f",
                                            f"{console} {IN_ENV_FILE}", secret=True), s.auth_token)
        yield _not_an_example(_format_check("TWILIO_ACCOUNT_SID", s.account_sid, _ACCOUNT_SID, "AC i 32 znaki 0-9 a-f",
                                            f"{console} {IN_ENV_FILE}"), s.account_sid[2:])
        url_fix = f"ustawić adres https, pod którym Caddy wystawia linię (domena urzędu), {IN_ENV_FILE}"
        try:
            shown = require_https(s.public_url)
        except NotHttps as exc:
            yield failed("IVR_PUBLIC_URL", str(exc), url_fix)
        else:
            if is_example_domain(s.public_url):
                yield failed("IVR_PUBLIC_URL", f"{shown} to adres z przykładu, nie adres tej linii "
                             "(the example's domain, not the line's)", url_fix)
            else:
                yield passed("IVR_PUBLIC_URL", shown)
        if len(s.secret_key) >= MIN_SECRET_LENGTH and looks_like_example(s.secret_key):
            yield failed("IVR_SECRET_KEY", "ustawiony, ale to wartość z przykładu albo łatwa do odgadnięcia "
                         "(an example or guessable value)",
                         f"wpisać wynik python3 -c \"import secrets; print(secrets.token_hex(32))\" {IN_ENV_FILE}")
        elif len(s.secret_key) >= MIN_SECRET_LENGTH:
            yield passed("IVR_SECRET_KEY", f"ustawiony ({_characters(len(s.secret_key))})")
        else:
            yield failed("IVR_SECRET_KEY", "nie jest ustawiony" if not s.secret_key else
                         f"za krótki ({_characters(len(s.secret_key))}, potrzeba co najmniej {MIN_SECRET_LENGTH})",
                         f"wpisać wynik python3 -c \"import secrets; print(secrets.token_hex(32))\" {IN_ENV_FILE}")
        yield from self.recordings_key()
        for variable, value, role in (("IVR_LINE_NUMBER", s.line_number, "numer linii kupiony w Twilio"),
                                      ("IVR_STAFF_MOBILE", s.staff_mobile, "numer komórki pracownika, który dostaje powiadomienia")):
            fix = f"wpisać {role} w postaci międzynarodowej, np. +48618176130, {IN_ENV_FILE}"
            if not value:
                yield failed(variable, "nie jest ustawiony", fix)
            elif callable_number(value) != value:
                yield failed(variable, f"{value} nie jest numerem w postaci +48… bez spacji", fix)
            elif variable == "IVR_STAFF_MOBILE" and value == s.line_number:
                yield failed(variable, "to numer samej linii: powiadomienia nie dotrą do nikogo", fix)
            else:
                yield passed(variable, value)
        if s.dev_unsigned:
            yield failed("Tryb deweloperski (IVR_DEV_UNSIGNED)", "włączony: linia przyjmuje niepodpisane żądania od każdego",
                         f"usunąć IVR_DEV_UNSIGNED albo wpisać IVR_DEV_UNSIGNED=0 {IN_ENV_FILE}")
        else:
            yield passed("Tryb deweloperski (IVR_DEV_UNSIGNED)", "wyłączony")


    def recordings_key(self) -> Iterator[Check]:
        """Callers' recordings are encrypted at rest: a key, not the example, and no plain file left."""
        from ivr.common.sealed import EXAMPLE_KEY, SealError, Sealer, recording_files

        s = self.settings
        fix = (f"wpisać wynik `ivr recordings new-key` jako IVR_RECORDINGS_KEY {IN_ENV_FILE} i zachować kopię "
               "klucza poza serwerem (bez niego nagrań z kopii zapasowej nie da się odtworzyć)")
        name = "Klucz nagrań (IVR_RECORDINGS_KEY)"
        if s.recordings_key.lower() == EXAMPLE_KEY:
            yield failed(name, "to klucz z przykładu: każdy, kto zna przykład, odczyta nagrania", fix)
            return
        try:
            sealer = Sealer.from_settings(s)
        except SealError as exc:
            yield failed(name, "nie jest ustawiony, a nie ma też IVR_SECRET_KEY" if not s.recordings_key
                         else f"ma zły format ({exc})", fix)
            return
        if s.recordings_key:
            yield passed(name, "ustawiony")
        else:
            yield passed(name, "nie jest ustawiony: klucz jest wyprowadzony z IVR_SECRET_KEY (tę wartość trzeba "
                         "przechowywać także poza serwerem)")
        try:
            plain = [p.name for p in recording_files(Path(s.recordings_dir)) if _starts_with(p, b"RIFF")]
        except OSError:
            plain = []
        if plain:
            yield failed("Nagrania zaszyfrowane", f"{len(plain)} " + plural(
                len(plain), "plik WAV nie jest zaszyfrowany", "pliki WAV nie są zaszyfrowane",
                "plików WAV nie jest zaszyfrowanych"),
                         "uruchomić ivr recordings encrypt")
        else:
            yield passed("Nagrania zaszyfrowane", "wszystkie")
    def setting_formats(self) -> Iterator[Check]:
        """Every numeric, yes/no and list setting (ivr.config.SETTING_RULES): one failure per bad one,
        in the words the service refuses to start with; one line when all are right."""
        from ivr.config import SETTING_RULES, setting_problem

        bad = False
        for name, kind, choices in SETTING_RULES:
            problem = setting_problem(name, kind, self.environ.get(name, ""), choices)
            if problem:
                bad = True
                yield failed(name, problem, f"poprawić {IN_ENV_FILE} (deploy/ivr.env.example opisuje każde ustawienie)")
        if not bad:
            yield passed("Ustawienia liczbowe i wyboru", f"poprawne ({', '.join(name for name, _, _ in SETTING_RULES)})")


# The example domains of RFC 2606 (infolinia.example.pl in deploy/ivr.env.example and docs/deployment.md).
_EXAMPLE_LABEL = "example"
# Words of placeholders, in English and Polish: no real secret holds them.
_EXAMPLE_WORDS = ("example", "przyklad", "przykład", "changeme", "zmien", "zmień", "secret", "sekret", "haslo", "hasło",
                  "password", "your", "twoj", "twój", "xxxx", "0123456789abcdef")


def is_example_domain(url: str | None) -> bool:
    from urllib.parse import urlsplit

    host = (urlsplit(url or "").hostname or "").lower().rstrip(".")
    labels = host.split(".")
    return _EXAMPLE_LABEL in labels[-3:] or host.endswith((".test", ".invalid", ".localhost")) or host == "localhost"


def looks_like_example(secret: str) -> bool:
    """A placeholder or a value nobody drew at random: few distinct characters, or a placeholder's word."""
    lowered = secret.lower()
    return len(set(lowered)) < 8 or any(word in lowered for word in _EXAMPLE_WORDS)


def _not_an_example(check: Check, value: str) -> Check:
    if check.ok and looks_like_example(value):
        return failed(check.name, "ma dobry format, ale to wartość z przykładu (an example value, not the account's)",
                      check.fix or "wpisać wartość z konsoli Twilio (Account Info na stronie głównej konsoli) "
                      f"{IN_ENV_FILE}")
    return check


# Query parameters of a database URL whose values are secrets (libpq's password, sslpassword,
# a driver's token or key).
_SECRET_PARAMETER = re.compile(r"pass|secret|token|key|credential", re.I)
MASK = "***"


def masked_url(url) -> str:
    """A database URL to show: the password and every secret-looking query value as ***."""
    query = {name: (MASK if _SECRET_PARAMETER.search(name) else value) for name, value in url.query.items()}
    return url.set(query=query).render_as_string(hide_password=True).replace("%2A%2A%2A", MASK)


def _without_secrets(text: str, url) -> str:
    """A driver's error message with the URL's secrets taken out, should it quote them."""
    secrets = [str(url.password)] if url.password else []
    for name, value in url.query.items():
        if _SECRET_PARAMETER.search(name):
            secrets += [value] if isinstance(value, str) else list(value)
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def _format_check(variable: str, value: str, pattern: re.Pattern, expected: str, fix: str, secret: bool = False) -> Check:
    if not value:
        return failed(variable, "nie jest ustawiony", fix)
    if not pattern.match(value):
        return failed(variable, f"ma zły format (oczekiwano: {expected})", fix)
    return passed(variable, "ustawiony" if secret else value)


def _characters(n: int) -> str:
    return f"{n} {plural(n, 'znak', 'znaki', 'znaków')}"


def _starts_with(path: Path, head: bytes) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(head)) == head


def _not_writable(path: Path) -> str | None:
    """Why the line cannot write into `path`, or None. Tries a real file: access() says
    nothing of read-only mounts (ProtectSystem=strict) or a full disk."""
    if not path.exists():
        return "nie istnieje"
    if not path.is_dir():
        return "nie jest folderem"
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".ivr-doctor-"):
            pass
    except OSError as exc:
        return f"nie pozwala na zapis ({exc.strerror or exc})"
    return None
