import asyncio

import pytest

from kiosk.crawl.hosts import HostBusy, HostGate


class FakeTime:
    """Injected clock: sleeping advances time instantly, and is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def run_turns(gate: HostGate, urls: list[str]) -> None:
    async def go():
        for url in urls:
            async with gate.turn(url):
                pass

    asyncio.run(go())


def test_requests_to_one_host_are_spaced_by_the_minimum_delay():
    time = FakeTime()
    gate = HostGate(min_delay=2.0, clock=time.clock, sleep=time.sleep)
    run_turns(gate, ["http://a.example/1", "http://a.example/2", "http://a.example/3"])
    assert time.sleeps == [2.0, 2.0]


def test_different_hosts_do_not_wait_for_each_other():
    time = FakeTime()
    gate = HostGate(min_delay=2.0, clock=time.clock, sleep=time.sleep)
    run_turns(gate, ["http://a.example/1", "http://b.example/1", "http://c.example/1"])
    assert time.sleeps == []


def test_crawl_delay_lengthens_but_never_shortens_and_is_capped():
    time = FakeTime()
    gate = HostGate(min_delay=2.0, clock=time.clock, sleep=time.sleep, max_wait=120)
    gate.set_crawl_delay("http://a.example/", 5)
    gate.set_crawl_delay("http://b.example/", 0.5)
    gate.set_crawl_delay("http://c.example/", 86400)
    run_turns(gate, ["http://a.example/1", "http://a.example/2"])
    run_turns(gate, ["http://b.example/1", "http://b.example/2"])
    run_turns(gate, ["http://c.example/1", "http://c.example/2"])
    assert time.sleeps == [5.0, 2.0, 60.0]


def test_retry_after_defers_the_hosts_next_turn():
    time = FakeTime()
    gate = HostGate(min_delay=1.0, clock=time.clock, sleep=time.sleep)
    gate.defer("http://a.example/x", 20)
    run_turns(gate, ["http://a.example/1"])
    assert time.sleeps == [20.0]


def test_a_pause_longer_than_a_crawl_waits_is_refused_not_slept():
    time = FakeTime()
    gate = HostGate(min_delay=1.0, clock=time.clock, sleep=time.sleep, max_wait=30)
    gate.defer("http://a.example/x", 600)
    with pytest.raises(HostBusy) as caught:
        run_turns(gate, ["http://a.example/1"])
    assert caught.value.seconds == 600
    assert time.sleeps == []


def test_one_request_at_a_time_per_host():
    gate = HostGate(min_delay=0)
    active = {"now": 0, "max": 0}

    async def request(url):
        async with gate.turn(url):
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
            await asyncio.sleep(0.01)
            active["now"] -= 1

    async def go():
        await asyncio.gather(*(request(f"http://a.example/{n}") for n in range(5)))

    asyncio.run(go())
    assert active["max"] == 1
