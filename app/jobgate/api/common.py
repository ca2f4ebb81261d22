"""Helpers shared by the dialect handlers."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from connexion.context import scope as request_scope
from pydantic import BaseModel, ValidationError
from starlette.responses import Response

from jobgate.api.storable import printable
from jobgate.principal import visible_tenants
from jobgate.store.errors import InvalidRequest

M = TypeVar("M", bound=BaseModel)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A compact JSON response (orjson), bypassing Connexion's slower jsonifier."""
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)


def tenants() -> frozenset[str] | None:
    """The tenants the current request may see besides tenant-less jobs (None: no restriction, e.g. auth off).

    Reads the ASGI scope from Connexion's context directly: `connexion.request.scope` builds a ConnexionRequest on
    every access (~15 us, more than the rest of the check on the C7 list path).
    """
    return visible_tenants(request_scope._get_current_object())


def no_content() -> Response:
    return Response(status_code=204)


def parse_body(model: type[M], body: Any) -> M:
    """Validate a JSON body with a generated model; a mismatch is a 400, worded briefly. Properties are read by
    their wire names only: the models also take Python field names (populate_by_name, for code that builds
    them), and a body's unknown `create_times` must be ignored like any unknown property, not read as createTimes."""
    try:
        return model.model_validate(body if body is not None else {}, by_alias=True, by_name=False)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise InvalidRequest(printable(f"Invalid body.{where}: {first.get('msg', 'invalid value')}")) from None
