"""Republication policy: how much of an article a source lets the portal show.

Applied when a page is rendered, never to what is stored: the archive keeps the whole
text, so a source that changes its terms changes what readers see at once.
"""

from dataclasses import dataclass

from kiosk.sources.models import Source


@dataclass(frozen=True)
class Shown:
    paragraphs: list[str]
    complete: bool  # False: readers are sent to the original for the rest


def shown_text(paragraphs: list[str], *, policy: str, excerpt_words: int) -> Shown:
    if policy == Source.Republication.FULL:
        return Shown(paragraphs, complete=True)
    if policy == Source.Republication.HEADLINE:
        return Shown([], complete=False)
    shown, left = [], max(excerpt_words, 1)
    for paragraph in paragraphs:
        words = paragraph.split()
        if len(words) <= left:
            shown.append(paragraph)
            left -= len(words)
            continue
        shown.append(" ".join(words[:left]) + " …")
        return Shown(shown, complete=False)
    return Shown(shown, complete=True)
