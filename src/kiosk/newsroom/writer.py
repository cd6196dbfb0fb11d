"""Writing one article: an event's facts told in one language and voice, at a given length.

The generator (generator.py) decides what happened and who covers it; this module turns
an `Event` into a headline and body paragraphs using a language pack's templates. The
lead carries the key facts (who, where, how many, which day); details, quotes,
background, residents' voices and closing lines follow until the target length is met.
"""

import random
import re
from collections import deque
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from kiosk.newsroom.cast import KIND_BY_ID
from kiosk.newsroom.language_pack import LanguagePack
from kiosk.newsroom.sentences import Forms, Quantity, fill, word_count

MIN_WORDS = 150
MAX_WORDS = 1200

# Background from a neighbouring section, for long pieces that outgrow their own; only
# where the neighbour's sentences still read naturally.
RELATED_CATEGORY = {
    "politics": "society",
    "society": "politics",
    "economy": "world",
    "world": "economy",
}
RELATED_BY_KIND = {"startup_funding": "economy"}


def related_category(kind: str) -> str | None:
    """The section whose background a long article of this kind may borrow, if any."""
    return RELATED_BY_KIND.get(kind, RELATED_CATEGORY.get(KIND_BY_ID[kind].category))


# Entries a template can mention by full name (introducing them) or by short name or
# pronoun (which needs them introduced earlier in the article).
_REFERABLE = ("person", "expert")


@dataclass(frozen=True)
class Event:
    """What happened, language-independently: the key facts every coverage shares."""

    kind: str
    org: str
    person: str
    place: str
    day: date
    n: int
    m: int = 0
    money: float = 0.0
    currency: str = "azn"
    org2: str | None = None
    artist: str | None = None
    score: tuple[int, int] | None = None

    @property
    def category(self) -> str:
        return KIND_BY_ID[self.kind].category


@dataclass(frozen=True)
class Shares:
    """Which background templates one coverage may use (indices into the pack's pools).

    Two same-language coverages of a story get disjoint shares, so their wording differs.
    """

    context: tuple[int, ...]
    related: tuple[int, ...]
    opinions: tuple[int, ...]
    generic: tuple[int, ...]
    profile: tuple[int, ...]


def full_shares(pack: LanguagePack, kind: str) -> Shares:
    """Everything the pack has for this kind of event: for an article no one else covers."""
    category = KIND_BY_ID[kind].category
    related = related_category(kind)
    return Shares(
        context=tuple(range(len(pack.context[category]))),
        related=tuple(range(len(pack.context[related]))) if related else (),
        opinions=tuple(range(len(pack.opinions[category]))),
        generic=tuple(range(len(pack.generic))),
        profile=tuple(range(len(pack.profile))),
    )


def split_shares(pack: LanguagePack, kind: str, rng: random.Random) -> tuple[Shares, Shares]:
    """Two disjoint halves of the pools, one per voice."""
    whole = full_shares(pack, kind)
    halves: list[list[tuple[int, ...]]] = [[], []]
    for pool in (whole.context, whole.related, whole.opinions, whole.generic, whole.profile):
        shuffled = list(pool)
        rng.shuffle(shuffled)
        middle = len(shuffled) // 2
        halves[0].append(tuple(sorted(shuffled[:middle])))
        halves[1].append(tuple(sorted(shuffled[middle:])))
    return Shares(*halves[0]), Shares(*halves[1])


def _mentions(template: str, name: str) -> tuple[bool, bool]:
    """(introduces, needs introduction) for one referable entry in a template."""
    fields = re.findall(r"\{" + name + r"(?::([^}]*))?\}", template)
    full = any(not spec.startswith("short") and "|" not in spec for spec in fields)
    partial = any(spec.startswith("short") or "|" in spec for spec in fields)
    return full, partial and not full


