"""Messages and call-back requests: what the web layer and the staff commands do with them.

The call flow stays pure: it asks (Step actions "record" and "callback"), the
webhooks call these methods for the side effects, then ask the flow what the
caller hears. Database errors are logged without their parameters and become
a polite "failed" for the caller, never an error page.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path

import requests
from sqlalchemy.exc import SQLAlchemyError

from ivr.call.schedule import to_warsaw
from ivr.common.callerid import callable_number
from ivr.common.files import inside
from ivr.common.sealed import recordings_sealer, seal_plain_files
from ivr.config import Settings
from ivr.database.engine import BUSY_TIMEOUT_SECONDS
from ivr.jobs.queue import JobQueue, NewJob
from ivr.jobs.spool import Spool
from ivr.messages.bridge import CallBridge
from ivr.messages.recordings import DownloadError, FetchReport, RecordingKeeper, valid_sid
from ivr.messages.staff_notice import STAFF_WINDOW, Send, StaffNotifier, twilio_sender
from ivr.messages.store import MESSAGE, DbLimiter, Store
from ivr.common.twilio_rest import has_credentials

log = logging.getLogger(__name__)

RECORDING_FILE = re.compile(r"^RE[0-9a-f]{32}\.wav$")  # RecordingKeeper's names
DOWNLOAD_PART = re.compile(r"^\.download-.*\.part$")  # its temporary files

INFO_SMS_WINDOW = timedelta(hours=1)
MAX_SECONDS = 4 * 3600  # longer is not a message length Twilio can give
HIDDEN_NUMBER = "hidden"  # kept for a message from a withheld number (None: not known yet)
# A message or call-back request the database did not take (locked, down, too slow): the
# web layer keeps it in the spool instead (spool_message, spool_callback).
UNSTORED = "unstored"
# Job kinds (worked by `ivr worker`, see ivr.messages.work).
NOTIFY_STAFF, KEEP_RECORDING, DELETE_RECORDING = "notify_staff", "keep_recording", "delete_recording"
SPOOLED_MESSAGE, SPOOLED_CALLBACK, SPOOLED_RECORDING = "keep_message", "keep_callback", "recording_ready"


def _created(recording: dict, default: datetime) -> datetime:
    """When Twilio made the recording (RFC 2822 date_created), or `default`."""
    from email.utils import parsedate_to_datetime

    try:
        created = parsedate_to_datetime(str(recording.get("date_created") or ""))
    except (TypeError, ValueError):
        return default
    return created if created.tzinfo else default


def _message_problem(recording_sid: str, url: str, duration: str) -> str | None:
    """'empty' when nothing was recorded, 'failed' without a valid RecordingSid, else None."""
    if not url or not _seconds(duration):
        return "empty"
    if not valid_sid(recording_sid):
        log.warning("a recording without a valid RecordingSid was not kept")
        return "failed"
    return None


def _seconds(value: str | None) -> int:
    value = (value or "").strip()
    return int(value) if value.isdigit() and int(value) <= MAX_SECONDS else 0


@dataclass
class PurgeReport:
    removed: int = 0
    kept: list[int] = field(default_factory=list)  # ids that could not be removed whole
    orphans: int = 0  # recordings folder files no row named, removed
    removed_items: list[tuple[int, str | None]] = field(default_factory=list)  # (id, number) of each removed


class MessageDesk:
    def __init__(
        self, store: Store, keeper: RecordingKeeper, notifier: StaffNotifier, info_limiter: DbLimiter,
        bridge: CallBridge | None = None, line_number: str | None = None, spool: Spool | None = None,
    ):
        self.store = store
        self.jobs = JobQueue(store)  # the same database: a job and the row it is about live together
        self.spool = spool
        self.line_number = line_number  # the line's own number: which of the account's calls are ours
        self.keeper = keeper
        self.notifier = notifier
        # For the informational SMS (ivr/outbound.py): at most one per number per hour.
        self.info_limiter = info_limiter
        # "Oddzwoń": the line rings a staff phone, then the resident (ivr/messages/bridge.py).
        self.bridge = bridge

    @classmethod
    def from_settings(cls, settings: Settings, session: requests.Session | None = None, send: Send | None = None,
                      timeout: float = BUSY_TIMEOUT_SECONDS, retries: int | None = None) -> "MessageDesk":
        """timeout: how long a statement may wait for a lock (short for the webhooks);
        retries: downloads per try (the worker retries whole jobs instead)."""
        store = Store(settings.database_url, timeout)
        secret = settings.secret_key or settings.auth_token or "ivr-ops-kleszczewo"
        keeper = RecordingKeeper(store, settings.recordings_dir, settings.account_sid, settings.auth_token, session=session,
                                 api_host=settings.twilio_api_url, sealer=recordings_sealer(settings),
                                 **({"retries": retries} if retries else {}))
        if send is None and has_credentials(settings) and settings.line_number:
            send = twilio_sender(settings)
        notifier = StaffNotifier(store, DbLimiter(store, secret, STAFF_WINDOW, "staff"), settings.staff_mobile, send)
        return cls(
            store, keeper, notifier, DbLimiter(store, secret, INFO_SMS_WINDOW, "info"),
            CallBridge.from_settings(settings, store), settings.line_number, Spool(settings.spool_path),
        )

    def start(self) -> None:
        """Bring the database up to date. If it is down the line still answers calls;
        the first use tries again."""
        try:
            self.store.upgrade()
        except SQLAlchemyError as exc:
            log.error("database not ready (%s): messages cannot be kept until it is", type(exc).__name__)
        self.seal_plain_recordings()

    def seal_plain_recordings(self):
        """The migration step of encryption at rest: plain WAV files left from before (or
        restored from an old backup) are encrypted in place. Idempotent; None without a key."""
        if self.keeper.sealer is None:
            return None
        report = seal_plain_files(self.keeper.directory, self.keeper.sealer)
        if report.sealed or report.failed:
            log.warning("recordings encrypted now: %d, could not be: %d", report.sealed, len(report.failed))
        return report

    # -- during a call -------------------------------------------------------------

    def message_left(self, number: str, recording_sid: str, url: str, duration: str, now: datetime) -> str:
        """The Record verb ended: 'saved' (and the staff notice queued), 'empty' (nothing
        recorded), 'failed' (no valid RecordingSid) or UNSTORED (the database did not take it:
        keep it with spool_message)."""
        problem = _message_problem(recording_sid, url, duration)
        if problem:
            return problem
        seconds = _seconds(duration)
        try:  # the message and its staff notice's job in one commit
            message = self.store.note_recording(
                recording_sid, now=now, number=callable_number(number) or HIDDEN_NUMBER, duration=seconds, url=url,
                also=lambda connection: self.jobs.add(connection, [NewJob(NOTIFY_STAFF, {})]),
            )
        except SQLAlchemyError as exc:
            log.error("message not stored: database error %s", type(exc).__name__)
            return UNSTORED
        log.info("message %s left (%s s)", message.id, seconds)
        return "saved"

    def spool_message(self, number: str, recording_sid: str, url: str, duration: str, now: datetime) -> str:
        """The message into the spool (the worker stores it): 'saved' once it is durable there."""
        problem = _message_problem(recording_sid, url, duration)
        if problem:
            return problem
        fields = {"number": number, "recording_sid": recording_sid, "url": url, "duration": duration, "at": now.isoformat()}
        return "saved" if self.spool is not None and self.spool.append(SPOOLED_MESSAGE, fields) else "failed"

    def request_callback(self, number: str, now: datetime) -> str:
        """'saved' (and the staff notice queued), 'hidden_number' or UNSTORED (keep it with spool_callback)."""
        callable_ = callable_number(number)
        if callable_ is None:
            return "hidden_number"
        try:
            request = self.store.request_callback(callable_, now)
        except SQLAlchemyError as exc:
            log.error("call-back request not stored: database error %s", type(exc).__name__)
            return UNSTORED
        log.info("call-back request %s saved", request.id)
        self.queue_staff_notice()
        return "saved"

    def request_sms_callback(self, number: str, text: str, now: datetime) -> str:
        """A call-back asked for by SMS (issue 27): 'saved' (and the staff notice queued), 'kept'
        (this number asked today already, or has an open request), 'hidden_number' or 'failed'."""
        callable_ = callable_number(number)
        if callable_ is None:
            return "hidden_number"
        local = to_warsaw(now)
        day_start = datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)
        try:
            request, new = self.store.request_sms_callback(callable_, text, now, day_start)
        except SQLAlchemyError as exc:
            log.error("SMS call-back request not stored: database error %s", type(exc).__name__)
            return "failed"
        if not new:
            log.info("SMS call-back request: %s kept", request.id)
            return "kept"
        log.info("SMS call-back request %s saved", request.id)
        self.queue_staff_notice()
        return "saved"

    def opted_out(self, number: str) -> bool:
        """On the do-not-text list. With the database down: no (the caller asked for the SMS)."""
        found = callable_number(number) or number
        try:
            return self.store.opted_out(found)
        except SQLAlchemyError as exc:
            log.error("do-not-text list not read: database error %s", type(exc).__name__)
            return False

    def spool_callback(self, number: str, now: datetime) -> str:
        """The call-back request into the spool: 'saved' once it is durable there."""
        if callable_number(number) is None:
            return "hidden_number"
        fields = {"number": number, "at": now.isoformat()}
        return "saved" if self.spool is not None and self.spool.append(SPOOLED_CALLBACK, fields) else "failed"

    def queue_staff_notice(self) -> bool:
        """A job to tell the staff (sent by the worker); the worker's round looks anyway, so a
        failure here only delays the notice."""
        try:
            self.jobs.enqueue(NOTIFY_STAFF, {})
        except SQLAlchemyError as exc:
            log.warning("staff notice not queued (database error %s): the worker's next round sends it", type(exc).__name__)
            return False
        return True

    # -- Twilio's recording status callback ---------------------------------------

    def recording_ready(self, recording_sid: str, url: str, status: str, duration: str, now: datetime) -> str:
        """The recording is processed on Twilio: its row, and a job that brings it home,
        deletes Twilio's copy and tells the staff (the worker does it, not the webhook).
        'queued', 'empty' (a job deletes it on Twilio) or 'ignored'. Raises SQLAlchemyError."""
        if not valid_sid(recording_sid) or status != "completed":
            log.info("recording callback ignored (status %r)", status[:20])
            return "ignored"
        seconds = _seconds(duration)
        if not seconds and self.store.by_recording(recording_sid) is None:
            self.jobs.enqueue(DELETE_RECORDING, {"recording_sid": recording_sid})  # nothing to listen to
            return "empty"
        # The row first, so a failed download is never lost; the same row when Twilio retries.
        self.store.note_recording(recording_sid, now=now, duration=seconds or None, url=url)
        self.jobs.enqueue(KEEP_RECORDING, {"recording_sid": recording_sid})
        return "queued"

    def spool_recording_ready(self, recording_sid: str, url: str, status: str, duration: str, now: datetime) -> bool:
        """Twilio's recording callback into the spool when the database did not take it in
        time (the worker runs recording_ready later); True once it is durable there."""
        fields = {"recording_sid": recording_sid, "url": url, "status": status, "duration": duration, "at": now.isoformat()}
        return self.spool is not None and self.spool.append(SPOOLED_RECORDING, fields) is not None

    def keep_recording(self, recording_sid: str, now: datetime) -> bool:
        """The worker's job: bring one message home, delete Twilio's copy, tell the staff."""
        message = self.store.by_recording(recording_sid)
        if message is None:
            return True  # purged meanwhile
        kept = self.keeper.keep(message, now)
        self.notify_staff(now)
        return kept

    # -- staff ----------------------------------------------------------------------

    def notify_staff(self, now: datetime) -> str:
        return self.notifier.notify(now)

    def fetch(self, now: datetime) -> FetchReport:
        """Take in this line's recordings on Twilio that have no row (their callback failed,
        e.g. the database was locked), retry pending downloads and deletions, then send any
        notice held back."""
        found, unlisted = self._adopt_unknown_recordings(now)
        report = self.keeper.fetch_pending(now)
        report.found, report.unlisted = found, unlisted
        self.notify_staff(now)
        return report

    def _adopt_unknown_recordings(self, now: datetime) -> tuple[int, bool]:
        """A row for each recording of this line's calls that Twilio has and we do not."""
        if not self.keeper.configured:
            return 0, False
        if not self.line_number:
            log.warning("IVR_LINE_NUMBER is not set: recordings on Twilio without a row cannot be told apart")
            return 0, True
        found = 0
        try:
            for recording in self.keeper.remote_recordings():
                sid = recording.get("sid") or ""
                if not valid_sid(sid) or self.store.by_recording(sid) is not None:
                    continue
                call = self.keeper.call_of(recording.get("call_sid") or "")
                if not call or call.get("to") != self.line_number:
                    continue  # another number of the same account: not ours to take
                self.store.note_recording(
                    sid, now=_created(recording, now), number=callable_number(call.get("from")) or HIDDEN_NUMBER,
                    duration=_seconds(str(recording.get("duration") or "")) or None,
                )
                found += 1
                log.warning("recording %s was on Twilio without a row (its callback failed): taken in", sid)
        except DownloadError as exc:
            log.error("Twilio's list of recordings could not be read: %s", exc)
            return found, True
        return found, False

    def purge(self, cutoff: datetime) -> PurgeReport:
        """Remove everything left before `cutoff`: Twilio's copy, the audio file and the row
        together; then the recordings folder's files older than `cutoff` that no row names
        (their row was removed by hand, or a killed download's temporary file).

        Only files inside the recordings folder are ever deleted: a row naming any other
        file (a tampered database) loses its row, never that file."""
        report = PurgeReport()
        folder = self.keeper.directory
        for message in self.store.older_than(cutoff):
            if message.kind == MESSAGE and message.recording_sid and message.remote_deleted_at is None:
                if not (self.keeper.configured and self.keeper.delete_remote(message.recording_sid)):
                    report.kept.append(message.id)
                    continue
            if message.file_path and not inside(message.file_path, folder):
                log.error("message %s names a file outside the recordings folder: the file is left alone", message.id)
            elif message.file_path:
                try:
                    Path(message.file_path).unlink(missing_ok=True)
                except OSError as exc:
                    log.error("message %s: audio file not removed (%s)", message.id, type(exc).__name__)
                    report.kept.append(message.id)
                    continue
            self.store.remove(message.id)
            report.removed += 1
            report.removed_items.append((message.id, message.number))
        report.orphans = self._sweep_orphans(cutoff)
        return report

    def _sweep_orphans(self, cutoff: datetime) -> int:
        """Delete the recordings folder's own files (RE….wav, .download-….part) that no row
        names and that were last written before `cutoff`. Links and folders are left alone."""
        folder = self.keeper.directory
        if not folder.is_dir():
            return 0
        named = set()
        for message in self.store.listing(include_done=True):
            if message.file_path:
                named.add(Path(message.file_path).name)
            if message.recording_sid:
                named.add(f"{message.recording_sid}.wav")
        removed = 0
        for path in folder.iterdir():
            if path.name in named or not (RECORDING_FILE.match(path.name) or DOWNLOAD_PART.match(path.name)):
                continue
            try:
                if path.is_symlink() or not path.is_file() or not inside(path, folder):
                    continue
                if path.stat().st_mtime >= cutoff.timestamp():
                    continue  # a download in progress, or a row about to be written
                path.unlink()
                removed += 1
                log.info("removed %s: no message names it", path.name)
            except OSError as exc:
                log.error("cannot remove %s: %s", path.name, type(exc).__name__)
        return removed
