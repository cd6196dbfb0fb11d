"""The same story in other languages: recent originals' names and numbers, as all three
languages spell them, and the search for a new article's counterparts.

Story clustering compares stems, which stop at a language's border. Across it, reports
of one event still share its places, people and figures: Ленкорани, Lənkəranda and
Lankaran, Ахмедов and Əhmədov, "7 800" and "7,800" (fingerprint.CrossKeys, from
text.skeleton). A new original is scored against the originals of the other languages
published within `WINDOW` by the rarity (idf over the window) of the keys they share;
the best of each language at `SAME_EVENT` or more is its counterpart, unless the two
disagree on a fact: a figure in one title that the other never gives, or a name in one
title or lead that the other never mentions although its language knows the name
(a different city, a different person: the same company's two plant openings in one
week). services.link_languages records the result as the stories' family, which holds
one story per language.

State: a row per original of the last 2 x WINDOW with its keys, postings per language
and key (entries of removed rows stay until they are three times the live ones), and
counts (how many rows carry a key; in which languages it is a name). The
rows are loaded from `Sketch` at start with the story window (index.py).
"""

import heapq
import math
from array import array
from dataclasses import dataclass
from datetime import timedelta

from kiosk.stories.fingerprint import FIGURE, IN_TITLE, NAME, CrossKeys

WINDOW = timedelta(hours=36)
# Sum of the shared keys' idf, chosen on the sample newsroom (bench/stories.py seeds 1-5
# and 6-15); see docs/architecture.md for the figures.
SAME_EVENT = 10.0
LONG_POSTING = 300  # a key carried by that many rows of one language tells nothing
# A window with fewer rows is weighed as if it had this many, so that a young
# installation links its first stories (with three rows, every key would weigh 0).
MIN_ROWS = 100
LANGUAGE_SHIFT = 32  # postings and name counts are keyed by language << 32 | key


@dataclass(frozen=True)
class _Row:
    language: int
    published: int
    keys: CrossKeys


class Counterparts:
    def __init__(self, window: timedelta = WINDOW) -> None:
        self.window = int(window.total_seconds())
        self.keep = 2 * self.window  # late arrivals still meet their whole window
        self.rows: dict[int, _Row] = {}
        self.by_time: list[tuple[int, int]] = []  # heap of (published, article id)
        self.postings: dict[int, array] = {}
        self.entries = 0  # posting entries, those of removed rows included
        self.live = 0  # ...and of the rows still here
        self.carried: dict[int, int] = {}  # key -> rows with it in their title or lead
        self.named: dict[int, int] = {}  # language << 32 | key -> rows naming it
        self.languages: dict[str, int] = {}
        self.newest = 0

    def __len__(self) -> int:
        return len(self.rows)

    def _code(self, language: str) -> int:
        code = self.languages.get(language)
        if code is None:
            code = self.languages[language] = len(self.languages) + 1
        return code

    # Rows ------------------------------------------------------------------------------

    def add(self, article_id: int, language: str, published: int, keys: CrossKeys) -> None:
        if not len(keys.head):
            return
        if article_id in self.rows:
            self.remove(article_id)
        code = self._code(language)
        self.rows[article_id] = _Row(code, published, keys)
        self.live += len(keys.head)
        heapq.heappush(self.by_time, (published, article_id))
        self._count(code, keys, 1)
        prefix = code << LANGUAGE_SHIFT
        postings = self.postings
        for key in keys.head.tolist():
            found = postings.get(prefix | key)
            if found is None:
                postings[prefix | key] = array("q", (article_id,))
            else:
                found.append(article_id)
        self.entries += len(keys.head)
        if published > self.newest:
            self.newest = published
            self._evict_before(published - self.keep)

    def remove(self, article_id: int) -> None:
        row = self.rows.pop(article_id, None)
        if row is not None:
            self.live -= len(row.keys.head)
            self._count(row.language, row.keys, -1)

    def _count(self, code: int, keys: CrossKeys, step: int) -> None:
        carried, named = self.carried, self.named
        for key in keys.head.tolist():
            carried[key] = carried.get(key, 0) + step
        prefix = code << LANGUAGE_SHIFT
        for key in keys.names.tolist():
            named[prefix | key] = named.get(prefix | key, 0) + step

    def _evict_before(self, moment: int) -> None:
        by_time = self.by_time
        while by_time and by_time[0][0] < moment:
            _, article_id = heapq.heappop(by_time)
            row = self.rows.get(article_id)
            if row is not None and row.published < moment:
                self.remove(article_id)
        if self.entries > 4 * self.live + 100_000:  # a rebuild costs ~1.5 s a window
            self._rebuild()

    def _rebuild(self) -> None:
        """Postings of the live rows only; the counts lose their zeros."""
        self.postings, self.entries = {}, 0
        for article_id, row in sorted(self.rows.items(), key=lambda item: item[1].published):
            prefix = row.language << LANGUAGE_SHIFT
            for key in row.keys.head.tolist():
                self.postings.setdefault(prefix | key, array("q")).append(article_id)
            self.entries += len(row.keys.head)
        self.carried = {key: count for key, count in self.carried.items() if count > 0}
        self.named = {key: count for key, count in self.named.items() if count > 0}

    # Matching --------------------------------------------------------------------------

    def match(self, language: str, published: int, keys: CrossKeys) -> list[int]:
        """Article ids of the new article's counterparts: the best-scoring original of
        each other language, at SAME_EVENT or more, that states no other facts."""
        others = [code for name, code in self.languages.items() if name != language]
        if not others or not len(keys.head):
            return []
        total = max(len(self.rows), MIN_ROWS)
        scores: dict[int, float] = {}
        for key in keys.head.tolist():
            weight = None
            for code in others:
                found = self.postings.get(code << LANGUAGE_SHIFT | key)
                if found is None or len(found) > LONG_POSTING:
                    continue
                if weight is None:
                    weight = math.log((total + 1) / (self.carried.get(key, 0) + 1))
                for article_id in found:
                    scores[article_id] = scores.get(article_id, 0.0) + weight
        own = self._code(language)
        best: dict[int, int] = {}
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        for article_id, score in ranked:
            if score < SAME_EVENT:
                break
            row = self.rows.get(article_id)
            if row is None or row.language in best:
                continue
            if abs(row.published - published) > self.window:
                continue
            if self._contradicts(keys, row.keys, row.language) or self._contradicts(
                row.keys, keys, own
            ):
                continue
            best[row.language] = article_id
        return list(best.values())

    def _contradicts(self, keys: CrossKeys, other: CrossKeys, other_language: int) -> bool:
        """Whether `keys`' title gives a figure `other` never mentions, or its title or
        lead names someone or somewhere that `other` never mentions though its
        language knows the name."""
        missing = ~other.mention(keys)
        if not missing.any():
            return False
        kind = keys.kind[missing]
        if ((kind & (FIGURE | IN_TITLE)) == FIGURE | IN_TITLE).any():
            return True
        prefix = other_language << LANGUAGE_SHIFT
        named = self.named
        for key in keys.head[missing][(kind & NAME) > 0].tolist():
            if named.get(prefix | key, 0) > 0:
                return True
        return False
