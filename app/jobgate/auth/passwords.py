"""Password hashing: argon2id (argon2-cffi, RFC 9106 low-memory profile). Passwords are never stored or logged."""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Longer passwords are refused before hashing: the KDF's cost must not grow with attacker-chosen input.
MAX_PASSWORD_CHARS = 1024

_HASHER = PasswordHasher()  # argon2id, time_cost 3, memory 64 MiB, parallelism 4, 16-byte random salt


class PasswordError(ValueError):
    """A password that cannot be set (empty or too long)."""


def check_new_password(password: str) -> None:
    if not password:
        raise PasswordError("The password must not be empty.")
    if len(password) > MAX_PASSWORD_CHARS:
        raise PasswordError(f"The password must be at most {MAX_PASSWORD_CHARS} characters.")


def hash_password(password: str) -> str:
    """A salted argon2id hash in PHC string form (`$argon2id$v=19$m=65536,t=3,p=4$...`)."""
    check_new_password(password)
    return _HASHER.hash(password)


@functools.cache
def _dummy_hash() -> str:
    return _HASHER.hash("jobgate: no such user")


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether `password` matches `stored_hash`. Without a hash (unknown user) the same work is done on a dummy
    hash, so the answer takes as long either way and does not tell which user names exist."""
    if len(password) > MAX_PASSWORD_CHARS:
        return False
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
