"""Extraction health: signs that a source's pages no longer extract the way they did.

Runs after a source's crawl (pipeline.py) over plain values: the lengths and statuses of
its latest articles (a drop in length, a spike of pages without text) and its golden
pages, fetched again and extracted with the source's current template, against their
expected text. A redesign of the site shows up the day it happens, with the page that
shows it. Each check returns flags; storing them is sources.services' job.
"""

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.crawl.archive import Original
from kiosk.crawl.article import compose_article
from kiosk.crawl.extract import ExtractionError
from kiosk.crawl.templates import SiteTemplate

# The latest RECENT articles are compared with the BASELINE before them.
RECENT = 20
BASELINE = 100
# Too few articles on either side and a median or a rate says nothing.
MIN_RECENT = 5
MIN_BASELINE = 10
# Real articles vary in length a lot; a median halved is a layout, not a news day.
LENGTH_DROP_RATIO = 0.5
# A few galleries or videos without text are normal; this many empties, at a clearly
# higher rate than before, are not.
MIN_RECENT_EMPTY = 3
EMPTY_RATE_FACTOR = 2.0
EMPTY_RATE_MARGIN = 0.1
# A golden page whose live extraction is less similar than this has changed; editors'
# corrections and a changed "related" line stay above it.
GOLDEN_SIMILARITY = 0.9
# A golden page is a real article, so that a change of its extraction means something.
GOLDEN_MIN_WORDS = 150
GOLDEN_PAGES_PER_SOURCE = 3

LENGTH_DROP = "length_drop"
EMPTY_SPIKE = "empty_spike"
GOLDEN_CHANGED = "golden_changed"
EXTRACTOR_CHANGED = "extractor_changed"
GOLDEN_UNREACHABLE = "golden_unreachable"
EXTRACTION_KINDS = (LENGTH_DROP, EMPTY_SPIKE)
GOLDEN_KINDS = (GOLDEN_CHANGED, EXTRACTOR_CHANGED, GOLDEN_UNREACHABLE)

WORD = re.compile(r"\w+", re.UNICODE)


