"""Callers' messages move from Twilio to local storage the office controls.

For each message: download the WAV from Twilio with the account's credentials
into memory, verify it (every byte of Content-Length, a whole WAV file), encrypt it
(ivr.common.sealed: only ciphertext ever reaches the disk), write it to a temporary
file, fsync, rename into place, record the path, and only then delete Twilio's copy.
Without a recordings key nothing is downloaded: the message waits on Twilio. Any failure leaves the database row as it was, ready for the
next try (`ivr messages fetch`); nothing is ever deleted from Twilio before the
local copy is complete.
"""
from __future__ import annotations

import logging
import os
import re
import struct
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

import requests

from ivr.common.files import fsync_dir
from ivr.common.sealed import Sealer
from ivr.messages.store import Message, Store

log = logging.getLogger(__name__)

API_HOST = "https://api.twilio.com"
API = f"{API_HOST}/2010-04-01"
CALL_SID = re.compile(r"^CA[0-9a-f]{32}\Z")
LIST_PAGE = 100  # recordings per page of Twilio's list
MAX_LIST_PAGES = 50
RECORDING_SID = re.compile(r"^RE[0-9a-f]{32}\Z")
TIMEOUT = (5, 20)  # connect, read (seconds between bytes)
CHUNK = 64 * 1024
MAX_RECORDING_BYTES = 64 * 1024 * 1024  # far beyond the longest message the line records
RETRIES = 3  # tries per download inside one request
BACKOFF = 0.5  # seconds before the second try; doubled each time


class DownloadError(Exception):
    """The recording did not arrive whole; the row stays pending."""


def valid_sid(recording_sid: str) -> bool:
    return bool(RECORDING_SID.match(recording_sid or ""))


def twilio_media_url(account_sid: str, recording_sid: str, api_host: str = API_HOST) -> str:
    """Where a recording's audio is: always built from the account and the RecordingSid.

    Twilio's RecordingUrl is never used: URL parsers disagree on odd URLs (a backslash
    before "@"), and the account's credentials must only ever go to api.twilio.com."""
    if not valid_sid(recording_sid):
        raise ValueError("not a RecordingSid")
    return f"{api_host}/2010-04-01/Accounts/{account_sid}/Recordings/{recording_sid}"


def check_wav(path: Path | bytes, expected_size: int | None) -> None:
    """A complete RIFF/WAVE file (a path or its bytes): the size Twilio announced, and the
    size its own header says."""
    data = path if isinstance(path, bytes) else None
    size = len(data) if data is not None else path.stat().st_size
    if expected_size is not None and size != expected_size:
        raise DownloadError(f"got {size} bytes of {expected_size}")
    if data is not None:
        header = data[:12]
    else:
        with open(path, "rb") as handle:
            header = handle.read(12)
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        raise DownloadError("not a WAV file")
    riff_size = struct.unpack("<I", header[4:8])[0]
    if riff_size + 8 != size:
        raise DownloadError(f"WAV header says {riff_size + 8} bytes, file has {size}")


@dataclass
class FetchReport:
    stored: int = 0  # downloaded and verified now
    deleted: int = 0  # Twilio copies deleted now
    pending: list[int] = field(default_factory=list)  # ids still waiting
    found: int = 0  # recordings of this line on Twilio that had no row (their callback failed)
    unlisted: bool = False  # Twilio's list of recordings could not be read


