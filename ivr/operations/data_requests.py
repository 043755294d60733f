"""Residents' data requests (RODO art. 15 and 17): everything the line holds about one phone
number, exported (a JSON report, a readable Polish report and the audio beside them) or erased
(the audio here and on Twilio, the rows, the SMS limits, queued work that names the number).

What is looked at: messages and call-back requests with their call-back attempts, their audio
(decrypted for the export), the call-back requests sent by SMS (issue 27: the request row keeps
the resident's SMS text), the do-not-text list (issue 27: the number and since when), the SMS
limits and the SMS line's reply limits (kept as keyed hashes of the number: the line can
tell whether the number has one, not read them back), queued jobs that name the number. The
call statistics hold no number, so there is nothing of the number in them. The staff access
log keeps only the masked number and is kept as the record of who did what (art. 5(2)).
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import phonenumbers
from sqlalchemy import delete, or_, select

from ivr.call.schedule import WARSAW
from ivr.common.files import inside
from ivr.common.privacy import mask_number
from ivr.common.sealed import SealError, recordings_sealer
from ivr.config import Settings
from ivr.database.schema import callback_bridges, jobs, messages, sms_optout, sms_sent
from ivr.messages.desk import MessageDesk
from ivr.messages.sms_replies import REPLIES_PER_HOUR
from ivr.messages.store import DbLimiter
from ivr.staff.access_log import AccessLog

log = logging.getLogger(__name__)

# Every purpose the line keeps an SMS limit for (ivr.messages.desk, ivr.messages.sms_replies).
SMS_LIMIT_PURPOSES = ("info", "staff", *(f"sms-reply-{n}" for n in range(REPLIES_PER_HOUR)))
KINDS = {"message": "wiadomość głosowa", "callback": "prośba o oddzwonienie"}
SMS_CHANNEL = "sms"  # ivr.messages.store: a call-back asked for by SMS
STATES = {"pending download": "czeka na pobranie", "new": "do załatwienia", "done": "załatwiona"}


class RequestError(ValueError):
    """Not a phone number; the message is Polish."""


def normalized(number: str) -> str:
    """'606 902 915', '+48606902915', '0048 606…' -> '+48606902915'."""
    text = (number or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, "PL")
    except phonenumbers.NumberParseException:
        raise RequestError(f"„{number}” nie jest numerem telefonu.") from None
    if not phonenumbers.is_possible_number(parsed):
        raise RequestError(f"„{number}” nie jest numerem telefonu.")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@dataclass
class Held:
    number: str
    items: list[dict] = field(default_factory=list)  # messages and call-back requests
    attempts: list[dict] = field(default_factory=list)  # their "Oddzwoń" attempts
    sms_limits: list[dict] = field(default_factory=list)  # purpose, last SMS
    do_not_text: list[dict] = field(default_factory=list)  # the do-not-text list's entry: number, since
    queued_jobs: list[dict] = field(default_factory=list)  # work not yet done that names the number


@dataclass
class Erased:
    items: int = 0
    audio_files: int = 0
    twilio_recordings: int = 0
    attempts: int = 0
    sms_limits: int = 0
    do_not_text: int = 0
    queued_jobs: int = 0
    kept: list[str] = field(default_factory=list)  # what could not be removed (and why)


class DataRequests:
    def __init__(self, settings: Settings, desk: MessageDesk | None = None):
        self.settings = settings
        self.desk = desk or MessageDesk.from_settings(settings)
        self.store = self.desk.store
        self.log = AccessLog(self.store)
        self._secret = settings.secret_key or settings.auth_token or "ivr-ops-kleszczewo"

    # -- what is held -----------------------------------------------------------------

    def _variants(self, number: str) -> list[str]:
        return sorted({number, number.lstrip("+"), number[3:] if number.startswith("+48") else number})

    def find(self, number: str) -> Held:
        number = normalized(number)
        held = Held(number)
        self.store.ensure_ready()
        with self.store.engine.connect() as db:
            rows = db.execute(select(messages).where(messages.c.number.in_(self._variants(number)))
                              .order_by(messages.c.created_at)).all()
            held.items = [dict(row._mapping) for row in rows]
            ids = [row.id for row in rows]
            if ids:
                held.attempts = [dict(r._mapping) for r in db.execute(
                    select(callback_bridges).where(callback_bridges.c.message_id.in_(ids)).order_by(callback_bridges.c.started_at))]
            for purpose in SMS_LIMIT_PURPOSES:
                key = DbLimiter(self.store, self._secret, purpose=purpose)._key(number)
                found = db.execute(select(sms_sent).where(sms_sent.c.number_hash == key)).first()
                if found:
                    held.sms_limits.append({"purpose": purpose, "sent_at": found.sent_at, "number_hash": key})
            held.do_not_text = [dict(r._mapping) for r in db.execute(
                select(sms_optout).where(sms_optout.c.number.in_(self._variants(number))))]
            held.queued_jobs = [dict(r._mapping) for r in db.execute(
                select(jobs.c.id, jobs.c.kind, jobs.c.state, jobs.c.created_at, jobs.c.payload).where(
                    jobs.c.state != "done", or_(*[jobs.c.payload.contains(v) for v in (number, number.lstrip("+"))])))]
        return held

    # -- art. 15 ----------------------------------------------------------------------

    def export(self, number: str, folder: Path, actor: str) -> tuple[Held, Path]:
        """The report (dane.json, raport.txt) and each message's audio (wiadomosc-ID.wav) in `folder`."""
        held = self.find(number)
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        sealer = recordings_sealer(self.settings)
        for item in held.items:
            item["audio_file"] = None
            path = item.get("file_path")
            if not path or not inside(path, self.desk.keeper.directory) or not Path(path).is_file():
                continue
            try:
                if sealer is None:
                    raise SealError("no recordings key")
                audio = sealer.read(Path(path))
            except (OSError, SealError) as exc:
                item["audio_file"] = f"nie udało się odczytać: {exc}"
                continue
            name = f"wiadomosc-{item['id']}.wav"
            (folder / name).write_bytes(audio)
            item["audio_file"] = name
        data = _jsonable(asdict(held))
        for item in data["items"]:
            for private in ("file_path", "recording_url"):
                item.pop(private, None)
        for job in data["queued_jobs"]:
            job.pop("payload", None)
        for attempt in data["attempts"]:  # the staff member's phone is not the resident's data
            attempt.pop("staff_phone", None)
            attempt.pop("staff_call_sid", None)
        for limit in data["sms_limits"]:
            limit.pop("number_hash", None)
        (folder / "dane.json").write_text(json.dumps(data, ensure_ascii=False, indent=2))
        (folder / "raport.txt").write_text(report_text(held))
        self.log.record(actor, "exported", held.number, f"{len(held.items)} pozycji")
        return held, folder

    # -- art. 17 ----------------------------------------------------------------------

    def erase(self, number: str, actor: str) -> tuple[Held, Erased]:
        held = self.find(number)
        done = Erased()
        keeper = self.desk.keeper
        for item in held.items:
            sid = item.get("recording_sid")
            if item["kind"] == "message" and sid:
                if not (keeper.configured and keeper.delete_remote(sid)):
                    done.kept.append(f"nr {item['id']}: nagranie na Twilio nieusunięte (Twilio niedostępne albo brak "
                                     "TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN); proszę spróbować ponownie")
                    continue
                done.twilio_recordings += 1
            path = item.get("file_path")
            if path and inside(path, keeper.directory):
                try:
                    existed = Path(path).exists()
                    Path(path).unlink(missing_ok=True)
                    done.audio_files += existed
                except OSError as exc:
                    done.kept.append(f"nr {item['id']}: plik nagrania nieusunięty ({type(exc).__name__})")
                    continue
            done.attempts += sum(1 for a in held.attempts if a["message_id"] == item["id"])
            self.store.remove(item["id"])
            done.items += 1
        with self.store.engine.begin() as db:
            for limit in held.sms_limits:
                done.sms_limits += db.execute(delete(sms_sent).where(sms_sent.c.number_hash == limit["number_hash"])).rowcount
            for entry in held.do_not_text:  # erased on request too: texted again only if it asks again
                done.do_not_text += db.execute(delete(sms_optout).where(sms_optout.c.number == entry["number"])).rowcount
            for job in held.queued_jobs:
                done.queued_jobs += db.execute(delete(jobs).where(jobs.c.id == job["id"], jobs.c.state != "done")).rowcount
        self.log.record(actor, "erased", held.number,
                        f"{done.items} pozycji, {done.audio_files} nagrań" + (", nie wszystko" if done.kept else ""))
        return held, done


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(WARSAW).isoformat(timespec="seconds")
    return value


