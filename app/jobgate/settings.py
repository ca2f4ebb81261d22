"""Settings: the only place that reads the environment (JOBGATE_* variables)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration of one jobgate process."""

    model_config = SettingsConfigDict(env_prefix="JOBGATE_", extra="ignore")

    database_url: str = "sqlite:///./jobgate.db"
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    # Long polling (GET /zeebe/jobs): default wait when requestTimeout is 0 or absent.
    long_poll_timeout_ms: int = Field(default=10_000, ge=0)
    # How often waiters re-check the store for jobs freed by other processes, by timers or lost notifications.
    probe_interval_ms: int = Field(default=250, ge=10)
    # Threads that run blocking store calls; also bounds the connection pool.
    db_threads: int = Field(default=8, ge=1, le=256)
    db_pool_size: int = Field(default=8, ge=1, le=256)
    # Largest accepted request body, in bytes (larger ones get a 413 in the dialect's shape).
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    # Response validation against the specs: on in tests, off in production (it costs ~5x per request).
    validate_responses: bool = False
    swagger_ui: bool = True
    log_level: str = "info"
    # Security (docs/security.md).
    auth: bool = Field(default=False, description="Authentication and roles for every dialect, /admin and /metrics "
                       "(JOBGATE_AUTH=on); off by default, and then `jobgate serve` binds only to loopback.")
    insecure_no_auth: bool = Field(default=False, description="Allow `jobgate serve` to bind a non-loopback address "
                                   "with authentication off.")
    auth_cache_seconds: float = Field(default=5.0, ge=0, le=300, description="How long a verified password is "
                                      "trusted before the user row is read again (changes take effect after it).")
    auth_max_failures: int = Field(default=10, ge=1, description="Failed authentications from one client address "
                                   "within auth_failure_window_seconds before it gets 429.")
    auth_failure_window_seconds: float = Field(default=60.0, gt=0, description="The window of auth_max_failures; "
                                               "a blocked address waits for the rest of it (Retry-After).")
    metrics_role: Literal["reader", "worker", "operator", "admin"] = Field(
        default="admin", description="The role that may read GET /metrics when authentication is on.")
    metrics_token: SecretStr | None = Field(default=None, description="A bearer token that may read GET /metrics "
                                            "(for a Prometheus scraper), besides users with metrics_role.")
    jwt_jwks: str | None = Field(default=None, description="JWKS of the token issuer: a file path or an http(s) URL; "
                                 "when set, signed JWT bearer tokens (RS256, ES256) are accepted.")
    jwt_issuer: str | None = Field(default=None, description="The required `iss` of bearer tokens.")
    jwt_audience: str | None = Field(default=None, description="The required `aud` of bearer tokens.")
    jwt_name_claim: str = Field(default="sub", description="The claim naming the caller (dots reach into objects).")
    jwt_roles_claim: str = Field(default="roles", description="The claim listing jobgate roles, e.g. "
                                 "`realm_access.roles` for Keycloak (dots reach into objects).")
    jwt_tenants_claim: str = Field(default="tenants", description="The claim listing the caller's tenants; an entry "
                                   "`*` means every tenant; absent means only jobs without a tenant.")
    jwt_jwks_cache_seconds: float = Field(default=300.0, ge=1, description="How long JWKS keys are cached (an "
                                          "unknown key id refreshes them sooner, at most every 10 s).")
    jwt_leeway_seconds: float = Field(default=30.0, ge=0, le=600, description="Clock skew allowed on exp and nbf.")

    @model_validator(mode="after")
    def _jwt_needs_issuer_and_audience(self) -> Settings:
        if self.jwt_jwks and not (self.jwt_issuer and self.jwt_audience):
            raise ValueError("JOBGATE_JWT_JWKS needs JOBGATE_JWT_ISSUER and JOBGATE_JWT_AUDIENCE as well")
        return self
