"""Categories: a feed entry's own categories mapped to the portal's sections.

Sites name their sections freely ("Business", "İqtisadiyyat", "Экономика и бизнес"), so
each portal section has word stems in az, ru and en; a feed category belongs to the
first section one of whose stems begins one of its words. No match: the caller falls back
to the source's default category.
"""

import re
import unicodedata
from collections.abc import Iterable

# Checked in this order: "science" must win over a later, looser stem.
SECTION_STEMS: dict[str, tuple[str, ...]] = {
    "politics": ("politic", "government", "election", "siyas", "seçki", "полит", "выбор"),
    "economy": (
        "econom",
        "business",
        "financ",
        "market",
        "money",
        "iqtisad",
        "biznes",
        "maliyy",
        "эконом",
        "бизнес",
        "финанс",
        "рынк",
    ),
    "tech": ("tech", "science", "texnolog", "elm", "технолог", "наук", "hi-tech"),
    "sport": ("sport", "football", "idman", "futbol", "спорт", "футбол"),
    "culture": ("cultur", "arts", "mədəniyyət", "incəsənət", "культур", "искусств"),
    "world": ("world", "international", "dünya", "beynəlxalq", "мир", "международ"),
    "society": ("societ", "social", "cəmiyyət", "sosial", "обществ", "социал"),
}
WORD = re.compile(r"\w[\w-]*", re.UNICODE)


def fold(text: str) -> str:
    """Case-fold the Azerbaijani/Turkish way too: "İ" is "i" (not "i" plus a dot)."""
    text = text.replace("İ", "i").casefold()
    return unicodedata.normalize("NFC", text.replace("\u0307", ""))


def section_for(categories: Iterable[str]) -> str | None:
    """The portal section slug for the first of `categories` that maps to one."""
    for category in categories:
        words = WORD.findall(fold(category))
        for slug, stems in SECTION_STEMS.items():
            if any(word.startswith(stem) for word in words for stem in stems):
                return slug
    return None
