"""Settings: the only place that reads the environment (JOBGATE_* variables)."""

from __future__ import annotations

from typing import Literal

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

    # -- admission control and timeouts (issue 12; DESIGN.md section 6e) ------------------------------------------
    max_long_polls: int = Field(
        default=10_000, ge=0,
        description="Waiting long polls (GET /zeebe/jobs) per process; one more answers 503 RESOURCE_EXHAUSTED.")
    max_concurrent_requests: int = Field(
        default=256, ge=1,
        description="Requests served at once per process, parked long polls not counted; more answer 503 at once.")
    max_connections: int = Field(
        default=12_000, ge=16,
        description="Open client connections per process (also capped below the open-file limit); requests on "
                    "connections beyond it answer 503 and the connection is closed (/health still answers).")
    max_header_bytes: int = Field(
        default=16_384, ge=1024,
        description="Request line plus header section, in bytes; larger requests answer 431.")
    header_timeout: float = Field(
        default=10.0, gt=0,
        description="Seconds a client may take to send a request's line and headers (from connecting or from the "
                    "previous response); then the connection is closed (408 if part of a request had arrived).")
    body_timeout: float = Field(
        default=30.0, gt=0,
        description="Seconds a client may take to send a request body; a slower body answers 408 and is closed.")
    idle_timeout: float = Field(
        default=5.0, gt=0,
        description="Seconds an idle keep-alive connection stays open between requests (uvicorn timeout_keep_alive).")
    db_connect_timeout: int = Field(
        default=5, ge=2,
        description="Seconds to open a PostgreSQL connection (libpq connect_timeout; 2 is its minimum).")
    db_statement_timeout: float = Field(
        default=10.0, gt=0,
        description="Seconds one store call may take on PostgreSQL (server statement_timeout, and a client "
                    "deadline that cuts a connection that stopped answering); then 503.")
    db_pool_timeout: float = Field(
        default=5.0, gt=0,
        description="Seconds a request waits for a database thread and connection; then 503.")
    sqlite_busy_timeout: float = Field(
        default=5.0, ge=0,
        description="Seconds a SQLite write waits for the database lock held by another writer; then 503.")
    sqlite_synchronous: Literal["full", "normal"] = Field(
        default="full",
        description="SQLite synchronous mode: full (an acknowledged write survives power loss) or normal (faster; "
                    "the last commits may be lost on power loss or an OS crash, never on a process crash).")
    ready_timeout: float = Field(
        default=1.0, gt=0, description="Seconds GET /health/ready waits for the store before answering 503.")
    log_repeat_interval: float = Field(
        default=5.0, ge=0,
        description="Seconds during which repeats of a log message (same logger, level and text pattern) are "
                    "counted instead of written; the next one written says how many were left out. 0: off.")
