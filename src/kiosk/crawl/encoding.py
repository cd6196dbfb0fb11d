"""Encodings: turn fetched bytes into text, trusting labels only when the bytes agree.

Runs between fetching and parsing: HTML pages go through `decode_html`, feeds, sitemaps
and OPML files through `decode_xml`. Russian sites still
serve windows-1251 and KOI8-R, often mislabelled, so a label is a hint to be checked.
"""

import codecs
import re
from functools import lru_cache

from charset_normalizer import from_bytes

# WHATWG's encoding standard checks only these byte order marks; one beats every label.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
)

# Labels Python does not know under the WHATWG name, and labels WHATWG reads as another
# encoding (browsers read "latin-1" pages as windows-1252, so the sites were written so).
_LABEL_ALIASES = {
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "windows-874": "cp874",
    "x-user-defined": "windows-1252",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-cp1252": "cp1252",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
}

# Python codec name -> the name Kiosk reports (a WHATWG name wherever Python decodes it).
_CANONICAL = {
    "ascii": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso8859-9": "windows-1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "utf-8-sig": "utf-8",
    "utf-16": "utf-16le",
    "utf-16-le": "utf-16le",
    "utf-16-be": "utf-16be",
    "cp866": "ibm866",
    "euc_kr": "euc-kr",
}

# Python codecs that are no web encoding: escape-sequence codecs would turn page text into
# other characters, UTF-7 and the ISO-2022 Korean/HZ forms are known XSS vectors (WHATWG
# maps them to "replacement"), and the rest are not charsets at all.
_REFUSED = frozenset(
    {
        "unicode-escape",
        "raw-unicode-escape",
        "utf-7",
        "idna",
        "punycode",
        "undefined",
        "iso2022_kr",
        "hz",
        "mbcs",
        "oem",
        "palmos",
    }
)

# Python names of the single-byte encodings az, ru and en sites use, detected first.
_REGIONAL_CODECS = ["cp1251", "koi8_r", "koi8_u", "cp1252", "cp1254", "iso8859_5", "cp866"]

