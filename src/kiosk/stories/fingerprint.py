"""An article's fingerprint: what dedupe and clustering compare, computed once at ingest.

- `text_hash`: the body's folded words, hashed; equal hashes are the same text.
- `signature`: MinHash (datasketch) over 4-word shingles of the body, cut into LSH
  bands; two bodies sharing a band are near-copy candidates, checked on the signature.
- `lead_terms`, `lead_counts`: stems of the title and first paragraphs, where a news
  article states its event; story clustering compares their tf-idf vectors within a
  time window (document frequencies count every term of an article, `terms`).
- `entities`, `numbers`, `bloom`: the facts a title names (words the article capitalises
  mid-sentence, match scores, numbers) and a Bloom filter of every stem of the article.
  Two reports of one event name the same facts; a title fact the other article never
  mentions is a conflict: same kind of news, another event (another city, another sum).
- `cross`: the same facts in keys that survive translation (names and numbers spelled
  alike in az, ru and en, text.skeleton), which find the story in other languages
  (counterparts.py).

Each word is hashed, stemmed and looked up once per process (lexicon.py); shingles are
hashed from the word hashes with numpy.
"""

import hashlib
import math
import re
import threading
import zlib
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from datasketch import MinHash

from kiosk.stories import kernels
from kiosk.stories.lexicon import NUMBER, Lexicon, lexicon
from kiosk.stories.text import words