def token_f1(extracted: str, truth: str) -> float:
    """Bag-of-words F1 between two texts (1.0 when identical, 0.0 when disjoint)."""
    got = Counter(WORD.findall(extracted.casefold()))
    want = Counter(WORD.findall(truth.casefold()))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class Flag:
    """One thing wrong with a source's extraction, with the page that shows it."""

    kind: str
    message: str
    url: str
    detected_at: datetime | None = None

    @property
    def key(self) -> tuple[str, str]:
        # A golden page's flag belongs to that page; the other kinds are one per source
        # whatever page illustrates them this time.
        return (self.kind, self.url if self.kind in GOLDEN_KINDS else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "url": self.url,
            "detected_at": self.detected_at.isoformat() if self.detected_at else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Flag":
        detected = data.get("detected_at")
        return cls(
            kind=str(data.get("kind", "")),
            message=str(data.get("message", "")),
            url=str(data.get("url", "")),
            detected_at=datetime.fromisoformat(detected) if detected else None,
        )


@dataclass(frozen=True)
class Extraction:
    """One stored article as the health checks see it."""

    url: str
    has_text: bool
    length: int  # characters of body text


def extraction_flags(latest: Sequence[Extraction]) -> list[Flag]:
    """Flags from a source's latest stored articles, newest first."""
    return [flag for flag in (length_drop(latest), empty_spike(latest)) if flag]


def length_drop(latest: Sequence[Extraction]) -> Flag | None:
    """The median length of the latest RECENT articles with text, against the BASELINE
    before them: under half is flagged, with the shortest recent article."""
    with_text = [item for item in latest if item.has_text]
    recent, before = with_text[:RECENT], with_text[RECENT : RECENT + BASELINE]
    if len(recent) < MIN_RECENT or len(before) < MIN_BASELINE:
        return None
    now_median = statistics.median(item.length for item in recent)
    usual = statistics.median(item.length for item in before)
    if now_median >= usual * LENGTH_DROP_RATIO:
        return None
    shortest = min(recent, key=lambda item: item.length)
    return Flag(
        kind=LENGTH_DROP,
        message=(
            f"Extracted text got shorter: the last {len(recent)} articles have a median of "
            f"{now_median:,.0f} characters, against {usual:,.0f} for the {len(before)} "
            "before. The site may have changed its layout; compare the shortest recent "
            "article with its page."
        ),
        url=shortest.url,
    )


def empty_spike(latest: Sequence[Extraction]) -> Flag | None:
    """The share of pages without text among the latest RECENT articles, against the
    BASELINE before them; flagged with the latest empty page."""
    recent, before = latest[:RECENT], latest[RECENT : RECENT + BASELINE]
    if len(recent) < MIN_RECENT or len(before) < MIN_BASELINE:
        return None
    empties = [item for item in recent if not item.has_text]
    rate = len(empties) / len(recent)
    usual = sum(not item.has_text for item in before) / len(before)
    if len(empties) < MIN_RECENT_EMPTY or rate < max(
        usual * EMPTY_RATE_FACTOR, usual + EMPTY_RATE_MARGIN
    ):
        return None
    return Flag(
        kind=EMPTY_SPIKE,
        message=(
            f"{len(empties)} of the last {len(recent)} pages gave no article text "
            f"({usual:.0%} of the {len(before)} before). The site may have changed its "
            "layout; open the latest empty page."
        ),
        url=empties[0].url,
    )


@dataclass(frozen=True)
class GoldenTarget:
    """A golden page to check: what it should extract to, and its archived original."""

    id: int
    url: str
    expected_text: str
    archived_text: str  # what the archived original gave when the expectation was set
    archived: Original | None


@dataclass(frozen=True)
class GoldenCheck:
    """What one check of one golden page found."""

    id: int
    url: str
    status: str  # a GoldenPage.Status value: ok, changed, unreachable
    similarity: float | None = None
    title: str = ""
    text: str = ""
    detail: str = ""
    flag: Flag | None = None


def extracted(original: Original, *, url: str, language: str, template: dict) -> tuple[str, str]:
    """(title, text) of a page through the crawl's own path, with the source's template
    as learned; ("", "") when it has no text. The template value is not changed."""
    try:
        article = compose_article(
            original,
            url=url,
            prior_language=language,
            template=SiteTemplate.from_json(template),
        )
    except ExtractionError:
        return "", ""
    return article.title, article.body


def check_golden_page(
    target: GoldenTarget, live: Original, *, language: str, template: dict
) -> GoldenCheck:
    """Extract the live page and compare it with the expected text. When it differs, the
    archived original is extracted again too: if that differs from what it gave before,
    Kiosk's extraction changed; if not, only the site did."""
    title, text = extracted(live, url=target.url, language=language, template=template)
    similarity = round(token_f1(text, target.expected_text), 3)
    if similarity >= GOLDEN_SIMILARITY:
        return GoldenCheck(target.id, target.url, "ok", similarity, title, text)
    found = f"now extracts to {len(text):,} characters" if text else "now extracts to nothing"
    summary = f"Golden page {found} (similarity {similarity:.2f} to the expected text)"
    archived_similarity = None
    if target.archived is not None:
        _, again = extracted(target.archived, url=target.url, language=language, template=template)
        archived_similarity = token_f1(again, target.archived_text or target.expected_text)
    if archived_similarity is not None and archived_similarity < GOLDEN_SIMILARITY:
        kind = EXTRACTOR_CHANGED
        message = (
            f"{summary}, and its archived original extracts differently too (similarity "
            f"{archived_similarity:.2f}): Kiosk's extraction or the template it learned for "
            "the site changed, not the site. If the new text is right, accept it as "
            "expected in the admin."
        )
    else:
        kind = GOLDEN_CHANGED
        cause = (
            "while its archived original still extracts as before: the site changed."
            if archived_similarity is not None
            else "(no archived original to tell a site change from an extractor change)."
        )
        message = (
            f"{summary}, {cause} Look at the page; if the new text is right, accept it "
            "as expected in the admin, otherwise the site's new layout needs a fix."
        )
    return GoldenCheck(
        target.id,
        target.url,
        "changed",
        similarity,
        title,
        text,
        detail=message,
        flag=Flag(kind=kind, message=message, url=target.url),
    )


def unreachable_golden_page(target: GoldenTarget, error: Exception) -> GoldenCheck:
    message = (
        f"Golden page could not be fetched: {error} If the site removed it, delete it in "
        "the admin; a new golden page is chosen from the next articles."
    )
    return GoldenCheck(
        target.id,
        target.url,
        "unreachable",
        detail=message,
        flag=Flag(kind=GOLDEN_UNREACHABLE, message=message, url=target.url),
    )
