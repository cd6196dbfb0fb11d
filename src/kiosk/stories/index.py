"""The story index: places each new article as a copy, a member of a story, or a new story.

Dedupe in layers (the canonical URL was settled at ingest): the same folded text (a hash
lookup), then near-copies (MinHash LSH bands over word shingles, checked on the
signatures: most of the smaller text inside the larger). An article that is no copy is
compared with the originals of a time window by their distinctive stems (tf-idf, cosine)
and joins the most similar story, merging any other story it matches as well. Its
names and numbers then find the same story in the other languages (counterparts.py).

State: every placed article's sketch is a row of `Sketch` (signature, top terms, facts),
written in the caller's transaction with raw SQL on Django's connection; document
frequencies are checkpointed to `TermStats`. In memory: the LSH bands of every original
(bands.py, about 290 MB a million, snapshotted to a file and topped up from `Sketch` at
start) and the time window's originals with their term postings (loaded from `Sketch`).
A restart therefore resumes without re-reading a single article.
"""

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np
import zstandard
from django.conf import settings
from django.db import connection

from kiosk.stories.bands import BandStore
from kiosk.stories.counterparts import Counterparts
from kiosk.stories.fingerprint import (
    TERM_BITS,
    CrossKeys,
    Facts,
    Fingerprint,
    band_keys,
    conflict,
    containment,
    jaccard,
    weigh,
)
from kiosk.stories.window import Window

logger = logging.getLogger(__name__)

WINDOW = timedelta(hours=72)
# A copy: at least this share of the smaller text's shingles lies in the larger one...
COPY_CONTAINMENT = 0.85
# ...and the two are not a short text inside a long one that merely quotes it.
COPY_JACCARD = 0.35
MIN_COPY_WORDS = 25  # a headline-only page is no evidence of copying
# Cosine of the tf-idf vectors of title and lead, chosen on the sample newsroom (seeds
# 1-15, bench/stories.py): 0.22 gave stories precision 0.96 and recall 0.92, 0.30 gave
# 0.97 and 0.90. Reports of different events are told apart by `conflict` more than by it.
SAME_STORY = 0.22
# An article whose attribution line names a source may retell one of its reports in its
# own words, with other facts in its title. When nothing else fits, it joins the story of
# the most similar report of that source at this cosine, facts unchecked (newsroom seeds
# 1-15: the missed rewrites scored 0.29 to 0.52 with their originals).
CITED_SAME_STORY = 0.25
LONG_POSTING = 200  # a stem in the top terms of that many window articles finds nothing
QUERY_TERMS = 12  # a new article's heaviest terms, whose postings give candidates
CANDIDATES = 20  # window articles scored in full for each new article
CHECKPOINT_EVERY = 5_000  # originals between two saves of the document frequencies
SNAPSHOT_EVERY = 200_000  # originals between two band snapshots
REPLAY_MARGIN = 10_000  # ids below a snapshot's newest that may have been placed after it
MASK = (1 << TERM_BITS) - 1


@dataclass(frozen=True)
class Placement:
    article_id: int
    story_id: int
    copy_of: int | None
    reason: str  # "new" | "exact" | "near_copy" | "similar" | "known"
    similarity: float
    merged: tuple[int, ...] = ()  # stories folded into story_id by this article
    adopted: tuple[int, ...] = ()  # articles that became copies of this (earlier) original
    counterparts: tuple[int, ...] = ()  # originals of the same event in other languages


