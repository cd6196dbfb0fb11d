"""What the API returns: plain pydantic schemas, filled by `api.py` (never from models
directly, so a field readers may not see cannot leak through a new column)."""

from datetime import datetime

from ninja import Schema


class SourceOut(Schema):
    slug: str
    name: str
    homepage: str


class CategoryOut(Schema):
    slug: str
    name: str  # in the article's language


class ArticleSummary(Schema):
    id: int
    title: str
    url: str  # the portal's page
    original_url: str
    source: SourceOut
    language: str
    category: CategoryOut | None
    published_at: datetime
    story_id: int | None


class ArticlePage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    next: int | None
    previous: int | None
    results: list[ArticleSummary]


class ArticleDetail(ArticleSummary):
    archived_at: datetime
    updated_at: datetime | None
    lead: str
    author: str
    image_url: str
    image_caption: str
    republication: str  # the source's policy: full, excerpt or headline
    text: list[str]  # paragraphs, as much as the policy allows
    text_complete: bool  # False: the rest is only at the original
    cited_source: str
    views: int


class CoverageMember(Schema):
    article: ArticleSummary
    is_copy: bool
    copy_of: int | None  # the article it republishes, when that one is published
    rewrite_of: int | None  # the earlier report it retells in its own words, likewise


class OtherLanguageOut(Schema):
    story_id: int  # the same event's story in another edition (its full coverage: /stories/ID)
    language: str
    lead_id: int
    title: str


class StoryOut(Schema):
    id: int
    language: str
    lead_id: int
    first_reported_by: SourceOut
    articles: int
    sources: int
    coverage: list[CoverageMember]
    other_languages: list[OtherLanguageOut]


class RankedOut(Schema):
    article: ArticleSummary
    count: int  # views or comments in the window


class TrendingOut(RankedOut):
    score: float  # recent views per hour against the article's usual rate


class Ranking(Schema):
    edition: str
    window: str
    results: list[RankedOut]


class TrendingRanking(Schema):
    edition: str
    results: list[TrendingOut]
