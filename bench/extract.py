"""Benchmark: Kiosk's extraction against plain trafilatura on the sample newsroom's pages.

Every article page of the newsroom (seeds 1 to 3 by default) is rendered once into
memory as the bytes its server sends (windows-1251 for "Депеша дня"), then extracted by
`kiosk.crawl.extract.extract_article` (with the charset of the Content-Type, as the
pipeline passes it) and by `trafilatura.extract(html, include_comments=False)` on the
same bytes. Text is scored against the ground truth as bags of words, micro-averaged
over tokens (as tests/scoring.py counts them); speed is extraction calls only, one
process, one core. Prints {"bench": "extract", "metrics": {...}} on stdout; progress on
stderr.

    .venv/bin/python bench/extract.py [--seeds 1 2 3]
"""

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable

WORD = re.compile(r"\w+", re.UNICODE)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def bag(text: str) -> Counter:
    return Counter(WORD.findall(text.casefold()))


def render_pages(seed: int) -> list[tuple[str, bytes, str, str]]:
    """(url, body as served, charset, true text) for every article page of one newsroom."""
    from kiosk.newsroom.generator import generate
    from kiosk.newsroom.pages import render_article

    newsroom = generate(seed)
    # The server's base URLs are its loopback ports; any distinct origins do here.
    base_urls = {o.slug: f"http://127.0.0.1:{8001 + i}" for i, o in enumerate(newsroom.outlets)}
    truth = {page["url"]: page["text"] for page in newsroom.ground_truth(base_urls)}
    pages = []
    for article in newsroom.articles:
        outlet = newsroom.outlet(article.outlet)
        base_url = base_urls[outlet.slug]
        body = outlet.encode(render_article(newsroom, outlet, article, base_url))
        url = base_url + article.path
        pages.append((url, body, outlet.charset, truth[url]))
    return pages


def run(name: str, extract: Callable[[str, bytes, str], str], pages: list) -> dict[str, float]:
    """Micro-averaged bag-of-words precision/recall/F1 and pages per second."""
    extract(*pages[0][:3])  # warm-up: lazy imports and caches, untimed
    overlap = got_total = want_total = failed = 0
    elapsed = 0.0
    for url, body, charset, truth in pages:
        started = time.perf_counter()
        text = extract(url, body, charset)
        elapsed += time.perf_counter() - started
        failed += not text
        got, want = bag(text), bag(truth)
        overlap += sum((got & want).values())
        got_total += sum(got.values())
        want_total += sum(want.values())
    precision = overlap / got_total if got_total else 0.0
    recall = overlap / want_total if want_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    log(
        f"{name}: precision {precision:.4f}, recall {recall:.4f}, f1 {f1:.4f}, "
        f"{len(pages) / elapsed:.1f} pages/s, {failed} pages without text"
    )
    return {"precision": precision, "recall": recall, "f1": f1, "pages_per_s": len(pages) / elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as promised
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
    import django

    django.setup()
    import trafilatura

    from kiosk.crawl.extract import ExtractionError, extract_article

    pages = []
    for seed in args.seeds:
        pages += render_pages(seed)
        log(f"seed {seed}: {len(pages)} article pages rendered so far")

    def kiosk(url: str, body: bytes, charset: str) -> str:
        try:
            return extract_article(body, url, declared_charset=charset).text
        except ExtractionError:
            return ""

    def plain(url: str, body: bytes, charset: str) -> str:
        return trafilatura.extract(body, include_comments=False) or ""

    ours = run("kiosk", kiosk, pages)
    theirs = run("trafilatura", plain, pages)
    metrics = {key: round(value, 4) for key, value in ours.items()}
    metrics |= {f"trafilatura_{key}": round(value, 4) for key, value in theirs.items()}
    metrics["pages"] = len(pages)
    print(json.dumps({"bench": "extract", "metrics": metrics}))


if __name__ == "__main__":
    main()
