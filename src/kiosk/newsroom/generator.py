"""The sample newsroom's content: outlets, articles, stories and copies, from a seed.

`generate(seed, now=...)` decides what happened in the past week (events drawn from
cast.py), which outlets covered each event and when, which few articles an outlet puts
in its premium section, which articles other outlets republished word for word, and has
writer.py write every article in its outlet's language. Same seed and same `now` give
the same newsroom, byte for byte: all chance goes through `random.Random` instances
seeded from the seed.

Then the harder cases for story clustering (issue 5), each in place of a standalone
article of the outlet concerned, so every outlet keeps its count:
- rewrites: an outlet retells another outlet's story report in its own words (the other
  voice, none of the original's sentence templates) with a line crediting it; the same
  story, not a copy (`rewrite_of` in the ground truth);
- similar events: two different events of one kind on one day (two plant openings, two
  match results) told with the same headline and lead templates, each covered by one
  outlet of each of two languages; two stories (`Newsroom.similar` pairs their labels);
- boilerplate: one outlet per language closes several unrelated articles with the same
  standard paragraph about itself (`OutletSpec.boilerplate`), part of their text.
They draw from their own seeded generators after everything else is decided, so every
other article is written exactly as it would be without them.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from kiosk.newsroom import lang_az, lang_en, lang_ru
from kiosk.newsroom.cast import (
    CLUB_HOMES,
    CURRENCY_OF_REGION,
    KINDS,
    PERSON_OF_ORG,
    PLACE_REGIONS,
    Kind,
)
from kiosk.newsroom.language_pack import LanguagePack, OutletSpec
from kiosk.newsroom.media import enrich
from kiosk.newsroom.sentences import fill, word_count
from kiosk.newsroom.slugs import slugify
from kiosk.newsroom.writer import (
    MAX_WORDS,
    Event,
    Shares,
    full_shares,
    related_category,
    split_shares,
    write_article,
)

PACKS: dict[str, LanguagePack] = {
    pack.code: pack for pack in (lang_az.PACK, lang_ru.PACK, lang_en.PACK)
}

ARTICLES_PER_OUTLET = 30
STORY_COUNT = 15
COPY_COUNT = 8
REWRITE_COUNT = 3
SIMILAR_PAIRS = 2
BOILERPLATE_ARTICLES = (4, 6)  # how many articles an outlet closes with its boilerplate
WINDOW = timedelta(days=7)
# Leaves room for the attribution sentence a copy adds to its original.
MAX_ORIGINAL_WORDS = MAX_WORDS - 30

# Where each outlet's language looks for news: region -> weight.
REGION_WEIGHTS = {
    "az": {"az": 7, "intl": 2, "ru": 1},
    "ru": {"ru": 4, "az": 4, "intl": 2},
    "en": {"intl": 4, "az": 4, "ru": 2},
}


@dataclass(frozen=True)
class Outlet:
    """One synthetic news site."""

    slug: str
    name: str
    language: str  # "az" | "ru" | "en"
    tagline: str
    feed_format: str  # "rss" | "atom"
    feed_path: str
    style: str  # page layout, see layouts.py
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    charset: str = "utf-8"
    json_feed_path: str | None = None
    premium_section: str | None = None  # e.g. "/premium/": paywalled, hidden by robots.txt

    @property
    def feeds(self) -> list[tuple[str, str]]:
        """(format, path) of every feed the outlet publishes, its main feed first."""
        feeds = [(self.feed_format, self.feed_path)]
        if self.json_feed_path is not None:
            feeds.append(("json", self.json_feed_path))
        return feeds

    def is_premium(self, path: str) -> bool:
        return self.premium_section is not None and path.startswith(self.premium_section)

    def encode(self, text: str) -> bytes:
        """Text in the outlet's charset; characters the charset lacks become numeric
        character references (valid in HTML and XML alike), as legacy CMSs write them."""
        return text.encode(self.charset, errors="xmlcharrefreplace")


@dataclass(frozen=True)
class Comment:
    """A reader comment shown in an article page's comment widget."""

    author: str
    text: str
    posted_at: datetime


