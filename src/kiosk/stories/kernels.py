"""The story index's innermost loops, compiled with numba.

- Shingling an article (`shingle_hashes`) is a few hundred multiply-adds and a sort,
  and LSH band keys (`band_keys`) a few dozen, which numpy spread over a dozen calls.
- Scoring a new article against the time window (`closest_rows`) touches a few hundred
  postings and twenty candidates: as numpy it was some forty calls of a few microseconds
  each (0.4 ms an article on this project's 2-core machine, the largest share of
  placement); here it is one call of a few tens of microseconds.
- An article's cross-language keys (`cross_keys`) are a few filters, a sort and three
  set unions over a few hundred words: one call, where numpy took some twenty.

Compiled on first use and cached beside this file.
"""

import numpy as np
from numba import njit

# Shingle hashing: odd 64-bit multipliers (the +1 keeps a zero word hash from vanishing).
SHINGLE_BASE = np.uint64(0x9E3779B97F4A7C15)
SHINGLE_MIX = np.uint64(0xD6E8FEB86659FD93)


@njit(cache=True, nogil=True)
def closest_rows(
    flat: np.ndarray,
    which: np.ndarray,
    query_terms: np.ndarray,
    query_weights: np.ndarray,
    terms: np.ndarray,
    weights: np.ndarray,
    alive: np.ndarray,
    published: np.ndarray,
    low: int,
    high: int,
    candidates: int,
    at_least: float,
    scratch: np.ndarray,
    touched: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cosines) of the window rows with a cosine of `at_least` to the query, best
    first. `flat` holds the postings (row * width + column) of
    the query's heaviest terms, `which` each one's position in the query: the rows they
    name are summed over those terms, the `candidates` best of the live ones published
    in [low, high] are scored in full. `scratch` (float64) and `touched` (bool) have a
    zero for every row, as they are left."""
    width = terms.shape[1]
    # Each row's sum, in `scratch` (zeros, one per row: left as found): no sorting.
    found = np.empty(len(flat), dtype=np.int64)
    count = 0
    for entry in range(len(flat)):
        row = flat[entry] // width
        if not touched[row]:
            touched[row] = True
            found[count] = row
            count += 1
        scratch[row] += query_weights[which[entry]] * weights[row, flat[entry] % width]
    sums = np.empty(count, dtype=np.float64)
    usable = 0
    for index in range(count):
        row = found[index]
        total = scratch[row]
        scratch[row] = 0.0
        touched[row] = False
        if alive[row] and low <= published[row] <= high:
            found[usable] = row
            sums[usable] = total
            usable += 1
    count = usable
    found, sums = found[:count], sums[:count]
    if count > candidates:
        found = found[np.argsort(-sums, kind="mergesort")[:candidates]]
    sorted_query = np.argsort(query_terms)
    keys = query_terms[sorted_query]
    key_weights = query_weights[sorted_query]
    scores = np.zeros(len(found), dtype=np.float64)
    for index in range(len(found)):
        row = found[index]
        score = 0.0
        for column in range(width):
            weight = weights[row, column]
            if weight == 0.0:
                continue  # padding
            term = terms[row, column]
            spot, end = 0, len(keys)  # binary search (np.searchsorted costs 100x here)
            while spot < end:
                middle = (spot + end) >> 1
                if keys[middle] < term:
                    spot = middle + 1
                else:
                    end = middle
            if spot < len(keys) and keys[spot] == term:
                score += key_weights[spot] * weight
        scores[index] = score
    close = scores >= at_least
    found, scores = found[close], scores[close]
    ranked = np.argsort(-scores, kind="mergesort")
    return found[ranked], scores[ranked]


@njit(cache=True, nogil=True)
def shingle_hashes(words: np.ndarray, size: int) -> np.ndarray:
    """The distinct hashes, sorted, of every run of `size` consecutive words (of the whole
    text when it is shorter), from the words' 32-bit hashes: a polynomial of the run,
    its high 32 bits after a multiplicative mix. Stable across processes."""
    if len(words) == 0:
        return np.empty(0, dtype=np.uint32)
    width = min(size, len(words))
    runs = len(words) - width + 1
    hashes = np.empty(runs, dtype=np.uint32)
    for start in range(runs):
        mixed = np.uint64(0)
        for offset in range(width):
            mixed = mixed * SHINGLE_BASE + np.uint64(words[start + offset]) + np.uint64(1)
        hashes[start] = np.uint32((mixed * SHINGLE_MIX) >> np.uint64(32))
    hashes.sort()
    distinct = 1
    for index in range(1, runs):
        if hashes[index] != hashes[distinct - 1]:
            hashes[distinct] = hashes[index]
            distinct += 1
    return hashes[:distinct]


@njit(cache=True, nogil=True)
def band_keys(signature: np.ndarray, bands: int) -> np.ndarray:
    """One signed 64-bit key per LSH band of a MinHash signature: a polynomial of the
    band's number and its rows, mixed like the shingles."""
    rows = len(signature) // bands
    keys = np.empty(bands, dtype=np.int64)
    for band in range(bands):
        mixed = np.uint64(band + 1)
        for row in range(rows):
            mixed = mixed * SHINGLE_BASE + np.uint64(signature[band * rows + row])
        mixed = mixed * SHINGLE_MIX
        keys[band] = np.int64(mixed ^ (mixed >> np.uint64(32)))
    return keys


