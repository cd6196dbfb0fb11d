"""Dedupe and clustering scored against the sample newsroom's ground truth."""

import pytest

from kiosk.stories.evaluation import answers, score, store_newsroom
from kiosk.stories.services import place_article

pytestmark = pytest.mark.django_db


def place_newsroom(seeds):
    truth = []
    for seed in seeds:
        for page, article in store_newsroom(seed):
            place_article(article)
            truth.append(page)
    return truth


def test_copies_and_stories_meet_their_targets_on_the_sample_newsroom():
    truth = place_newsroom(seeds=(1, 2, 3))

    metrics = score(truth, *answers())

    assert metrics["copies_precision"] == 1.0, metrics
    assert metrics["copies_recall"] >= 0.98, metrics
    assert metrics["stories_precision"] >= 0.95, metrics
    assert metrics["stories_recall"] >= 0.90, metrics
    # Citation chains: which report each rewrite retells (the newsroom has 3 a seed).
    assert metrics["rewrite_pairs"] == 9, metrics
    assert metrics["rewrites_precision"] >= 0.9, metrics
    assert metrics["rewrites_recall"] >= 0.85, metrics
