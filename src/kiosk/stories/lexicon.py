"""What fingerprinting needs to know of a word, worked out once per word and remembered.

A news article repeats the words of a few thousand others: hashing, stemming and
filtering each occurrence again cost about half of a fingerprint. A `Lexicon` keeps, per
language and per thread, an entry per folded word: its hash (for shingles and the text
hash), its stem's term id, and that id again if the stem is weighed in clustering, else
0 (function words, one- or two-letter words but numbers), and the keys that find the
word's name in other languages (text.skeleton; counterparts.py). Entries are rows of numpy
arrays found through one dict read a word, so an article's words become arrays in one
fancy-indexing step; a batch of new words is stemmed in one Snowball call. Past `LIMIT`
words the lexicon starts afresh, so memory stays bounded.
"""

import threading
import zlib

import numpy as np

from kiosk.stories.text import skeleton, stems, stop_stems

LIMIT = 300_000  # words remembered per language (some 50 MB at most)
NUMBER = 255  # `key_size` of a number
_local = threading.local()


class Lexicon:
    def __init__(self, language: str) -> None:
        self.language = language
        self.stop = stop_stems(language)
        self._forget()

    def _forget(self) -> None:
        self.row_of: dict[str, int] = {}
        self.hashes = np.zeros(1024, dtype=np.uint32)  # CRC-32 of the word
        self.ids = np.zeros(1024, dtype=np.uint32)  # CRC-32 of its stem: the term id
        self.weighed = np.zeros(1024, dtype=np.uint32)  # the term id, or 0: not weighed
        self.key = np.zeros(1024, dtype=np.uint32)  # CRC-32 of the skeleton
        self.key3 = np.zeros(1024, dtype=np.uint32)  # ...of its first three letters
        self.key2 = np.zeros(1024, dtype=np.uint32)  # ...and of its first two
        self.key_size = np.zeros(1024, dtype=np.uint8)  # consonants in it, or NUMBER

    def rows(self, tokens: list[str]) -> np.ndarray:
        """The entries of `tokens`, learning new words first. Rows are valid until the
        next call (it may start afresh), so look up all of an article's words at once."""
        found = list(map(self.row_of.get, tokens))
        if None in found:
            new = {token for token, row in zip(tokens, found, strict=True) if row is None}
            if len(self.row_of) + len(new) > LIMIT:
                self._forget()
                new = set(tokens)
            self._learn(new)
            found = list(map(self.row_of.__getitem__, tokens))
        return np.array(found, dtype=np.intp)

    def _learn(self, words: set[str]) -> None:
        new = list(words)
        first = len(self.row_of)
        needed = first + len(new)
        if needed > len(self.hashes):
            size = max(needed, 2 * len(self.hashes))
            for name in ("hashes", "ids", "weighed", "key", "key3", "key2", "key_size"):
                grown = np.zeros(size, dtype=getattr(self, name).dtype)
                grown[:first] = getattr(self, name)[:first]
                setattr(self, name, grown)
        crc32, stop = zlib.crc32, self.stop
        for row, (word, stem) in enumerate(zip(new, stems(new, self.language), strict=True), first):
            term = crc32(stem.encode())
            self.row_of[word] = row
            self.hashes[row] = crc32(word.encode())
            self.ids[row] = term
            weighed = (len(stem) > 2 or stem[:1].isdigit()) and stem not in stop
            self.weighed[row] = term if weighed else 0
            bare = skeleton(word, self.language)
            self.key[row] = crc32(bare.encode())
            number = bare[:1] == "#"
            self.key3[row] = self.key[row] if number else crc32(bare[:3].encode())
            self.key2[row] = self.key[row] if number else crc32(bare[:2].encode())
            self.key_size[row] = NUMBER if number else len(bare)


def lexicon(language: str) -> Lexicon:
    """This thread's lexicon of `language`."""
    lexicons = getattr(_local, "lexicons", None)
    if lexicons is None:
        lexicons = _local.lexicons = {}
    found = lexicons.get(language)
    if found is None:
        found = lexicons[language] = Lexicon(language)
    return found
