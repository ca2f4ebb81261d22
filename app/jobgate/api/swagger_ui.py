"""Connexion's Swagger UI middleware, minus its routing cost on every other request.

Connexion's SwaggerUIMiddleware runs every request through a Starlette router of the documentation routes of each
API (`{base}/openapi.json`, `{base}/openapi.yaml`, `{base}/ui...`) before passing it on: about 12% of the event
loop's CPU of a Camunda 7 list request (scripts/profile_list.py). A path that ends in neither `.json` nor `.yaml`
and has no `/ui` in it cannot match one of those routes, so it goes straight on, unchanged; every other path takes
Connexion's router as before. The test in tests/api/test_swagger_ui.py keeps that premise true for the routes the
middleware registers.
"""

from __future__ import annotations

from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from starlette.types import Receive, Scope, Send

DOCUMENT_SUFFIXES = (".json", ".yaml")
UI_MARK = "/ui"


def may_be_ui(path: str) -> bool:
    """Whether a path could be one of the documentation routes (else it never is)."""
    return path.endswith(DOCUMENT_SUFFIXES) or UI_MARK in path


class QuickSwaggerUIMiddleware(SwaggerUIMiddleware):  # type: ignore[misc]
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not may_be_ui(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)
