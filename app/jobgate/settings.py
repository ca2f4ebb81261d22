"""Settings: the only place that reads the environment (JOBGATE_* variables)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, model_validator
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
        "server private to this machine; another address needs authentication on (`JOBGATE_AUTH`) or, on "
        "purpose, `JOBGATE_INSECURE_NO_AUTH`.",
    )
    port: int = Field(default=8080, ge=0, le=65535,
                      description="TCP port `jobgate serve` binds to (`--port` overrides it).")
    workers: int = Field(
        default=1, ge=1, le=64,
        description="Server processes `jobgate serve` runs on one port (each with its own store pool and long-poll "
        "hub; a job created through one wakes long polls parked in the others).",
    )
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
    inline_read_ms: float = Field(
        default=1.0, ge=0, le=100,
        description="SQLite: a read runs on the event loop itself, without a thread hand-off, when it finishes "
        "within this many milliseconds; a longer one is interrupted there and run again on a store thread. 0: every "
        "read on a store thread. PostgreSQL reads always take a thread.",
    )
    inline_write_ms: float = Field(
        default=2.0, ge=0, le=100,
        description="SQLite file with JOBGATE_SQLITE_SYNCHRONOUS=full: a group-commit batch (claims, completes, "
        "failures) runs on the event loop itself, without a thread hand-off, when the write lock is free and the "
        "batch finishes within this many milliseconds; otherwise it runs again on the store thread. 0: every batch "
        "on the store thread.",
    )
    group_commit: int = Field(
        default=64, ge=1, le=1000,
        description="Most write commands (job completes, failures, errors, activation claims) that concurrent requests "
        "commit together in one transaction, each in its own savepoint and acknowledged after that commit; "
        "1 turns group commit off.",
    )
    db_pool_size: int = Field(
        default=8, ge=1, le=256,
        description="Connections kept in the store's pool; as many again may be opened as overflow under load. On "
                    "PostgreSQL a process also opens up to min(`JOBGATE_DB_THREADS`, this) connections for completes "
                    "sent from the event loop (docs/operations.md).",
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
    fast_path: bool = Field(
        default=True,
        description="Serve the hot operations (those marked `x-jobgate-fast` in the specs: the Camunda 7 job list "
        "and count, Zeebe activation and job commands) on a leaner path with rules compiled from the spec; any "
        "request those rules do not accept takes the full Connexion path, so answers are the same either way. "
        "Off: every request takes the Connexion path (for comparison).",
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

    # -- admission control and timeouts (docs/operations.md) ------------------------------------------
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
    log_format: Literal["text", "json"] = Field(
        default="text",
        description="Log line format of `jobgate serve` (`--log-format`): text, or json (one object per line with "
                    "time, level, logger, message and, inside a request, request_id, dialect and operation).")
    access_log: bool = Field(
        default=False,
        description="One log line per request (`--access-log`; logger jobgate.access): method, path without the "
                    "query string, status, duration and request id; never query values, bodies or headers.")
    metrics_max_types: int = Field(
        default=100, ge=1, le=100_000,
        description="Job types that get their own label value in the metrics; later ones are counted as `other` "
                    "(bounds the number of series).")
    metrics_states_cache: float = Field(
        default=5.0, ge=0,
        description="Seconds the jobs-by-state gauge (one GROUP BY query, run on a scrape) is reused before it is "
                    "counted again.")
    log_repeat_interval: float = Field(
        default=5.0, ge=0,
        description="Seconds during which repeats of a log message (same logger, level and text pattern) are "
                    "counted instead of written; the next one written says how many were left out. 0: off.")

    # Data limits (docs/design.md). Hitting one answers a prompt 4xx in the dialect's shape, writes nothing
    # and logs one warning (logger jobgate.limits, never with variable values).
    query_max_results: int = Field(
        default=10_000, ge=1, le=2**31 - 1,
        description="Camunda 7 lists (GET /job, POST /job-definition): the largest maxResults (the engine's "
                    "queryMaxResultsLimit); more is a 400 'Max results limit of <n> exceeded!'. An unpaged query "
                    "that matches more than this is a 400 'An unbound number of results is forbidden!'. Applies "
                    "with authentication off too.")
    query_max_conditions: int = Field(
        default=100, ge=1, le=500,
        description="Camunda 7 GET /job: most conditions in one dueDates or createTimes parameter (more is a 400).")
    max_activation_bytes: int = Field(
        default=4 * 1024 * 1024, ge=16 * 1024,
        description="Largest GET /zeebe/jobs response body, in bytes (Zeebe's 4 MB message size). Jobs that do not "
                    "fit stay activatable for the next call; a job that alone is larger becomes an incident.")
    max_variables_bytes: int = Field(
        default=1024 * 1024, ge=1024,
        description="Largest variables document of one process instance, as compact JSON bytes: checked when an "
                    "instance starts (admin start and load) and when a completion merges variables (a 400).")
    max_load_bytes: int = Field(
        default=64 * 1024 * 1024, ge=1024,
        description="POST /admin/load: most bytes one call may store, estimated as the JSON size of each instance "
                    "template times its count, plus the definitions (a 400 above it).")
    load_chunk_jobs: int = Field(
        default=200, ge=1, le=1_000_000,
        description="POST /admin/load commits in chunks of about this many jobs, each in its own short write "
                    "transaction, so activations and commands are served between chunks.")
    public_url: str | None = Field(
        default=None,
        description="Public base URL of this server (e.g. https://jobs.example.com), used for the links in OPA "
                    "answers; unset: the links are paths relative to the server root. Never taken from the Host "
                    "header.")

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

    console: bool = Field(default=True, description="Serve the operator console at /console (docs/console.md).")
    console_session_key: SecretStr | None = Field(
        default=None, description="Key (at least 32 characters) that signs the console's session cookies and CSRF "
        "tokens with HMAC-SHA256. Unset: a random key per process, so sessions end when the process restarts and "
        "are valid only on the replica that issued them; set the same key on every replica behind one address.")
    console_session_seconds: int = Field(default=8 * 3600, ge=60, le=7 * 24 * 3600, description="How long a console "
                                         "login lasts before the user must sign in again.")
    console_page_size: int = Field(default=25, ge=1, le=500, description="Rows per page in the console's job "
                                   "search and incident list.")

    @model_validator(mode="after")
    def _jwt_needs_issuer_and_audience(self) -> Settings:
        if self.jwt_jwks and not (self.jwt_issuer and self.jwt_audience):
            raise ValueError("JOBGATE_JWT_JWKS needs JOBGATE_JWT_ISSUER and JOBGATE_JWT_AUDIENCE as well")
        return self

    @model_validator(mode="after")
    def _console_key_is_long_enough(self) -> Settings:
        key = self.console_session_key
        if key is not None and len(key.get_secret_value()) < 32:
            raise ValueError("JOBGATE_CONSOLE_SESSION_KEY must have at least 32 characters")
        return self
