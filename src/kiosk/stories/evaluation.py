"""Scoring dedupe and clustering against the sample newsroom's ground truth.

Pairwise precision and recall: every pair of articles the truth puts together (a copy
and its original, or two copies of one original; two articles of one story) against
every pair Kiosk put together. Story pairs are counted within a language; pairs in two
languages (one story linked across editions through its family, counterparts.py) are
scored apart as `stories_cross_language_precision` and `_recall`. Rewrites (an outlet retelling
another's report, `rewrite_of` in the truth) are scored as (rewrite, retold) pairs.
Articles are stored as the crawl stores them, attribution line (`cited_source`)
included. Used by tests/stories and
bench/stories.py.
"""

import itertools
from collections.abc import Hashable, Iterable
from datetime import UTC, datetime, timedelta

from kiosk.crawl.attribution import cited_source
from kiosk.news.models import Article
from kiosk.sources.models import Source

EVALUATION_NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def pairs(groups: dict[str, Hashable], *, among: Iterable[str] | None = None) -> set[frozenset]:
    """Unordered pairs of keys that share a group."""
    members: dict[Hashable, list[str]] = {}
    for key in among if among is not None else groups:
        members.setdefault(groups[key], []).append(key)
    return {
        frozenset(pair)
        for group in members.values()
        for pair in itertools.combinations(sorted(group), 2)
    }


def precision_recall(predicted: set, truth: set) -> tuple[float, float]:
    hit = len(predicted & truth)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    return precision, recall


def answers() -> tuple[dict[str, str], dict[str, int], dict[str, str], dict[str, int]]:
    """Kiosk's placements, by URL: the original each copies (itself if none), its story,
    the report it retells (rewrites only), and its story's family (the story itself
    when it has none)."""
    from kiosk.stories.models import StoryMember

    copy_root, story, rewrite_of, family = {}, {}, {}, {}
    members = StoryMember.objects.select_related("article", "copy_of", "rewrite_of", "story")
    for member in members:
        url = member.article.url
        copy_root[url] = member.copy_of.url if member.copy_of_id else url
        story[url] = member.story_id
        family[url] = member.story.family or -member.story_id
        if member.rewrite_of_id:
            rewrite_of[url] = member.rewrite_of.url
    return copy_root, story, rewrite_of, family


def score(
    truth: list[dict],
    copy_root: dict[str, str],
    story: dict[str, Hashable],
    rewrite_of: dict[str, str] | None = None,
    family: dict[str, Hashable] | None = None,
) -> dict:
    """Metrics from the ground truth and Kiosk's answer (`answers`): for each URL, the
    original it copies (itself if none), its story, the report it retells, and its
    story's family."""
    true_root = {page["url"]: page["copy_of"] or page["url"] for page in truth}
    true_story = {
        page["url"]: page["story"] or true_root[page["url"]] for page in truth
    }  # a story of one, with its copies
    language = {page["url"]: page["language"] for page in truth}

    def same_language(group_pairs: set[frozenset]) -> set[frozenset]:
        return {pair for pair in group_pairs if len({language[url] for url in pair}) == 1}

    copies_p, copies_r = precision_recall(pairs(copy_root), pairs(true_root))
    predicted_stories, true_stories = pairs(story), pairs(true_story)
    stories_p, stories_r = precision_recall(
        same_language(predicted_stories), same_language(true_stories)
    )
    cross = true_stories - same_language(true_stories)
    predicted_cross = pairs(family if family is not None else story)
    predicted_cross -= same_language(predicted_cross)
    cross_p, cross_r = precision_recall(predicted_cross, cross)
    # Citation chains: (rewrite, the report it retells) pairs.
    true_rewrites = {(page["url"], page["rewrite_of"]) for page in truth if page.get("rewrite_of")}
    found_rewrites = set((rewrite_of or {}).items())
    rewrites_p, rewrites_r = precision_recall(found_rewrites, true_rewrites)
    return {
        "copies_precision": round(copies_p, 4),
        "copies_recall": round(copies_r, 4),
        "stories_precision": round(stories_p, 4),
        "stories_recall": round(stories_r, 4),
        "stories_cross_language_precision": round(cross_p, 4),
        "stories_cross_language_recall": round(cross_r, 4),
        "rewrites_precision": round(rewrites_p, 4),
        "rewrites_recall": round(rewrites_r, 4),
        "articles": len(truth),
        "copy_pairs": len(pairs(true_root)),
        "story_pairs": len(same_language(true_stories)),
        "cross_language_pairs": len(cross),
        "rewrite_pairs": len(true_rewrites),
    }


def store_newsroom(seed: int, *, now: datetime = EVALUATION_NOW) -> list[tuple[dict, Article]]:
    """The newsroom's articles as a perfect crawler would store them (one source per
    outlet), in the order they were published: (truth, article) pairs."""
    from kiosk.newsroom.generator import generate

    # Seeds a month apart: two seeds may draw the same event, which is not one story.
    newsroom = generate(seed, now=now + timedelta(days=30 * seed))
    base_urls = {
        outlet.slug: f"https://{outlet.slug}.seed{seed}.test" for outlet in newsroom.outlets
    }
    sources = {}
    for outlet in newsroom.outlets:
        sources[outlet.slug], _ = Source.objects.get_or_create(
            slug=f"{outlet.slug}-{seed}",
            defaults={
                "name": outlet.name,
                "homepage": base_urls[outlet.slug] + "/",
                "language": outlet.language,
            },
        )
    stored = []
    for page in sorted(newsroom.ground_truth(base_urls), key=lambda page: page["published"]):
        if page["story"]:  # story labels repeat from seed to seed
            page = {**page, "story": f"{seed}:{page['story']}"}
        published = datetime.fromisoformat(page["published"])
        article, _ = Article.objects.get_or_create(
            url=page["url"],
            defaults={
                "source": sources[page["outlet"]],
                "final_url": page["url"],
                "title": page["title"],
                "body": page["text"],
                "language": page["language"],
                "cited_source": cited_source(page["text"].split("\n\n")) or "",
                "published_at": published,
                "archived_at": published + timedelta(minutes=7),
            },
        )
        stored.append((page, article))
    return stored
