"""The newsroom's invented world, language-independently: who and what the news is about.

Identifiers, genders, affiliations and the kinds of events that can happen. Every name
is written per language in lang_az.py, lang_ru.py and lang_en.py under the same ids, so
one event can be told in all three languages with the same facts. All people and
organisations are fictional; the cities are real.
"""

from dataclasses import dataclass

CATEGORIES = ("politics", "economy", "society", "world", "sport", "tech", "culture")

# Where a place is; decides which outlets plausibly cover it and in which currency.
PLACE_REGIONS: dict[str, str] = {
    "baku": "az",
    "ganja": "az",
    "sumgait": "az",
    "mingachevir": "az",
    "lankaran": "az",
    "shaki": "az",
    "guba": "az",
    "shamakhi": "az",
    "gabala": "az",
    "nakhchivan": "az",
    "moscow": "ru",
    "saint_petersburg": "ru",
    "kazan": "ru",
    "yekaterinburg": "ru",
    "astrakhan": "ru",
    "nizhny_novgorod": "ru",
    "london": "intl",
    "istanbul": "intl",
    "tbilisi": "intl",
    "berlin": "intl",
    "vienna": "intl",
    "astana": "intl",
    "tashkent": "intl",
    "rotterdam": "intl",
}

CURRENCY_OF_REGION = {"az": "azn", "ru": "rub", "intl": "usd"}


@dataclass(frozen=True)
class Person:
    id: str
    gender: str  # "m" | "f"
    org: str
    role: str  # key of each language's ROLES


PEOPLE: tuple[Person, ...] = (
    Person("safarli", "m", "kur_logistics", "ceo"),
    Person("jafarova", "f", "samur_agro", "ceo"),
    Person("nagiyev", "m", "alov_energy", "executive_director"),
    Person("rzayeva", "f", "goygol_textile", "founder"),
    Person("asgarov", "m", "regional_council", "chair"),
    Person("mirzayeva", "f", "business_chamber", "chair"),
    Person("hasanli", "m", "bilik_fund", "director"),
    Person("gurbanova", "f", "transport_agency", "spokesperson"),
    Person("holloway", "f", "silk_council", "executive_director"),
    Person("shirinov", "m", "cargo_consortium", "chair"),
    Person("karimov", "m", "club_qarasu", "coach"),
    Person("beletsky", "m", "club_damirchi", "coach"),
    Person("heydarov", "m", "club_sahil", "coach"),
    Person("trofimov", "m", "club_ulduz", "coach"),
    Person("abbasova", "f", "runners_association", "chair"),
    Person("talibli", "m", "dalga_labs", "founder"),
    Person("salmanova", "f", "bulud_ai", "founder"),
    Person("novruzova", "f", "archaeology_centre", "expedition_head"),
    Person("ahmadov", "m", "film_fund", "director"),
    Person("huseynzade", "f", "katan_gallery", "curator"),
)

PERSON_OF_ORG: dict[str, str] = {person.org: person.id for person in PEOPLE}
GENDER_OF_PERSON: dict[str, str] = {person.id: person.gender for person in PEOPLE}

ARTISTS: dict[str, str] = {"lindqvist": "m", "aydemir": "f", "gasimli": "m"}

# Football clubs play at home in these towns.
CLUB_HOMES: dict[str, str] = {
    "club_qarasu": "ganja",
    "club_damirchi": "sumgait",
    "club_sahil": "lankaran",
    "club_ulduz": "mingachevir",
}


@dataclass(frozen=True)
class Kind:
    """A kind of event and the ranges of its facts."""

    id: str
    category: str
    orgs: tuple[str, ...]
    regions: tuple[str, ...]
    n: tuple[int, int, int]  # low, high, step of the event's main number
    m: tuple[int, int, int] = (0, 0, 1)  # a secondary number (investment: years to build)
    money: tuple[float, float] | None = None  # millions, in the place's currency
    currency: str | None = None  # fixed currency regardless of the place
    places: tuple[str, ...] = ()  # only these places, when the kind needs particular ones


COMPANIES = ("kur_logistics", "samur_agro", "alov_energy", "goygol_textile")

# Ports and rail junctions on the routes across the Caspian.
CARGO_HUBS = (
    "baku",
    "ganja",
    "astrakhan",
    "moscow",
    "tbilisi",
    "istanbul",
    "astana",
    "tashkent",
    "rotterdam",
)

KINDS: tuple[Kind, ...] = (
    Kind(
        "planning_council",
        "politics",
        ("regional_council",),
        ("az", "ru"),
        (18, 140, 1),
        money=(4.0, 60.0),
    ),
    Kind(
        "delegation_visit",
        "politics",
        ("business_chamber",),
        ("intl", "ru"),
        (3, 14, 1),
        m=(20, 60, 5),
    ),
    Kind("plant_opening", "economy", COMPANIES, ("az", "ru"), (120, 900, 10), money=(6.0, 90.0)),
    Kind(
        "investment",
        "economy",
        COMPANIES,
        ("az", "ru", "intl"),
        (40, 400, 10),
        m=(1, 3, 1),
        money=(10.0, 250.0),
    ),
    Kind(
        "school_opening", "society", ("bilik_fund",), ("az", "ru"), (320, 1600, 20), m=(18, 64, 2)
    ),
    Kind("bus_routes", "society", ("transport_agency",), ("az", "ru"), (3, 14, 1), m=(20, 120, 5)),
    Kind("forum", "world", ("silk_council",), ("intl", "az"), (18, 64, 1), m=(400, 2400, 100)),
    Kind(
        "cargo_corridor",
        "world",
        ("cargo_consortium",),
        ("az", "ru", "intl"),
        (8, 46, 1),
        m=(200, 950, 10),
        places=CARGO_HUBS,
    ),
    Kind("football_match", "sport", tuple(CLUB_HOMES), ("az",), (3000, 24000, 500)),
    Kind(
        "marathon",
        "sport",
        ("runners_association",),
        ("az", "ru", "intl"),
        (800, 9000, 100),
        m=(6, 40, 1),
    ),
    Kind(
        "startup_funding",
        "tech",
        ("dalga_labs", "bulud_ai"),
        ("intl", "ru"),
        (20_000, 600_000, 5_000),
        money=(1.5, 24.0),
        currency="usd",
    ),
    Kind(
        "archaeology_find",
        "tech",
        ("archaeology_centre",),
        ("az",),
        (40, 420, 10),
        m=(1200, 3400, 100),
    ),
    Kind(
        "film_festival",
        "culture",
        ("film_fund",),
        ("az", "ru", "intl"),
        (40, 160, 1),
        m=(12, 46, 1),
    ),
    Kind("exhibition", "culture", ("katan_gallery",), ("az", "ru", "intl"), (40, 220, 1)),
)

KIND_BY_ID: dict[str, Kind] = {kind.id: kind for kind in KINDS}
