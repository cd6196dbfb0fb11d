"""Comment text: cleaned when posted, rendered as plain text with clickable links.

Nothing a reader writes is ever rendered as markup: everything is escaped, and only
http(s) addresses become links (rel="nofollow ugc"). Characters that can disguise text
(bidirectional overrides, zero-width and control characters) are dropped, and a link's
host is shown in its ASCII (punycode) form when it is not plain ASCII, so a look-alike
domain (Cyrillic "а" in "pаypal.com") cannot pass for the real one.
"""

import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Bidi embeddings, overrides and isolates; marks; zero-width characters; BOM.
_DISGUISE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\ufeff\u061c]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}»\u201d\u2019"


def clean_text(text: str) -> str:
    """What is stored: NFC, Unix newlines, no disguising or control characters, at most
    one blank line between paragraphs, no surrounding whitespace."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _DISGUISE.sub("", text.replace("\t", " ")))
    text = re.sub(r"[ \u00a0]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def find_links(text: str) -> list[str]:
    return [match.rstrip(_TRAILING) for match in _URL.findall(text)]


def normalized_for_duplicates(text: str) -> str:
    """Two comments that differ only in case, spacing or punctuation are the same text."""
    words = re.findall(r"\w+", clean_text(text).casefold())
    return " ".join(words)


def _safe_url(raw: str) -> str | None:
    """The address with its host in ASCII, or None when it is not a usable http(s) URL."""
    try:
        parts = urlsplit(raw)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))


def _linkify(line: str) -> str:
    out = []
    position = 0
    for match in _URL.finditer(line):
        raw = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(raw)
        out.append(escape(line[position : match.start()]))
        url = _safe_url(raw)
        if url is None:
            out.append(escape(raw))
        else:
            out.append(f'<a href="{escape(url)}" rel="nofollow ugc">{escape(url)}</a>')
        position = end
    out.append(escape(line[position:]))
    return "".join(out)


def render_comment(text: str) -> SafeString:
    """Paragraphs and line breaks, clickable http(s) links, everything else escaped."""
    paragraphs = [p for p in clean_text(text).split("\n\n") if p.strip()]
    html = "".join(
        "<p>" + "<br>".join(_linkify(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return mark_safe(html)  # noqa: S308 - every piece of reader text above went through escape()
