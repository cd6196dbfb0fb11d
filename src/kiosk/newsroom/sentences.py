"""Filling sentence templates with inflected vocabulary: the newsroom's tiny grammar engine.

A template is a `str.format` string whose fields are vocabulary entries, plus inline
alternatives in square brackets. The writer (writer.py) picks templates; this module
only turns one template and its slot values into a finished sentence:

- `{place:loc}` takes a stored case form ("Gəncədə", "в Гяндже"): no suffix is ever
  computed inside a template, so Azerbaijani and Russian endings stay right.
- `{person:сказал|сказала}` picks by the entry's gender (m|f|n|pl), for agreement.
- `{n:человек|человека|человек}` writes the number and the noun in the plural form the
  language's rule asks for; `{n:nəfər}` appends an invariable unit; `{n}` is the number.
- `[said|noted|added]` picks one alternative, so sentences built from the same template
  differ in wording from article to article.
"""

import random
import re
from collections.abc import Mapping

GENDER_INDEX = {"m": 0, "f": 1, "n": 2, "pl": 3}

_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")
_SPACES = re.compile(r"[ \t]{2,}")


class Forms:
    """One vocabulary entry (a person, place, organisation...) in one language.

    Holds its inflected forms by name ("nom", "gen", "loc", ...) and its grammatical
    gender; `format(entry, spec)` returns a form or a gender-agreeing alternative.
    """

    __slots__ = ("forms", "gender")

    def __init__(self, gender: str = "m", /, **forms: str) -> None:
        if gender not in GENDER_INDEX:
            raise ValueError(f"Unknown gender {gender!r}; use one of m, f, n, pl.")
        self.gender = gender
        self.forms = forms

    def __getitem__(self, name: str) -> str:
        return self.forms[name]

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.forms["nom"]
        if "|" in spec:
            options = spec.split("|")
            return options[min(GENDER_INDEX[self.gender], len(options) - 1)]
        return self.forms[spec]

    def __str__(self) -> str:
        return self.forms["nom"]

    def __repr__(self) -> str:
        return f"Forms({self.gender!r}, nom={self.forms['nom']!r})"


def plural_index(language: str, number: int) -> int:
    """Which of the plural forms a count takes: en one|other, ru one|few|many."""
    if language == "ru":
        if number % 10 == 1 and number % 100 != 11:
            return 0
        if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
            return 1
        return 2
    return 0 if number == 1 else 1


def format_number(value: float, language: str) -> str:
    """Digits as each language's press writes them: "12 500" / "12,500", "2,5" / "2.5"."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.1f}"
        return text if language == "en" else text.replace(".", ",")
    number = int(value)
    if language == "en":
        return f"{number:,}"
    if number < 10_000:
        return str(number)
    return f"{number:,}".replace(",", " ")


class Quantity:
    """A count in a template: `{n}`, `{n:unit}` or `{n:one|few|many}`."""

    __slots__ = ("language", "value")

    def __init__(self, value: int, language: str) -> None:
        self.value = value
        self.language = language

    def __format__(self, spec: str) -> str:
        digits = format_number(self.value, self.language)
        if not spec:
            return digits
        if "|" in spec:
            options = spec.split("|")
            index = min(plural_index(self.language, self.value), len(options) - 1)
            return f"{digits} {options[index]}"
        return f"{digits} {spec}"

    def __str__(self) -> str:
        return format_number(self.value, self.language)


def upper_first(text: str, language: str) -> str:
    """Capitalise the first letter; Azerbaijani and Turkish dotted i becomes "İ"."""
    for index, char in enumerate(text):
        if char.isdigit():
            return text
        if char.isalpha():
            if language == "az" and char == "i":
                upper = "İ"
            elif language == "az" and char == "ı":
                upper = "I"
            else:
                upper = char.upper()
            return text[:index] + upper + text[index + 1 :]
    return text


def split_alternatives(group: str) -> list[str]:
    """Split `a|b{x:m|f}` at the bars outside braces (those inside pick a gender)."""
    parts, current, depth = [], [], 0
    for char in group:
        depth += (char == "{") - (char == "}")
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def choose_alternatives(template: str, rng: random.Random) -> str:
    """Replace every `[a|b|c]` group by one of its alternatives."""
    return _ALTERNATIVES.sub(lambda match: rng.choice(split_alternatives(match.group(1))), template)


def fill(template: str, slots: Mapping[str, object], rng: random.Random, language: str) -> str:
    """One finished sentence: alternatives chosen, slots formatted, first letter upper."""
    text = choose_alternatives(template, rng).format_map(slots)
    text = _SPACES.sub(" ", text).strip()
    return upper_first(text, language)


def word_count(text: str) -> int:
    """Words as the ground truth counts them: runs separated by whitespace."""
    return len(text.split())
