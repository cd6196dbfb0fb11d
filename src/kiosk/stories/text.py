"""Language-aware text for dedupe and clustering: case folding, words, stems.

Azerbaijani (and Turkish) case differs from everyone else's: "I" lowers to dotless "ı"
and "İ" to "i", where Python's `str.lower()` gives "i" and "i̇" (i plus a combining dot).
Stems come from Snowball (PyStemmer): Russian, English, and Turkish rules for
Azerbaijani, whose suffixes are close enough that inflected forms of one word meet.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

# Snowball has no Azerbaijani; Turkish suffixes (-lar/-lər, -da/-də, -ın/-in ...) fit it.
STEMMER_OF = {"az": "turkish", "tr": "turkish", "ru": "russian", "en": "english"}
# A token: a number (one with thousands separators, "1,250", "1 250", "1.250", is one
# number; then a decimal) or a word.
GROUPED = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)"
TOKEN = re.compile(GROUPED + r"|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)
GROUPED_NUMBER = re.compile(GROUPED)
SEPARATORS = (",", ".", " ", "\u00a0", "\u202f")  # only numbers hold them


def fold(text: str, language: str = "") -> str:
    """Case-fold `text` for matching, the Azerbaijani/Turkish way for az (and tr)."""
    if language in ("az", "tr"):
        text = text.replace("I", "ı").replace("İ", "i")
    else:
        # Elsewhere "İ" is still a capital i (a Turkish name in Russian or English text).
        text = text.replace("İ", "I")
    text = unicodedata.normalize("NFC", text.casefold().replace("\u0307", ""))
    return text.replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def _number(token: str) -> str:
    """One spelling per number: separators dropped, a decimal comma made a point."""
    if GROUPED_NUMBER.fullmatch(token):
        return re.sub(r"\D", "", token)
    return token.replace(",", ".")


def words(text: str, language: str = "") -> list[str]:
    """Folded words and normalised numbers, in order."""
    tokens = TOKEN.findall(fold(text, language))
    joined = "".join(tokens)
    if any(separator in joined for separator in SEPARATORS):
        return [_number(token) if token[0].isdigit() else token for token in tokens]
    return tokens


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = STEMMER_OF.get(language)
    return Stemmer.Stemmer(name, 50_000) if name else None


def stems(tokens: list[str], language: str) -> list[str]:
    """Snowball stems of folded words (numbers pass through); unknown languages as is."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return tokens
    if language == "az":
        # Turkish suffixes spell Azerbaijani "ə" as "e" (-də/-de, -lər/-ler).
        tokens = [token.replace("ə", "e") for token in tokens]
    return stemmer.stemWords(tokens)


# Function words carry no event: left out of the weighted terms, so that two unrelated
# reports do not look alike by their "the", "that" and "said" while the corpus is small
# and its word frequencies say little yet.
STOP_WORDS = {
    "en": (
        "the and for with that this from was were are has have had will would been which "
        "who whom its their they them said says after about into over than more also but "
        "not its our his her she him you your all any can could may might one two new "
        "other such there these those what when where while why how out off per via "
        "being did does each few many most much only own same some very just now"
    ),
    "ru": (
        "что как это для был была были было его она они оно при так уже или если том "
        "также после которые который которая которое которых этот эта эти этом того "
        "чтобы где когда над под без его ее её их мы вы он она же ли не ни но да на по "
        "из от до за со об про между через более может могут будет будут сказал сказала "
        "заявил заявила сообщил сообщила года году лет"
    ),
    "az": (
        "və ilə bu üçün da də olan olub edib sonra daha bir isə həm ki artıq görə qədər "
        "onun onlar etdi bildirib deyib həmçinin lakin ancaq amma kimi çox hər hansı "
        "belə elə indi artıq ildə ilin il"
    ),
}


@lru_cache(maxsize=8)
def stop_stems(language: str) -> frozenset[str]:
    """The language's function words as they come out of `stems`."""
    return frozenset(stems(sorted(set(STOP_WORDS.get(language, "").split())), language))
