"""Log output of `jobgate serve`: text (uvicorn's) or JSON lines, request fields from the request context.

JSON: one object per line with time, level, logger, message and, inside a request (reqctx.current), request_id,
dialect, operation; status and duration_ms when the record carries them (the access log). Never a header, a query
value or a body: no formatter reads them.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from jobgate.reqctx import current

_REQUEST_FIELDS = ("request_id", "dialect", "operation", "status", "duration_ms")


class RequestFields(logging.Filter):
    """Adds the current request's id, dialect and operation to every record that passes the handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        ctx = current.get()
        if ctx is not None:
            if not hasattr(record, "request_id"):
                record.request_id = ctx.id
            record.dialect = ctx.dialect
            record.operation = ctx.operation_name()
            if not hasattr(record, "status") and ctx.status is not None:
                record.status = ctx.status
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in _REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def log_config(log_format: str, level: str, access_log: bool) -> dict[str, Any]:
    """uvicorn's log_config for `jobgate serve`."""
    from uvicorn.config import LOGGING_CONFIG

    lvl = level.upper() if level.lower() != "trace" else "DEBUG"
    access = {"handlers": ["default"], "level": "INFO" if access_log else "CRITICAL", "propagate": False}
    if log_format == "json":
        return {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"request": {"()": RequestFields}},
            "formatters": {"json": {"()": JsonFormatter}},
            "handlers": {"default": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                                     "formatter": "json", "filters": ["request"]}},
            "loggers": {
                "uvicorn": {"handlers": ["default"], "level": lvl, "propagate": False},
                "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
                "jobgate": {"handlers": ["default"], "level": lvl, "propagate": False},
                "jobgate.access": access,
            },
        }
    config: dict[str, Any] = json.loads(json.dumps(LOGGING_CONFIG))  # a deep copy
    config["filters"] = {"request": {"()": RequestFields}}
    config["formatters"]["access_line"] = {"format": "%(levelname)s:     %(message)s [request %(request_id)s]"}
    config["handlers"]["access_line"] = {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                                         "formatter": "access_line", "filters": ["request"]}
    config["loggers"]["jobgate.access"] = {**access, "handlers": ["access_line"]}
    return config