_SNIFF_BYTES = 4096
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_XML_DECLARATION = re.compile(r"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)""")
# One pattern serves <meta charset=x> and <meta http-equiv content="text/html; charset=x">
# in either attribute order: both put "charset=" inside a meta tag.
_META_CHARSET = re.compile(r"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)

_CYRILLIC_UPPER = re.compile(r"[\u0400-\u042f]")
_CYRILLIC_LOWER = re.compile(r"[\u0430-\u045f]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def normalize_encoding(label: str) -> str | None:
    """The codec name for a charset label ("CP1251" -> "windows-1251"); None if unusable.

    Also accepts a whole Content-Type value ("text/html; charset=koi8-r").
    """
    label = label.strip().strip("\"'").lower()
    if match := _CHARSET_PARAM.search(label):
        label = match.group(1)
    label = _LABEL_ALIASES.get(label, label)
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Bytes-to-bytes codecs ("base64", "zlib") have no business decoding a page.
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED:
        return None
    name = _CANONICAL.get(info.name, info.name)
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    if re.fullmatch(r"iso8859-\d+", name):
        return "iso-8859-" + name[8:]
    return name


def sniff_declared_encoding(content: bytes) -> str | None:
    """The encoding the document names for itself in its first 4 KB, or None.

    Looks at a byte order mark, a UTF-16 `<` without one, then the first XML declaration
    or <meta> charset (whichever comes first; commented-out ones do not count).
    """
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    head = content[:_SNIFF_BYTES]
    if head.startswith(b"<\x00"):
        return "utf-16le"
    if head.startswith(b"\x00<"):
        return "utf-16be"
    # latin-1 maps every byte to one character, so ASCII markup reads the same in any
    # ASCII-compatible encoding.
    text = _COMMENT.sub("", head.decode("latin-1"))
    found = [m for m in (_XML_DECLARATION.search(text), _META_CHARSET.search(text)) if m]
    for match in sorted(found, key=lambda m: m.start()):
        name = normalize_encoding(match.group(1))
        if name is None:
            continue
        # A document whose markup reads as ASCII is not UTF-16 whatever it says (WHATWG).
        if name.startswith(("utf-16", "utf-32")):
            return "utf-8"
        return name
    return None


def decode_html(content: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page: (text, encoding actually used).

    `declared` is the charset from the HTTP Content-Type header, if any. A byte order mark
    wins; then the HTTP label and the document's own, each only if the bytes decode
    cleanly with it and the result reads like text; otherwise the encoding is detected.
    """
    labels = [declared, sniff_declared_encoding(content)]
    return _decode(content, labels)


def decode_xml(content: bytes) -> tuple[str, str]:
    """Decode an XML document (feed, sitemap, OPML): (text, encoding actually used).

    Like `decode_html`, but only the XML declaration counts (a <meta> inside a feed's
    CDATA says nothing about the feed) and an undeclared document is UTF-8 first.
    """
    return _decode(content, [_xml_declared_encoding(content) or "utf-8"])


def to_utf8_xml(text: str) -> bytes:
    """Encode decoded XML as UTF-8, making its declaration say so, for the XML parsers."""
    text = text.lstrip("\ufeff \t\r\n")
    text = re.sub(
        r"""^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""", r'\1"utf-8"', text, count=1
    )
    return text.encode("utf-8", "replace")


def _xml_declared_encoding(content: bytes) -> str | None:
    head = content[:_SNIFF_BYTES]
    if head.startswith(b"<\x00"):
        return "utf-16le"
    if head.startswith(b"\x00<"):
        return "utf-16be"
    match = _XML_DECLARATION.search(head.decode("latin-1"))
    name = normalize_encoding(match.group(1)) if match else None
    # Bytes that read as ASCII markup are not UTF-16, whatever the declaration says.
    return "utf-8" if name and name.startswith(("utf-16", "utf-32")) else name


def _decode(content: bytes, labels: list[str | None]) -> tuple[str, str]:
    for bom, name in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(name, "replace"), name

    candidates: list[str] = []
    for label in labels:
        name = normalize_encoding(label) if label else None
        if name and name not in candidates:
            candidates.append(name)

    clean_but_doubtful = None
    for name in candidates:
        try:
            text = content.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text, name, content):
            return text, name
        clean_but_doubtful = clean_but_doubtful or (text, name)

    detected = _detect(content)
    if detected and detected[2]:
        return detected[:2]
    # Nothing reads well: a label the bytes at least fit beats a detector's guess.
    chosen = clean_but_doubtful or (detected[:2] if detected else None)
    return chosen or (content.decode("utf-8", "replace"), "utf-8")


def _detect(content: bytes) -> tuple[str, str, bool] | None:
    """The detected reading: (text, encoding, whether it reads like text)."""
    # Valid non-ASCII UTF-8 practically never happens by accident, and detectors can
    # misjudge short pages, so UTF-8 is settled before asking charset_normalizer.
    try:
        return content.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    # A UTF-8 page with a stray byte, or cut mid-character by a size cap, is still UTF-8;
    # read as windows-1252 every quote and accent in it would turn to mojibake.
    text = content.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii - bad >= 50 * bad:
        return text, "utf-8", True
    # Unrestricted, charset_normalizer reads a one-line KOI8-R page as Shift-JIS; the
    # encodings of Kiosk's languages are asked first, the whole world only if none fits.
    regional = _detect_among(content, _REGIONAL_CODECS)
    if regional and regional[2]:
        return regional
    return _detect_among(content, None) or regional


def _detect_among(content: bytes, codecs_: list[str] | None) -> tuple[str, str, bool] | None:
    """charset_normalizer's first plausible reading, else its first one."""
    first = None
    for match in from_bytes(content, cp_isolation=codecs_):
        name = normalize_encoding(match.encoding)
        if name is None:
            continue
        try:
            text = content.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text, name, content):
            return text, name, True
        first = first or (text, name, False)
    return first


@lru_cache(maxsize=64)
def _single_byte(name: str) -> bool:
    decodable = 0
    for byte in range(256):
        try:
            bytes([byte]).decode(name)
        except UnicodeDecodeError:
            continue
        decodable += 1
    # windows-1251 leaves one byte undefined; UTF-8 and the CJK codecs fail on half or more.
    return decodable >= 224


def _plausible(text: str, name: str, content: bytes) -> bool:
    """Whether `text`, decoded cleanly with the single-byte codec `name`, reads like text.

    Multi-byte codecs reject wrong input by themselves; single-byte ones decode anything,
    so the result is checked for the marks a wrong codec leaves.
    """
    if not _single_byte(name):
        return True
    if not content.isascii():
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return False  # valid UTF-8 read as a single-byte codec is mojibake
    # windows-1251 and KOI8-R swap the cases of the Cyrillic letters, so Russian read with
    # the wrong one comes out mostly in capitals, while prose is mostly lowercase.
    upper = len(_CYRILLIC_UPPER.findall(text))
    lower = len(_CYRILLIC_LOWER.findall(text))
    if upper + lower >= 6 and lower < upper:
        return False
    # A Western page read as Cyrillic, or the reverse, mixes scripts inside words
    # ("Mьller") or turns every letter of a word into an accented Latin one ("Ïðèâåò").
    words = mixed = accented = letters = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        words += 1
        if _LATIN.search(word) and _CYRILLIC.search(word):
            mixed += 1
        accented += len(_LATIN_ACCENTED.findall(word))
        letters += len(word)
    if mixed >= 2 and mixed * 5 > words:
        return False
    return not (letters >= 10 and accented / letters > 0.6)
