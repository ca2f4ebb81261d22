"""The bare Starlette peer of scripts/bench_peers.py: one route answering a fixed body (JOBGATE_PEER_BODY, a file).

Run as `python -m uvicorn bench_peer_app:app` from scripts/ with the same server options as jobgate.
"""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ["JOBGATE_PEER_BODY"]).read_bytes()


async def jobs(_request: Request) -> Response:
    return Response(BODY, media_type="application/json")


app = Starlette(routes=[Route("/engine-rest/job", jobs)])
