"""Benchmark: view beacons absorbed by the portal, then the flush that stores them.

Starts the portal the way production does (gunicorn on loopback, memory buffers, the
default flush interval) over a fresh database of 200 articles, and drives `POST /beacon/`
with wrk, every request from a distinct visitor (its own cookie) so that each one must
count. In the last second wrk sends malformed beacons instead (refused, never counted),
so no counted beacon is still in flight when wrk stops. gunicorn is then stopped: each
worker flushes what it holds (the flush measured), and the stored views are compared
with the beacons that got 204.

Prints {"bench": "views", "metrics": {beacons_per_s, flush_ms, lost_counts}} on stdout
(lost_counts: 204 answers minus views stored); progress on stderr.

    .venv/bin/python bench/views.py [--seconds 10] [--workers 2] [--connections 32]
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

# bench/ is on sys.path when this file runs as a script.
from serve import free_port, log, wait_for

UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
ARTICLES = 200

LUA = """
local ids = {%(ids)s}
local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end
function init(args)
  n = 0
  sent = 0
  deadline = os.time() + %(counting)d
end
function request()
  n = n + 1
  local body = "a="
  if os.time() < deadline then body = "a=" .. ids[(n %% #ids) + 1] end
  return wrk.format("POST", "/beacon/", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["User-Agent"] = "%(ua)s",
    ["Cookie"] = string.format("kiosk_v=%%08x%%024x", id, n),
  }, body)
end
function response(status, headers, body)
  if status == 204 then sent = sent + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("sent") end
  io.write(string.format("COUNTED-BEACONS %%d\\n", total))
end
"""


def make_articles() -> list[int]:
    from kiosk.news.models import Article
    from kiosk.sources.models import Source

    source = Source.objects.create(
        slug="bench", name="Bench", homepage="https://bench.example/", language="en"
    )
    now = datetime.now(UTC)
    Article.objects.bulk_create(
        Article(
            source=source, url=f"https://bench.example/{n}", final_url=f"https://bench.example/{n}",
            title=f"Bench article {n}", body="Text.", language="en",
            published_at=now, archived_at=now,
        )
        for n in range(ARTICLES)
    )  # fmt: skip
    return list(Article.objects.values_list("pk", flat=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--extra", default="", help="more gunicorn options, for experiments")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: run `make bench-tools`.")

    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-views-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="kiosk.settings",
        KIOSK_DATA_DIR=str(work),
        KIOSK_LOG_LEVEL="INFO",  # the workers' flush lines are read below
        KIOSK_REDIS_URL="",
        KIOSK_VIEWS_RATE_LIMIT="1000000",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from kiosk.serving import gunicorn_command

    call_command("migrate", verbosity=0)
    ids = make_articles()
    script = work / "beacons.lua"
    script.write_text(
        LUA % {"ids": ", ".join(map(str, ids)), "counting": args.seconds - 1, "ua": UA}
    )

    port = free_port()
    command = gunicorn_command(f"127.0.0.1:{port}", args.workers)
    command.remove("--access-logfile")
    command.remove("-")
    command += args.extra.split()
    server = subprocess.Popen(command, env=os.environ.copy(), stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/robots.txt")
        log(f"beacons under load ({args.seconds} s, {args.connections} connections)")
        wrk = subprocess.run(
            ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "-s", str(script),
             f"{base}/beacon/"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        log(wrk)
    finally:
        log("stopping gunicorn: every worker flushes at exit")
        server.send_signal(signal.SIGTERM)
        _, server_log = server.communicate(timeout=60)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    sent = int(re.search(r"COUNTED-BEACONS (\d+)", wrk).group(1))
    for line in server_log.splitlines():
        if "kiosk.readership" in line or "Error" in line or "Traceback" in line:
            log(line)
    # A worker's last flush is the one at exit; the workers make theirs side by side.
    at_exit: dict[str, float] = {}
    for ms, pid in re.findall(
        r"flushed \d+ views \(\d+ counted\) in ([\d.]+) ms \[pid (\d+)\]", server_log
    ):
        at_exit[pid] = float(ms)
    from kiosk.readership.models import ArticleViews

    stored = sum(ArticleViews.objects.values_list("total", flat=True))
    log(f"{sent} beacons answered 204, {stored} views stored")
    shutil.rmtree(work, ignore_errors=True)
    metrics = {
        "beacons_per_s": round(rps, 1),
        "flush_ms": max(at_exit.values(), default=0.0),
        "lost_counts": sent - stored,
    }
    print(json.dumps({"bench": "views", "metrics": metrics}))


if __name__ == "__main__":
    main()
