"""Rich content for a share of the sample newsroom's articles: a lead photo with its
caption, an in-body link, a subheading, a bulleted list, a standfirst and an update.

Chosen per article from the seed and its path, so the newsroom stays the same byte for
byte. Every choice keeps the article's words (a list is one paragraph's sentences, a link
wraps words already there) except the subheading, which the ground truth's text counts,
and the lead and caption, which it does not: Kiosk stores them apart from the body.
"""

import hashlib
import random
import re
from dataclasses import replace
from datetime import datetime, timedelta

# Outlets whose layout shows a standfirst above the body (layouts.py).
STANDFIRST_STYLES = {"kurier", "ledger"}
IMAGE_WIDTH, IMAGE_HEIGHT = 1200, 675
PHOTO = {"az": "Foto", "ru": "Фото", "en": "Photo"}
SUBHEADINGS = {
    "az": ("Təfərrüatlar", "Rəqəmlərlə", "Nə deyirlər", "Arxa plan"),
    "ru": ("Подробности", "В цифрах", "Что говорят", "Предыстория"),
    "en": ("The details", "In numbers", "What they say", "Background"),
}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZА-ЯЁƏÜÖĞÇŞİ0-9])")


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_BREAK.split(paragraph) if s.strip()]


def image_path(article_path: str) -> str:
    digest = hashlib.blake2b(article_path.encode(), digest_size=6).hexdigest()
    return f"/media/{digest}.svg"


def render_image(path: str) -> bytes:
    """A small landscape picture, its colours from the path."""
    digest = hashlib.blake2b(path.encode(), digest_size=6).hexdigest()
    sky, ground = f"#{digest[:6]}", f"#{digest[6:]}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{IMAGE_WIDTH}" '
        f'height="{IMAGE_HEIGHT}" viewBox="0 0 {IMAGE_WIDTH} {IMAGE_HEIGHT}">'
        f'<rect width="{IMAGE_WIDTH}" height="{IMAGE_HEIGHT}" fill="{sky}"/>'
        f'<rect y="430" width="{IMAGE_WIDTH}" height="245" fill="{ground}"/>'
        f'<circle cx="900" cy="180" r="90" fill="#fff3c4"/></svg>'
    ).encode()


def enrich(
    seed: int,
    article,
    *,
    place: str,
    link_target: str | None,
    now: datetime,
    style: str,
    copied: bool = False,
):
    """The article with its rich parts chosen (a NewsArticle, see generator.py). A copy
    and its original keep their text word for word: no standfirst, no subheading."""
    rng = random.Random(f"{seed}:media:{article.outlet}:{article.path}")
    changes: dict = {}
    paragraphs = list(article.paragraphs)
    if rng.random() < 0.5:
        day = f"{article.published_at:%d.%m.%Y}"
        caption = f"{place}, {day}. {PHOTO[article.language]}: {article.author}"
        changes["figure"] = (image_path(article.path), caption)
    if style in STANDFIRST_STYLES and not copied and len(paragraphs) >= 4 and rng.random() < 0.5:
        changes["lead"] = paragraphs.pop(0)
        changes["paragraphs"] = tuple(paragraphs)
    if link_target is not None and len(paragraphs) >= 3 and rng.random() < 0.4:
        index = rng.randrange(1, len(paragraphs) - 1)
        words = min(len(paragraphs[index].split()), rng.randint(3, 6))
        changes["link"] = (index, words, link_target)
    if not copied and len(paragraphs) >= 6 and rng.random() < 0.35:
        middle = len(paragraphs) // 2
        changes["subheading"] = (middle, rng.choice(SUBHEADINGS[article.language]))
        for index in range(middle, len(paragraphs) - 1):
            if len(sentences(paragraphs[index])) >= 2 and index != changes.get("link", (-1,))[0]:
                changes["bullets"] = index
                break
    if rng.random() < 0.3:
        modified = article.published_at + timedelta(minutes=rng.randint(30, 600))
        if modified < now - timedelta(minutes=1):
            changes["modified_at"] = modified
    return replace(article, **changes) if changes else article
