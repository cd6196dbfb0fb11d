"""Site templates: the blocks and sentences a source repeats on every page, learned and stripped.

Runs between extraction (extract.py) and storage: trafilatura leaves some page furniture
in the body (menus, "most read" lists, share bars, cookie text, "keep following us on
<site>" lines); a source's pages share it, its articles do not. A `SiteTemplate` counts,
per source, on how many pages each paragraph (and each closing sentence) occurs, and
strips what recurs from the head and tail of a body, never article text in between.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# A paragraph or sentence is template when it occurs on at least MIN_PAGES distinct pages
# and on at least MIN_SHARE of the pages seen: one repeat is a coincidence, not a template.
MIN_PAGES = 3
# Real template lines (newsletter prompts, cookie text) sit on nearly every page of a
# site; article closing lines that merely recur were measured on up to 23% of a
# newsroom outlet's pages. Half leaves a wide margin on both sides.
MIN_SHARE = 0.5
# Menus, newsletter lines and cookie notices are short; a long repeated paragraph is more
# likely a running story's background, which belongs to the article.
MAX_BOILERPLATE_WORDS = 60
# Bounds the stored template (a JSONField per source): recurring entries rank first.
MAX_FINGERPRINTS = 2000
# Page keys remembered to ignore a page observed twice; the pipeline never refetches a
# known URL, so a recent window is enough and keeps the stored size bounded.
MAX_SEEN_PAGES = 1000
# Past this many pages, counts and pages are halved, so a template the site changed
# fades out and a new newsletter line reaches MIN_SHARE within a few hundred pages.
AGE_AFTER_PAGES = 1000
EXAMPLE_CHARS = 200
# A glued newsletter line follows the article's last paragraph, which may itself be
# followed by template blocks ("Read also", cookie text) on the raw page.
SENTENCE_TAIL_PARAGRAPHS = 3

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# End of a sentence: terminal punctuation, closing quotes or brackets, then space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+")
_SENTENCE_START_MARKS = "\"'«“„‘(["


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    # "Read 3 more stories" and "Read 12 more stories" are the same template line.
    text = _DIGITS.sub("0", text)
    # Punctuation and symbols vary with typography (quotes, dashes, bullets), not content.
    text = "".join(" " if unicodedata.category(char)[0] in "PS" else char for char in text)
    return _SPACES.sub(" ", text).strip()


def fingerprint(paragraph: str) -> str:
    """A short hash of the paragraph's normalised text, the same in every process."""
    digest = hashlib.blake2b(_normalise(paragraph).encode("utf-8"), digest_size=8)
    return digest.hexdigest()


def _page_key_hash(page_key: str) -> str:
    return hashlib.blake2b(page_key.encode("utf-8"), digest_size=8).hexdigest()


def _words(text: str) -> int:
    return len(text.split())


def _sentence_starts(paragraph: str) -> list[int]:
    """Offsets where a sentence after the first begins; a boundary is only taken before
    an upper-case letter, a digit or an opening quote, so "e.g. the" is not split."""
    starts = []
    for match in _SENTENCE_END.finditer(paragraph):
        position = match.end()
        if position >= len(paragraph):
            continue
        char = paragraph[position]
        if char.isupper() or char.isdigit() or char in _SENTENCE_START_MARKS:
            starts.append(position)
    return starts


def _final_sentence(paragraph: str) -> str:
    starts = _sentence_starts(paragraph)
    return paragraph[starts[-1] :] if starts else paragraph


