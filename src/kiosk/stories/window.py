"""The originals of the recent past, in numpy rows, and the search for similar ones.

Each original of the time window is a row: id, publication time, story, its weighted top
terms (a unit tf-idf vector, padded with weight 0) and the facts its title states. Term
postings (term -> row and column) live in `Postings`, so a new article finds its
candidates from the postings of its heaviest terms, and one compiled call
(kernels.closest_rows) scores them: some 30 µs where a dict of Python tuples took over
1 ms and 6 KB a row.

Rows leave when they fall out of the window (`evict_before`) or are removed; the arrays
and postings are compacted when the dead rows are half of them.
"""

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from kiosk.stories.fingerprint import BLOOM_BITS, TOP_TERMS, Facts
from kiosk.stories.kernels import closest_rows
from kiosk.stories.postings import Postings

COMPACT_AT = 1_000  # dead rows before compaction is considered


@dataclass(frozen=True)
class Match:
    article_id: int
    story: int
    source: int
    score: float  # cosine of the two tf-idf vectors
    facts: Facts


class Window:
    ARRAYS = ("ids", "published", "story", "source", "alive", "terms", "weights", "bloom")

    def __init__(self, capacity: int = 1024) -> None:
        self.size = 0  # rows used, dead ones included
        self.dead = 0
        self.row_of: dict[int, int] = {}
        self.by_time: list[tuple[int, int]] = []  # heap of (published, article id)
        self.postings = Postings()
        self._allocate(capacity)

    def _allocate(self, capacity: int) -> None:
        self.capacity = capacity
        self.ids = np.zeros(capacity, dtype=np.int64)
        self.published = np.zeros(capacity, dtype=np.int64)
        self.story = np.zeros(capacity, dtype=np.int64)
        self.source = np.zeros(capacity, dtype=np.int64)
        self.alive = np.zeros(capacity, dtype=bool)
        self.terms = np.zeros((capacity, TOP_TERMS), dtype=np.uint32)
        self.weights = np.zeros((capacity, TOP_TERMS), dtype=np.float32)
        self.bloom = np.zeros((capacity, BLOOM_BITS // 8), dtype=np.uint8)
        self._scratch = np.zeros(capacity, dtype=np.float64)  # closest_rows' sums
        self._touched = np.zeros(capacity, dtype=bool)
        self.named: list[tuple[np.ndarray, np.ndarray] | None] = []  # entities, numbers

    def __len__(self) -> int:
        return len(self.row_of)

    def __contains__(self, article_id: int) -> bool:
        return article_id in self.row_of

    # Rows ------------------------------------------------------------------------------

    def add(
        self,
        article_id: int,
        published: int,
        story: int,
        source: int,
        terms: np.ndarray,
        weights: np.ndarray,
        facts: Facts,
    ) -> None:
        if article_id in self.row_of:
            self.remove(article_id)
        if self.size == self.capacity:
            self._resize(2 * self.capacity)
        row, count = self.size, len(terms)
        self.size += 1
        self.ids[row], self.published[row], self.story[row] = article_id, published, story
        self.source[row] = source
        self.alive[row] = True
        self.terms[row, :count], self.terms[row, count:] = terms, 0
        self.weights[row, :count], self.weights[row, count:] = weights, 0.0
        self.bloom[row] = facts.bloom
        self.named.append((facts.entities, facts.numbers))
        self.row_of[article_id] = row
        heapq.heappush(self.by_time, (published, article_id))
        first = row * TOP_TERMS
        self.postings.add(terms, np.arange(first, first + count, dtype=np.uint32))

    def remove(self, article_id: int) -> None:
        row = self.row_of.pop(article_id, None)
        if row is None:
            return
        self.alive[row] = False
        self.named[row] = None
        self.dead += 1

    def evict_before(self, moment: int) -> None:
        by_time = self.by_time
        while by_time and by_time[0][0] < moment:
            _, article_id = heapq.heappop(by_time)
            row = self.row_of.get(article_id)
            # A re-added article has a newer heap entry of its own.
            if row is not None and self.published[row] < moment:
                self.remove(article_id)
        if self.dead > COMPACT_AT and self.dead > self.size // 2:
            self._compact()

    def _resize(self, capacity: int) -> None:
        used = self.size
        old = [getattr(self, name) for name in self.ARRAYS]
        named = self.named
        self._allocate(capacity)
        for name, previous in zip(self.ARRAYS, old, strict=True):
            getattr(self, name)[:used] = previous[:used]
        self.named = named

    def _compact(self) -> None:
        """Drop the dead rows, renumbering the live ones and their postings."""
        keep = self.alive[: self.size]
        live = int(keep.sum())
        for name in self.ARRAYS:
            array = getattr(self, name)
            compacted = array[: self.size][keep]
            resized = np.zeros((self.capacity, *array.shape[1:]), dtype=array.dtype)
            resized[:live] = compacted
            setattr(self, name, resized)
        alive = keep.tolist()
        self.named = [named for named, kept in zip(self.named, alive, strict=True) if kept]
        self.size, self.dead = live, 0
        # A row's terms are padded with weight 0; real ones always weigh more.
        flat = np.flatnonzero(self.weights[:live].ravel() > 0)
        self.postings = Postings.from_pairs(self.terms[:live].ravel()[flat], flat)
        self.row_of = {article_id: row for row, article_id in enumerate(self.ids[:live].tolist())}

    # Stories ---------------------------------------------------------------------------

    def members(self, story: int) -> list[int]:
        """Article ids of the story's originals in the window."""
        used = self.size
        rows = np.flatnonzero((self.story[:used] == story) & self.alive[:used])
        return self.ids[rows].tolist()

    def move(self, article_ids: Iterable[int], story: int) -> None:
        for article_id in article_ids:
            row = self.row_of.get(article_id)
            if row is not None:
                self.story[row] = story

    def move_story(self, old: int, story: int) -> None:
        used = self.size
        self.story[:used][self.story[:used] == old] = story

    def remove_story(self, story: int) -> None:
        for article_id in self.members(story):
            self.remove(article_id)

    # Similarity ------------------------------------------------------------------------

    def similar(
        self,
        terms: np.ndarray,
        weights: np.ndarray,
        *,
        low: int,
        high: int,
        at_least: float,
        query_terms: int,
        long_posting: int,
        candidates: int,
    ) -> list[Match]:
        """The window's originals published in [low, high] with a cosine of `at_least` to
        this vector, best first: candidates from the postings of the `query_terms`
        heaviest terms (a term in over `long_posting` rows says nothing), then each
        one's exact cosine."""
        flat, which = self.postings.lookup(terms[:query_terms], limit=long_posting)
        if not len(flat):
            return []
        rows, scores = closest_rows(
            flat,
            which,
            terms,
            weights,
            self.terms,
            self.weights,
            self.alive,
            self.published,
            low,
            high,
            candidates,
            at_least,
            self._scratch,
            self._touched,
        )
        return [
            Match(
                int(self.ids[row]),
                int(self.story[row]),
                int(self.source[row]),
                score,
                Facts(*self.named[row], self.bloom[row]),
            )
            for row, score in zip(rows.tolist(), scores.tolist(), strict=True)
        ]
