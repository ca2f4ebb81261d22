"""Shared query helpers: sorting with explicit null order, tenant filters, paging."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.elements import UnaryExpression

NO_MATCH = -1  # a key that never exists: what an unparseable id filters by


def to_key(value: str) -> int:
    """A key's id string (its exact decimal form) as the key, or NO_MATCH (a filter that matches nothing).

    Ids are compared as strings, as the engines do: ` 42`, `042` or `+42` name no job, even where 42 does.
    """
    if value.isascii() and value.isdigit() and len(value) <= 19 and (value == "0" or value[0] != "0"):
        number = int(value)
        if number < 2**63:
            return number
    return NO_MATCH


def storable(text: str) -> bool:
    """No store holds NUL (PostgreSQL refuses it) or a lone surrogate (not UTF-8); writes reject both."""
    return "\x00" not in text and (text.isascii() or not any("\ud800" <= ch <= "\udfff" for ch in text))


def equals(column: Any, value: Any) -> ColumnElement[bool]:
    """`column = value`; a text no store can hold (with NUL) matches nothing instead of failing on PostgreSQL."""
    if isinstance(value, str) and not storable(value):
        return sa.false()
    return column == value  # type: ignore[no-any-return]


def one_of(column: Any, values: Sequence[str]) -> ColumnElement[bool]:
    """`column IN (values)`, leaving out texts no store can hold (an empty list matches nothing). Long lists are
    rendered inline: a JSON body may carry more items than a statement may have parameters (65535 on PostgreSQL)."""
    items = sorted({v for v in values if storable(v)})
    if len(items) <= 1000:
        return column.in_(items)  # type: ignore[no-any-return]
    return column.in_(sa.bindparam("items", items, expanding=True, literal_execute=True, unique=True))  # type: ignore[no-any-return]


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
    """Camunda's tenant filter: withoutTenantId wins; includeWithout alone filters nothing; an empty tenant list
    is no filter either (the engine applies `tenantIdIn` only when it has items)."""
    if without:
        return column.is_(None)  # type: ignore[no-any-return]
    if not tenant_ids:
        return None
    condition = one_of(column, tenant_ids)
    if include_without:
        condition = sa.or_(condition, column.is_(None))
    return condition


def page(query: sa.Select[Any], first: int | None, maximum: int | None) -> sa.Select[Any]:
    if first:
        query = query.offset(first)
    if maximum is not None:
        query = query.limit(maximum)
    return query
