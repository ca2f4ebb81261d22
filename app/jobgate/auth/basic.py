"""HTTP Basic against the users in the store, with a short-lived cache of verified passwords.

The KDF (argon2id, ~50 ms) runs once per credentials and cache period, not per request. The cache key is
a MAC (keyed BLAKE2b: CPython's own, ~1 us; OpenSSL 3's HMAC took 5-50 us per call in the server) under a
process-random key of the header's base64 credentials for the API, and of name ":" password for the console's
sign-in form, so memory never holds a password or an unsalted digest of one. After
`ttl` seconds an entry is re-checked with one cheap query: if the user's stored hash is unchanged the password is
still right and the entry is renewed (with the row's current roles and tenants); if the user was removed or its
password changed (by this process, another one, or the CLI) the credentials are verified afresh, and fail.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from hashlib import blake2b

import anyio.to_thread
from anyio import CapacityLimiter

from jobgate.auth import users
from jobgate.auth.passwords import MAX_PASSWORD_CHARS, verify_password
from jobgate.principal import Principal
from jobgate.store.engine import Store

MAX_CACHED = 10_000
MAX_CREDENTIALS_CHARS = 4 * (128 + 1 + MAX_PASSWORD_CHARS) // 3 + 4  # base64 of the longest name:password
KDF_THREADS = 2  # concurrent argon2id runs (64 MiB each): a burst of logins cannot exhaust memory or the pool


class BadCredentials(Exception):
    """Basic credentials that are not accepted; `user` is the name given (or None), the message the reason."""

    def __init__(self, reason: str, user: str | None = None) -> None:
        super().__init__(reason)
        self.user = user


def decode_basic(value: str) -> tuple[str, str]:
    """(name, password) from the part of an `Authorization: Basic ...` header after the scheme."""
    value = value.strip()
    if len(value) > MAX_CREDENTIALS_CHARS:
        raise BadCredentials("credentials too long")
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise BadCredentials("malformed Basic credentials") from None
    name, colon, password = text.partition(":")
    if not colon or not name:
        raise BadCredentials("malformed Basic credentials")
    return name, password


@dataclass(slots=True)
class _Verified:
    stored_hash: str
    principal: Principal
    expires: float


class PasswordVerifier:
    def __init__(self, store: Store, ttl: float) -> None:
        self.store = store
        self.ttl = ttl
        self._secret = secrets.token_bytes(32)
        self._cache: OrderedDict[bytes, _Verified] = OrderedDict()
        self._pending: dict[bytes, asyncio.Future[Principal | None]] = {}
        self._kdf = CapacityLimiter(KDF_THREADS)

    def key(self, name: str, password: str) -> bytes:
        return blake2b(f"{name}:{password}".encode("utf-8", "surrogateescape"), key=self._secret).digest()

    def header_key(self, credentials: bytes) -> bytes:
        """The cache key of the base64 part of an `Authorization: Basic` header, as sent: a repeated request is
        looked up without decoding it (another spelling of the same credentials is merely another entry)."""
        return blake2b(b"basic:" + credentials, key=self._secret).digest()

    def cached(self, key: bytes) -> Principal | None:
        """The principal of credentials verified less than `ttl` seconds ago (no I/O, no KDF)."""
        entry = self._cache.get(key)
        if entry is not None and time.monotonic() < entry.expires:
            return entry.principal
        return None

    async def renew(self, key: bytes, name: str) -> Principal | None:
        """An expired entry whose user still has the same hash: renewed without the KDF; else dropped (None)."""
        entry = self._cache.get(key)
        if entry is None:
            return None
        record = await self.store.reading(users.get_user, name=name)
        if record is None or not hmac.compare_digest(record.password_hash, entry.stored_hash):
            self._cache.pop(key, None)
            return None
        entry.principal = record.principal()
        entry.expires = time.monotonic() + self.ttl
        self._cache.move_to_end(key)
        return entry.principal

    async def verify(self, key: bytes, name: str, password: str) -> Principal | None:
        """Full verification (the KDF); concurrent requests with the same credentials share one run."""
        pending = self._pending.get(key)
        if pending is None:
            pending = asyncio.ensure_future(self._verify(key, name, password))
            self._pending[key] = pending
            pending.add_done_callback(lambda _f: self._pending.pop(key, None))
        return await asyncio.shield(pending)

    async def _verify(self, key: bytes, name: str, password: str) -> Principal | None:
        if len(password) > MAX_PASSWORD_CHARS or not users.NAME_RE.fullmatch(name):
            return None
        record = await self.store.reading(users.get_user, name=name)
        stored = record.password_hash if record is not None else None
        ok = await anyio.to_thread.run_sync(verify_password, stored, password, limiter=self._kdf)
        if not ok or record is None:
            return None
        principal = record.principal()
        if self.ttl > 0:
            self._cache[key] = _Verified(record.password_hash, principal, time.monotonic() + self.ttl)
            while len(self._cache) > MAX_CACHED:
                self._cache.popitem(last=False)
        return principal
