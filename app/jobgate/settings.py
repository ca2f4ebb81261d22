"""Settings: the only place that reads the environment (JOBGATE_* variables)."""

from __future__ import annotations

from pydantic import Field
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