@dataclass(frozen=True)
class NewsArticle:
    outlet: str  # outlet slug
    path: str  # absolute path on the outlet's site
    title: str
    paragraphs: tuple[str, ...]
    published_at: datetime
    language: str
    category: str
    author: str
    story: str | None
    copy_of: tuple[str, str] | None  # (outlet slug, path) of the original
    comments: tuple[Comment, ...] = ()
    rewrite_of: tuple[str, str] | None = None  # (outlet slug, path) of the report retold
    # Rich parts (media.py): the standfirst (not among `paragraphs`), the lead photo
    # (image path, caption), a link (paragraph index, words linked, target path), a
    # subheading before paragraph i, paragraph i shown as a bulleted list, an update.
    lead: str = ""
    figure: tuple[str, str] | None = None
    link: tuple[int, int, str] | None = None
    subheading: tuple[int, str] | None = None
    bullets: int | None = None
    modified_at: datetime | None = None

    @property
    def text(self) -> str:
        """The body a perfect extractor stores: no standfirst, no caption."""
        paragraphs = list(self.paragraphs)
        if self.subheading is not None:
            paragraphs.insert(self.subheading[0], self.subheading[1])
        return "\n\n".join(paragraphs)


@dataclass
class Newsroom:
    seed: int
    now: datetime
    outlets: list[Outlet]
    articles: list[NewsArticle]
    # Story labels of two different events of one kind on one day, told alike.
    similar: list[tuple[str, str]] = field(default_factory=list)

    def outlet(self, slug: str) -> Outlet:
        for outlet in self.outlets:
            if outlet.slug == slug:
                return outlet
        raise KeyError(f"No outlet {slug!r} in this newsroom.")

    def articles_of(self, slug: str) -> list[NewsArticle]:
        """The outlet's articles, newest first."""
        own = [article for article in self.articles if article.outlet == slug]
        return sorted(own, key=lambda article: (article.published_at, article.path), reverse=True)

    def article(self, slug: str, path: str) -> NewsArticle:
        for article in self.articles:
            if article.outlet == slug and article.path == path:
                return article
        raise KeyError(f"No article {path!r} at {slug!r}.")

    def summary(self, article: NewsArticle) -> str:
        """The article's lead paragraph; for a copy, the original's (not the attribution)."""
        if article.copy_of is not None:
            article = self.article(*article.copy_of)
        return article.lead or article.paragraphs[0]

    def ground_truth(self, base_urls: dict[str, str]) -> list[dict]:
        """What a perfect crawler and extractor would store, one dict per article page."""
        outlets = {outlet.slug: outlet for outlet in self.outlets}

        def url(key: tuple[str, str] | None) -> str | None:
            return None if key is None else base_urls[key[0]].rstrip("/") + key[1]

        truth = []
        for article in self.articles:
            truth.append(
                {
                    "url": url((article.outlet, article.path)),
                    "outlet": article.outlet,
                    "outlet_name": outlets[article.outlet].name,
                    "title": article.title,
                    "text": article.text,
                    "published": article.published_at.isoformat(),
                    "language": article.language,
                    "category": article.category,
                    "story": article.story,
                    "copy_of": url(article.copy_of),
                    # A rewrite: the same story in other words, not a copy.
                    "rewrite_of": url(article.rewrite_of),
                    "word_count": word_count(article.text),
                    # Served with NewsroomServer(disallow_premium=True), robots.txt
                    # disallows these pages: a polite crawler never fetches them.
                    "robots_disallowed": outlets[article.outlet].is_premium(article.path),
                    "lead": article.lead,
                    "image_url": base_urls[article.outlet].rstrip("/") + article.figure[0]
                    if article.figure
                    else "",
                    "image_caption": article.figure[1] if article.figure else "",
                    "modified": article.modified_at.isoformat() if article.modified_at else None,
                }
            )
        return truth


@dataclass
class _Plan:
    """One article to be written: which outlet tells which event, how, and when."""

    spec: OutletSpec
    language: str
    event: Event
    voice: int
    shares: Shares
    own_voice_only: bool
    target_words: int
    published_at: datetime
    story: str | None
    history: tuple[Event, ...] = ()


@dataclass(frozen=True)
class _Written:
    """How an original was written: its plan and every sentence template it used."""

    plan: _Plan
    templates: frozenset[str]


