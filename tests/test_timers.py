"""The timer wheel of parked long polls (app/jobgate/timers.py): due keys fire once, in time order, never more
than EARLY before their time nor much after it; cancelled keys never fire; one loop timer serves them all."""

from __future__ import annotations

import asyncio

from jobgate.timers import EARLY, TimerWheel


async def test_keys_fire_once_in_time_order_and_not_early() -> None:
    loop = asyncio.get_running_loop()
    fired: list[tuple[str, float]] = []
    wheel: TimerWheel[str] = TimerWheel(lambda key: fired.append((key, loop.time())), resolution=0.01)
    start = loop.time()
    delays = {"c": 0.15, "a": 0.05, "b": 0.1, "a2": 0.05, "late": 3600.0}
    for key, delay in delays.items():
        wheel.add(key, delay)
    await asyncio.sleep(0.3)
    assert [k for k, _ in fired] == ["a", "a2", "b", "c"]
    for key, at in fired:
        assert delays[key] - EARLY <= at - start <= delays[key] + 0.1, (key, at - start)
    assert len(wheel) == 1  # "late" waits (an hour-long long poll is not answered early)
    wheel.clear()


async def test_cancelled_keys_never_fire() -> None:
    fired: list[int] = []
    wheel: TimerWheel[int] = TimerWheel(fired.append, resolution=0.01)
    slots = {i: wheel.add(i, 0.02 * (i % 3)) for i in range(30)}
    for i in range(0, 30, 2):
        wheel.cancel(i, slots[i])
    await asyncio.sleep(0.15)
    assert sorted(fired) == list(range(1, 30, 2))
    assert len(wheel) == 0


async def test_an_earlier_key_rearms_the_one_timer() -> None:
    fired: list[str] = []
    wheel: TimerWheel[str] = TimerWheel(fired.append, resolution=0.01)
    wheel.add("later", 1.0)
    wheel.add("sooner", 0.02)
    await asyncio.sleep(0.1)
    assert fired == ["sooner"]
    wheel.clear()
