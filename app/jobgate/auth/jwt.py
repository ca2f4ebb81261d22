"""JWT bearer tokens (PyJWT): RS256/ES256 signatures checked against a JWKS (file or URL, keys cached), with issuer,
audience and expiry checks; the name, roles and tenants come from configurable claims."""

from __future__ import annotations

import hashlib
import json
import logging
import time
import urllib.request
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread

from jobgate.principal import ROLES, Principal, Role
from jobgate.settings import Settings

if TYPE_CHECKING:  # PyJWT (and with it cryptography, ~9 MB RSS) is loaded when a token is first checked
    import jwt as pyjwt

ALGORITHMS = ["RS256", "ES256"]
MAX_JWKS_BYTES = 1_048_576
MIN_REFRESH_SECONDS = 10.0  # an unknown key id refreshes the JWKS at most this often
TOKEN_CACHE_SECONDS = 60.0
MAX_CACHED_TOKENS = 10_000
ALL_TENANTS = "*"
log = logging.getLogger("jobgate.auth")


class TokenError(Exception):
    """A bearer token that is not accepted; the message names the reason (never the token)."""


class Jwks:
    """The signing keys of the issuer, from a file path or an http(s) URL, cached for `ttl` seconds."""

    def __init__(self, location: str, ttl: float) -> None:
        self.location = location
        self.ttl = ttl
        self._keys: dict[str | None, pyjwt.PyJWK] = {}
        self._loaded = float("-inf")
        self._attempted = float("-inf")
        self._lock = anyio.Lock()

    def _fetch(self) -> dict[str | None, pyjwt.PyJWK]:
        import jwt as pyjwt

        if self.location.startswith(("http://", "https://")):
            with urllib.request.urlopen(self.location, timeout=5) as answer:  # noqa: S310 (http(s) only)
                raw = answer.read(MAX_JWKS_BYTES + 1)
        else:
            raw = Path(self.location).read_bytes()
        if len(raw) > MAX_JWKS_BYTES:
            raise ValueError("the JWKS is larger than 1 MiB")
        keys = pyjwt.PyJWKSet.from_dict(json.loads(raw)).keys
        return {k.key_id: k for k in keys if k.public_key_use in (None, "sig")}

    async def key(self, kid: str | None) -> pyjwt.PyJWK:
        if self._needs_refresh(kid):
            async with self._lock:
                if self._needs_refresh(kid):
                    await self._refresh()
        if kid is None and len(self._keys) == 1:
            return next(iter(self._keys.values()))
        found = self._keys.get(kid)
        if found is None:
            raise TokenError("the token's key id is not in the JWKS" if self._keys else "the JWKS cannot be loaded")
        return found

    def _needs_refresh(self, kid: str | None) -> bool:
        now = time.monotonic()
        if now - self._attempted < MIN_REFRESH_SECONDS:
            return False  # a failed or recent fetch: not again so soon (the issuer is not hammered)
        return now - self._loaded > self.ttl or (kid is not None and kid not in self._keys)

    async def _refresh(self) -> None:
        self._attempted = time.monotonic()
        try:
            self._keys = await anyio.to_thread.run_sync(self._fetch)
        except Exception as exc:  # unreadable, unreachable or invalid: keep the keys there are
            log.warning("cannot load the JWKS from %s: %s", self.location, type(exc).__name__)
        else:
            self._loaded = self._attempted


def _claim(claims: dict[str, Any], path: str) -> Any:
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


class TokenVerifier:
    def __init__(self, settings: Settings) -> None:
        assert settings.jwt_jwks and settings.jwt_issuer and settings.jwt_audience
        self.settings = settings
        self.jwks = Jwks(settings.jwt_jwks, settings.jwt_jwks_cache_seconds)
        self._cache: OrderedDict[bytes, tuple[Principal, float]] = OrderedDict()

    async def verify(self, token: str) -> Principal:
        digest = hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()
        cached = self._cache.get(digest)
        now = time.time()
        if cached is not None and now < cached[1]:
            return cached[0]
        s = self.settings
        import jwt as pyjwt

        try:
            header = pyjwt.get_unverified_header(token)
            kid = header.get("kid")
            key = await self.jwks.key(kid if isinstance(kid, str) else None)
            claims = pyjwt.decode(token, key=key, algorithms=ALGORITHMS, audience=s.jwt_audience,
                                  issuer=s.jwt_issuer, leeway=s.jwt_leeway_seconds,
                                  options={"require": ["exp", "iss", "aud"]})
        except pyjwt.PyJWTError as exc:
            raise TokenError(f"invalid token: {type(exc).__name__}") from None
        except (ValueError, TypeError, KeyError) as exc:  # a key of the wrong type for the token's algorithm
            raise TokenError(f"invalid token: {type(exc).__name__}") from None
        principal = self.principal(claims)
        self._cache[digest] = (principal, min(float(claims["exp"]), now + TOKEN_CACHE_SECONDS))
        while len(self._cache) > MAX_CACHED_TOKENS:
            self._cache.popitem(last=False)
        return principal

    def principal(self, claims: dict[str, Any]) -> Principal:
        s = self.settings
        name = _claim(claims, s.jwt_name_claim)
        if not isinstance(name, str) or not name:
            raise TokenError(f"the token has no {s.jwt_name_claim!r} claim")
        roles: frozenset[Role] = frozenset(r for r in _strings(_claim(claims, s.jwt_roles_claim)) if r in ROLES)
        tenants = _strings(_claim(claims, s.jwt_tenants_claim))
        return Principal(name, roles, None if ALL_TENANTS in tenants else frozenset(tenants))