def generate(seed: int = 1, *, now: datetime | None = None) -> Newsroom:
    """The whole newsroom for `seed`, as of `now` (default: this hour, UTC)."""
    now = _as_utc(now) if now is not None else _this_hour()
    rng = random.Random(seed)
    specs = [(spec, pack.code) for pack in PACKS.values() for spec in pack.outlets]
    outlets = [_outlet(spec, language) for spec, language in specs]
    used: set[tuple[str, ...]] = set()
    plans = _plan_stories(rng, specs, now, used)
    plans += _plan_standalone(rng, specs, now, used, plans)
    places: dict[tuple[str, str], str] = {}  # (outlet, path) -> the place it is about
    written: dict[tuple[str, str], _Written] = {}  # (outlet, path) -> how it was written
    articles = _write_all(seed, plans, places, written)
    articles = _paywall(seed, outlets, articles, places, written)
    copies = _republish(rng, specs, articles, now)
    for copy in copies:
        places[(copy.outlet, copy.path)] = places[copy.copy_of]
    articles = _rewrite(seed, specs, articles + copies, places, written, now)
    articles, similar = _similar_events(seed, specs, articles, places, used, now)
    articles = _boilerplate(seed, specs, articles)
    articles = [
        _with_comments(seed, article, places[(article.outlet, article.path)], now)
        for article in articles
    ]
    articles = _enrich(seed, outlets, articles, places, now)
    articles.sort(key=lambda article: (article.published_at, article.outlet, article.path))
    return Newsroom(seed=seed, now=now, outlets=outlets, articles=articles, similar=similar)


def _enrich(
    seed: int,
    outlets: list[Outlet],
    articles: list[NewsArticle],
    places: dict[tuple[str, str], str],
    now: datetime,
) -> list[NewsArticle]:
    """Photos, links, subheadings, lists, standfirsts and updates (media.py)."""
    styles = {outlet.slug: outlet.style for outlet in outlets}
    originals = {article.copy_of for article in articles if article.copy_of is not None}
    by_outlet: dict[str, list[NewsArticle]] = {}
    for article in sorted(articles, key=lambda a: (a.published_at, a.path)):
        by_outlet.setdefault(article.outlet, []).append(article)
    enriched = []
    for article in articles:
        own = by_outlet[article.outlet]
        earlier = [other for other in own if other.published_at < article.published_at]
        enriched.append(
            enrich(
                seed,
                article,
                place=PACKS[article.language].places[places[(article.outlet, article.path)]]["nom"],
                link_target=earlier[-1].path if earlier else None,
                now=now,
                style=styles[article.outlet],
                copied=article.copy_of is not None or (article.outlet, article.path) in originals,
            )
        )
    return enriched


def _this_hour() -> datetime:
    return datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _outlet(spec: OutletSpec, language: str) -> Outlet:
    return Outlet(
        slug=spec.slug,
        name=spec.name,
        language=language,
        tagline=spec.tagline,
        feed_format=spec.feed_format,
        feed_path=spec.feed_path,
        style=spec.style,
        labels=dict(spec.labels),
        charset=spec.charset,
        json_feed_path=spec.json_feed_path,
        premium_section=spec.premium_section,
    )


# Events -------------------------------------------------------------------------------


def _event_key(event: Event) -> tuple[str, ...]:
    """Two events with the same key would read as one story; each key is used once."""
    if event.org2:
        return (event.kind, event.org, event.org2)
    return (event.kind, event.org, event.place)


def _draw_event(
    rng: random.Random, kind: Kind, day: date, regions: dict[str, int], used: set
) -> Event | None:
    """A fresh event of this kind, or None when every combination of its facts is taken."""
    for _ in range(40):
        org = rng.choice(kind.orgs)
        org2 = None
        if kind.id == "football_match":
            place = CLUB_HOMES[org]
            org2 = rng.choice([club for club in CLUB_HOMES if club != org])
        else:
            allowed = [region for region in kind.regions if region in regions]
            region = rng.choices(allowed, weights=[regions[r] for r in allowed])[0]
            candidates = [
                key
                for key, where in PLACE_REGIONS.items()
                if where == region and (not kind.places or key in kind.places)
            ]
            place = rng.choice(candidates)
        low, high, step = kind.n
        event = Event(
            kind=kind.id,
            org=org,
            person=PERSON_OF_ORG[org],
            place=place,
            day=day,
            n=rng.randrange(low, high + 1, step),
            m=rng.randrange(kind.m[0], kind.m[1] + 1, kind.m[2]),
            money=round(rng.uniform(*kind.money), 1) if kind.money else 0.0,
            currency=kind.currency or CURRENCY_OF_REGION[PLACE_REGIONS[place]],
            org2=org2,
            artist=rng.choice(("lindqvist", "aydemir", "gasimli"))
            if kind.id == "exhibition"
            else None,
            score=_score(rng) if kind.id == "football_match" else None,
        )
        if _event_key(event) not in used:
            used.add(_event_key(event))
            return event
    return None


