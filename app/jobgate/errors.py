"""The domain exceptions, under their old import path (they live in jobgate.store.errors; no HTTP here).

Kept so code written against `jobgate.errors` keeps working; nothing in app/ imports it any more (use
jobgate.store.errors).
Rendering per dialect is jobgate.api.errors.
"""

from __future__ import annotations

from jobgate.store.errors import Conflict, Forbidden, InvalidRequest, JobgateError, NotFound, StoreUnavailable

__all__ = ["Conflict", "Forbidden", "InvalidRequest", "JobgateError", "NotFound", "StoreUnavailable"]
