"""Text overlap measures the newsroom tests use: word shingles and token F1."""

import re

from kiosk.crawl.health import token_f1

__all__ = ["jaccard", "shingles", "token_f1"]

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = WORD.findall(text.casefold())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(first: str, second: str, size: int = 5) -> float:
    a, b = shingles(first, size), shingles(second, size)
    return len(a & b) / len(a | b) if a | b else 0.0