@dataclass
class SiteTemplate:
    """What was learned about one source's page template."""

    source_pages: int = 0
    # fingerprint -> number of distinct pages it occurred on (insertion order is recency,
    # which breaks ties when pruning, so new lines get the chance to recur)
    counts: dict[str, int] = field(default_factory=dict)
    # fingerprint -> an example for editors; kept once a fingerprint recurs, since most
    # paragraphs never do and their text would only fill the stored template
    examples: dict[str, str] = field(default_factory=dict)
    seen_pages: list[str] = field(default_factory=list)  # hashed page keys, recent last

    def observe(self, page_key: str, paragraphs: list[str]) -> None:
        """Count one page's paragraphs, and the sentences of its last few paragraphs.
        `page_key` is the canonical URL; a page observed again is not counted again."""
        key = _page_key_hash(page_key)
        if key in self.seen_pages:
            return
        self.seen_pages.append(key)
        del self.seen_pages[:-MAX_SEEN_PAGES]
        self.source_pages += 1

        texts = {}
        for paragraph in paragraphs:
            texts.setdefault(fingerprint(paragraph), paragraph)
        for paragraph in paragraphs[-SENTENCE_TAIL_PARAGRAPHS:]:
            starts = [0, *_sentence_starts(paragraph)]
            for begin, end in zip(starts, [*starts[1:], len(paragraph)], strict=True):
                sentence = paragraph[begin:end].strip()
                texts.setdefault(fingerprint(sentence), sentence)

        for print_, text in texts.items():
            count = self.counts.pop(print_, 0) + 1
            self.counts[print_] = count  # re-inserted: most recent last
            if count >= 2 and print_ not in self.examples:
                self.examples[print_] = text[:EXAMPLE_CHARS]

        if self.source_pages > AGE_AFTER_PAGES:
            self._age()
        self._prune()

    def boilerplate(self) -> list[str]:
        """Fingerprints judged template, most frequent first."""
        needed = max(MIN_PAGES, MIN_SHARE * self.source_pages)
        found = [print_ for print_, count in self.counts.items() if count >= needed]
        return sorted(found, key=lambda print_: -self.counts[print_])

    def strip(self, paragraphs: list[str]) -> tuple[list[str], list[str]]:
        """(kept, removed): template paragraphs at the head and tail of the body.

        A template paragraph between article paragraphs is kept (a running story's
        standard background is article text), and nothing is removed when that would
        take more than half of the body's words: then the "template" is the article."""
        template = set(self.boilerplate())

        def removable(paragraph: str) -> bool:
            return _words(paragraph) <= MAX_BOILERPLATE_WORDS and fingerprint(paragraph) in template

        head = 0
        while head < len(paragraphs) and removable(paragraphs[head]):
            head += 1
        tail = len(paragraphs)
        while tail > head and removable(paragraphs[tail - 1]):
            tail -= 1
        kept = paragraphs[head:tail]
        removed = paragraphs[:head] + paragraphs[tail:]
        if not removed or not self._keeps_half(paragraphs, removed):
            return list(paragraphs), []
        return kept, removed

    def strip_sentences(self, paragraphs: list[str]) -> tuple[list[str], list[str]]:
        """(paragraphs, removed sentences): template sentences glued to the end of the
        last paragraph ("... said the minister. Keep following us on Example News.") are
        cut. The paragraph's first sentence always stays: a last paragraph that is all
        template is `strip`'s to remove, with its safeguards."""
        if not paragraphs:
            return list(paragraphs), []
        template = set(self.boilerplate())
        last = paragraphs[-1]
        removed: list[str] = []
        while starts := _sentence_starts(last):
            sentence = last[starts[-1] :]
            if _words(sentence) > MAX_BOILERPLATE_WORDS or fingerprint(sentence) not in template:
                break
            removed.insert(0, sentence.strip())
            last = last[: starts[-1]].rstrip()
        if not removed or not self._keeps_half(paragraphs, removed):
            return list(paragraphs), []
        return [*paragraphs[:-1], last], removed

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready value, bounded by MAX_FINGERPRINTS (lists, so that databases
        which reorder object keys keep the recency order)."""
        self._prune()
        return {
            "version": 1,
            "source_pages": self.source_pages,
            "entries": [
                [print_, count, self.examples.get(print_, "")]
                for print_, count in self.counts.items()
            ],
            "seen_pages": list(self.seen_pages),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SiteTemplate":
        template = cls(
            source_pages=int(data.get("source_pages", 0)),
            seen_pages=[str(key) for key in data.get("seen_pages", [])][-MAX_SEEN_PAGES:],
        )
        for print_, count, example in data.get("entries", []):
            template.counts[print_] = int(count)
            if example:
                template.examples[print_] = example
        template._prune()
        return template

    @staticmethod
    def _keeps_half(paragraphs: list[str], removed: list[str]) -> bool:
        total = sum(_words(paragraph) for paragraph in paragraphs)
        return sum(_words(text) for text in removed) * 2 <= total

    def _age(self) -> None:
        self.source_pages //= 2
        self.counts = {p: count // 2 for p, count in self.counts.items() if count >= 2}
        self.examples = {p: text for p, text in self.examples.items() if p in self.counts}

    def _prune(self) -> None:
        """Keep the MAX_FINGERPRINTS most frequent entries, the most recent among equals."""
        if len(self.counts) <= MAX_FINGERPRINTS:
            return
        recent_first = list(reversed(self.counts.items()))
        # sorted() is stable, so equal counts stay most recent first.
        keep = {p for p, _ in sorted(recent_first, key=lambda item: -item[1])[:MAX_FINGERPRINTS]}
        self.counts = {p: count for p, count in self.counts.items() if p in keep}
        self.examples = {p: text for p, text in self.examples.items() if p in keep}
