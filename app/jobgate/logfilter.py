"""Rate-limited logging: a burst of the same message (an accept loop out of file descriptors, a database that
went away under load) becomes one line per interval plus a count, instead of flooding the log."""

from __future__ import annotations

import logging
import time

# Loggers whose records can repeat at request rate or in a tight loop (a logger's filters see only the records
# created on that logger, not those of its children, so each is named).
NOISY = ("asyncio", "uvicorn", "uvicorn.error", "jobgate.admission", "jobgate.http", "jobgate.pubsub",
         "jobgate.longpoll", "jobgate.errors", "jobgate.store", "jobgate.scheduler")


class RepeatFilter(logging.Filter):
    """Passes the first record of a kind per `interval` seconds; counts the rest and reports them with the next."""

    def __init__(self, interval: float) -> None:
        super().__init__()
        self.interval = interval
        self._last: dict[tuple[str, int, str], float] = {}
        self._dropped: dict[tuple[str, int, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if self.interval <= 0:
            return True
        pattern = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        key = (record.name, record.levelno, pattern.split("\n", 1)[0][:120])
        now = time.monotonic()
        last = self._last.get(key)
        if last is not None and now - last < self.interval:
            self._dropped[key] = self._dropped.get(key, 0) + 1
            return False
        self._last[key] = now
        dropped = self._dropped.pop(key, 0)
        if dropped:
            record.msg = f"{record.msg} ({dropped} similar messages in the last {self.interval:g}s not logged)"
        if len(self._last) > 10_000:  # many distinct kinds: forget the old ones
            self._last.clear()
        return True


def install_repeat_filter(interval: float) -> RepeatFilter:
    """Put one shared RepeatFilter on the noisy loggers (logging.config keeps a logger's filters)."""
    repeat = RepeatFilter(interval)
    for name in NOISY:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RepeatFilter)]:
            logger.removeFilter(old)
        logger.addFilter(repeat)
    return repeat