@njit(cache=True, nogil=True)
def counted(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct nonzero values, sorted, and how often each occurs."""
    ordered = np.sort(values)
    distinct = np.empty(len(ordered), dtype=ordered.dtype)
    counts = np.empty(len(ordered), dtype=np.int64)
    found = 0
    for value in ordered:
        if value == 0:
            continue
        if found and distinct[found - 1] == value:
            counts[found - 1] += 1
        else:
            distinct[found] = value
            counts[found] = 1
            found += 1
    return distinct[:found], counts[:found]


@njit(cache=True, nogil=True)
def cross_keys(
    key: np.ndarray,
    key3: np.ndarray,
    key2: np.ndarray,
    key_size: np.ndarray,
    head: np.ndarray,
    in_title: int,
    every: np.ndarray,
    spelled: int,
    named: np.ndarray,
    number: int,
):
    """An article's cross-language keys (fingerprint.cross_keys) from the lexicon's
    columns and the article's rows, in one call where numpy took some twenty:
    (head, head3, head2, kind, names, words, mentions).

    Head: the distinct keys, sorted, of the title's and lead's words (`head` rows, the
    first `in_title` of the title) with three consonants or more, of two-consonant
    names and of numbers (size `number`), with their three- and two-letter keys and
    kind bits (1 a name, 2 a number, 4 in the title). Names: the keys of the `named`
    rows. Words and mentions: of the numbers among the `every` rows but the last
    `spelled`, and of those last (capitalised words): their keys, and their keys with
    their two- and three-letter keys."""
    found_names = np.empty(len(named), dtype=key.dtype)
    count = 0
    for row in named:
        if key_size[row] >= 2 and key_size[row] != number:
            found_names[count] = key[row]
            count += 1
    names = np.unique(found_names[:count])
    keys = key[head]
    order = np.argsort(keys, kind="mergesort")
    out = np.empty(len(head), dtype=key.dtype)
    out3 = np.empty(len(head), dtype=key.dtype)
    out2 = np.empty(len(head), dtype=key.dtype)
    kinds = np.zeros(len(head), dtype=np.uint8)
    found = 0
    for index in order:
        row = head[index]
        size = key_size[row]
        if size < 2:
            continue
        value = keys[index]
        spot = np.searchsorted(names, value)
        is_name = spot < len(names) and names[spot] == value
        if size == 2 and not is_name:
            continue  # two-consonant words are mostly function words
        kind = (1 if is_name else 0) | (2 if size == number else 0) | (4 if index < in_title else 0)
        if found and out[found - 1] == value:
            kinds[found - 1] |= kind
            continue
        out[found], out3[found], out2[found] = value, key3[row], key2[row]
        kinds[found] = kind
        found += 1
    plain = len(every) - spelled
    words = np.empty(len(every), dtype=key.dtype)
    mentions = np.empty(3 * len(every), dtype=key.dtype)
    count = 0
    for index in range(len(every)):
        row = every[index]
        size = key_size[row]
        if size < 2 or (index < plain and size != number):
            continue
        words[count] = key[row]
        mentions[3 * count], mentions[3 * count + 1] = key[row], key3[row]
        mentions[3 * count + 2] = key2[row]
        count += 1
    return (
        out[:found],
        out3[:found],
        out2[:found],
        kinds[:found],
        names,
        np.unique(words[:count]),
        np.unique(mentions[: 3 * count]),
    )
