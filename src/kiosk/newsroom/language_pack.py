"""The shape of a language pack: what lang_az, lang_ru and lang_en each provide.

A pack holds one language's outlets, names for everything in cast.py, sentence
templates (see sentences.py for their syntax) and the few date and money phrasings the
templates need. The writer (writer.py) only ever reads packs through these types.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.newsroom.sentences import Forms

Voices = tuple[tuple[str, ...], tuple[str, ...]]

# Words every outlet's page template needs; each outlet words them its own way.
LABEL_KEYS = (
    "home",
    "latest",
    "more_news",
    "read_also",
    "comments",
    "comment_prompt",
    "comment_name",
    "send",
    "cookie",
    "accept",
    "settings",
    "about",
    "contact",
    "privacy",
    "rights",
    "by",
    "search",
    "subscribe",
    "not_found_title",
    "not_found_text",
)


@dataclass(frozen=True)
class KindText:
    """Templates telling one kind of event, split into two voices.

    Two outlets of the same language covering one story take different voices, so they
    share facts but no sentence templates.
    """

    headlines: Voices
    leads: Voices
    details: Voices
    quotes: Voices


@dataclass(frozen=True)
class OutletSpec:
    """One outlet's identity and house style, as its language pack writes it."""

    slug: str
    name: str
    tagline: str
    style: str  # which page layout (layouts.py)
    feed_format: str  # "rss" | "atom"
    feed_path: str
    authors: tuple[str, ...]
    desk: str  # byline on republished copies
    attribution: str  # the sentence added to copies, with {name} of the original outlet
    attribution_first: bool  # copy's attribution paragraph goes first (else last)
    # The closing line of a rewrite: another outlet's report retold in this outlet's own
    # words, with {name} of that outlet (a rewrite is not a copy; it credits its source).
    rewrite_attribution: str
    # A standard paragraph (40 to 70 words: the outlet's beat, how it reports) that the
    # outlet appends to some articles, whatever they are about.
    boilerplate: str
    labels: dict[str, str]
    charset: str = "utf-8"  # what its pages and feed are encoded in
    json_feed_path: str | None = None  # a JSON Feed beside the main feed
    premium_section: str | None = None  # path prefix of paywalled articles robots.txt hides


@dataclass(frozen=True)
class LanguagePack:
    code: str
    outlets: tuple[OutletSpec, ...]
    categories: dict[str, str]  # category id -> display name
    category_slugs: dict[str, str]  # category id -> URL segment
    places: dict[str, Forms]
    orgs: dict[str, Forms]
    people: dict[str, Forms]  # with a "title" form: role and organisation
    artists: dict[str, Forms]
    facilities: dict[str, Forms]  # company id -> what it builds
    experts: dict[str, tuple[Forms, ...]]  # category -> commentators
    residents: tuple[Forms, ...]
    kinds: dict[str, KindText]
    context: dict[str, tuple[str, ...]]  # category -> background sentences
    opinions: dict[str, tuple[str, ...]]  # category -> what residents say, in their words
    vox_frames: tuple[str, ...]  # sentences around an {opinion} and its {resident}
    generic: tuple[str, ...]  # sentences that fit any event
    profile: tuple[str, ...]  # background on the {place} itself, for longer pieces
    history_intros: tuple[str, ...]  # lead-ins to a paragraph on earlier, similar events
    comments: tuple[str, ...]
    commenters: tuple[str, ...]
    date_adverb: Callable[[date], str]  # "on 24 November" / "24 noyabrda"
    weekday_adverb: Callable[[date], str]  # "on Tuesday" / "во вторник"
    long_date: Callable[[datetime], str]  # "24 November 2026"
    money: Callable[[float, str], Forms]  # "12.5 million manats", adj "12.5-million-manat"
    score: Callable[[int, int], str]  # "2-1" / "2:1"
    year: Callable[[int], Forms]  # a year and, where the language needs them, its cases
