"""The story index's innermost loops, compiled with numba.

Scoring a new article against the time window touches a few hundred postings and twenty
candidates: as numpy it was some forty calls of a few microseconds each (0.4 ms an
article on this project's 2-core machine, the largest share of placement), here it is
one call of a few tens of microseconds. Compiled on first use and cached beside this file.
"""

import numpy as np
from numba import njit


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