class StoryIndex:
    """Places articles one at a time; one instance per process (see services.index)."""

    def __init__(
        self,
        *,
        new_story: Callable[[], int],
        window: timedelta = WINDOW,
        same_story: float = SAME_STORY,
        folder: Path | None = None,
    ) -> None:
        self.new_story = new_story
        self.window = int(window.total_seconds())
        # Late arrivals (published up to one window before the newest) still meet their
        # whole window.
        self.keep = 2 * self.window
        self.same_story = same_story
        self.newest = 0
        self.since_checkpoint = 0
        self.since_snapshot = 0
        self.folder = folder or Path(
            getattr(settings, "KIOSK_STORIES_DIR", None) or settings.DATA_DIR / "stories"
        )
        self.index_id = ""
        self._bands = BandStore()
        self._memory = Window()
        self._languages = Counterparts()
        self._df = np.zeros(1 << TERM_BITS, dtype=np.uint32)
        self._total = 0
        self._load()

    # Loading and saving -------------------------------------------------------------

    def _load(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT index_id, total, counts FROM stories_termstats WHERE id = 1")
            row = cursor.fetchone()
            if row is not None:
                self.index_id, self._total = row[0], int(row[1])
                raw = zstandard.ZstdDecompressor().decompress(bytes(row[2]))
                self._df = np.frombuffer(raw, dtype=np.uint32).copy()
            else:
                self.index_id = uuid.uuid4().hex
                self.checkpoint()
            self._load_bands(cursor)
            cursor.execute("SELECT MAX(published) FROM stories_sketch WHERE copy_of IS NULL")
            newest = cursor.fetchone()[0]
            if newest is None:
                return
            self.newest = int(newest)
            cursor.execute(
                "SELECT article_id, published, story_id, source_id, terms, weights, entities,"
                " numbers, bloom, language, cross_keys FROM stories_sketch"
                " WHERE copy_of IS NULL AND published >= %s ORDER BY published, article_id",
                [self.newest - self.keep],
            )
            for row in cursor.fetchall():
                article_id, published, story, source, terms, weights, entities, numbers, bloom = (
                    row[:9]
                )
                language, cross = row[9], bytes(row[10])
                if cross and published >= self.newest - self._languages.keep:
                    self._languages.add(
                        int(article_id), language, int(published), CrossKeys.unpack(cross)
                    )
                self._memory.add(
                    int(article_id),
                    int(published),
                    int(story),
                    int(source),
                    np.frombuffer(bytes(terms), dtype=np.uint32),
                    np.frombuffer(bytes(weights), dtype=np.float32),
                    Facts(
                        np.frombuffer(bytes(entities), dtype=np.uint32),
                        np.frombuffer(bytes(numbers), dtype=np.uint32).reshape(-1, 2),
                        np.frombuffer(bytes(bloom), dtype=np.uint8),
                    ),
                )
        logger.info(
            "story index loaded",
            extra={
                "window_articles": len(self._memory),
                "bands": len(self._bands),
                "counterpart_rows": len(self._languages),
            },
        )

    @property
    def snapshot_path(self) -> Path:
        return self.folder / f"bands-{self.index_id}.npz"

    def _load_bands(self, cursor) -> None:
        """The last band snapshot, topped up with the originals placed after it."""
        store = BandStore.load(self.snapshot_path, index_id=self.index_id)
        if store is not None:
            self._bands = store
        after = self._bands.newest_id - REPLAY_MARGIN if store is not None else -1
        cursor.execute(
            "SELECT article_id, text_hash, signature FROM stories_sketch"
            " WHERE copy_of IS NULL AND article_id > %s",
            [after],
        )
        known = self._bands.find if store is not None else None
        for article_id, text_hash, signature in cursor.fetchall():
            keys = [*band_keys(np.frombuffer(bytes(signature), dtype=np.uint32)), text_hash]
            if known is not None and article_id in known(keys[:1]):
                continue  # in the snapshot already
            self._bands.add(int(article_id), keys)

    def checkpoint(self) -> None:
        """Save the document frequencies (the rest of the state is saved as it changes)."""
        counts = zstandard.ZstdCompressor(level=1).compress(self._df.tobytes())
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM stories_termstats WHERE id = 1")
            cursor.execute(
                "INSERT INTO stories_termstats (id, index_id, total, counts, saved_at)"
                " VALUES (1, %s, %s, %s, CURRENT_TIMESTAMP)",
                [self.index_id, self._total, counts],
            )
        self.since_checkpoint = 0

    def snapshot(self) -> None:
        """Save the band store, so that a restart replays only what came after."""
        self._bands.save(self.snapshot_path, index_id=self.index_id)
        self.since_snapshot = 0

    def close(self) -> None:
        self.checkpoint()
        self.snapshot()

    @property
    def window_size(self) -> int:
        return len(self._memory)

    @property
    def counterpart_rows(self) -> int:
        return len(self._languages)

    # Placing ------------------------------------------------------------------------

    def place(
        self,
        article_id: int,
        fp: Fingerprint,
        published: datetime,
        *,
        full_text: bool = True,
        source: int = 0,
        cites: frozenset[int] = frozenset(),
    ) -> Placement:
        """Where this (stored, not yet placed) article belongs; recorded before returning.
        `source` is the article's source; `cites` the sources its attribution line names,
        whose reports it may retell in its own words (CITED_SAME_STORY)."""
        moment = int(published.timestamp())
        with _PlacementCursor() as cursor:
            cursor.execute(
                "SELECT story_id, copy_of FROM stories_sketch WHERE article_id = %s", [article_id]
            )
            known = cursor.fetchone()
            if known is not None:
                return Placement(article_id, int(known[0]), known[1], "known", 1.0)
            copy = self._find_original(cursor, fp) if fp.word_count >= MIN_COPY_WORDS else None
            terms, weights = weigh(fp.lead_terms, fp.lead_counts, self._df, self._total)
            if copy is not None:
                original, reason, similarity = copy
                placement = self._place_copy(
                    cursor, article_id, fp, moment, full_text, source, original, (terms, weights)
                )
                if placement.adopted:
                    self._remember(
                        article_id, moment, placement.story_id, source, terms, weights, fp
                    )
                    self._languages.add(article_id, fp.language, moment, fp.cross)
                return replace(placement, reason=reason, similarity=similarity)
            story, similarity, merged = self._cluster(
                cursor, moment, terms, weights, fp.facts, cites
            )
            self._insert(
                cursor, article_id, fp, moment, story, None, full_text, source, terms, weights
            )
            self._count_terms(fp)
            self._remember(article_id, moment, story, source, terms, weights, fp)
            counterparts = self._languages.match(fp.language, moment, fp.cross)
            self._languages.add(article_id, fp.language, moment, fp.cross)
        reason = "similar" if similarity else "new"
        return Placement(
            article_id, story, None, reason, similarity or 1.0, merged, (), tuple(counterparts)
        )

    def _find_original(
        self, cursor, fp: Fingerprint
    ) -> tuple[tuple[int, int, int], str, float] | None:
        """((original id, its story, its publication), reason, similarity) of the best
        match: the same text, or else the nearest copy."""
        candidates = sorted(self._bands.find([*fp.band_keys, fp.text_hash]))
        if not candidates:
            return None
        marks = _marks(len(candidates))
        cursor.execute(
            "SELECT article_id, copy_of, story_id, published, signature, shingles, text_hash"  # noqa: S608
            f" FROM stories_sketch WHERE article_id IN ({marks})",
            candidates,
        )
        best, best_j, reason = None, 0.0, "near_copy"
        for row in cursor.fetchall():
            if row[6] == fp.text_hash:
                j, row_reason = 1.0, "exact"
            else:
                signature = np.frombuffer(bytes(row[4]), dtype=fp.signature.dtype)
                j, row_reason = jaccard(fp.signature, signature), "near_copy"
                if j < COPY_JACCARD or containment(j, fp.shingle_count, row[5]) < COPY_CONTAINMENT:
                    continue
            if best is None or (j, -row[3]) > (best_j, -best[3]):
                best, best_j, reason = row[:4], j, row_reason
        if best is None:
            return None
        return self._root(cursor, best), reason, best_j

    def _root(self, cursor, row) -> tuple[int, int, int]:
        """The earliest original behind a matched article: (id, story, published)."""
        article_id, copy_of, story, published = row
        if copy_of is not None:
            cursor.execute(
                "SELECT article_id, story_id, published FROM stories_sketch WHERE article_id = %s",
                [copy_of],
            )
            found = cursor.fetchone()
            if found is not None:
                return int(found[0]), int(found[1]), int(found[2])
        return int(article_id), int(story), int(published)

    def _place_copy(
        self,
        cursor,
        article_id: int,
        fp: Fingerprint,
        moment: int,
        full_text: bool,
        source: int,
        original: tuple[int, int, int],
        vector: tuple[np.ndarray, np.ndarray],
    ) -> Placement:
        root, story, root_published = original
        if (root_published, root) <= (moment, article_id):
            self._insert(cursor, article_id, fp, moment, story, root, full_text, source, None, None)
            return Placement(article_id, story, root, "near_copy", 1.0)
        # The original arrived after its copies: it takes their place as the root.
        cursor.execute(
            "SELECT article_id FROM stories_sketch WHERE article_id = %s OR copy_of = %s",
            [root, root],
        )
        adopted = tuple(sorted(int(row[0]) for row in cursor.fetchall()))
        cursor.execute(
            "UPDATE stories_sketch SET copy_of = %s WHERE article_id = %s OR copy_of = %s",
            [article_id, root, root],
        )
        self._memory.remove(root)
        self._languages.remove(root)
        self._insert(cursor, article_id, fp, moment, story, None, full_text, source, *vector)
        return Placement(article_id, story, None, "near_copy", 1.0, adopted=adopted)

    def _cluster(
        self,
        cursor,
        moment: int,
        terms: np.ndarray,
        weights: np.ndarray,
        facts: Facts,
        cites: frozenset[int],
    ) -> tuple[int, float, tuple[int, ...]]:
        """(story, similarity to it, stories merged into it); a new story when none fits."""
        matches = self._memory.similar(
            terms,
            weights,
            low=moment - self.window,
            high=moment + self.window,
            at_least=self.same_story,
            query_terms=QUERY_TERMS,
            long_posting=LONG_POSTING,
            candidates=CANDIDATES,
        )
        best_of_story: dict[int, float] = {}
        for match in matches:  # best first
            if match.story not in best_of_story and not conflict(facts, match.facts):
                best_of_story[match.story] = match.score
        if not best_of_story and cites:
            cited = [m for m in matches if m.source in cites and m.score >= CITED_SAME_STORY]
            if cited:  # best first; never a bridge between stories
                best_of_story[cited[0].story] = cited[0].score
        if not best_of_story:
            return self.new_story(), 0.0, ()
        ranked = sorted(best_of_story.items(), key=lambda item: (-item[1], item[0]))
        story, similarity = ranked[0]
        merged = tuple(sorted(other for other, _ in ranked[1:]))
        if merged:
            self._merge_into(cursor, story, merged)
        return story, similarity, merged

    def _merge_into(self, cursor, story: int, others: Iterable[int]) -> None:
        others = list(others)
        marks = _marks(len(others))
        cursor.execute(
            f"UPDATE stories_sketch SET story_id = %s WHERE story_id IN ({marks})",  # noqa: S608
            [story, *others],
        )
        for other in others:
            self._memory.move_story(other, story)

    def _insert(
        self,
        cursor,
        article_id: int,
        fp: Fingerprint,
        moment: int,
        story: int,
        copy_of: int | None,
        full_text: bool,
        source: int,
        terms: np.ndarray | None,
        weights: np.ndarray | None,
    ) -> None:
        cursor.execute(
            "INSERT INTO stories_sketch (article_id, published, story_id, copy_of, text_hash,"
            " shingles, full_text, source_id, signature, terms, weights, entities, numbers,"
            " bloom, language, cross_keys) VALUES"
            " (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [
                article_id,
                moment,
                story,
                copy_of,
                fp.text_hash,
                fp.shingle_count,
                full_text,
                source,
                fp.signature.tobytes(),
                b"" if terms is None else terms.tobytes(),
                b"" if weights is None else weights.tobytes(),
                fp.entities.tobytes(),
                fp.numbers.tobytes(),
                fp.bloom.tobytes(),
                fp.language,
                b"" if copy_of is not None else fp.cross.pack(),
            ],
        )
        # Copies are never anyone's original, so only originals are worth a band lookup.
        if copy_of is None and fp.word_count >= MIN_COPY_WORDS:
            self._bands.add(article_id, [*fp.band_keys, fp.text_hash])
            self.since_snapshot += 1
            if self.since_snapshot >= SNAPSHOT_EVERY:
                self.snapshot()

    def _count_terms(self, fp: Fingerprint) -> None:
        # A document counts once in a bucket, even when two of its terms share it.
        self._df[fp.terms & MASK] += 1
        self._total += 1
        self.since_checkpoint += 1
        if self.since_checkpoint >= CHECKPOINT_EVERY:
            self.checkpoint()

    def _remember(
        self,
        article_id: int,
        moment: int,
        story: int,
        source: int,
        terms: np.ndarray,
        weights: np.ndarray,
        fp: Fingerprint,
    ) -> None:
        self._memory.add(article_id, moment, story, source, terms, weights, fp.facts)
        if moment > self.newest:
            self.newest = moment
            self._memory.evict_before(self.newest - self.keep)

    # Editors' changes -----------------------------------------------------------------

    def move(self, article_ids: Iterable[int], story: int) -> None:
        """Put these articles (and their copies) in `story`: an editor's merge or split."""
        article_ids = [int(article_id) for article_id in article_ids]
        if not article_ids:
            return
        marks = _marks(len(article_ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE stories_sketch SET story_id = %s WHERE article_id IN ({marks})"  # noqa: S608
                f" OR copy_of IN ({marks})",
                [story, *article_ids, *article_ids],
            )
        self._memory.move(article_ids, story)

    def forget(self, article_id: int) -> None:
        """Drop an article from memory (its transaction was rolled back)."""
        self._memory.remove(article_id)
        self._languages.remove(article_id)

    def forget_story(self, story: int) -> None:
        self._memory.remove_story(story)


class _PlacementCursor:
    """The database driver's own cursor, in the caller's transaction, for the few
    queries of a placement. Django's cursor wrapper costs more than SQLite's own work
    here (measured: 15 µs to open, 17 µs more a query, some 65 µs an article), so it is
    left out; queries keep Django's %s placeholders and SQLite's are put in once."""

    def __init__(self) -> None:
        connection.ensure_connection()
        self._cursor = connection.connection.cursor()
        self._qmark = connection.vendor == "sqlite"

    def __enter__(self) -> "_PlacementCursor":
        return self

    def __exit__(self, *exc) -> None:
        self._cursor.close()

    def execute(self, query: str, params: list) -> None:
        self._cursor.execute(_qmarks(query) if self._qmark else query, params)

    def fetchone(self):
        return self._cursor.fetchone()

    def fetchall(self):
        return self._cursor.fetchall()


@lru_cache(maxsize=256)
def _qmarks(query: str) -> str:
    return query.replace("%s", "?")


def _marks(count: int) -> str:
    """Placeholders for an IN list (values are always passed as parameters)."""
    return ", ".join(["%s"] * count)
