"""Scoring extracted text against the sample newsroom's ground truth."""

import re
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def token_f1(extracted: str, truth: str) -> float:
    """Bag-of-words F1 between two texts (1.0 when identical, 0.0 when disjoint)."""
    got = Counter(WORD.findall(extracted.casefold()))
    want = Counter(WORD.findall(truth.casefold()))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
