"""URL slugs from headlines in any of the newsroom's languages (ASCII, like most sites)."""

import re

_TRANSLIT = {
    # Azerbaijani Latin letters outside ASCII.
    "ə": "e",
    "ı": "i",
    "ğ": "g",
    "ş": "s",
    "ç": "c",
    "ö": "o",
    "ü": "u",
    # Russian Cyrillic, in the simple scheme Russian news sites use in their URLs.
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(title: str, *, max_words: int = 8) -> str:
    """ "Gəncədə yeni zavod açılıb" -> "gencede-yeni-zavod-acilib"."""
    lowered = title.replace("İ", "i").lower()  # "İ".lower() would add a combining dot
    ascii_text = "".join(_TRANSLIT.get(char, char) for char in lowered)
    words = [word for word in _NOT_SLUG.split(ascii_text) if word]
    return "-".join(words[:max_words]) or "news"
