"""What fingerprinting needs to know of a word, worked out once per word and remembered.

A news article repeats the words of a few thousand others: hashing, stemming and
filtering each occurrence again cost about half of a fingerprint. A `Lexicon` keeps, per
language and per thread, each folded word's hash (for shingles and the text hash), its
stem's term id, and whether that stem is weighed in clustering (function words and one-
or two-letter words but numbers are not); a batch of new words is stemmed in one
Snowball call. It forgets everything past `LIMIT` words, so memory stays bounded.
"""

import threading
import zlib

from kiosk.stories.text import stems, stop_stems

LIMIT = 300_000  # words remembered per language (some 60 MB at most)
_local = threading.local()


class Lexicon:
    def __init__(self, language: str) -> None:
        self.language = language
        self.stop = stop_stems(language)
        self.hash_of: dict[str, int] = {}  # word -> CRC-32 of the word
        self.id_of: dict[str, int] = {}  # word -> term id (CRC-32 of its stem)
        self.weighed_of: dict[str, int] = {}  # word -> term id, or 0 for an unweighed stem

    def learn(self, tokens: list[str]) -> None:
        """Remember the words of `tokens` not known yet."""
        missing = set(tokens).difference(self.hash_of)
        if not missing:
            return
        if len(self.hash_of) + len(missing) > LIMIT:
            self.hash_of, self.id_of, self.weighed_of = {}, {}, {}
        new = list(missing)
        crc32, stop = zlib.crc32, self.stop
        for word, stem in zip(new, stems(new, self.language), strict=True):
            term = crc32(stem.encode())
            self.hash_of[word] = crc32(word.encode())
            self.id_of[word] = term
            weighed = (len(stem) > 2 or stem[:1].isdigit()) and stem not in stop
            self.weighed_of[word] = term if weighed else 0

    def hashes(self, tokens: list[str]) -> list[int]:
        return list(map(self.hash_of.__getitem__, tokens))

    def ids(self, tokens: list[str]) -> list[int]:
        return list(map(self.id_of.__getitem__, tokens))

    def weighed(self, tokens: list[str]) -> list[int]:
        """Term ids of the weighed words of `tokens`, in order (the others left out)."""
        return [term for term in map(self.weighed_of.__getitem__, tokens) if term]


def lexicon(language: str) -> Lexicon:
    """This thread's lexicon of `language`."""
    lexicons = getattr(_local, "lexicons", None)
    if lexicons is None:
        lexicons = _local.lexicons = {}
    found = lexicons.get(language)
    if found is None:
        found = lexicons[language] = Lexicon(language)
    return found
