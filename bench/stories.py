"""Benchmark: dedupe and story clustering, for quality and at scale.

Quality: the sample newsroom (seeds 1 to 5 by default, a month apart) is stored as a
perfect crawler would store it, in publication order, into a fresh SQLite database in a
temporary folder; every article goes through `stories.services.place_article`, and the
result is scored against the ground truth (stories/evaluation.py: pairwise precision and
recall of copies and of stories within a language).

Scale (`--scale N`): N synthetic articles (made-up words with Zipf frequencies, events
covered by 1 to 5 sources within hours, 5 % republished copies with an attribution line
and sometimes a trimmed tail, at 10,000 articles a day) go through the index itself
(`StoryIndex.place`: fingerprint, exact and near-copy lookups, clustering, the keys that
find a story in other languages, writes, one transaction each) on the same kind of
database. The synthetic articles are in one language, so no counterparts are searched
for at scale; the newsroom's are (`stories_cross_language_precision` and `_recall`).
`ms_per_article` is the mean over the last 10,000 placed (`fingerprint_ms`, `place_ms`
and `commit_ms` split it); `peak_rss_mb` the process's peak resident memory;
`restart_seconds` how long a new index takes to load the state the first one left
(checked to be the same). The synthetic articles have no `news.Article` rows, so the
`Story`/`StoryMember` bookkeeping of services.py (a few ORM writes) is not in this
figure.

Prints one JSON object on stdout; progress on stderr.

    .venv/bin/python bench/stories.py [--seeds 1 2 3 4 5] [--scale N] [--keep DIR]
"""

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def setup_django(folder: str) -> None:
    os.environ["KIOSK_DATA_DIR"] = folder
    os.environ["KIOSK_DB_PATH"] = os.path.join(folder, "bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
    sys.path.insert(0, os.path.join(ROOT, "src"))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def quality(seeds: list[int]) -> dict:
    from kiosk.stories.evaluation import answers, score, store_newsroom
    from kiosk.stories.services import place_article

    truth = []
    for seed in seeds:
        stored = store_newsroom(seed)
        started = time.perf_counter()
        for page, article in stored:
            place_article(article)
            truth.append(page)
        elapsed = time.perf_counter() - started
        log(f"seed {seed}: {len(stored)} articles placed in {elapsed:.2f} s")
    return score(truth, *answers())


# Scale ----------------------------------------------------------------------------------

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
PER_DAY = 10_000


class Synthetic:
    """Made-up news: a Zipf vocabulary, events with their own names and numbers."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = [self._word() for _ in range(40_000)]
        self.weights = [1 / (rank + 1) for rank in range(len(self.vocabulary))]
        self.cumulative = list(_accumulate(self.weights))

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(1, 4)))

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=count)

    def event(self) -> dict:
        rng = self.rng
        return {
            "names": [self._word().capitalize() for _ in range(3)],
            "numbers": [str(rng.randint(2, 9_999)) for _ in range(2)],
            "topic": self.words(6),
        }

    def article(self, event: dict) -> tuple[str, str]:
        """A report of the event in words of its own."""
        rng = self.rng
        names, numbers, topic = event["names"], event["numbers"], event["topic"]
        title = " ".join([names[0], *rng.sample(topic, 3), numbers[0], "in", names[1]])
        paragraphs = []
        for index in range(rng.randint(3, 7)):
            sentence = self.words(rng.randint(25, 50))
            sentence[0] = sentence[0].capitalize()
            for fact in rng.sample(names + numbers + topic, 4 if index else 6):
                sentence.insert(rng.randint(1, len(sentence)), fact)
            paragraphs.append(" ".join(sentence) + ".")
        return title, "\n\n".join(paragraphs)


def _accumulate(values):
    total = 0.0
    for value in values:
        total += value
        yield total


def scale(count: int) -> dict:
    from django.db import transaction

    from kiosk.stories.fingerprint import fingerprint
    from kiosk.stories.index import StoryIndex

    stories = iter(range(1, 10**12))
    index = StoryIndex(new_story=lambda: next(stories))
    synthetic = Synthetic()
    # After the newsroom's articles (same database), with ids far above theirs.
    start = datetime(2027, 1, 1, tzinfo=UTC)
    first_id = 10**9
    recent: list[tuple[str, str]] = []  # originals a copy may come from
    pending: list[tuple[float, str, str]] = []  # other reports of an event, still to come
    timings: list[float] = []
    parts: list[tuple[float, float, float]] = []  # fingerprint, place, commit
    started = time.perf_counter()
    for number in range(1, count + 1):
        moment = start + timedelta(seconds=number * 86_400 / PER_DAY)
        rng = synthetic.rng
        if pending and pending[0][0] <= number:
            _, title, body = pending.pop(0)
        elif recent and rng.random() < 0.05:
            title, body = rng.choice(recent)
            paragraphs = body.split("\n\n")
            if rng.random() < 0.3:
                paragraphs = paragraphs[: max(2, len(paragraphs) - 1)]
            body = "\n\n".join([*paragraphs, "This report was first published by Example News."])
        else:
            event = synthetic.event()
            title, body = synthetic.article(event)
            for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 4))):
                later = number + rng.randint(1, PER_DAY // 4)
                pending.append((later, *synthetic.article(event)))
            pending.sort(key=lambda item: item[0])
            recent.append((title, body))
            if len(recent) > 2_000:
                recent.pop(0)
        t0 = time.perf_counter()
        fp = fingerprint(title, body, "en")
        t1 = time.perf_counter()
        with transaction.atomic():
            index.place(first_id + number, fp, moment)
            t2 = time.perf_counter()
        t3 = time.perf_counter()
        timings.append(t3 - t0)
        parts.append((t1 - t0, t2 - t1, t3 - t2))
        if number % 10_000 == 0:
            rate = number / (time.perf_counter() - started)
            log(
                f"{number:>9,} placed, {sum(timings[-10_000:]) / 10:.3f} ms/article lately,"
                f" {rate:,.0f}/s overall, window {index.window_size:,}, rss {peak_rss_mb():.0f} MB"
            )
    index.close()  # document frequencies and the band snapshot, as a clean stop does
    state = (index.window_size, len(index._bands), index.counterpart_rows)
    del index
    # A restart: the index comes back from the database and the snapshot, no article read.
    restarted = time.perf_counter()
    index = StoryIndex(new_story=lambda: next(stories))
    restart_seconds = time.perf_counter() - restarted
    restored = (index.window_size, len(index._bands), index.counterpart_rows)
    if restored != state:
        raise SystemExit(f"restart lost state: {restored} after {state}")
    last = timings[-10_000:]
    fingerprinting, placing, committing = (
        round(1000 * sum(column) / len(column), 3) for column in zip(*parts[-10_000:], strict=True)
    )
    return {
        "articles": count,
        "ms_per_article": round(1000 * sum(last) / len(last), 3),
        "fingerprint_ms": fingerprinting,
        "place_ms": placing,
        "commit_ms": committing,
        "restart_seconds": round(restart_seconds, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "wall_seconds": round(time.perf_counter() - started, 1),
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--scale", type=int, default=0, help="synthetic articles to index")
    parser.add_argument("--keep", help="database folder to use and keep (default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-stories-") as temporary:
        folder = args.keep or temporary
        os.makedirs(folder, exist_ok=True)
        setup_django(folder)
        metrics = quality(args.seeds)
        if args.scale:
            metrics.update(scale(args.scale))
    print(json.dumps({"bench": "stories", "metrics": metrics}))


if __name__ == "__main__":
    main()
