"""Hooks through which other apps feed the rankings, so readership depends on none of them.

- Comments (issue 8): `set_comment_counts(fn)` with `fn(since) -> {article id: comments}`
  (visible comments posted since then); "most discussed" ranks by it. `apps.py` registers
  `kiosk.comments.selectors.comment_counts` when the comments app is installed.
- Stories (issue 5): `set_story_of(fn)` with `fn(article ids) -> {article id: story id}`
  gives rankings one entry per story; `set_story_arrivals(fn)` with `fn(since) ->
  [Arrival]` (each member's story, source and arrival time) feeds the breaking rule.

An app registers its functions in an AppConfig.ready(). Until one does, the defaults
below apply: no comments, and every article a story of its own.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from kiosk.readership.breaking import Arrival

CommentCounts = Callable[[datetime], Mapping[int, int]]
StoryOf = Callable[[Sequence[int]], Mapping[int, int]]
StoryArrivals = Callable[[datetime], Iterable[Arrival]]


def no_comments(since: datetime) -> Mapping[int, int]:
    return {}


def own_stories(article_ids: Sequence[int]) -> Mapping[int, int]:
    return {}


def no_arrivals(since: datetime) -> Iterable[Arrival]:
    return ()


comment_counts: CommentCounts = no_comments
story_of: StoryOf = own_stories
story_arrivals: StoryArrivals = no_arrivals


def set_comment_counts(fn: CommentCounts) -> None:
    global comment_counts
    comment_counts = fn


def set_story_of(fn: StoryOf) -> None:
    global story_of
    story_of = fn


def set_story_arrivals(fn: StoryArrivals) -> None:
    global story_arrivals
    story_arrivals = fn
