"""Text overlap measures the newsroom tests use: word shingles and token F1."""

import re
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = WORD.findall(text.casefold())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(first: str, second: str, size: int = 5) -> float:
    a, b = shingles(first, size), shingles(second, size)
    return len(a & b) / len(a | b) if a | b else 0.0


def token_f1(extracted: str, truth: str) -> float:
    got = Counter(WORD.findall(extracted.casefold()))
    want = Counter(WORD.findall(truth.casefold()))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
