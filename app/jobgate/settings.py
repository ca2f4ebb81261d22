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

    # Data limits (DESIGN.md section 6e). Hitting one answers a prompt 4xx in the dialect's shape, writes nothing
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