class _ArticleWriter:
    def __init__(self, pack: LanguagePack, event: Event, rng: random.Random) -> None:
        self.pack = pack
        self.event = event
        self.rng = rng
        self.introduced: set[str] = set()
        self.slots = self._base_slots()
        self.expert = rng.choice(pack.experts[event.category])
        self.residents = list(pack.residents)
        rng.shuffle(self.residents)
        self.resident_index = 0
        others = [key for key in pack.places if key != event.place]
        self.other_places = [pack.places[key] for key in others]

    def _base_slots(self) -> dict[str, object]:
        pack, event = self.pack, self.event
        slots: dict[str, object] = {
            "org": pack.orgs[event.org],
            "person": pack.people[event.person],
            "place": pack.places[event.place],
            "n": Quantity(event.n, pack.code),
            "m": Quantity(event.m, pack.code),
            "date": pack.date_adverb(event.day),
            "weekday": pack.weekday_adverb(event.day),
            "done_year": pack.year(event.day.year + event.m),
        }
        if event.money:
            slots["money"] = pack.money(event.money, event.currency)
        if event.org in pack.facilities:
            slots["facility"] = pack.facilities[event.org]
        if event.org2:
            slots["org2"] = pack.orgs[event.org2]
        if event.artist:
            slots["artist"] = pack.artists[event.artist]
        if event.score:
            slots["score"] = pack.score(*event.score)
        return slots

    def _next_resident(self) -> Forms:
        resident = self.residents[self.resident_index % len(self.residents)]
        self.resident_index += 1
        return resident

    def _extras(self, template: str) -> dict[str, object]:
        rng, code, year = self.rng, self.pack.code, self.event.day.year
        extras: dict[str, object] = {
            "expert": self.expert,
            "place2": rng.choice(self.other_places),
            "year": self.pack.year(year - rng.randint(2, 9)),
            "pct": Quantity(rng.randint(4, 38), code),
            "pct2": Quantity(rng.randint(3, 27), code),
            "k": Quantity(rng.randint(2, 9), code),
            "big": Quantity(rng.randrange(1500, 60000, 500), code),
        }
        if "{resident" in template:
            extras["resident"] = self._next_resident()
        return extras

    def ready(self, template: str) -> bool:
        for name in _REFERABLE:
            _, needs = _mentions(template, name)
            if needs and name not in self.introduced:
                return False
        return True

    def reintroduces(self, template: str) -> bool:
        return any(name in self.introduced and _mentions(template, name)[0] for name in _REFERABLE)

    def sentence(self, template: str, **more: object) -> str:
        slots = {**self.slots, **self._extras(template), **more}
        text = fill(template, slots, self.rng, self.pack.code)
        for name in _REFERABLE:
            introduces, _ = _mentions(template, name)
            if introduces:
                self.introduced.add(name)
        return text

    def vox(self, opinion_template: str) -> str:
        """A resident's words inside a frame that names them.

        Frames quote the words whole (`{opinion}`), before "said" in English style
        (`{opinion_comma}`: "…,” said) or before a dash (`{opinion_bare}`: «…», — сказал).
        """
        opinion = fill(opinion_template, self.slots, self.rng, self.pack.code)
        bare = opinion[:-1] if opinion.endswith(".") else opinion
        comma = bare + "," if opinion.endswith(".") else opinion
        frame = self.rng.choice(self.pack.vox_frames)
        return self.sentence(frame, opinion=opinion, opinion_bare=bare, opinion_comma=comma)


def template_slots(pack: LanguagePack, event: Event, rng: random.Random) -> dict[str, object]:
    """Every slot a template may use when telling `event` (for checking templates)."""
    writer = _ArticleWriter(pack, event, rng)
    return {
        **writer.slots,
        **writer._extras("{resident}"),
        "opinion": "…",
        "opinion_bare": "…",
        "opinion_comma": "…",
    }


def _take(queue: deque[str], writer: _ArticleWriter) -> str | None:
    """The first template in the queue that can be used now (others wait their turn).

    Templates that would introduce someone a second time by full name and title come
    last, so a person is presented once and then called by surname.
    """
    for fresh_only in (True, False):
        for _ in range(len(queue)):
            template = queue.popleft()
            if writer.ready(template) and not (fresh_only and writer.reintroduces(template)):
                return template
            queue.append(template)
    return None