SHINGLE = 4
# 72 permutations in 24 bands of 3: a pair with Jaccard 0.5 shares a band 96 % of the
# time, 0.6 99.7 %; every candidate is then checked on the whole signature.
BANDS, ROWS = 24, 3
NUM_PERM = BANDS * ROWS
TERM_BITS = 22  # document frequencies are counted in 4M hashed buckets
TOP_TERMS = 40
LEAD_PARAGRAPHS = 2
BLOOM_BITS = 2048  # about 250 distinct stems an article: 4 % false "present" with 3 hashes
SCORE = re.compile(r"\b\d{1,2}:\d{1,2}\b")
# A capitalised word after a space that does not end a sentence (Latin, Azerbaijani and
# Cyrillic capitals).
# (The space comes first, so the regex engine can jump from space to space.)
CAPITALISED = re.compile(r" (?<![.!?…\n] )[«\"“„(]?([A-ZÀ-ÖØ-ÞƏĞİŞА-ЯЁ][\w’'-]*)")
CAPITAL_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞƏĞİŞА-ЯЁ][\w’'-]*")
TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme
_minhash = threading.local()


def _signature(grams: np.ndarray) -> np.ndarray:
    """The MinHash (datasketch) of these shingle hashes. They are uniform 32-bit values
    already, so the hash function is the identity, and they go in as one batch item
    holding them all: datasketch then permutes them in one vectorised pass, where an item
    each cost a Python call each (a third of a fingerprint). One MinHash per thread is
    cleared and reused (building one costs as much as hashing a short article)."""
    minhash = getattr(_minhash, "value", None)
    if minhash is None:
        minhash = _minhash.value = MinHash(
            num_perm=NUM_PERM,
            seed=1,
            hashfunc=_same,
            permutations=_PERMUTATIONS,
            scheme=_SCHEME,
        )
    else:
        minhash.clear()
    if len(grams):
        minhash.update_batch([grams])
    return minhash.hashvalues


def _same(value):
    return value


def _int64(data: bytes) -> int:
    """A signed 64-bit hash (what SQLite and PostgreSQL store in a bigint)."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


@dataclass(frozen=True)
class Fingerprint:
    language: str
    text_hash: int
    shingle_count: int
    signature: np.ndarray  # uint32[NUM_PERM]
    terms: np.ndarray  # the distinct terms of the article (what document frequencies count)
    lead_terms: np.ndarray  # uint32 term ids of the title (counted twice) and lead...
    lead_counts: np.ndarray  # ...and how often each occurs there
    entities: np.ndarray  # uint32 term ids
    numbers: np.ndarray  # uint32 term ids
    bloom: np.ndarray  # uint8[BLOOM_BITS // 8]
    word_count: int
    cross: "CrossKeys"

    @property
    def facts(self) -> "Facts":
        return Facts(self.entities, self.numbers, self.bloom)

    @cached_property
    def band_keys(self) -> list[int]:
        return band_keys(self.signature)


def band_keys(signature: np.ndarray) -> list[int]:
    """One key per LSH band; the band's number is part of the key."""
    return kernels.band_keys(signature, BANDS).tolist()


def fingerprint(title: str, body: str, language: str) -> Fingerprint:
    paragraphs = body.strip().split("\n\n", LEAD_PARAGRAPHS)
    lead_text = "\n".join(paragraphs[:LEAD_PARAGRAPHS])
    lead_words = words(lead_text, language)
    rest = paragraphs[LEAD_PARAGRAPHS] if len(paragraphs) > LEAD_PARAGRAPHS else ""
    body_words = lead_words + words(rest, language) if rest else lead_words
    title_words = words(title, language)
    capitalised = _capitalised(body, language)
    known = lexicon(language)
    title_names = _title_names(title, language)
    spelled = words(" ".join(CAPITAL_WORD.findall(title + "\n" + body)), language)
    rows = known.rows(body_words + title_words + capitalised + title_names + spelled)
    body_rows = rows[: len(body_words)]
    title_rows = rows[len(body_words) : len(body_words) + len(title_words)]
    hashes = known.hashes[body_rows]
    grams = kernels.shingle_hashes(hashes, SHINGLE)
    title_ids = known.ids[title_rows]
    # Match scores cannot span a paragraph break.
    title_scores, lead_scores = _scores(title), _scores(lead_text)
    scores = [term_id(score) for score in title_scores + lead_scores + _scores(rest)]
    title_weighed = known.weighed[title_rows]
    lead_rows = body_rows[: len(lead_words)]
    lead_terms, lead_counts = kernels.counted(
        np.concatenate((known.weighed[lead_rows], title_weighed, title_weighed))
    )
    terms, _ = kernels.counted(
        np.concatenate((known.weighed[body_rows], title_weighed, np.array(scores, np.uint32)))
    )
    # Facts are looked for in the title and lead only: a long article's background
    # recalls earlier events of the same kind, in other places.
    lead_known = np.concatenate(
        (
            title_ids,
            known.ids[lead_rows],
            np.array(scores[: len(title_scores + lead_scores)], np.uint32),
        )
    )
    names_at = len(body_words) + len(title_words)
    named = set(known.ids[rows[names_at : names_at + len(capitalised)]].tolist())
    title_list = title_ids.tolist()
    entities = {term for term in title_list if term in named} | set(scores[: len(title_scores)])
    # A title's numbers with what they count ("12.4 million", "45 countries").
    numbers = sorted(
        {
            (term_id(word), title_list[i + 1] if i + 1 < len(title_list) else 0)
            for i, word in enumerate(title_words)
            if word.replace(".", "").isdigit()
        }
    )
    return Fingerprint(
        language=language,
        text_hash=_int64(hashes.tobytes()),
        shingle_count=len(grams),
        signature=_signature(grams),
        terms=terms,
        lead_terms=lead_terms,
        lead_counts=lead_counts,
        entities=np.array(sorted(entities), dtype=np.uint32),
        numbers=np.array(numbers, dtype=np.uint32).reshape(-1, 2),
        bloom=bloom(lead_known),
        word_count=len(body_words),
        cross=cross_keys(
            known,
            head=np.concatenate((title_rows, lead_rows)),
            in_title=len(title_rows),
            every=np.concatenate((rows[:names_at], rows[-len(spelled) :] if spelled else rows[:0])),
            spelled=len(spelled),
            named=rows[names_at : names_at + len(capitalised) + len(title_names)],
        ),
    )


# Kinds of a cross-language key (bits).
NAME, FIGURE, IN_TITLE = 1, 2, 4


@dataclass(frozen=True)
class CrossKeys:
    """An article's facts as other languages spell them: `head` the keys (text.skeleton)
    of its title's and lead's words and numbers, with `head3` and `head2` the keys of
    their first three and two letters, and `kind` bits (NAME: the article capitalises
    it mid-sentence; FIGURE: a number; IN_TITLE); `names` every name it capitalises;
    `words` the key of every number and capitalised word in it and `mentions` those of
    their first two, three and four letters, so that an inflected name still counts as
    mentioned (Lənkəranda, Ленкорани; Bakının, Баку)."""

    head: np.ndarray  # uint32, sorted
    head3: np.ndarray  # uint32
    head2: np.ndarray  # uint32
    kind: np.ndarray  # uint8
    names: np.ndarray  # uint32, sorted
    words: np.ndarray  # uint32, sorted
    mentions: np.ndarray  # uint32, sorted

    def mention(self, other: "CrossKeys") -> np.ndarray:
        """For each of `other`'s head keys, whether this article mentions it: a word of
        this article starts with it, or is the start of it."""
        return (
            _within(other.head, self.mentions)
            | _within(other.head3, self.words)
            | _within(other.head2, self.words)
        )

    def pack(self) -> bytes:
        arrays = (self.head, self.head3, self.head2, self.names, self.words, self.mentions)
        sizes = np.array([len(self.head), len(self.names), len(self.words), len(self.mentions)])
        return b"".join(
            (sizes.astype(np.uint32).tobytes(), *(a.tobytes() for a in arrays), self.kind.tobytes())
        )

    @classmethod
    def unpack(cls, data: bytes) -> "CrossKeys":
        head, names, words, mentions = np.frombuffer(data, np.uint32, 4).tolist()
        values = np.frombuffer(data, np.uint32, 3 * head + names + words + mentions, offset=16)
        kind = np.frombuffer(data, np.uint8, head, offset=16 + 4 * len(values))
        parts = np.split(values, np.cumsum([head, head, head, names, words]))
        return cls(parts[0], parts[1], parts[2], kind, *parts[3:])


def _within(values: np.ndarray, known: np.ndarray) -> np.ndarray:
    """For each value, whether it is in `known` (sorted): np.isin costs ten times more
    on arrays this small."""
    if not len(known):
        return np.zeros(len(values), dtype=bool)
    spots = np.minimum(np.searchsorted(known, values), len(known) - 1)
    return known[spots] == values


def cross_keys(
    known: Lexicon,
    *,
    head: np.ndarray,
    in_title: int,
    every: np.ndarray,
    spelled: int,
    named: np.ndarray,
) -> CrossKeys:
    """`head`: lexicon rows of the title (the first `in_title`) and lead; `every`: of
    the whole article's words, then (the last `spelled`) of its capitalised words;
    `named`: of the words it capitalises as names (mid-sentence, or in a headline)."""
    return CrossKeys(
        *kernels.cross_keys(
            known.key,
            known.key3,
            known.key2,
            known.key_size,
            head,
            in_title,
            every,
            spelled,
            named,
            NUMBER,
        )
    )


def _scores(text: str) -> list[str]:
    return SCORE.findall(text) if ":" in text else []


def _title_names(title: str, language: str) -> list[str]:
    """Words a headline capitalises after its first, unless it capitalises most of
    them (Title Case says nothing of names)."""
    tokens = TITLE_WORD.findall(title)
    capitals = [token for token in tokens[1:] if token[0].isupper()]
    if not capitals or 2 * len(capitals) > len(tokens):
        return []
    return words(" ".join(capitals), language)


def _capitalised(body: str, language: str) -> list[str]:
    """Words the text capitalises inside a sentence: names, places, bodies."""
    found = CAPITALISED.findall(body)
    return words(" ".join(found), language) if found else []


def bloom(terms) -> np.ndarray:
    ids = np.asarray(terms, dtype=np.uint32)
    bits = np.zeros(BLOOM_BITS, dtype=bool)
    for shift in (0, 11, 21):
        bits[(ids >> shift) & 2047] = True
    return np.packbits(bits, bitorder="little")


def _positions(term: int) -> tuple[int, int, int]:
    return term & 2047, (term >> 11) & 2047, (term >> 21) & 2047


def in_bloom(bits: np.ndarray, term: int) -> bool:
    return all(bits[p >> 3] & (1 << (p & 7)) for p in _positions(term))


@dataclass(frozen=True)
class Facts:
    """What a title states, and what the whole article mentions (as a Bloom filter)."""

    entities: np.ndarray
    numbers: np.ndarray
    bloom: np.ndarray


def conflict(a: Facts, b: Facts) -> bool:
    """Whether two articles report different events: either title names a place, a
    body or a person that the other's title and lead never mention; or both titles count
    the same thing ("million", "countries") with numbers the other's lead lacks. (Numbers
    of different things are no conflict: reports of one event pick different figures.)"""
    if _missing(a.entities, b.bloom) or _missing(b.entities, a.bloom):
        return True
    units_b = {int(unit): int(number) for number, unit in b.numbers.tolist() if unit}
    for number, unit in a.numbers.tolist():
        other = units_b.get(unit)
        if (
            other is not None
            and other != number
            and not in_bloom(b.bloom, number)
            and not in_bloom(a.bloom, other)
        ):
            return True
    return False


def _missing(terms: np.ndarray, bits: np.ndarray) -> bool:
    return any(not in_bloom(bits, term) for term in terms.tolist())


def term_id(stem: str) -> int:
    return zlib.crc32(stem.encode())


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two shingle sets, estimated from their signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(j: float, size_a: int, size_b: int) -> float:
    """How much of the smaller set lies in the larger, from their Jaccard and sizes."""
    if not size_a or not size_b:
        return 0.0
    common = j * (size_a + size_b) / (1 + j)
    return min(1.0, common / min(size_a, size_b))


def weigh(
    terms: np.ndarray, counts: np.ndarray, df: np.ndarray, total: int
) -> tuple[np.ndarray, np.ndarray]:
    """The TOP_TERMS terms by tf-idf, and their weights as a unit vector."""
    if not len(terms):
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.float32)
    idf = np.log((total + 1) / (df[terms & ((1 << TERM_BITS) - 1)] + 1.0)) + 1.0
    scores = (1.0 + np.log(counts)) * idf
    # The heaviest first; equal weights by the larger term id, so the order is stable.
    top = np.lexsort((terms, scores))[::-1][:TOP_TERMS]
    weights = scores[top].astype(np.float32)
    norm = math.sqrt(float(weights @ weights)) or 1.0
    return terms[top], weights / norm
