"""The backup archive encrypted as a whole (issue 30, point 6): AES-256-GCM in 1 MiB chunks
(`cryptography`), so an archive of any size is never held in memory.

    MAGIC (11 bytes), the key's id (8), a random nonce prefix (7), then chunks: each a 4-byte
    length and the ciphertext with its tag; chunk i's nonce is the prefix, i (4 bytes) and a
    last-chunk flag (1 byte), the header is authenticated with every chunk.

So a chunk moved, dropped, or an archive cut short at a chunk's end does not open. The key is
derived with HKDF from the recordings key (IVR_RECORDINGS_KEY, else the one derived from
IVR_SECRET_KEY, ivr.common.sealed) for this purpose only: the secrets a restore needs anyway
open the archive, and nothing else does.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ivr.common.sealed import Sealer

MAGIC = b"IVRBACKUP1\n"
KEY_ID = 8
PREFIX = 7
HEADER = len(MAGIC) + KEY_ID + PREFIX
CHUNK = 1 << 20
TAG = 16
HKDF_INFO = b"ivr-ops-kleszczewo backup archive v1"


class ArchiveKeyError(ValueError):
    """The archive does not open with this key (another key, damaged, cut short); Polish."""


def archive_key(sealer: Sealer) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(sealer.key)


def _key_id(key: bytes) -> bytes:
    return hmac.new(key, b"ivr backup key id", hashlib.sha256).digest()[:KEY_ID]


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def encrypt_file(source: Path, target: Path, key: bytes) -> None:
    """`source` (the tar.gz) encrypted into `target`, created 0600."""
    prefix = os.urandom(PREFIX)
    header = MAGIC + _key_id(key) + prefix
    cipher = AESGCM(key)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(source, "rb") as plain, os.fdopen(fd, "wb") as out:
        out.write(header)
        index, chunk = 0, plain.read(CHUNK)
        while True:
            following = plain.read(CHUNK)
            last = not following
            sealed = cipher.encrypt(_nonce(prefix, index, last), chunk, header)
            out.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                break
            index, chunk = index + 1, following
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(source: Path, target: Path, key: bytes) -> None:
    """The tar.gz back from an encrypted archive, into `target` (0600); ArchiveKeyError if it does not open."""
    cipher = AESGCM(key)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(source, "rb") as sealed, os.fdopen(fd, "wb") as out:
        header = sealed.read(HEADER)
        if len(header) < HEADER or header[:len(MAGIC)] != MAGIC:
            raise ArchiveKeyError("to nie jest zaszyfrowana kopia linii")
        if header[len(MAGIC):len(MAGIC) + KEY_ID] != _key_id(key):
            raise ArchiveKeyError("kopia jest zaszyfrowana innym kluczem (IVR_RECORDINGS_KEY albo IVR_SECRET_KEY "
                                  "z serwera, na którym ją zrobiono)")
        prefix = header[len(MAGIC) + KEY_ID:]
        index = 0
        size = sealed.read(4)
        while True:
            if len(size) < 4:
                raise ArchiveKeyError("kopia jest niekompletna (ucięta)")
            (length,) = struct.unpack(">I", size)
            if not TAG <= length <= CHUNK + TAG:
                raise ArchiveKeyError("kopia jest uszkodzona")
            data = sealed.read(length)
            if len(data) < length:
                raise ArchiveKeyError("kopia jest niekompletna (ucięta)")
            size = sealed.read(4)
            last = not size
            try:
                out.write(cipher.decrypt(_nonce(prefix, index, last), data, header))
            except InvalidTag:
                raise ArchiveKeyError("kopia jest uszkodzona albo ucięta") from None
            if last:
                break
            index += 1
