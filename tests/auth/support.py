"""Keys, tokens and users for the authentication tests (keys are generated per test module, never stored)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from jobgate.auth import users
from jobgate.auth.passwords import hash_password
from jobgate.principal import ROLES, Role
from jobgate.store.engine import Store

ISSUER = "https://idp.example.test/realms/jobgate"
AUDIENCE = "jobgate"
PASSWORD = "correct horse: battery staple"  # a colon inside: Basic splits at the first one only
ROLE_USERS: dict[Role, str] = {role: f"{role}-user" for role in ROLES}
NO_ROLE_TOKEN_USER = "nobody"


@dataclass
class Keys:
    rsa: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(public_exponent=65537,
                                                                                    key_size=2048))
    ec: ec.EllipticCurvePrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))
    other: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(public_exponent=65537,
                                                                                      key_size=2048))

    def jwks(self) -> dict[str, Any]:
        rsa_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.rsa.public_key()))
        ec_jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(self.ec.public_key()))
        return {"keys": [{**rsa_jwk, "kid": "rsa-1", "use": "sig", "alg": "RS256"},
                         {**ec_jwk, "kid": "ec-1", "use": "sig", "alg": "ES256"}]}

    def write_jwks(self, path: Path) -> Path:
        path.write_text(json.dumps(self.jwks()))
        return path

    def token(self, *, alg: str = "RS256", key: Any = None, kid: str | None = None, **claims: Any) -> str:
        now = int(time.time())
        body = {"iss": ISSUER, "aud": AUDIENCE, "sub": "token-user", "iat": now, "exp": now + 300, **claims}
        body = {k: v for k, v in body.items() if v is not None}
        signer = key if key is not None else (self.rsa if alg == "RS256" else self.ec)
        return jwt.encode(body, signer, algorithm=alg,
                          headers={"kid": kid or ("rsa-1" if alg == "RS256" else "ec-1")})


def add_users(store: Store, password: str = PASSWORD) -> None:
    """One user per role (every tenant), and one reader limited to tenant-a."""
    hashed = hash_password(password)
    with store.write() as conn:
        for role, name in ROLE_USERS.items():
            if users.get_user(conn, name=name) is None:
                users.put_user(conn, name=name, password_hash=hashed, roles=frozenset({role}), tenants=None, now=1)
