"""The console's session cookie and CSRF tokens (docs/security.md, "Console").

A session is a signed cookie: base64url(JSON payload) "." base64url(HMAC-SHA256(key, payload)). The payload holds
the user's name (None before login), when the session ends, a random nonce, and a fingerprint of the user's stored
password hash, so a password change ends every session of that user. Every visitor gets one (an anonymous one
before login), because every form POST, the login form included, must carry the CSRF token of its session:
HMAC(key, "csrf:" nonce). Logging in issues a new nonce (no session fixation); logging out revokes the old one in
this process. The key comes from JOBGATE_CONSOLE_SESSION_KEY or is random per process.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass

COOKIE = "jobgate_console"
MAX_COOKIE_CHARS = 1024
MAX_REVOKED = 10_000


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(password_hash: str) -> str:
    """A short digest of a stored password hash (not of a password): changes when the password does."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Session:
    user: str | None  # None: not logged in
    expires: int  # epoch seconds
    nonce: str
    password: str = ""  # fingerprint() of the user's password hash at login


class Sessions:
    def __init__(self, key: bytes | None, lifetime: int) -> None:
        self._key = key or secrets.token_bytes(32)
        self.lifetime = lifetime
        self._revoked: OrderedDict[str, int] = OrderedDict()  # nonce -> its expiry

    def _mac(self, data: bytes) -> bytes:
        return hmac.new(self._key, data, hashlib.sha256).digest()

    def new(self, user: str | None = None, password: str = "", now: float | None = None) -> Session:
        now = time.time() if now is None else now
        return Session(user, int(now) + self.lifetime, secrets.token_urlsafe(18), password)

    def encode(self, session: Session) -> str:
        payload = json.dumps([session.user, session.expires, session.nonce, session.password],
                             separators=(",", ":")).encode()
        return f"{_b64(payload)}.{_b64(self._mac(payload))}"

    def decode(self, cookie: str | None, now: float | None = None) -> Session | None:
        """The session of a cookie value; None when it is missing, forged, expired or revoked."""
        if not cookie or len(cookie) > MAX_COOKIE_CHARS or cookie.count(".") != 1:
            return None
        body, _, mac = cookie.partition(".")
        try:
            payload, signature = _unb64(body), _unb64(mac)
        except (binascii.Error, ValueError):
            return None
        if not hmac.compare_digest(signature, self._mac(payload)):
            return None
        user, expires, nonce, password = json.loads(payload)  # signed by us: the shape is ours
        session = Session(user, int(expires), str(nonce), str(password))
        now = time.time() if now is None else now
        if session.expires <= now or session.nonce in self._revoked:
            return None
        return session

    def csrf(self, session: Session) -> str:
        return _b64(self._mac(f"csrf:{session.nonce}".encode()))

    def check_csrf(self, session: Session | None, token: str | None) -> bool:
        return session is not None and token is not None and hmac.compare_digest(
            token.encode("utf-8", "surrogateescape"), self.csrf(session).encode())

    def revoke(self, session: Session, now: float | None = None) -> None:
        """End a session before it expires (in this process: replicas keep their own list)."""
        now = time.time() if now is None else now
        self._revoked[session.nonce] = session.expires
        while self._revoked and (len(self._revoked) > MAX_REVOKED or next(iter(self._revoked.values())) <= now):
            self._revoked.popitem(last=False)
