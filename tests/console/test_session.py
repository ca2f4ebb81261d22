"""Session cookies and CSRF tokens: signed, expiring, revocable, bound to one session and one key."""

from __future__ import annotations

from jobgate.console.session import Sessions, fingerprint


def test_round_trip() -> None:
    sessions = Sessions(b"k" * 32, lifetime=60)
    session = sessions.new("alice", fingerprint("$argon2id$..."), now=1000)
    assert sessions.decode(sessions.encode(session), now=1001) == session
    assert session.expires == 1060


def test_forged_expired_and_foreign_cookies_are_rejected() -> None:
    sessions = Sessions(b"k" * 32, lifetime=60)
    cookie = sessions.encode(sessions.new("alice", now=1000))
    body, _, mac = cookie.partition(".")
    assert sessions.decode(cookie, now=1060) is None  # expired
    other = Sessions(b"o" * 32, lifetime=60)
    assert other.decode(cookie, now=1001) is None  # another key
    forged = sessions.encode(sessions.new("mallory", now=1000)).partition(".")[0] + "." + mac
    assert sessions.decode(forged, now=1001) is None
    for value in (None, "", "x", "a.b.c", body, f"{body}.", f"{body}.!!!", "é.é", "x" * 2000):
        assert sessions.decode(value, now=1001) is None


def test_random_key_per_process_when_none_is_given() -> None:
    a, b = Sessions(None, lifetime=60), Sessions(None, lifetime=60)
    assert b.decode(a.encode(a.new("alice"))) is None


def test_csrf_token_belongs_to_its_session() -> None:
    sessions = Sessions(b"k" * 32, lifetime=60)
    one, two = sessions.new(), sessions.new()
    assert sessions.check_csrf(one, sessions.csrf(one))
    assert not sessions.check_csrf(two, sessions.csrf(one))
    assert not sessions.check_csrf(one, None) and not sessions.check_csrf(None, sessions.csrf(one))
    assert not sessions.check_csrf(one, "\udcff")


def test_revoked_sessions_stay_dead_until_they_expire() -> None:
    sessions = Sessions(b"k" * 32, lifetime=60)
    session = sessions.new("alice", now=1000)
    cookie = sessions.encode(session)
    sessions.revoke(session, now=1001)
    assert sessions.decode(cookie, now=1002) is None
    later = sessions.new("bob", now=2000)
    sessions.revoke(later, now=2000)  # purges the first entry, expired long ago
    assert session.nonce not in sessions._revoked and later.nonce in sessions._revoked


def test_fingerprint_changes_with_the_hash() -> None:
    assert fingerprint("a") != fingerprint("b") and len(fingerprint("a")) == 16
