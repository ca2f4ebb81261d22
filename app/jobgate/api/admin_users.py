"""Admin API: users of HTTP Basic authentication (/admin/users). Passwords are write-only: hashed, never returned."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from starlette.responses import Response

from jobgate.api.admin_format import json_body
from jobgate.api.common import json_response, no_content, parse_body
from jobgate.auth import users
from jobgate.auth.passwords import PasswordError, hash_password
from jobgate.runtime import services
from jobgate.store.clock import now_ms
from jobgate.store.errors import InvalidRequest, NotFound
from jobgate_models.admin import UserUpdate


def _view(user: users.UserRecord) -> dict[str, Any]:
    return {"name": user.name, "roles": sorted(user.roles), "tenants": sorted(user.tenants or ()),
            "allTenants": user.tenants is None}


async def list_users() -> Response:
    found = await services().store.reading(users.list_users)
    return json_response([_view(u) for u in found])


async def get_user(name: str) -> Response:
    user = await services().store.reading(users.get_user, name=name)
    if user is None:
        raise NotFound(f"No user named '{name}'.")
    return json_response(_view(user))


async def put_user(name: str, body: Any) -> Response:
    request = parse_body(UserUpdate, json_body(body))
    if request.all_tenants and request.tenants:
        raise InvalidRequest("Give tenants or allTenants, not both.")
    try:
        roles = users.check_roles(r.value if hasattr(r, "value") else str(r) for r in request.roles)
        tenants = None if request.all_tenants else users.check_tenants(t.root for t in request.tenants or ())
        password_hash = None
        if request.password is not None:
            password_hash = await anyio.to_thread.run_sync(hash_password, request.password)
        created = await services().store.writing(users.put_user, name=users.check_name(name),
                                                  password_hash=password_hash, roles=roles, tenants=tenants,
                                                  now=now_ms())
    except (users.UserError, PasswordError) as exc:
        raise InvalidRequest(str(exc)) from None
    user = await services().store.reading(users.get_user, name=name)
    assert user is not None
    return json_response(_view(user), status=201 if created else 200)


async def delete_user(name: str) -> Response:
    if not await services().store.writing(users.remove_user, name=name):
        raise NotFound(f"No user named '{name}'.")
    return no_content()
