"""A complete job worker on the generated Zeebe client (run it as scripts/example-worker; --help lists the options).

It activates jobs of one type with long polling, does the work, and completes each job with variables, or fails it
with one retry less and a back-off. By default it drains: it exits once a poll returns no jobs. The part between
the two markers is what README.md ("Use the client") shows; tests/clients/test_example_worker.py keeps them equal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

# README: begin
import httpx
from jobgate_zeebe_client import Client
from jobgate_zeebe_client.api.jobs import activate_jobs, update_job
from jobgate_zeebe_client.models import (
    ActivatedJob,
    ActivateJobsResponse,
    CompleteJob,
    CompleteJobVariables,
    ErrorResponse,
    FailJob,
)


def charge_card(job: ActivatedJob) -> dict[str, object]:
    """The work: returns variables for the instance; raising fails the job. Cards take up to 2,000."""
    amount = job.variables.to_dict().get("amount", 0)
    if amount > 2000:
        raise ValueError(f"amount {amount} is over the card limit")
    return {"charged": amount}


def run(url: str, job_type: str, worker: str, max_jobs: int = 10, poll_ms: int = 2000, drain: bool = True,
        auth: httpx.Auth | None = None) -> None:
    """Activate (waiting up to poll_ms for jobs), work, complete or fail; until a poll comes back empty."""
    timeout = httpx.Timeout(poll_ms / 1000 + 30)
    with Client(base_url=f"{url}/zeebe", timeout=timeout, httpx_args={"auth": auth}) as zeebe:
        while True:
            answer = activate_jobs.sync(client=zeebe, type_=job_type, worker=worker, max_jobs_to_activate=max_jobs,
                                        job_timeout="1m", request_timeout=poll_ms)
            if not isinstance(answer, ActivateJobsResponse):
                raise SystemExit(f"activation failed: {answer}")  # an ErrorResponse, e.g. a 400
            if drain and not answer.data.jobs:
                return
            for job in answer.data.jobs:
                try:
                    variables = CompleteJobVariables.from_dict(charge_card(job))
                    outcome: CompleteJob | FailJob = CompleteJob("completed", variables)
                except Exception as exc:
                    outcome = FailJob("failed", job.retries - 1, retry_backoff="30s", error_message=str(exc))
                refused = update_job.sync(job.key, client=zeebe, body=outcome)  # an ErrorResponse, or None (204)
                print(f"job {job.key}:", refused.error if isinstance(refused, ErrorResponse) else outcome.to_dict())
# README: end


class BearerAuth(httpx.Auth):
    """A JWT bearer token on every request (JOBGATE_JWT_JWKS on the server)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def credentials(user: str | None, password_stdin: bool, token_stdin: bool) -> httpx.Auth | None:
    """HTTP Basic (--user, password from stdin) or a bearer token from stdin; None without either."""
    if token_stdin:
        return BearerAuth(sys.stdin.readline().strip())
    if user is not None:
        if not password_stdin:
            raise SystemExit("example-worker: --user needs --password-stdin")
        return httpx.BasicAuth(user, sys.stdin.readline().rstrip("\r\n"))
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="jobgate's base URL (default %(default)s)")
    parser.add_argument("--type", default="charge-card", help="job type to work on (default %(default)s)")
    parser.add_argument("--worker", default="example-worker", help="worker name (default %(default)s)")
    parser.add_argument("--max-jobs", type=int, default=10, help="jobs per activation (default %(default)s)")
    parser.add_argument("--poll-ms", type=int, default=2000,
                        help="long-poll wait when no job is ready, in ms (default %(default)s)")
    parser.add_argument("--forever", action="store_true", help="keep polling instead of exiting when drained")
    parser.add_argument("--user", help="HTTP Basic user name (the server runs with JOBGATE_AUTH=on)")
    parser.add_argument("--password-stdin", action="store_true", help="read --user's password from stdin")
    parser.add_argument("--token-stdin", action="store_true", help="read a JWT bearer token from stdin")
    args = parser.parse_args(argv)
    auth = credentials(args.user, args.password_stdin, args.token_stdin)
    try:
        run(args.url.rstrip("/"), args.type, args.worker, args.max_jobs, args.poll_ms, drain=not args.forever,
            auth=auth)
    except KeyboardInterrupt:
        return 130
    except httpx.HTTPError as exc:
        print(f"example-worker: {args.url}: {exc}", file=sys.stderr)
        return 1
    print(f"example-worker: no more {args.type} jobs", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
