"""Attribution sentences: a republished article names where it came from.

"This report was first published by X.", "<site>, citing X, reports", «Материал впервые
опубликован изданием «X»», «Xəbər «X» saytından götürülüb»: found at the start or end of a
body, they give the true original source, which the portal records and shows, and which
story clustering uses to tell copies from reporting. A rewrite credits the report it
retells the same way ("The news was first reported by X.", «Ранее об этом сообщило
издание «X»», «Bu barədə ilk olaraq «X» məlumat verib»).
"""

import re

# A name in «» or "" quotes, or (English) a run of capitalised words.
QUOTED = r"[«\"“](?P<quoted>[^»\"”]{2,80})[»\"”]"
CAPITALISED = r"(?P<plain>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|de|la)){0,6})"
NAME = rf"(?:{QUOTED}|{CAPITALISED})"

PATTERNS = [
    re.compile(pattern, re.IGNORECASE if flags else 0)
    for pattern, flags in (
        # English
        # (lead words in any case; the name itself must be capitalised)
        (r"(?i:\b(?:first|originally) (?:published|reported) (?:by|in|on)) " + NAME, False),
        (r"^(?i:republished (?:with permission )?from) " + NAME, False),
        (r"^[^.,]{2,60}, (?i:citing) " + NAME + r", (?i:reports?)", False),
        (r"(?i:\b(?:reports?|reported|said|says), citing) " + NAME, False),
        # ("According to X," is left out: X is as often a person as a publication.)
        (r"^(?i:source:) " + NAME, False),
        # Russian
        (r"впервые опубликован[аоы]? (?:изданием |на сайте |в )?" + QUOTED, True),
        (r"по материалам (?:издания |сайта |агентства )?" + QUOTED, True),
        (r"со ссылкой на (?:издание |сайт |агентство )?" + QUOTED, True),
        (r"^как сообщает (?:издание |сайт |агентство )?" + QUOTED, True),
        (r"^источник: " + QUOTED, True),
        (
            r"об этом (?:ранее |впервые |первым |первой |первыми )?"
            r"(?:сообщил[аио]?|рассказал[аио]?|написал[аио]?) (?:издание |сайт |агентство )?"
            + QUOTED,
            True,
        ),
        # Azerbaijani
        (r"ilk olaraq " + QUOTED + r" (?:yayıb|dərc edib)", True),
        (QUOTED + r" saytından götürülüb", True),
        (QUOTED + r"(?: saytına| agentliyinə| nəşrinə)? istinadən", True),
        (r"^mənbə: " + QUOTED, True),
        (
            r"bu barədə (?:ilk olaraq|daha əvvəl|əvvəlcə) " + QUOTED + r" (?:xəbər|məlumat) "
            r"(?:verib|yayıb)",
            True,
        ),
    )
]
MAX_ATTRIBUTION_WORDS = 40  # a whole paragraph of reporting is not an attribution line


def cited_source(paragraphs: list[str]) -> str | None:
    """The source a republished article names near its start or end, if any. (A few
    paragraphs in: extraction may leave a section label or a kicker above it.)"""
    candidates = [*paragraphs[:3], *paragraphs[-2:]]
    for paragraph in candidates:
        if len(paragraph.split()) > MAX_ATTRIBUTION_WORDS:
            continue
        for pattern in PATTERNS:
            match = pattern.search(paragraph.strip())
            if match:
                groups = match.groupdict()
                name = groups.get("quoted") or groups.get("plain") or ""
                return name.strip().rstrip(".").strip() or None
    return None
