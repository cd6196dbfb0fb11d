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


# Names across scripts: Лукашенко, Lukaşenko and Lukashenko are one name. A word is
# spelled in plain Latin letters (Cyrillic transliterated, Azerbaijani letters read the
# way English spells them: ş "sh", c "j", x "kh"), sounds that the languages spell
# differently made one (zh/j/dzh, kh/h, ts/s, w/v, and g/k/q: Qarasu is Карасу, Quba
# Губа), English "c" read as "k" or "s", and the word kept as its first consonants:
# vowels are what transliterations disagree on (Əhmədov, Ахмедов, Ahmadov: "hmdv"), and
# case endings come after the first few consonants (Ленкорани, Lənkəranda: "lnkr").
SKELETON_SIZE = 4
_LATIN = "a b v g d e e j z i y k l m n o p r s t u f h s c s s  y  e yu ya i i e u"
_CYRILLIC = str.maketrans(
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў", _LATIN.split(" "), strict=True))
)
_AZERBAIJANI = str.maketrans(
    {"ə": "a", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u", "x": "h", "c": "j"}
)
_SOUNDS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "c"))
_SOUNDS += (("ts", "s"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("q", "k"), ("g", "k"))
_NOT_CONSONANTS = str.maketrans("", "", "aeiouy-'’")
_REPEATED = re.compile(r"(.)\1+")
_ENGLISH_C = re.compile(r"ck|c(?!h)")  # "s" before e, i, y (centre), else "k"


def _english_c(found: re.Match) -> str:
    after = found.string[found.end() : found.end() + 1]
    return "s" if found.group() == "c" and after and after in "eiy" else "k"


def skeleton(word: str, language: str) -> str:
    """A folded word's first consonants in a spelling shared by az, ru and en ("" for a
    word with none); a number stays itself, marked with "#"."""
    if word[:1].isdigit():
        return "#" + word
    table = _AZERBAIJANI if language in ("az", "tr") else _CYRILLIC
    if "c" in word and table is _CYRILLIC:  # a Latin "c" outside Azerbaijani
        word = _ENGLISH_C.sub(_english_c, word)
    latin = word.translate(table)
    for sound, letter in _SOUNDS:
        if sound in latin:
            latin = latin.replace(sound, letter)
    consonants = _REPEATED.sub(r"\1", latin.translate(_NOT_CONSONANTS))
    return consonants[:SKELETON_SIZE]
