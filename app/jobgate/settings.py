"""Settings: the only place that reads the environment (JOBGATE_* variables)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration of one jobgate process."""

    model_config = SettingsConfigDict(env_prefix="JOBGATE_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./jobgate.db",
        description="SQLAlchemy URL of the store: a SQLite file (`sqlite:///path`; the default is `jobgate.db` in "
        "the working directory) or PostgreSQL (`postgresql+psycopg://user@host:5432/db`). "
        "`--database-url` of the `jobgate` commands overrides it.",
    )
    host: str = Field(
        default="127.0.0.1",
        description="Interface `jobgate serve` binds to (`--host` overrides it). The default, loopback, keeps the "
        "server private to this machine: authentication is not built yet.",
    )
    port: int = Field(default=8080, ge=0, le=65535,
                      description="TCP port `jobgate serve` binds to (`--port` overrides it).")
    long_poll_timeout_ms: int = Field(
        default=10_000, ge=0,
        description="How long `GET /zeebe/jobs` waits for a job, in milliseconds, when its `requestTimeout` is 0 or "
        "absent. When the wait ends with nothing claimable the answer is an empty job list.",
    )
    probe_interval_ms: int = Field(
        default=250, ge=10,
        description="How often waiting long polls re-check the store, in milliseconds: they find jobs freed by other "
        "processes, ended back-offs and expired leases, and recover from a lost notification.",
    )
    db_threads: int = Field(
        default=8, ge=1, le=256,
        description="Threads that run blocking store calls (a waiting long poll holds none).",
    )
    db_pool_size: int = Field(
        default=8, ge=1, le=256,
        description="Connections kept in the store's pool; as many again may be opened as overflow under load.",
    )
    max_body_bytes: int = Field(
        default=1_048_576, ge=1024,
        description="Largest accepted request body, in bytes. A larger one is refused with a 413 in the dialect's "
        "error shape before it is read in full.",
    )
    validate_responses: bool = Field(
        default=False,
        description="Validate every response against its spec. The tests turn it on; it makes each request several "
        "times slower, so it is off by default.",
    )
    swagger_ui: bool = Field(
        default=True,
        description="Serve each dialect's Swagger UI at `<base>/ui/` (the specs at `<base>/openapi.json` are "
        "always served).",
    )
    log_level: str = Field(
        default="info",
        description="uvicorn's log level for `jobgate serve`: `critical`, `error`, `warning`, `info`, `debug` or "
        "`trace`.",
    )
