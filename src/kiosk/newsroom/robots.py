"""Each outlet's robots.txt: the rules real news sites publish, and their sitemaps.

Every outlet hides its search, admin and print views from all crawlers, as most sites
do, plus paths of its own CMS; none of these is a page the newsroom serves. The outlet
with a premium section hides it too when asked (`disallow_premium`), and a Crawl-delay
line is added only on request, since obeying it would slow every crawl of the newsroom.
"""

from kiosk.newsroom.feeds import NEWS_SITEMAP_PATH
from kiosk.newsroom.generator import Outlet

COMMON_RULES = ("Disallow: /search", "Disallow: /admin/", "Disallow: /*?print=")

# What each site's CMS adds, by page layout (layouts.py).
_SITE_RULES = {
    "seher": (
        "Disallow: /wp-admin/",
        "Allow: /wp-admin/admin-ajax.php",
        "Disallow: /?s=",
        "Disallow: /wp-json/",
    ),
    "cinar": ("Disallow: /az/search", "Disallow: /*?utm_", "Disallow: /az/user/"),
    "depesha": ("Disallow: /cgi-bin/", "Disallow: /print/", "Disallow: /*?sort="),
    "kurier": ("Disallow: /api/", "Disallow: /personal/", "Disallow: /*?from="),
    "ledger": ("Disallow: /account/", "Disallow: /*?share="),
    "meridian": ("Disallow: /api/", "Disallow: /preview/", "Disallow: /*?amp="),
}

# Agents some outlets shut out entirely; Kiosk's own agent falls to the "*" group.
_BLOCKED_AGENTS = {
    "seher": (),
    "cinar": ("GPTBot", "CCBot"),
    "depesha": ("SemrushBot",),
    "kurier": (),
    "ledger": ("GPTBot", "CCBot", "Bytespider"),
    "meridian": ("CCBot",),
}


def render_robots(
    outlet: Outlet,
    base_url: str,
    *,
    disallow_premium: bool = False,
    crawl_delay: float | None = None,
) -> bytes:
    """The outlet's robots.txt, with its Sitemap lines as absolute URLs."""
    lines = ["User-agent: *", *COMMON_RULES, *_SITE_RULES[outlet.style]]
    if disallow_premium and outlet.premium_section is not None:
        lines.append(f"Disallow: {outlet.premium_section}")
    lines.append("Allow: /")
    if crawl_delay is not None:
        lines.append(f"Crawl-delay: {crawl_delay:g}")
    blocked = _BLOCKED_AGENTS[outlet.style]
    if blocked:
        lines += ["", *(f"User-agent: {agent}" for agent in blocked), "Disallow: /"]
    lines += ["", f"Sitemap: {base_url}/sitemap.xml", f"Sitemap: {base_url}{NEWS_SITEMAP_PATH}"]
    return ("\n".join(lines) + "\n").encode("utf-8")