def _score(rng: random.Random) -> tuple[int, int]:
    winner = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
    return winner, rng.randint(0, winner - 1)


def _random_time(rng: random.Random, start: datetime, end: datetime) -> datetime:
    minutes = int((end - start).total_seconds() // 60)
    return start + timedelta(minutes=rng.randint(0, minutes))


def _target_words(rng: random.Random, *, kind: str, story: bool) -> int:
    """Body length to aim for: mostly short and medium news, some long reads."""
    if story:
        return rng.randint(160, 480)
    band = rng.random()
    if band < 0.35:
        return rng.randint(160, 300)
    if band < 0.7:
        return rng.randint(300, 550)
    if band < 0.9 or related_category(kind) is None:
        return rng.randint(550, 760)
    return rng.randint(800, MAX_ORIGINAL_WORDS)


def _plan_stories(
    rng: random.Random, specs: list[tuple[OutletSpec, str]], now: datetime, used: set
) -> list[_Plan]:
    """Events several outlets cover, each in its own words, within hours of each other."""
    plans: list[_Plan] = []
    kinds = list(KINDS)
    rng.shuffle(kinds)
    coverage_count = {spec.slug: 0 for spec, _ in specs}
    for number in range(STORY_COUNT):
        kind = kinds[number % len(kinds)]
        size = rng.choice((2, 2, 3, 3, 3, 4, 4, 5))
        ranked = sorted(specs, key=lambda item: (coverage_count[item[0].slug], rng.random()))
        chosen = ranked[:size]
        languages = [language for _, language in chosen]
        first = _random_time(rng, now - WINDOW + timedelta(hours=2), now - timedelta(hours=10))
        regions = REGION_WEIGHTS[max(sorted(set(languages)), key=languages.count)]
        event = _draw_event(rng, kind, first.date(), regions, used)
        if event is None:
            continue
        story = f"story-{number + 1:02d}"
        voices: dict[str, list[int]] = {}
        shares: dict[str, tuple[Shares, Shares]] = {}
        for language in sorted(set(languages)):
            order = [0, 1]
            rng.shuffle(order)
            voices[language] = order
            shares[language] = split_shares(PACKS[language], event.kind, rng)
        for index, (spec, language) in enumerate(chosen):
            coverage_count[spec.slug] += 1
            siblings = languages.count(language) > 1
            voice = voices[language].pop(0)
            delay = timedelta(minutes=0 if index == 0 else rng.randint(25, 9 * 60))
            plans.append(
                _Plan(
                    spec=spec,
                    language=language,
                    event=event,
                    voice=voice,
                    shares=shares[language][voice]
                    if siblings
                    else full_shares(PACKS[language], event.kind),
                    own_voice_only=siblings,
                    target_words=_target_words(rng, kind=event.kind, story=True),
                    published_at=min(first + delay, now - timedelta(minutes=5)),
                    story=story,
                )
            )
    return plans


def _plan_standalone(
    rng: random.Random,
    specs: list[tuple[OutletSpec, str]],
    now: datetime,
    used: set,
    stories: list[_Plan],
) -> list[_Plan]:
    """Each outlet's own news, one distinct event per article, to fill its 30 articles."""
    plans: list[_Plan] = []
    for spec, language in specs:
        wanted = ARTICLES_PER_OUTLET - sum(plan.spec.slug == spec.slug for plan in stories)
        kinds = _kind_cycle(rng)
        while wanted > 0:
            kind = next(kinds)
            published = _random_time(
                rng, now - WINDOW + timedelta(minutes=30), now - timedelta(minutes=5)
            )
            event = _draw_event(rng, kind, published.date(), REGION_WEIGHTS[language], used)
            if event is None:
                continue
            voice = rng.randint(0, 1)
            target = _target_words(rng, kind=event.kind, story=False)
            history = _history(rng, kind, event, REGION_WEIGHTS[language], used, target)
            plans.append(
                _Plan(
                    spec=spec,
                    language=language,
                    event=event,
                    voice=voice,
                    shares=full_shares(PACKS[language], event.kind),
                    own_voice_only=False,
                    target_words=target,
                    published_at=published,
                    story=None,
                    history=history,
                )
            )
            wanted -= 1
    return plans


def _history(
    rng: random.Random,
    kind: Kind,
    event: Event,
    regions: dict[str, int],
    used: set,
    target: int,
) -> tuple[Event, ...]:
    """Earlier events of the same kind that a long article recalls (none for short ones)."""
    if target < 600:
        return ()
    past = []
    for _ in range(rng.randint(1, 2)):
        day = event.day - timedelta(days=rng.randint(25, 200))
        earlier = _draw_event(rng, kind, day, regions, used)
        if earlier is not None:
            past.append(earlier)
    return tuple(sorted(past, key=lambda e: e.day))


def _kind_cycle(rng: random.Random) -> Iterator[Kind]:
    """Kinds in a shuffled order, reshuffled each round, so sections stay balanced."""
    while True:
        kinds = list(KINDS)
        rng.shuffle(kinds)
        yield from kinds


# Writing ------------------------------------------------------------------------------


def _write_all(
    seed: int,
    plans: list[_Plan],
    places: dict[tuple[str, str], str],
    written: dict[tuple[str, str], _Written],
) -> list[NewsArticle]:
    articles = []
    taken: set[str] = set()
    for index, plan in enumerate(sorted(plans, key=lambda p: (p.published_at, p.spec.slug))):
        rng = random.Random(f"{seed}:article:{index}")
        used: set[str] = set()
        title, paragraphs = write_article(
            PACKS[plan.language],
            plan.event,
            voice=plan.voice,
            shares=plan.shares,
            target_words=plan.target_words,
            rng=rng,
            own_voice_only=plan.own_voice_only,
            history=plan.history,
            max_words=MAX_ORIGINAL_WORDS,
            used=used,
        )
        articles.append(
            NewsArticle(
                outlet=plan.spec.slug,
                path=_article_path(
                    plan.spec,
                    plan.language,
                    title,
                    plan.event.category,
                    plan.published_at,
                    rng,
                    taken,
                ),
                title=title,
                paragraphs=paragraphs,
                published_at=plan.published_at,
                language=plan.language,
                category=plan.event.category,
                author=rng.choice(plan.spec.authors),
                story=plan.story,
                copy_of=None,
            )
        )
        places[(articles[-1].outlet, articles[-1].path)] = plan.event.place
        written[(articles[-1].outlet, articles[-1].path)] = _Written(plan, frozenset(used))
    return articles


def _article_path(
    spec: OutletSpec,
    language: str,
    title: str,
    category: str,
    published: datetime,
    rng: random.Random,
    taken: set[str],
) -> str:
    """Each outlet's own URL scheme, as real sites differ in theirs."""
    slug = slugify(title)
    section = PACKS[language].category_slugs[category]
    while True:
        number = rng.randrange(100_000, 999_999)
        path = {
            "seher": f"/xeber/{published:%Y/%m/%d}/{slug}.html",
            "cinar": f"/az/news/{number}-{slug}",
            "depesha": f"/news/{published:%Y-%m-%d}/{slug}/",
            "kurier": f"/{section}/{number}.html",
            "ledger": f"/{published:%Y/%m/%d}/{slug}",
            "meridian": f"/articles/{slug}-{number}",
        }[spec.style]
        if (spec.slug, path) not in taken:
            taken.add((spec.slug, path))
            return path
        slug = f"{slug}-{number % 100}"


def _paywall(
    seed: int,
    outlets: list[Outlet],
    articles: list[NewsArticle],
    places: dict[tuple[str, str], str],
    written: dict[tuple[str, str], _Written],
) -> list[NewsArticle]:
    """Move two or three of each paywalled outlet's articles under its premium section."""
    moved: dict[tuple[str, str], NewsArticle] = {}
    for outlet in outlets:
        if outlet.premium_section is None:
            continue
        rng = random.Random(f"{seed}:premium:{outlet.slug}")
        own = [article for article in articles if article.outlet == outlet.slug]
        for article in rng.sample(own, min(len(own), rng.choice((2, 3)))):
            path = outlet.premium_section.rstrip("/") + article.path
            moved[(article.outlet, article.path)] = replace(article, path=path)
            places[(article.outlet, path)] = places[(article.outlet, article.path)]
            written[(article.outlet, path)] = written[(article.outlet, article.path)]
    return [moved.get((article.outlet, article.path), article) for article in articles]


def _republish(
    rng: random.Random,
    specs: list[tuple[OutletSpec, str]],
    articles: list[NewsArticle],
    now: datetime,
) -> list[NewsArticle]:
    """Word-for-word copies by the other outlet of the same language, with attribution."""
    by_slug = {spec.slug: (spec, language) for spec, language in specs}
    siblings = {
        spec.slug: next(other for other, lang in specs if lang == language and other != spec)
        for spec, language in specs
    }
    stories_of = {}
    for article in articles:
        stories_of.setdefault(article.outlet, set()).add(article.story)
    copies: list[NewsArticle] = []
    taken = {(article.outlet, article.path) for article in articles}
    copied: set[str] = set()
    # Paywalled articles stay with their outlet; a copy needs time to follow its original.
    premium = {spec.slug: spec.premium_section for spec, _ in specs}
    candidates = [
        article
        for article in articles
        if article.published_at <= now - timedelta(hours=3)
        and not (premium[article.outlet] and article.path.startswith(premium[article.outlet]))
    ]
    rng.shuffle(candidates)
    for original in candidates:
        if len(copies) == COPY_COUNT:
            break
        languages_done = [copy.language for copy in copies]
        if languages_done.count(original.language) >= (COPY_COUNT + 2) // 3:
            continue
        target = siblings[original.outlet]
        if original.story is not None and original.story in stories_of[target.slug]:
            continue
        if original.path in copied:
            continue
        copied.add(original.path)
        source_spec, language = by_slug[original.outlet]
        attribution = target.attribution.format(name=source_spec.name)
        paragraphs = (
            (attribution, *original.paragraphs)
            if target.attribution_first
            else (*original.paragraphs, attribution)
        )
        room = (now - timedelta(minutes=5)) - original.published_at
        delay = timedelta(minutes=rng.randint(15, min(6 * 60, int(room.total_seconds() // 60))))
        published = original.published_at + delay
        path_rng = random.Random(f"copy:{original.outlet}:{original.path}")
        copies.append(
            NewsArticle(
                outlet=target.slug,
                path=_article_path(
                    target, language, original.title, original.category, published, path_rng, taken
                ),
                title=original.title,
                paragraphs=paragraphs,
                published_at=published,
                language=language,
                category=original.category,
                author=target.desk,
                story=original.story,
                copy_of=(original.outlet, original.path),
            )
        )
    return copies


def _with_comments(seed: int, article: NewsArticle, place: str, now: datetime) -> NewsArticle:
    """A few reader comments, posted between publication and now."""
    rng = random.Random(f"{seed}:comments:{article.outlet}:{article.path}")
    pack = PACKS[article.language]
    count = rng.choice((1, 2, 2, 3, 3, 4, 5))
    names = rng.sample(pack.commenters, count)
    texts = rng.sample(pack.comments, count)
    span = max(1, int((now - article.published_at).total_seconds() // 60))
    times = sorted(
        article.published_at + timedelta(minutes=rng.randint(1, span)) for _ in range(count)
    )
    slots = {"place": pack.places[place]}
    comments = tuple(
        Comment(author=name, text=fill(text, slots, rng, pack.code), posted_at=when)
        for name, text, when in zip(names, texts, times, strict=True)
    )
    return replace(article, comments=comments)


# Harder cases (issue 5) ----------------------------------------------------------------


def _is_premium(specs: list[tuple[OutletSpec, str]], article: NewsArticle) -> bool:
    section = next(spec.premium_section for spec, _ in specs if spec.slug == article.outlet)
    return section is not None and article.path.startswith(section)


def _make_room(
    rng: random.Random,
    specs: list[tuple[OutletSpec, str]],
    articles: list[NewsArticle],
    slug: str,
) -> list[NewsArticle]:
    """The articles without one of the outlet's standalone ones, whose slot a harder case
    takes: never a story's, a copy or a copied original, a premium or a long read."""
    copied = {article.copy_of for article in articles if article.copy_of is not None}
    spare = [
        article
        for article in articles
        if article.outlet == slug
        and article.story is None
        and article.copy_of is None
        and (article.outlet, article.path) not in copied
        and not _is_premium(specs, article)
        and word_count(article.text) <= 800
    ]
    dropped = rng.choice(spare)
    return [article for article in articles if article is not dropped]


def _rewrite(
    seed: int,
    specs: list[tuple[OutletSpec, str]],
    articles: list[NewsArticle],
    places: dict[tuple[str, str], str],
    written: dict[tuple[str, str], _Written],
    now: datetime,
) -> list[NewsArticle]:
    """Rewrites: the other outlet of a story report's language, which did not cover the
    story, retells the report 1 to 6 hours later in its own words (the other voice,
    none of the original's templates, so no run of its wording) and credits it."""
    rng = random.Random(f"{seed}:rewrites")
    by_slug = {spec.slug: spec for spec, _ in specs}
    sibling = {
        spec.slug: next(other for other, lang in specs if lang == language and other != spec)
        for spec, language in specs
    }
    covering: dict[str, set[str]] = {}
    for article in articles:
        if article.story is not None:
            covering.setdefault(article.story, set()).add(article.outlet)
    candidates = [
        article
        for article in articles
        if article.story is not None
        and article.copy_of is None
        and (article.outlet, article.path) in written
        and not _is_premium(specs, article)
        and article.published_at <= now - timedelta(minutes=65)
        and sibling[article.outlet].slug not in covering[article.story]
        and len(covering[article.story]) <= 4
    ]
    rng.shuffle(candidates)
    # One per language first, then any.
    chosen: list[NewsArticle] = []
    for one_per_language in (True, False):
        for article in candidates:
            if len(chosen) == REWRITE_COUNT:
                break
            if article in chosen or any(other.story == article.story for other in chosen):
                continue
            if one_per_language and any(o.language == article.language for o in chosen):
                continue
            chosen.append(article)
    taken = {(article.outlet, article.path) for article in articles}
    rewrites = []
    for original in chosen:
        plan = written[(original.outlet, original.path)].plan
        spec, pack = sibling[original.outlet], PACKS[original.language]
        article_rng = random.Random(f"{seed}:rewrite:{original.outlet}:{original.path}")
        room = (now - timedelta(minutes=5)) - original.published_at
        delay = article_rng.randint(60, min(6 * 60, int(room.total_seconds() // 60)))
        published = original.published_at + timedelta(minutes=delay)
        title, paragraphs = write_article(
            pack,
            plan.event,
            voice=1 - plan.voice,
            shares=full_shares(pack, plan.event.kind),
            target_words=article_rng.randint(180, 420),
            rng=article_rng,
            own_voice_only=True,
            max_words=MAX_ORIGINAL_WORDS,
            avoid=written[(original.outlet, original.path)].templates,
        )
        credit = spec.rewrite_attribution.format(name=by_slug[original.outlet].name)
        rewrite = NewsArticle(
            outlet=spec.slug,
            path=_article_path(
                spec, pack.code, title, original.category, published, article_rng, taken
            ),
            title=title,
            paragraphs=(*paragraphs, credit),
            published_at=published,
            language=original.language,
            category=original.category,
            author=article_rng.choice(spec.authors),
            story=original.story,
            copy_of=None,
            rewrite_of=(original.outlet, original.path),
        )
        places[(rewrite.outlet, rewrite.path)] = plan.event.place
        articles = _make_room(rng, specs, articles, spec.slug)
        rewrites.append(rewrite)
    return articles + rewrites


def _similar_events(
    seed: int,
    specs: list[tuple[OutletSpec, str]],
    articles: list[NewsArticle],
    places: dict[tuple[str, str], str],
    used: set,
    now: datetime,
) -> tuple[list[NewsArticle], list[tuple[str, str]]]:
    """Pairs of different events of one kind on one day, told with the same headline and
    lead templates: each event is a story covered by one outlet of each of two languages,
    its twin by the two other outlets of those languages. The first pair's kind has
    several organisations (two different companies or matches), the second's any kind."""
    rng = random.Random(f"{seed}:similar")
    pools = [[kind for kind in KINDS if len(kind.orgs) > 1], list(KINDS)]
    taken = {(article.outlet, article.path) for article in articles}
    similar: list[tuple[str, str]] = []
    added: list[NewsArticle] = []
    told: set[str] = set()  # kinds a pair already has
    for number, pool in enumerate(pools[:SIMILAR_PAIRS]):
        languages = rng.sample(sorted(PACKS), 2)
        day = (now - timedelta(days=rng.randint(1, 6))).date()
        options = [kind for kind in pool if kind.id not in told]
        rng.shuffle(options)
        for kind in options:  # the first kind with two fresh events left that day
            twins = _draw_twins(rng, kind, day, REGION_WEIGHTS[languages[0]], used)
            if twins is not None:
                break
        else:
            continue
        told.add(kind.id)
        labels = [f"story-{STORY_COUNT + 2 * number + twin + 1:02d}" for twin in (0, 1)]
        outlets, voices, templates = {}, {}, {}
        for language in languages:
            outlets[language] = [spec for spec, lang in specs if lang == language]
            rng.shuffle(outlets[language])
            voices[language] = voice = rng.randint(0, 1)
            text = PACKS[language].kinds[kind.id]
            templates[language] = (
                rng.randrange(len(text.headlines[voice])),
                rng.randrange(len(text.leads[voice])),
            )
        for twin, event in enumerate(twins):
            start = datetime.combine(day, time(7), tzinfo=UTC)
            start += timedelta(minutes=rng.randint(0, 12 * 60))
            order = list(languages)
            rng.shuffle(order)
            for turn, language in enumerate(order):
                spec, pack = outlets[language][twin], PACKS[language]
                published = start + timedelta(minutes=0 if turn == 0 else rng.randint(25, 240))
                article_rng = random.Random(f"{seed}:similar:{number}:{twin}:{spec.slug}")
                title, paragraphs = write_article(
                    pack,
                    event,
                    voice=voices[language],
                    shares=full_shares(pack, event.kind),
                    target_words=article_rng.randint(160, 480),
                    rng=article_rng,
                    own_voice_only=True,
                    max_words=MAX_ORIGINAL_WORDS,
                    headline=templates[language][0],
                    lead=templates[language][1],
                )
                article = NewsArticle(
                    outlet=spec.slug,
                    path=_article_path(
                        spec, language, title, event.category, published, article_rng, taken
                    ),
                    title=title,
                    paragraphs=paragraphs,
                    published_at=published,
                    language=language,
                    category=event.category,
                    author=article_rng.choice(spec.authors),
                    story=labels[twin],
                    copy_of=None,
                )
                places[(article.outlet, article.path)] = event.place
                articles = _make_room(rng, specs, articles, spec.slug)
                added.append(article)
        similar.append((labels[0], labels[1]))
    return articles + added, similar


def _draw_twins(
    rng: random.Random, kind: Kind, day: date, regions: dict[str, int], used: set
) -> tuple[Event, Event] | None:
    """Two fresh events of `kind` on `day` in different places with different numbers,
    and different organisations (different clubs) where the kind has several."""
    first = _draw_event(rng, kind, day, regions, used)
    if first is None:
        return None
    for _ in range(40):
        second = _draw_event(rng, kind, day, regions, set(used))
        if second is None:
            return None
        sides = {first.org, first.org2} - {None}
        if (
            second.place != first.place
            and second.n != first.n
            and (len(kind.orgs) == 1 or second.org not in sides)
            and second.org2 not in sides
        ):
            used.add(_event_key(second))
            return first, second
    return None


def _boilerplate(
    seed: int, specs: list[tuple[OutletSpec, str]], articles: list[NewsArticle]
) -> list[NewsArticle]:
    """One outlet per language closes four to six of its standalone articles, on
    unrelated events, with its standard paragraph (never a copied one: a copy keeps its
    original's words)."""
    rng = random.Random(f"{seed}:boilerplate")
    copied = {article.copy_of for article in articles if article.copy_of is not None}
    closed: dict[int, NewsArticle] = {}
    for language in PACKS:
        spec = rng.choice([spec for spec, lang in specs if lang == language])
        words = word_count(spec.boilerplate)
        eligible = [
            article
            for article in articles
            if article.outlet == spec.slug
            and article.story is None
            and article.copy_of is None
            and (article.outlet, article.path) not in copied
            and not _is_premium(specs, article)
            and len(article.paragraphs) >= 3
            and word_count(article.text) + words <= MAX_ORIGINAL_WORDS
        ]
        count = min(len(eligible), rng.randint(*BOILERPLATE_ARTICLES))
        for article in rng.sample(eligible, count):
            closed[id(article)] = replace(
                article, paragraphs=(*article.paragraphs, spec.boilerplate)
            )
    return [closed.get(id(article), article) for article in articles]
