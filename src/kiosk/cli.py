"""The `kiosk` console command: Django's management commands under Kiosk's settings.

`kiosk` alone, `kiosk -h` or `kiosk --help` prints Kiosk's own commands;
`kiosk help --all` lists every management command (Django's included).
"""

import os
import sys
import textwrap

COMMANDS = [
    (
        "demo",
        "Install the database, start the sample newsroom, crawl it once and serve the "
        "portal at http://127.0.0.1:8000 (what `make run` runs).",
    ),
    (
        "crawl",
        "Fetch every due source once: feeds, new articles, extraction, storage. "
        "`--forever` keeps a schedule.",
    ),
    (
        "sources",
        "Manage sources: `list`, `add URL` (discovers a homepage's feeds), `check URL` "
        "(fetch and parse without storing; --json), `import FILE.opml`, `export`, "
        "`health [SLUG]` (extraction flags and golden pages; --check, --json).",
    ),
    (
        "extract",
        "Show what would be stored from article pages (files or URLs): title, dates, "
        "language, lead, image, text, warnings; nothing is stored (--json).",
    ),
    (
        "reextract",
        "Re-run extraction from the archived originals (`--article ID`, "
        "`--source SLUG` or `--all`); nothing is fetched.",
    ),
    ("export-warc", "Write the archived originals as a WARC file (`-o FILE.warc.gz`)."),
    ("import-warc", "Backfill articles from WARC files, extracted like crawled pages."),
    (
        "stories",
        "`place`: put stored articles that have no story yet into their stories "
        "(copies linked to their originals); the crawl places new ones itself.",
    ),
    ("serve", "Serve the portal with gunicorn (default http://127.0.0.1:8000)."),
    ("newsroom", "Serve the sample newsroom alone on loopback and print its feed URLs."),
    ("migrate", "Create or upgrade the database tables."),
    ("createsuperuser", "Create a staff account for the admin at /admin/."),
]

USAGE = """usage: kiosk COMMAND [options]

Kiosk, a self-hosted multilingual news aggregator and archive.

commands:
{commands}

`kiosk COMMAND --help` explains a command's options; `kiosk help --all` lists every
management command. Settings come from the environment (KIOSK_DATA_DIR, KIOSK_DEBUG,
KIOSK_SECRET_KEY, ...): see README.md.
"""


def usage() -> str:
    width = max(len(name) for name, _ in COMMANDS)
    indent = " " * (width + 4)
    lines = [
        textwrap.fill(text, 88, initial_indent=f"  {name.ljust(width)}  ", subsequent_indent=indent)
        for name, text in COMMANDS
    ]
    return USAGE.format(commands="\n".join(lines))


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv == ["help"]:
        sys.stdout.write(usage())
        return
    if argv[:2] == ["help", "--all"]:
        argv = ["help"]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    # A fresh checkout has no data directory yet; SQLite cannot create one.
    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)

    execute_from_command_line(["kiosk", *argv])


if __name__ == "__main__":
    main()