# Paragraph plans: which pool each paragraph draws from, in order, then repeated.
_PLANS = (
    (
        "details",
        "quote",
        "context",
        "vox",
        "context",
        "quote",
        "details",
        "history",
        "context",
        "vox",
        "profile",
        "generic",
        "context",
        "related",
        "vox",
        "profile",
        "related",
        "context",
    ),
    (
        "quote",
        "details",
        "context",
        "context",
        "vox",
        "details",
        "quote",
        "context",
        "history",
        "vox",
        "profile",
        "context",
        "generic",
        "related",
        "profile",
        "vox",
        "related",
        "context",
    ),
)
_SENTENCES_PER_PARAGRAPH = {
    "details": (1, 2),
    "quote": (1, 1),
    "context": (2, 3),
    "vox": (1, 1),
    "related": (1, 2),
    "generic": (1, 1),
    "profile": (2, 3),
}


def write_article(
    pack: LanguagePack,
    event: Event,
    *,
    voice: int,
    shares: Shares,
    target_words: int,
    rng: random.Random,
    own_voice_only: bool,
    history: tuple[Event, ...] = (),
    max_words: int = MAX_WORDS,
    avoid: Collection[str] = (),
    used: set[str] | None = None,
    headline: int | None = None,
    lead: int | None = None,
) -> tuple[str, tuple[str, ...]]:
    """Headline and body paragraphs for one coverage of `event`.

    `own_voice_only` keeps to this voice's kind templates (a story with a same-language
    sibling coverage); otherwise the details and quotes of both voices are used.
    `history` holds earlier events of the same kind, recalled in one paragraph.
    `avoid` leaves out body templates another article used (a rewrite of it), `used`
    collects the templates this one uses, and `headline` and `lead` fix which of the
    voice's headline and lead templates to take (two similar events told alike).
    """
    writer = _ArticleWriter(pack, event, rng)
    text = pack.kinds[event.kind]
    category = event.category
    related = related_category(event.kind)
    used = used if used is not None else set()
    headlines = text.headlines[voice]
    template = headlines[headline] if headline is not None else rng.choice(headlines)
    used.add(template)
    title = fill(template, writer.slots, rng, pack.code)

    voices = (voice,) if own_voice_only else (voice, 1 - voice)
    queues: dict[str, deque[str]] = {
        "details": deque(t for v in voices for t in text.details[v]),
        "quote": deque(t for v in voices for t in text.quotes[v]),
        "context": deque(pack.context[category][i] for i in shares.context),
        "related": deque(pack.context[related][i] for i in shares.related if related),
        "vox": deque(pack.opinions[category][i] for i in shares.opinions),
        "generic": deque(pack.generic[i] for i in shares.generic),
        "profile": deque(pack.profile[i] for i in shares.profile),
        "history": deque(),
    }
    for key in ("details", "quote", "context", "related", "vox", "generic", "profile"):
        items = [template for template in queues[key] if template not in avoid]
        rng.shuffle(items)
        queues[key] = deque(items)

    leads = text.leads[voice]
    template = leads[lead] if lead is not None else rng.choice(leads)
    used.add(template)
    paragraphs = [writer.sentence(template)]
    total = word_count(paragraphs[0])
    plan = _PLANS[(voice + rng.randint(0, 1)) % 2]
    step = 0
    idle = 0  # paragraphs in a row that found no usable template
    while total < target_words and idle <= len(plan):
        kind = plan[step % len(plan)]
        step += 1
        if kind == "history":
            if history:
                paragraph = _history_paragraph(pack, history, rng)
                paragraphs.append(paragraph)
                total += word_count(paragraph)
                history = ()
            continue
        low, high = _SENTENCES_PER_PARAGRAPH[kind]
        sentences: list[str] = []
        for _ in range(rng.randint(low, high)):
            template = _take(queues[kind], writer)
            if template is None:
                break
            used.add(template)
            sentences.append(writer.vox(template) if kind == "vox" else writer.sentence(template))
        if not sentences:
            idle += 1
            continue
        idle = 0
        paragraph = " ".join(sentences)
        words = word_count(paragraph)
        if total + words > max_words:
            break
        paragraphs.append(paragraph)
        total += words
    return title, tuple(paragraphs)


def _history_paragraph(pack: LanguagePack, history: tuple[Event, ...], rng: random.Random) -> str:
    """Earlier events of the same kind, each told by a dated lead sentence."""
    sentences = [rng.choice(pack.history_intros)]
    for past in history:
        leads = [t for voice in pack.kinds[past.kind].leads for t in voice if "{date}" in t]
        sentences.append(_ArticleWriter(pack, past, rng).sentence(rng.choice(leads)))
    return " ".join(sentences)