class RecordingKeeper:
    def __init__(
        self,
        store: Store,
        directory: Path,
        account_sid: str,
        auth_token: str,
        session: requests.Session | None = None,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
        api_host: str = API_HOST,
        sealer: Sealer | None = None,
    ):
        self.store = store
        self.directory = Path(directory)
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.session = session or requests.Session()
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.api_host = api_host  # Twilio, or the loopback fake of the tests and benches
        self.api = f"{api_host}/2010-04-01"
        self.sealer = sealer  # None: no recordings key, so nothing is brought home

    @property
    def configured(self) -> bool:
        return bool(self.account_sid and self.auth_token)

    def keep(self, message: Message, now: datetime) -> bool:
        """Bring one message home and delete Twilio's copy; True when both are done."""
        if not message.recording_sid or not valid_sid(message.recording_sid):
            return False
        if not message.needs_download and not message.needs_remote_delete:
            return True  # done before: Twilio delivered its callback again
        if not self.configured:
            log.error("TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN missing: message %s stays on Twilio", message.id)
            return False
        if message.needs_download and self.sealer is None:
            log.error("no recordings key (IVR_RECORDINGS_KEY or IVR_SECRET_KEY): message %s stays on Twilio", message.id)
            return False
        if message.needs_download and not self._download_with_retries(message):
            return False
        return self._delete_remote(message, now)

    def fetch_pending(self, now: datetime) -> FetchReport:
        """Every message not yet home or not yet deleted from Twilio (`ivr messages fetch`)."""
        report = FetchReport()
        for message in self.store.unfinished_recordings():
            finished = self.keep(message, now)
            current = self.store.get(message.id)
            report.stored += bool(message.needs_download and current and current.file_path)
            report.deleted += finished
            if not finished:
                report.pending.append(message.id)
        return report

    # -- download ---------------------------------------------------------------

    def _download_with_retries(self, message: Message) -> bool:
        for attempt in range(self.retries):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                path = self._download(message)
            except (requests.RequestException, OSError, DownloadError) as exc:
                self.store.count_failed_download(message.id)
                log.warning("message %s: download %d of %d failed: %s", message.id, attempt + 1, self.retries, _reason(exc))
                continue
            self.store.mark_stored(message.id, str(path))
            log.info("message %s: stored locally (%s bytes)", message.id, path.stat().st_size)
            return True
        return False

    def _download(self, message: Message) -> Path:
        url = twilio_media_url(self.account_sid, message.recording_sid, self.api_host) + ".wav"
        self.directory.mkdir(parents=True, exist_ok=True)
        final = self.directory / f"{message.recording_sid}.wav"
        with self.session.get(url, auth=(self.account_sid, self.auth_token), stream=True, timeout=TIMEOUT) as response:
            if response.status_code != 200:
                raise DownloadError(f"Twilio answered {response.status_code}")
            expected = _content_length(response)
            audio = self._read_whole(response)
        check_wav(audio, expected)
        self._write_sealed(final, audio)
        fsync_dir(self.directory)
        return final

    @staticmethod
    def _read_whole(response: requests.Response) -> bytes:
        """The audio in memory, never as plaintext on disk."""
        parts, size = [], 0
        for chunk in response.iter_content(CHUNK):
            size += len(chunk)
            if size > MAX_RECORDING_BYTES:
                raise DownloadError("recording larger than any message the line records")
            parts.append(chunk)
        return b"".join(parts)

    def _write_sealed(self, final: Path, audio: bytes) -> None:
        """The encrypted audio to a temporary file, fsync, rename into place."""
        handle = tempfile.NamedTemporaryFile(dir=self.directory, prefix=".download-", suffix=".part", delete=False)
        path = Path(handle.name)
        try:
            with handle:
                handle.write(self.sealer.seal(audio, final.name))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(path, final)
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    # -- what Twilio holds -------------------------------------------------------

    def remote_recordings(self) -> list[dict]:
        """Every completed recording on the account (Twilio's Recordings list, all pages).
        Raises DownloadError when Twilio cannot be asked."""
        url: str | None = f"{self.api}/Accounts/{self.account_sid}/Recordings.json?PageSize={LIST_PAGE}"
        found: list[dict] = []
        for _ in range(MAX_LIST_PAGES):  # bounded: a broken next_page_uri cannot loop forever
            if url is None:
                break
            page = self._get_json(url)
            found += [r for r in page.get("recordings", []) if isinstance(r, dict) and r.get("status") == "completed"]
            next_page = page.get("next_page_uri")
            url = f"{self.api_host}{next_page}" if isinstance(next_page, str) and next_page.startswith("/2010-04-01/") else None
        return found

    def call_of(self, call_sid: str) -> dict | None:
        """Twilio's Call resource of a recording (to, from), or None when there is none."""
        if not CALL_SID.match(call_sid or ""):
            return None
        return self._get_json(f"{self.api}/Accounts/{self.account_sid}/Calls/{call_sid}.json", missing_ok=True)

    def _get_json(self, url: str, missing_ok: bool = False) -> dict | None:
        try:
            response = self.session.get(url, auth=(self.account_sid, self.auth_token), timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise DownloadError(_reason(exc)) from None
        if missing_ok and response.status_code == 404:
            return None
        if response.status_code != 200:
            raise DownloadError(f"Twilio answered {response.status_code}")
        try:
            data = response.json()
        except ValueError:
            raise DownloadError("Twilio's answer is not JSON") from None
        if not isinstance(data, dict):
            raise DownloadError("Twilio's answer is not a JSON object")
        return data

    # -- delete -----------------------------------------------------------------

    def _delete_remote(self, message: Message, now: datetime) -> bool:
        if not self.delete_remote(message.recording_sid):
            return False
        self.store.mark_remote_deleted(message.id, now)
        log.info("message %s: Twilio's copy deleted", message.id)
        return True

    def delete_remote(self, recording_sid: str) -> bool:
        """DELETE the recording from Twilio; True when it is gone (deleted now or before)."""
        url = f"{self.api}/Accounts/{self.account_sid}/Recordings/{recording_sid}.json"
        try:
            response = self.session.delete(url, auth=(self.account_sid, self.auth_token), timeout=TIMEOUT)
        except requests.RequestException as exc:
            log.warning("recording %s: delete on Twilio failed: %s", recording_sid, _reason(exc))
            return False
        if response.status_code in (204, 404):
            return True
        log.warning("recording %s: delete on Twilio answered %s", recording_sid, response.status_code)
        return False


def _content_length(response: requests.Response) -> int | None:
    value = response.headers.get("Content-Length", "")
    return int(value) if value.isdigit() else None


def _reason(exc: BaseException) -> str:
    """A short reason for the log: the exception's class and first line, no URLs or credentials."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    text = re.sub(r"https?://\S+", "<url>", text)
    return f"{type(exc).__name__}: {text[:200]}"
