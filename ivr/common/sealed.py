"""Callers' recordings encrypted at rest (AES-256-GCM, `cryptography`).

A sealed file is MAGIC, the key's id (8 bytes), a random 12-byte nonce, then the
ciphertext with its tag. The file's own name is authenticated too, so a file copied
over another message's name does not open. The key is IVR_RECORDINGS_KEY (64 hex
digits or the url-safe base64 of 32 bytes), else one derived with HKDF from
IVR_SECRET_KEY for this purpose only. Nothing here ever writes plaintext to disk.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ivr.common.files import write_atomic

MAGIC = b"IVRSEAL1"
KEY_ID = 8
NONCE = 12
HEADER = len(MAGIC) + KEY_ID + NONCE
HKDF_INFO = b"ivr-ops-kleszczewo recordings at rest v1"
# The example shown in deploy/ivr.env.example and the README: `ivr doctor` refuses it.
EXAMPLE_KEY = "0" * 64
RECORDING_NAME = re.compile(r"^RE[0-9a-f]{32}\.wav$")  # the recordings keeper's names


class SealError(ValueError):
    """A sealed file that does not open: another key, a damaged or swapped file."""


class KeyMissing(SealError):
    """No IVR_RECORDINGS_KEY and no IVR_SECRET_KEY to derive one from."""


def new_key() -> str:
    """A fresh key as 64 hex digits (what `ivr recordings new-key` prints)."""
    return secrets.token_hex(32)


def parse_key(text: str) -> bytes:
    """IVR_RECORDINGS_KEY's 32 bytes: 64 hex digits or url-safe base64 (a Fernet-style key)."""
    text = (text or "").strip()
    if len(text) == 64:
        try:
            return bytes.fromhex(text)
        except ValueError:
            pass
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise SealError("IVR_RECORDINGS_KEY must be 64 hex digits or the base64 of 32 bytes")
    return raw


def derive_key(secret_key: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(secret_key.encode())


def key_id(key: bytes) -> bytes:
    return hmac.new(key, b"ivr recordings key id", hashlib.sha256).digest()[:KEY_ID]


@dataclass(frozen=True)
class Sealer:
    key: bytes

    @classmethod
    def from_values(cls, recordings_key: str, secret_key: str) -> "Sealer":
        if (recordings_key or "").strip():
            return cls(parse_key(recordings_key))
        if secret_key:
            return cls(derive_key(secret_key))
        raise KeyMissing("neither IVR_RECORDINGS_KEY nor IVR_SECRET_KEY is set")

    @classmethod
    def from_settings(cls, settings) -> "Sealer":
        return cls.from_values(getattr(settings, "recordings_key", ""), settings.secret_key)

    @property
    def id(self) -> bytes:
        return key_id(self.key)

    def seal(self, plain: bytes, name: str) -> bytes:
        nonce = os.urandom(NONCE)
        head = MAGIC + self.id
        return head + nonce + AESGCM(self.key).encrypt(nonce, plain, head + name.encode())

    def open(self, sealed: bytes, name: str) -> bytes:
        if not is_sealed(sealed):
            raise SealError("not a sealed recording")
        head, nonce = sealed[: len(MAGIC) + KEY_ID], sealed[len(MAGIC) + KEY_ID: HEADER]
        if head[len(MAGIC):] != self.id:
            raise SealError("sealed with another key")
        try:
            return AESGCM(self.key).decrypt(nonce, sealed[HEADER:], head + name.encode())
        except InvalidTag:
            raise SealError("damaged, or not this file's content") from None

    def sealed_by_me(self, sealed: bytes) -> bool:
        return is_sealed(sealed) and sealed[len(MAGIC): len(MAGIC) + KEY_ID] == self.id

    def read(self, path: Path) -> bytes:
        """The audio of a recording file, in memory: opened when sealed, as it is when a plain
        WAV the migration has not reached yet (no key when it ran)."""
        data = Path(path).read_bytes()
        if data[:4] == b"RIFF":
            return data
        return self.open(data, Path(path).name)

    def write(self, path: Path, plain: bytes) -> None:
        """Seal `plain` into `path`: temporary file, fsync, rename (never a plain byte on disk)."""
        write_atomic(Path(path), self.seal(plain, Path(path).name))


def is_sealed(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC and len(data) >= HEADER + 16


@dataclass
class SealReport:
    sealed: int = 0  # plain files encrypted now / files re-encrypted now
    already: int = 0  # left as they were: done before
    failed: list[str] | None = None

    def __post_init__(self):
        self.failed = self.failed or []


def recording_files(folder: Path) -> list[Path]:
    """The recordings folder's own files: Twilio recording names, regular files only."""
    if not Path(folder).is_dir():
        return []
    return sorted(p for p in Path(folder).iterdir()
                  if RECORDING_NAME.match(p.name) and p.is_file() and not p.is_symlink())


def seal_plain_files(folder: Path, sealer: Sealer) -> SealReport:
    """The migration step: every plain RIFF file of the recordings folder sealed in place."""
    report = SealReport()
    for path in recording_files(folder):
        try:
            data = path.read_bytes()
            if data[:4] != b"RIFF":
                report.already += 1
                continue
            sealer.write(path, data)
            report.sealed += 1
        except OSError as exc:
            report.failed.append(f"{path.name}: {type(exc).__name__}")
    return report


def rekey_files(folder: Path, old: Sealer, new: Sealer) -> SealReport:
    """Every recording re-sealed under `new`; files already under `new` are skipped, so an
    interrupted run is simply run again. A plain file is sealed under `new` as well."""
    report = SealReport()
    for path in recording_files(folder):
        try:
            data = path.read_bytes()
            if new.sealed_by_me(data):
                report.already += 1
                continue
            plain = data if data[:4] == b"RIFF" else old.open(data, path.name)
            new.write(path, plain)
            report.sealed += 1
        except (OSError, SealError) as exc:
            report.failed.append(f"{path.name}: {exc}")
    return report


def recordings_sealer(settings) -> Sealer | None:
    """The line's sealer, or None when no key is set (said where a recording would need it)
    or IVR_RECORDINGS_KEY is malformed (logged)."""
    import logging

    try:
        return Sealer.from_settings(settings)
    except KeyMissing:
        return None
    except SealError as exc:
        logging.getLogger(__name__).error("recordings cannot be encrypted: %s", exc)
        return None
