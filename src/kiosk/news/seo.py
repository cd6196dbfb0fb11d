"""What an article page tells other programs about itself: OpenGraph and Twitter card
tags for link previews, and schema.org NewsArticle structured data (JSON-LD).

The portal page is canonical for the portal's copy; `isBasedOn` names the original, and
the source is the publisher, as the attribution line says to readers.
"""

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from kiosk.news.models import Article

DESCRIPTION_WORDS = 40
# JSON inside <script> must not close it or open a comment: the escapes json_script uses.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def description(article: Article, shown_paragraphs: list[str]) -> str:
    """A sentence or two for previews: the standfirst, else the opening of what the
    source lets the portal show (nothing for a headline-only source)."""
    if article.lead and shown_paragraphs:
        return article.lead
    words = " ".join(shown_paragraphs).split()
    text = " ".join(words[:DESCRIPTION_WORDS])
    return text + (" …" if len(words) > DESCRIPTION_WORDS else "")


def link_preview(article: Article, request: HttpRequest, shown_paragraphs: list[str]) -> dict:
    """OpenGraph and Twitter card values for the article page's <head>."""
    image = article.image_url if shown_paragraphs else ""
    return {
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "title": article.title,
        "description": description(article, shown_paragraphs),
        "image": image,
        "card": "summary_large_image" if image else "summary",
        "site_name": settings.KIOSK_PORTAL_NAME,
        "locale": {"az": "az_AZ", "ru": "ru_RU", "en": "en_GB"}.get(article.language, ""),
    }


def news_article_ld(article: Article, preview: dict) -> SafeString:
    """schema.org NewsArticle as a JSON-LD script body, safe inside <script>."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "inLanguage": article.language,
        "datePublished": article.published_at.isoformat(),
        "dateModified": (
            article.updated_at or article.modified_at or article.published_at
        ).isoformat(),
        "mainEntityOfPage": preview["url"],
        "url": preview["url"],
        "isBasedOn": article.url,
        "publisher": {
            "@type": "Organization",
            "name": article.source.name,
            "url": article.source.homepage,
        },
    }
    if preview["description"]:
        data["description"] = preview["description"]
    if preview["image"]:
        data["image"] = [preview["image"]]
    if article.author:
        data["author"] = [{"@type": "Person", "name": article.author}]
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 - JSON with <, > and & escaped
