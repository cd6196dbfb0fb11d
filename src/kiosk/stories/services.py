"""Writes on stories: placing a newly stored article, and editors' merges and splits.

The crawl calls `place_article` right after `news.services.store_article` has stored an
article. The story index (index.py) decides; this module records the decision as
`Story` / `StoryMember` rows in the same transaction and keeps each story's lead, size
and times. One index per process, created on first use from the database.
"""

import logging
import threading
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from kiosk.news.models import Article
from kiosk.stories.citations import sources_cited, trace_rewrites
from kiosk.stories.fingerprint import fingerprint
from kiosk.stories.index import Placement, StoryIndex
from kiosk.stories.models import Sketch, Story, StoryMember

logger = logging.getLogger(__name__)

FULL_TEXT_WORDS = 80  # shorter bodies are taken for feed excerpts when choosing a lead

REASONS = {
    "new": StoryMember.Reason.NEW,
    "exact": StoryMember.Reason.EXACT,
    "near_copy": StoryMember.Reason.NEAR_COPY,
    "similar": StoryMember.Reason.SIMILAR,
}

_index: StoryIndex | None = None
_index_lock = threading.Lock()
_place_lock = threading.Lock()


def story_index() -> StoryIndex:
    """The process's index, loaded from the database on first use."""
    global _index
    with _index_lock:
        if _index is None:
            _index = StoryIndex(new_story=_new_story)
        return _index


def forget_articles(article_ids: Iterable[int]) -> None:
    """Deleted articles leave the index: their sketches go, so that band candidates
    pointing at them are ignored, and the process's window forgets them."""
    ids = list(article_ids)
    Sketch.objects.filter(article_id__in=ids).delete()
    with _index_lock:
        if _index is not None:
            for article_id in ids:
                _index.forget(article_id)


def reset_index() -> None:
    """Forget the process's index; the next placement loads it again from the database
    (tests, or after another process's editors changed stories)."""
    global _index
    with _index_lock:
        if _index is not None:
            _index.close()
        _index = None


def _new_story() -> int:
    now = timezone.now()
    return Story.objects.create(first_seen=now, last_seen=now).pk


class _GhostStory(Exception):
    """The index remembered a story whose transaction was rolled back."""

    def __init__(self, story_ids: list[int]):
        super().__init__(story_ids)
        self.story_ids = story_ids


def place_article(article: Article) -> Placement:
    """Place a stored article as a copy, a story member or a new story; idempotent."""
    existing = StoryMember.objects.filter(article=article).first()
    if existing is not None:
        return Placement(
            article.pk, existing.story_id, existing.copy_of_id, "known", existing.similarity
        )
    fp = fingerprint(article.title, article.body, article.language)
    full_text = article.status == Article.Status.OK and fp.word_count >= FULL_TEXT_WORDS
    cites = sources_cited(article.cited_source) - {article.source_id}
    index = story_index()
    # The index's memory is shared by the process's threads; placements are serialised.
    with _place_lock:
        for _attempt in range(3):
            try:
                with transaction.atomic():
                    placement = index.place(
                        article.pk,
                        fp,
                        article.published_at,
                        full_text=full_text,
                        source=article.source_id,
                        cites=cites,
                    )
                    _record(article, placement)
                    return placement
            except _GhostStory as ghost:
                index.forget(article.pk)
                for story_id in ghost.story_ids:
                    index.forget_story(story_id)
            except Exception:
                index.forget(article.pk)
                raise
    raise RuntimeError(f"Could not place article {article.pk}: its stories keep vanishing.")


def place_stored_articles(articles: Iterable[Article]) -> int:
    """Place articles just stored (the crawl, WARC import, or ones a killed crawl left
    unplaced). A failure is logged and leaves that article unplaced, listed on its own
    until the next crawl places it: placing never fails ingestion. Returns how many
    were placed."""
    placed = 0
    for article in articles:
        try:
            place_article(article)
        except Exception:
            logger.exception("placing failed article=%s", article.pk)
            continue
        placed += 1
    return placed


