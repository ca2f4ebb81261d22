"""With authentication on, a real server (uvicorn, `jobgate serve`) answers the generated clients and the example
worker that bring credentials: HTTP Basic through httpx auth, a JWT through AuthenticatedClient; and refuses
those that bring none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import jobgate_admin_client as admin_client
import jobgate_camunda7_client as camunda7_client
import jobgate_zeebe_client as zeebe_client
from jobgate_admin_client.api.users import list_users
from jobgate_camunda7_client.api.job import get_jobs_count
from jobgate_camunda7_client.models import CountResultDto
from jobgate_zeebe_client.api.jobs import activate_jobs
from jobgate_zeebe_client.models import ActivateJobsResponse, ErrorResponse

from jobgate.seed import seed
from jobgate.settings import Settings
from jobgate.store.engine import Store
from tests.auth.support import AUDIENCE, ISSUER, PASSWORD, ROLE_USERS, Keys, add_users
from tests.servers import Server

from .support import ROOT


def test_clients_and_worker_with_credentials(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    seed(Settings(database_url=url))
    store = Store(url, pool_size=1, threads=1)
    add_users(store)
    store.dispose()
    keys = Keys()
    env = {"JOBGATE_AUTH": "on", "JOBGATE_JWT_JWKS": str(keys.write_jwks(tmp_path / "jwks.json")),
           "JOBGATE_JWT_ISSUER": ISSUER, "JOBGATE_JWT_AUDIENCE": AUDIENCE}
    server = Server(url, env=env)
    try:
        server.wait_ready()
        reader = httpx.BasicAuth(ROLE_USERS["reader"], PASSWORD)
        with camunda7_client.Client(base_url=f"{server.url}/engine-rest", httpx_args={"auth": reader}) as c7:
            count = get_jobs_count.sync(client=c7)
            assert isinstance(count, CountResultDto) and count.count > 0
        with camunda7_client.Client(base_url=f"{server.url}/engine-rest") as anonymous:
            refused = get_jobs_count.sync_detailed(client=anonymous)
            assert refused.status_code == 401 and refused.headers["WWW-Authenticate"] == 'Basic realm="default"'
        token = keys.token(roles=["worker"], tenants=["*"], sub="svc-worker")
        with zeebe_client.AuthenticatedClient(base_url=f"{server.url}/zeebe", token=token) as zeebe:
            answer = activate_jobs.sync(client=zeebe, type_="reserve-stock", worker="w", max_jobs_to_activate=1,
                                        job_timeout="1m", request_timeout=-1)
            assert isinstance(answer, ActivateJobsResponse) and len(answer.data.jobs) == 1
        with zeebe_client.AuthenticatedClient(base_url=f"{server.url}/zeebe", token=token + "x") as forged:
            denied = activate_jobs.sync(client=forged, type_="reserve-stock", worker="w")
            assert isinstance(denied, ErrorResponse) and denied.error == "Unauthorized"
        admin = httpx.BasicAuth(ROLE_USERS["admin"], PASSWORD)
        with admin_client.Client(base_url=f"{server.url}/admin", httpx_args={"auth": admin}) as adm:
            listed = list_users.sync(client=adm)
            assert isinstance(listed, list) and {u.name for u in listed} >= set(ROLE_USERS.values())
        worker = [str(ROOT / "scripts" / "example-worker"), "--url", server.url, "--poll-ms", "300"]
        anonymous_run = subprocess.run(worker, capture_output=True, text=True, timeout=60)
        assert anonymous_run.returncode != 0 and "activation failed" in anonymous_run.stderr + anonymous_run.stdout
        basic_run = subprocess.run([*worker, "--user", ROLE_USERS["worker"], "--password-stdin"], input=PASSWORD,
                                   capture_output=True, text=True, timeout=120)
        assert basic_run.returncode == 0, basic_run.stderr
        assert basic_run.stdout.splitlines()[-1] == "example-worker: no more charge-card jobs"
        assert "completed" in basic_run.stdout
        token_run = subprocess.run([*worker, "--type", "ship-parcel", "--token-stdin"], input=token,
                                   capture_output=True, text=True, timeout=120)
        assert token_run.returncode == 0, token_run.stderr
    finally:
        server.stop()


def test_serve_refuses_a_public_address_without_auth(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    for args, env in ((["--host", "0.0.0.0"], {}), ([], {"JOBGATE_HOST": "::"})):
        result = subprocess.run([sys.executable, "-m", "jobgate.cli", "serve", "--port", "0", "--database-url", url,
                                 *args], capture_output=True, text=True, timeout=60, cwd=ROOT,
                                env={"PATH": os.environ.get("PATH", ""), **env})
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("jobgate serve: refusing to serve") and "--auth" in lines[0]
