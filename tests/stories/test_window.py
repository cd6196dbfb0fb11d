"""The story index's in-memory structures: band multimap, postings, the window's rows.

They replace dicts of Python objects for speed and memory, so they are checked against
the plain Python they replace: same answers, through merges, evictions and compaction.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.stories.fingerprint import BLOOM_BITS, Facts
from kiosk.stories.multimap import MultiMap
from kiosk.stories.postings import Postings
from kiosk.stories.window import COMPACT_AT, Window

# Band keys are hashes, spread over all 64 bits; a few small ones crowd one bucket.
KEYS = st.one_of(st.integers(-5, 5), st.integers(-(2**63), 2**63 - 1))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40), st.lists(KEYS, max_size=4)), max_size=200),
    st.integers(1, 30),
)
def test_the_band_multimap_finds_like_a_dict_of_lists_across_merges(entries, merge_at):
    multimap = MultiMap(merge_at=merge_at)
    reference: dict[int, set[int]] = {}
    for value, keys in entries:
        multimap.add(value, keys)
        for key in keys:
            reference.setdefault(key, set()).add(value)
    for key in {*range(-6, 7), *reference}:
        assert multimap.find([key]) == reference.get(key, set())
    assert multimap.find(list(reference)) == set().union(*reference.values())
    assert len(multimap) == sum(len(keys) for _, keys in entries)


def test_a_key_under_very_many_values_finds_them_all():
    multimap = MultiMap(merge_at=64)
    rng = np.random.default_rng(3)
    for value in range(600):
        multimap.add(value, [7, int(rng.integers(-(2**63), 2**63 - 1))])
    multimap.merge()

    assert multimap.find([7]) == set(range(600))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), max_size=6), max_size=120), st.integers(1, 12))
def test_postings_answer_like_a_dict_of_lists_added_to_or_built_in_bulk(batches, limit):
    added = Postings()
    reference: dict[int, list[int]] = {}
    value = 0
    for keys in batches:
        values = list(range(value, value + len(keys)))
        value += len(keys)
        added.add(np.array(keys, dtype=np.uint32), np.array(values, dtype=np.uint32))
        for key, item in zip(keys, values, strict=True):
            reference.setdefault(key, []).append(item)
    pairs = [(key, item) for key, items in reference.items() for item in items]
    built = Postings.from_pairs(
        np.array([key for key, _ in pairs], dtype=np.uint32),
        np.array([item for _, item in pairs], dtype=np.int64),
    )
    wanted = {key: sorted(items) for key, items in reference.items() if len(items) <= limit}
    for postings in (added, built):
        query = np.arange(14, dtype=np.uint32)
        found, which = postings.lookup(query, limit=limit)
        got: dict[int, list[int]] = {}
        for item, position in zip(found.tolist(), which.tolist(), strict=True):
            got.setdefault(int(query[position]), []).append(item)
        assert {key: sorted(items) for key, items in got.items()} == wanted
        assert len(postings) == value


def _facts() -> Facts:
    return Facts(
        np.empty(0, dtype=np.uint32),
        np.empty((0, 2), dtype=np.uint32),
        np.zeros(BLOOM_BITS // 8, dtype=np.uint8),
    )


def _vector(terms: list[int]) -> tuple[np.ndarray, np.ndarray]:
    weights = np.linspace(2.0, 1.0, len(terms)).astype(np.float32)
    return np.array(terms, dtype=np.uint32), weights / np.linalg.norm(weights)


def _similar(window: Window, terms: list[int], moment: int) -> list[tuple[int, float]]:
    query, weights = _vector(terms)
    found = window.similar(
        query,
        weights,
        low=moment - 100,
        high=moment + 100,
        at_least=0.1,
        query_terms=12,
        long_posting=200,
        candidates=20,
    )
    return [(match.article_id, round(match.score, 4)) for match in found]


def test_similar_rows_are_found_by_exact_cosine_and_evicted_ones_never_again():
    window = Window(capacity=4)  # grows as rows arrive
    # Article i talks about terms i..i+5; an article's story is its id.
    for article in range(3 * COMPACT_AT):
        window.add(
            article, article, article, 0, *_vector(list(range(article, article + 6))), _facts()
        )
        window.evict_before(article - 50)  # keep the last 50 or so: compaction runs
    assert window.size < 3 * COMPACT_AT  # dead rows were compacted away
    newest = 3 * COMPACT_AT - 1
    found = _similar(window, list(range(newest, newest + 6)), newest)
    assert found[0] == (newest, 1.0)  # itself, cosine 1
    assert [article for article, _ in found] == list(range(newest, newest - 6, -1))
    assert _similar(window, [5, 6, 7, 8, 9, 10], newest) == []  # long evicted
    # Outside [low, high] nothing is returned even when the words match.
    assert _similar(window, list(range(newest, newest + 6)), newest + 500) == []


def test_moving_and_removing_stories_updates_what_similar_reports():
    window = Window()
    for article in range(10):
        window.add(article, 1000, article % 2, 0, *_vector([1, 2, 3, 4]), _facts())
    assert sorted(window.members(1)) == [1, 3, 5, 7, 9]
    window.move_story(1, 0)
    assert sorted(window.members(0)) == list(range(10))
    window.move([4], 7)
    assert window.members(7) == [4]
    window.remove_story(0)
    assert [article for article, _ in _similar(window, [1, 2, 3, 4], 1000)] == [4]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.integers(1, 30), min_size=1, max_size=8, unique=True), st.booleans()),
        min_size=1,
        max_size=40,
    ),
    st.lists(st.integers(1, 30), min_size=1, max_size=8, unique=True),
    st.integers(1, 5),
)
def test_similar_scores_like_plain_python_cosines(rows, query, query_terms):
    window = Window(capacity=4)
    vectors = {}
    for article, (terms, removed) in enumerate(rows):
        vectors[article] = dict(zip(*(part.tolist() for part in _vector(terms)), strict=True))
        window.add(article, 1000, article, 0, *_vector(terms), _facts())
        if removed:
            window.remove(article)
            del vectors[article]
    terms, weights = _vector(query)
    heavy = set(query[:query_terms])
    mine = dict(zip(terms.tolist(), weights.tolist(), strict=True))
    expected = {
        article: sum(weight * vector.get(term, 0.0) for term, weight in mine.items())
        for article, vector in vectors.items()
        if heavy & set(vector)
    }
    borderline = {article for article, score in expected.items() if abs(score - 0.1) < 1e-5}
    expected = {
        article: score
        for article, score in expected.items()
        if score >= 0.1 and article not in borderline
    }

    found = window.similar(
        terms,
        weights,
        low=900,
        high=1100,
        at_least=0.1,
        query_terms=query_terms,
        long_posting=1000,
        candidates=1000,
    )

    got = {match.article_id: match.score for match in found if match.article_id not in borderline}
    assert got == pytest.approx(expected, abs=1e-5)
    assert [match.score for match in found] == sorted((m.score for m in found), reverse=True)
