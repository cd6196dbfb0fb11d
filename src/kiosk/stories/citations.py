"""Citation chains inside a story: which report rewrites which.

A copy already names the original it reproduces (`StoryMember.copy_of`, found by the
index). An original of a story may still be a rewrite of an earlier report: another
outlet's text retold in its own words. It is recognised, for each original in
publication order, by
1. its attribution line (`Article.cited_source`, crawl/attribution.py) naming the source
   of an earlier member of the story: the earliest such member is the one rewritten; or
2. failing that, its text: a share of 4-word shingles with an earlier original of
   another source (estimated from the MinHash signatures the index keeps) too high for
   two reporters writing independently, too low for a copy.
The result is `StoryMember.rewrite_of`, recomputed whenever the story changes (a late
original may turn out to be what an earlier-placed article rewrote).
"""

import numpy as np

from kiosk.crawl.discover import site_host
from kiosk.sources.models import Source
from kiosk.stories.fingerprint import jaccard
from kiosk.stories.models import Sketch, StoryMember
from kiosk.stories.text import fold

# Two reports of one event written apart share a few stock phrases ("the ministry said
# on Tuesday"): under 0.08 of their shingles on the sample newsroom. A rewrite keeps
# whole runs of its source's wording.
REWRITE_OVERLAP = 0.12


def trace_rewrites(story_id: int) -> None:
    """Set `rewrite_of` on the story's originals (and clear it where it no longer holds)."""
    members = list(
        StoryMember.objects.filter(story_id=story_id)
        .select_related("article__source")
        .order_by("article__published_at", "article_id")
    )
    if len(members) < 2 and not any(member.rewrite_of_id for member in members):
        return
    signatures = {
        article_id: np.frombuffer(bytes(signature), dtype=np.uint32)
        for article_id, signature in Sketch.objects.filter(
            article_id__in=[member.article_id for member in members]
        ).values_list("article_id", "signature")
    }
    earlier: list[StoryMember] = []
    for member in members:
        found = None
        if member.copy_of_id is None:
            found = _cited(member, earlier) or _overlapping(member, earlier, signatures)
        wanted = found.article_id if found is not None else None
        if member.rewrite_of_id != wanted:
            StoryMember.objects.filter(pk=member.pk).update(rewrite_of_id=wanted)
            member.rewrite_of_id = wanted
        earlier.append(member)


def _names(source: Source) -> set[str]:
    """How an attribution line may name a source: its name or its host, folded."""
    return {fold(source.name).strip(), site_host(source.homepage)} - {""}


def _folded_citation(cited: str) -> str:
    return fold(cited).strip(' «»"“”')


def _names_source(cited: str, source: Source) -> bool:
    return any(name == cited or (len(name) > 3 and name in cited) for name in _names(source))


def sources_cited(cited_source: str) -> frozenset[int]:
    """The ids of the sources an attribution line names (most lines name none we know)."""
    cited = _folded_citation(cited_source)
    if not cited:
        return frozenset()
    return frozenset(
        source.pk
        for source in Source.objects.only("pk", "name", "homepage")
        if _names_source(cited, source)
    )


def _cited(member: StoryMember, earlier: list[StoryMember]) -> StoryMember | None:
    """The earliest earlier member from the source the attribution line names."""
    cited = _folded_citation(member.article.cited_source)
    if not cited:
        return None
    for other in earlier:
        if other.article.source_id != member.article.source_id and _names_source(
            cited, other.article.source
        ):
            return other
    return None


def _overlapping(
    member: StoryMember, earlier: list[StoryMember], signatures: dict[int, np.ndarray]
) -> StoryMember | None:
    """The earlier original of another source whose wording this one keeps most of."""
    mine = signatures.get(member.article_id)
    if mine is None:
        return None
    best, best_overlap = None, REWRITE_OVERLAP
    for other in earlier:
        theirs = signatures.get(other.article_id)
        if (
            other.copy_of_id is not None
            or other.article.source_id == member.article.source_id
            or theirs is None
            or len(theirs) != len(mine)
        ):
            continue
        overlap = jaccard(mine, theirs)
        if overlap >= best_overlap:
            best, best_overlap = other, overlap
    return best