def _when(value: datetime | None) -> str:
    return value.astimezone(WARSAW).strftime("%d.%m.%Y %H:%M") if value else "—"


def report_text(held: Held) -> str:
    """The readable Polish report for the resident."""
    lines = [
        "Informacja o danych przechowywanych przez infolinię Ośrodka Pomocy Społecznej w Kleszczewie",
        f"Numer telefonu: {held.number}",
        f"Stan na: {_when(datetime.now(WARSAW))}",
        "",
    ]
    if not held.items:
        lines.append("Infolinia nie przechowuje wiadomości ani próśb o oddzwonienie z tego numeru.")
    for item in held.items:
        length = f", długość {item['duration']} s" if item.get("duration") else ""
        audio = f", nagranie w pliku {item['audio_file']}" if str(item.get("audio_file") or "").endswith(".wav") else ""
        kind = KINDS.get(item["kind"], item["kind"]) + (" wysłana SMS-em" if item.get("channel") == SMS_CHANNEL else "")
        lines.append(f"- {kind} z {_when(item['created_at'])}{length}, "
                     f"stan: {STATES.get(item['status'], item['status'])}{audio}")
        if item.get("sms_text"):
            lines.append(f"    treść SMS-a: „{item['sms_text']}”")
        for attempt in (a for a in held.attempts if a["message_id"] == item["id"]):
            lines.append(f"    oddzwonienie {_when(attempt['started_at'])} przez pracownika {attempt['login']}: {attempt['state']}")
    lines.append("")
    if held.sms_limits:
        lines.append("W ciągu ostatniej doby infolinia wysłała na ten numer SMS; zapisany jest tylko skrót numeru "
                     "(do ograniczenia liczby SMS-ów), usuwany po dobie.")
    else:
        lines.append("Infolinia nie przechowuje zapisu o SMS-ach wysłanych na ten numer.")
    for entry in held.do_not_text:
        lines.append(f"Numer jest na liście numerów, na które infolinia nie wysyła SMS-ów (na prośbę z {_when(entry['since'])}). "
                     "Wpis jest przechowywany, dopóki mieszkaniec nie poprosi o SMS-y ponownie albo o usunięcie danych.")
    if held.queued_jobs:
        lines.append(f"Czynności czekające na wykonanie, dotyczące tego numeru: {len(held.queued_jobs)}.")
    lines += [
        "Statystyki połączeń nie zawierają numerów telefonów.",
        f"Rejestr dostępu pracowników zawiera tylko zamaskowany numer ({mask_number(held.number)}).",
        "",
    ]
    return "\n".join(lines)
