"""Revisions: when to fetch a stored article again, and what changed between two versions.

Sources correct and update their articles, mostly in the first hours. Kiosk fetches a
recent article again a few times (conditional GET, so an unchanged page costs a 304),
keeps every version whose title or text changed as a capture of its own, and shows
readers a diff. This module is plain values only; the pipeline does the fetching.
"""

import difflib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

# Hours after the first fetch at which an article is fetched again: corrections come
# early, updates of a developing story within the day, late fixes within three days.
DEFAULT_REVISIT_HOURS = (1, 6, 24, 72)


def next_revisit(
    archived_at: datetime, now: datetime, *, hours: tuple[float, ...] = DEFAULT_REVISIT_HOURS
) -> datetime | None:
    """The next time after `now` to fetch the article again, or None when it is old enough
    to be left alone."""
    for offset in sorted(hours):
        moment = archived_at + timedelta(hours=offset)
        if moment > now:
            return moment
    return None


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "added" or "removed"
    text: str


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph of the comparison: kept, added, removed, or changed (then its
    segments show the words removed and added inside it)."""

    kind: str  # "same", "added", "removed", "changed", or "skipped" (unchanged, folded)
    segments: tuple[Segment, ...]
    count: int = 1  # paragraphs folded into a "skipped" one


@dataclass(frozen=True)
class VersionDiff:
    title: tuple[Segment, ...]
    title_changed: bool
    paragraphs: tuple[ParagraphChange, ...]

    @property
    def changed(self) -> bool:
        return self.title_changed or any(p.kind != "same" for p in self.paragraphs)

    def in_context(self, context: int = 1) -> tuple[ParagraphChange, ...]:
        """The paragraphs a reader needs: the changes with `context` unchanged paragraphs
        around each; longer unchanged runs are folded into one "skipped" entry."""
        near = set()
        for index, paragraph in enumerate(self.paragraphs):
            if paragraph.kind != "same":
                near.update(range(index - context, index + context + 1))
        shown: list[ParagraphChange] = []
        for index, paragraph in enumerate(self.paragraphs):
            if paragraph.kind != "same" or index in near:
                shown.append(paragraph)
            elif shown and shown[-1].kind == "skipped":
                shown[-1] = ParagraphChange("skipped", (), shown[-1].count + 1)
            else:
                shown.append(ParagraphChange("skipped", ()))
        return tuple(shown)

    @property
    def counts(self) -> dict[str, int]:
        counts = {"added": 0, "removed": 0, "changed": 0}
        for paragraph in self.paragraphs:
            if paragraph.kind in counts:
                counts[paragraph.kind] += 1
        return counts


_TOKENS = re.compile(r"\s+|[^\s]+")
# Two paragraphs this alike are one paragraph edited, not one removed and one added.
EDITED_RATIO = 0.5


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """Word-level changes from `old` to `new`, whitespace kept, adjacent runs merged."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            _append(segments, "same", "".join(before[a1:a2]))
            continue
        if op in ("delete", "replace"):
            _append(segments, "removed", "".join(before[a1:a2]))
        if op in ("insert", "replace"):
            _append(segments, "added", "".join(after[b1:b2]))
    return tuple(segments)


def _append(segments: list[Segment], kind: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = Segment(kind, segments[-1].text + text)
    else:
        segments.append(Segment(kind, text))


def diff_versions(
    old_title: str, old_paragraphs: list[str], new_title: str, new_paragraphs: list[str]
) -> VersionDiff:
    """What changed between two versions of an article: the title word by word, the body
    paragraph by paragraph, and words inside a paragraph that was edited."""
    paragraphs: list[ParagraphChange] = []
    matcher = difflib.SequenceMatcher(a=old_paragraphs, b=new_paragraphs, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            paragraphs.extend(
                ParagraphChange("same", (Segment("same", p),)) for p in old_paragraphs[a1:a2]
            )
        elif op == "delete":
            paragraphs.extend(_whole("removed", old_paragraphs[a1:a2]))
        elif op == "insert":
            paragraphs.extend(_whole("added", new_paragraphs[b1:b2]))
        else:
            paragraphs.extend(_pair_up(old_paragraphs[a1:a2], new_paragraphs[b1:b2]))
    return VersionDiff(
        title=word_diff(old_title, new_title),
        title_changed=old_title != new_title,
        paragraphs=tuple(paragraphs),
    )


def _whole(kind: str, paragraphs: list[str]) -> list[ParagraphChange]:
    return [ParagraphChange(kind, (Segment(kind, p),)) for p in paragraphs]


def _pair_up(old: list[str], new: list[str]) -> list[ParagraphChange]:
    """A replaced run of paragraphs: each old one pairs with the next sufficiently alike
    new one (an edit); the rest were removed or added, in reading order."""
    changes: list[ParagraphChange] = []
    start = 0
    for paragraph in old:
        match = next(
            (
                index
                for index in range(start, len(new))
                if difflib.SequenceMatcher(a=paragraph, b=new[index], autojunk=False).ratio()
                >= EDITED_RATIO
            ),
            None,
        )
        if match is None:
            changes.extend(_whole("removed", [paragraph]))
            continue
        changes.extend(_whole("added", new[start:match]))
        changes.append(ParagraphChange("changed", word_diff(paragraph, new[match])))
        start = match + 1
    changes.extend(_whole("added", new[start:]))
    return changes