def _record(article: Article, placement: Placement) -> None:
    wanted = {placement.story_id, *placement.merged}
    found = set(Story.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    if found != wanted:
        raise _GhostStory(sorted(wanted - found))
    if placement.merged:
        StoryMember.objects.filter(story_id__in=placement.merged).update(
            story_id=placement.story_id
        )
        _inherit_family(placement.story_id, placement.merged)
        Story.objects.filter(pk__in=placement.merged).delete()
        logger.info(
            "stories merged by a bridging article",
            extra={"article": article.pk, "story": placement.story_id, "merged": placement.merged},
        )
    if placement.adopted:
        StoryMember.objects.filter(article_id__in=placement.adopted).update(
            copy_of=article, reason=StoryMember.Reason.NEAR_COPY
        )
    StoryMember.objects.create(
        article=article,
        story_id=placement.story_id,
        copy_of_id=placement.copy_of,
        similarity=placement.similarity,
        reason=REASONS.get(placement.reason, StoryMember.Reason.NEW),
    )
    refresh_story(placement.story_id)
    if placement.counterparts:
        link_languages(placement.story_id, placement.counterparts)


def link_languages(story_id: int, counterparts: Iterable[int]) -> None:
    """Put the story in one family with the stories of these articles (the same event in
    other languages, counterparts.py), as long as the family keeps one story per
    language: a report that matches a second story of a language already there is
    more likely wrong than that the edition split one event in two."""
    others = StoryMember.objects.filter(article_id__in=list(counterparts)).values_list(
        "story_id", flat=True
    )
    for other in sorted(set(others)):
        _join_families(story_id, other)


def _inherit_family(story_id: int, merged: Iterable[int]) -> None:
    """A story that absorbs others of its language takes the first of their families
    when it has none: it now tells their event in that language."""
    if Story.objects.filter(pk=story_id, family__isnull=True).exists():
        family = (
            Story.objects.filter(pk__in=list(merged), family__isnull=False)
            .order_by("pk")
            .values_list("family", flat=True)
            .first()
        )
        if family is not None:
            Story.objects.filter(pk=story_id).update(family=family)


def _family(story_id: int) -> tuple[int, dict[int, str]]:
    """(family id, {story id: language}) of the story's family; a story of its own is
    its own family."""
    story = Story.objects.filter(pk=story_id).values_list("family", "language").first()
    if story is None:
        return story_id, {}
    family, language = story
    if family is None:
        return story_id, {story_id: language}
    return family, dict(Story.objects.filter(family=family).values_list("pk", "language"))


def _join_families(story_id: int, other_id: int) -> None:
    family, members = _family(story_id)
    other_family, other_members = _family(other_id)
    if family == other_family or not members or not other_members:
        return
    if set(members.values()) & set(other_members.values()):
        return  # one story per language
    Story.objects.filter(pk__in=[*members, *other_members]).update(family=min(family, other_family))


def refresh_story(story_id: int) -> Story | None:
    """Recount a story and choose its lead: the earliest original, full text preferred.
    A story left without members is deleted (returns None)."""
    stats = StoryMember.objects.filter(story_id=story_id).aggregate(
        size=Count("pk"),
        originals=Count("pk", filter=Q(copy_of__isnull=True)),
        first=Min("article__published_at"),
        last=Max("article__published_at"),
    )
    if not stats["size"]:
        Story.objects.filter(pk=story_id).delete()
        return None
    lead_id = (
        Sketch.objects.filter(story_id=story_id, copy_of__isnull=True)
        .order_by("-full_text", "published", "article_id")
        .values_list("article_id", flat=True)
        .first()
    )
    if lead_id is None:  # members placed by hand only
        lead_id = (
            StoryMember.objects.filter(story_id=story_id)
            .order_by("article__published_at", "article_id")
            .values_list("article_id", flat=True)
            .first()
        )
    language = Article.objects.filter(pk=lead_id).values_list("language", flat=True).first()
    trace_rewrites(story_id)
    Story.objects.filter(pk=story_id).update(
        lead_id=lead_id,
        language=language or "",
        size=stats["size"],
        originals=stats["originals"],
        first_seen=stats["first"],
        last_seen=stats["last"],
    )
    return Story.objects.get(pk=story_id)


# Editors --------------------------------------------------------------------------------


def merge_stories(stories: Iterable[Story]) -> Story:
    """One story from several (an editor's decision): the earliest keeps its id."""
    stories = sorted(stories, key=lambda story: (story.first_seen, story.pk))
    if not stories:
        raise ValueError("Choose at least one story to merge.")
    target, others = stories[0], stories[1:]
    with transaction.atomic():
        article_ids = list(
            StoryMember.objects.filter(story__in=others).values_list("article_id", flat=True)
        )
        StoryMember.objects.filter(article_id__in=article_ids).update(
            story=target, reason=StoryMember.Reason.EDITOR
        )
        story_index().move(article_ids, target.pk)
        _inherit_family(target.pk, [story.pk for story in others])
        Story.objects.filter(pk__in=[story.pk for story in others]).delete()
        return refresh_story(target.pk)


def split_articles(articles: Iterable[Article]) -> Story:
    """Take these articles (with their copies) out of their stories into a new one."""
    ids = [article.pk for article in articles]
    if not ids:
        raise ValueError("Choose at least one article to split off.")
    with transaction.atomic():
        members = StoryMember.objects.filter(Q(article_id__in=ids) | Q(copy_of_id__in=ids))
        old_stories = set(members.values_list("story_id", flat=True))
        moved = list(members.values_list("article_id", flat=True))
        story = Story.objects.get(pk=_new_story())
        StoryMember.objects.filter(article_id__in=moved).update(
            story=story, reason=StoryMember.Reason.EDITOR
        )
        story_index().move(moved, story.pk)
        for story_id in old_stories:
            refresh_story(story_id)
        return refresh_story(story.pk)
