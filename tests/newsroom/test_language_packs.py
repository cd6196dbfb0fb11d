"""Language packs: complete vocabularies, templates that fill, inflection that is right."""

import random
import re
from datetime import date

import pytest

from kiosk.newsroom import cast
from kiosk.newsroom.generator import PACKS
from kiosk.newsroom.lang_az import ordinal, suffixed
from kiosk.newsroom.language_pack import LABEL_KEYS
from kiosk.newsroom.sentences import (
    Forms,
    Quantity,
    fill,
    plural_index,
    split_alternatives,
    upper_first,
)
from kiosk.newsroom.slugs import slugify
from kiosk.newsroom.writer import Event, template_slots

GROUP = re.compile(r"\[([^\[\]]*)\]")


def _every_option(template: str) -> str:
    """One string holding every alternative, so formatting it touches every field."""
    return GROUP.sub(lambda match: " ".join(split_alternatives(match.group(1))), template)


def _events(kind: cast.Kind):
    places = [key for key, region in cast.PLACE_REGIONS.items() if region in kind.regions]
    for org in kind.orgs:
        for place in places[:: max(1, len(places) // 4)]:
            yield Event(
                kind=kind.id,
                org=org,
                person=cast.PERSON_OF_ORG[org],
                place=cast.CLUB_HOMES.get(org, place),
                day=date(2026, 11, 24),
                n=kind.n[0],
                m=kind.m[1],
                money=12.5,
                currency="azn",
                org2="club_sahil" if org != "club_sahil" else "club_ulduz",
                artist="aydemir",
                score=(2, 1),
            )


def _templates(pack, kind: cast.Kind) -> list[str]:
    text = pack.kinds[kind.id]
    templates = [
        t
        for part in (text.headlines, text.leads, text.details, text.quotes)
        for voice in part
        for t in voice
    ]
    templates += pack.context[kind.category] + pack.opinions[kind.category]
    templates += pack.generic + pack.profile + pack.vox_frames + pack.history_intros
    templates += pack.comments
    return list(templates)


@pytest.mark.parametrize("code", ["az", "ru", "en"])
def test_every_template_fills_for_every_kind_of_event(code):
    pack = PACKS[code]
    rng = random.Random(0)
    for kind in cast.KINDS:
        for event in _events(kind):
            slots = template_slots(pack, event, rng)
            for template in _templates(pack, kind):
                text = fill(_every_option(template), slots, rng, code)
                assert not re.search(r"[{}\[\]|]", text), (template, text)
                assert text[0].isupper() or text[0] in "«“0123456789", text


@pytest.mark.parametrize("code", ["az", "ru", "en"])
def test_each_pack_names_everything_in_the_cast(code):
    pack = PACKS[code]

    assert set(pack.places) == set(cast.PLACE_REGIONS)
    assert set(pack.people) == {person.id for person in cast.PEOPLE}
    assert set(pack.artists) == set(cast.ARTISTS)
    assert set(pack.facilities) == set(cast.COMPANIES)
    assert set(pack.kinds) == {kind.id for kind in cast.KINDS}
    for table in (pack.categories, pack.category_slugs, pack.context, pack.opinions, pack.experts):
        assert set(table) == set(cast.CATEGORIES)
    orgs = {org for kind in cast.KINDS for org in kind.orgs}
    assert orgs <= set(pack.orgs)
    for person in cast.PEOPLE:
        assert pack.people[person.id].gender == person.gender


@pytest.mark.parametrize("code", ["az", "ru", "en"])
def test_each_kind_has_two_voices_that_share_no_template(code):
    for text in PACKS[code].kinds.values():
        for part in (text.headlines, text.leads, text.details, text.quotes):
            assert len(part) == 2
            assert part[0] and part[1]
            assert not set(part[0]) & set(part[1])


def test_every_outlet_words_every_label_and_has_its_own_style():
    outlets = [spec for pack in PACKS.values() for spec in pack.outlets]

    for spec in outlets:
        assert set(spec.labels) == set(LABEL_KEYS), spec.slug
        assert "{name}" in spec.attribution
        assert "{name}" in spec.rewrite_attribution
        assert spec.rewrite_attribution != spec.attribution
        assert 40 <= len(spec.boilerplate.split()) <= 70, spec.slug
    assert len({spec.style for spec in outlets}) == 6


def test_azerbaijani_case_endings_follow_vowel_harmony():
    assert suffixed("Bakı") == {
        "nom": "Bakı",
        "gen": "Bakının",
        "dat": "Bakıya",
        "loc": "Bakıda",
        "abl": "Bakıdan",
        "acc": "Bakını",
    }
    assert suffixed("Gəncə")["loc"] == "Gəncədə"
    assert suffixed("Gəncə")["dat"] == "Gəncəyə"
    assert suffixed("İstanbul")["gen"] == "İstanbulun"
    assert suffixed("Daşkənd")["dat"] == "Daşkəndə"
    assert suffixed("«Samur Aqro» şirkəti", possessive=True)["gen"] == "«Samur Aqro» şirkətinin"
    assert suffixed("Regional İnkişaf Şurası", possessive=True)["loc"] == (
        "Regional İnkişaf Şurasında"
    )
    assert suffixed("Leyla Cəfərova")["gen"] == "Leyla Cəfərovanın"


def test_azerbaijani_ordinals_follow_the_last_number_word():
    assert [ordinal(year) for year in (2019, 2020, 2021, 2023, 2024, 2026, 2030)] == [
        "2019-cu",
        "2020-ci",
        "2021-ci",
        "2023-cü",
        "2024-cü",
        "2026-cı",
        "2030-cu",
    ]


def test_russian_counts_take_the_right_plural_form():
    spec = "{n:место|места|мест}"
    forms = [spec.format(n=Quantity(n, "ru")) for n in (1, 2, 5, 11, 21, 22, 112, 10500)]

    assert forms == [
        "1 место",
        "2 места",
        "5 мест",
        "11 мест",
        "21 место",
        "22 места",
        "112 мест",
        "10 500 мест",
    ]
    assert plural_index("en", 1) == 0 and plural_index("en", 3) == 1


def test_gender_specs_pick_the_agreeing_form():
    person = Forms("f", nom="Лейла Джафарова")

    assert f"{person} {person:сказал|сказала}" == "Лейла Джафарова сказала"


def test_capitalising_azerbaijani_keeps_the_dotted_capital_i():
    assert upper_first("isveçli rəssam", "az") == "İsveçli rəssam"
    assert upper_first("«ilk» addım", "az") == "«İlk» addım"
    assert upper_first("in Baku", "en") == "In Baku"
    assert upper_first("2-1 win", "en") == "2-1 win"


def test_slugs_are_ascii_in_every_language():
    assert slugify("Gəncədə yeni məktəb açılıb") == "gencede-yeni-mekteb-acilib"
    assert slugify("В Казани открылась школа") == "v-kazani-otkrylas-shkola"
    assert slugify("İşgüzar Şura") == "isguzar-sura"
    assert slugify("“Trade routes”, 2-1!") == "trade-routes-2-1"
