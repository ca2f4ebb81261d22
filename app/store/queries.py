"""Shared query helpers: sorting with explicit null order, tenant filters, paging."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.elements import UnaryExpression

NO_MATCH = -1  # a key that never exists: what an unparseable id filters by


def to_key(value: str) -> int:
    """A decimal id string as a store key, or NO_MATCH (so the filter matches nothing, as the engine would)."""
    text = value.strip()
    if text.isdigit() and len(text) <= 19:
        number = int(text)
        if number < 2**63:
            return number
    return NO_MATCH


def order_terms(columns: dict[str, Any], sorting: Sequence[tuple[str, bool]], key: Any, *,
                postgres: bool) -> list[UnaryExpression[Any]]:
    """ORDER BY terms for (field, descending) pairs; nulls sort low on every backend; key breaks ties."""
    terms: list[UnaryExpression[Any]] = []
    for name, descending in sorting:
        column = columns[name]
        if postgres and isinstance(column.type, sa.String):
            column = column.collate("C")  # byte order, as SQLite's BINARY collation
        terms.append(column.desc().nulls_last() if descending else column.asc().nulls_first())
    terms.append(key.asc())
    return terms


def tenant_condition(column: Any, *, tenant_ids: Sequence[str] | None, include_without: bool,
                     without: bool) -> ColumnElement[bool] | None:
    """Camunda's tenant filter: withoutTenantId wins; includeWithout alone filters nothing."""
    if without:
        return column.is_(None)  # type: ignore[no-any-return]
    if tenant_ids is None:
        return None
    condition = column.in_(list(tenant_ids))
    if include_without:
        condition = sa.or_(condition, column.is_(None))
    return condition  # type: ignore[no-any-return]


def page(query: sa.Select[Any], first: int | None, maximum: int | None) -> sa.Select[Any]:
    if first:
        query = query.offset(first)
    if maximum is not None:
        query = query.limit(maximum)
    return query
