"""Benchmark: the portal under load, against nginx serving the same home page as a file.

Loads 10,000 articles (the sample newsroom's text, repeated under new titles) into a
fresh database, starts the portal the way production does (gunicorn on loopback, the
page cache on), and drives it with wrk: the edition home, then article pages (wrk rotates
over 200 of them). nginx (Debian's) then serves the home page's HTML as a static file in
the same run, the ceiling for any dynamic server on this machine. `make bench` installs
wrk and nginx when they are missing.

Prints {"bench": "serve", "metrics": {home_rps, article_rps, home_p99_ms,
article_p99_ms, nginx_rps, ratio_to_nginx}} on stdout; progress on stderr.

    .venv/bin/python bench/serve.py [--articles 10000] [--seconds 10] [--workers 3]
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

CONNECTIONS = 32
ARTICLE_PATHS = 200
WARMUP_ROUNDS = 10
WARM_RPS = 1000  # a rate no cold render reaches: the pages come from the cache


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds:g} s")


def load_articles(count: int) -> list[int]:
    """Bulk-insert `count` articles in three editions; returns the English ones' ids."""
    from kiosk.news.models import Article, Category
    from kiosk.newsroom.generator import generate
    from kiosk.sources.models import Source

    newsroom = generate(seed=1)
    categories = list(Category.objects.all())
    sources = {
        outlet.slug: Source.objects.create(
            slug=outlet.slug, name=outlet.name, homepage=f"https://{outlet.slug}.example/",
            language=outlet.language,
        )
        for outlet in newsroom.outlets
    }  # fmt: skip
    originals = [
        (outlet, article)
        for outlet in newsroom.outlets
        for article in newsroom.articles_of(outlet.slug)
    ]
    now = datetime.now(UTC)
    batch = []
    for n in range(count):
        outlet, article = originals[n % len(originals)]
        url = f"https://{outlet.slug}.example/bench/{n}.html"
        batch.append(
            Article(
                source=sources[outlet.slug], url=url, final_url=url,
                title=f"{article.title} ({n})", body=article.text,
                language=outlet.language, category=categories[n % len(categories)],
                published_at=now - timedelta(minutes=n), archived_at=now,
            )
        )  # fmt: skip
    Article.objects.bulk_create(batch, batch_size=1000)
    return list(
        Article.objects.filter(language="en")
        .order_by("-published_at")
        .values_list("pk", flat=True)[:ARTICLE_PATHS]
    )


def wrk(url: str, seconds: int, script: Path | None = None) -> dict[str, float]:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", str(script)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)\b", output).groups()
    p99_ms = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} error responses under load\n{output}")
    return {"rps": round(rps, 1), "p99_ms": round(p99_ms, 2)}


def nginx_rps(html: bytes, seconds: int) -> float:
    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-nginx-"))
    root.chmod(0o755)  # nginx's workers run as an unprivileged user and must read it
    (root / "www").mkdir(mode=0o755)
    (root / "www" / "index.html").write_bytes(html)
    (root / "www" / "index.html").chmod(0o644)
    port = free_port()
    config = root / "nginx.conf"
    config.write_text(
        f"""daemon off; worker_processes auto; pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; sendfile on; keepalive_requests 100000;
  client_body_temp_path {root}; proxy_temp_path {root}; fastcgi_temp_path {root};
  uwsgi_temp_path {root}; scgi_temp_path {root};
  server {{ listen 127.0.0.1:{port}; root {root}/www; default_type text/html; }} }}
"""
    )
    nginx = subprocess.Popen(["nginx", "-c", str(config), "-p", str(root)])
    try:
        wait_for(f"http://127.0.0.1:{port}/index.html")
        return wrk(f"http://127.0.0.1:{port}/index.html", seconds)["rps"]
    finally:
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--extra", default="", help="more gunicorn options, for experiments")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is not installed: run `make bench`, which installs it.")

    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-serve-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="kiosk.settings",
        KIOSK_DATA_DIR=str(work),
        KIOSK_LOG_LEVEL="ERROR",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from kiosk.serving import gunicorn_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    log(f"loading {args.articles} articles")
    article_ids = load_articles(args.articles)

    port = free_port()
    command = gunicorn_command(f"127.0.0.1:{port}", args.workers)
    command.remove("--access-logfile")
    command.remove("-")
    command += args.extra.split()
    server = subprocess.Popen(command, env=os.environ.copy())
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/en/")
        script = work / "articles.lua"
        paths = ", ".join(f'"/en/article/{pk}/"' for pk in article_ids)
        script.write_text(
            f"local paths = {{{paths}}}\nlocal n = 0\n"
            "request = function()\n  n = n + 1\n"
            "  return wrk.format('GET', paths[(n % #paths) + 1])\nend\n"
        )
        # Steady state is what is measured: each worker's page cache is filled first,
        # as it is within seconds of a real portal's start.
        log("warming up")
        wrk(f"{base}/en/", 2)
        # Every article page rendered once in every worker: rounds until the rate shows
        # they come from the cache, then a pause for requests still queued to drain.
        for _ in range(WARMUP_ROUNDS):
            if wrk(base, 3, script)["rps"] > WARM_RPS:
                break
        time.sleep(1)
        log(f"home page under load ({args.seconds} s, {CONNECTIONS} connections)")
        home = wrk(f"{base}/en/", args.seconds)
        log(f"  {home}")
        log("article pages under load")
        article = wrk(base, args.seconds, script)
        log(f"  {article}")
        with urllib.request.urlopen(f"{base}/en/") as response:
            html = response.read()
    finally:
        server.terminate()
        server.wait(timeout=20)
    log(f"nginx serving the same {len(html) // 1024} KB home page as a file")
    nginx = nginx_rps(html, args.seconds)
    log(f"  {nginx} requests/s")
    shutil.rmtree(work, ignore_errors=True)
    metrics = {
        "home_rps": home["rps"],
        "article_rps": article["rps"],
        "home_p99_ms": home["p99_ms"],
        "article_p99_ms": article["p99_ms"],
        "nginx_rps": nginx,
        "ratio_to_nginx": round(home["rps"] / nginx, 4) if nginx else 0.0,
    }
    print(json.dumps({"bench": "serve", "metrics": metrics}))


if __name__ == "__main__":
    main()
