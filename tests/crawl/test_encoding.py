import codecs

import pytest

from kiosk.crawl.encoding import (
    decode_html,
    decode_xml,
    normalize_encoding,
    sniff_declared_encoding,
    to_utf8_xml,
)

RUSSIAN_SENTENCE = "Мэр города открыл новый мост через реку."
RUSSIAN_PARAGRAPHS = [
    "В понедельник утром мэр города открыл новый мост через реку, который строили почти "
    "три года. Жители соседних районов теперь смогут добраться до центра за пятнадцать "
    "минут вместо часа.",
    "По словам инженеров, конструкция рассчитана на сильные ветры и весенние паводки. "
    "Первыми по мосту проехали школьный автобус и старый трамвай, отреставрированный "
    "местными энтузиастами.",
    "Вечером на набережной прошёл небольшой концерт, а торговцы с рынка угощали прохожих "
    "горячим чаем и пирожками. Следующий мост обещают начать строить уже весной.",
]
AZERBAIJANI_PARAGRAPHS = [
    "Bakıda yeni körpü açıldı və şəhər sakinləri bu hadisəni böyük sevinclə qarşıladılar.",
    "İnşaatçılar işi vaxtından əvvəl bitirdilər, buna görə də açılış mərasimi şənbə günü "
    "keçirildi. Dağ kəndlərində də yollar təmir olunur.",
    "Gənc müəllimlər üçün hazırlanan yeni proqram payızda başlayacaq.",
]


def page(paragraphs: list[str], *, head: str = "", title: str = "Новости") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html>\n<html><head>{head}<title>{title}</title></head>\n"
        f'<body><nav><a href="/">Главная</a></nav><main>{body}</main></body></html>'
    )


LENGTHS = pytest.mark.parametrize(
    "paragraphs", [RUSSIAN_PARAGRAPHS, [RUSSIAN_SENTENCE]], ids=["paragraphs", "sentence"]
)


def test_utf8_page_labelled_utf8_is_read_as_utf8():
    html = page(RUSSIAN_PARAGRAPHS, head='<meta charset="utf-8">')

    text, encoding = decode_html(html.encode("utf-8"), "utf-8")

    assert (text, encoding) == (html, "utf-8")


def test_unlabelled_azerbaijani_utf8_page_keeps_its_letters():
    html = page(AZERBAIJANI_PARAGRAPHS, title="Xəbərlər")

    text, encoding = decode_html(html.encode("utf-8"))

    assert encoding == "utf-8"
    assert "İnşaatçılar" in text and "Dağ kəndlərində" in text and "böyük" in text


def test_short_azerbaijani_utf8_text_is_read_as_utf8():
    text, encoding = decode_html("Gənc müəllimlər üçün".encode())

    assert (text, encoding) == ("Gənc müəllimlər üçün", "utf-8")


@LENGTHS
def test_windows_1251_page_labelled_correctly_is_read(paragraphs):
    html = page(
        paragraphs,
        head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    )

    text, encoding = decode_html(html.encode("windows-1251"))

    assert (text, encoding) == (html, "windows-1251")


@LENGTHS
def test_windows_1251_page_mislabelled_as_utf8_is_detected(paragraphs):
    html = page(paragraphs, head='<meta charset="utf-8">')

    text, encoding = decode_html(html.encode("windows-1251"), "utf-8")

    assert (text, encoding) == (html, "windows-1251")


@LENGTHS
def test_koi8r_page_labelled_windows_1251_is_read_as_koi8r(paragraphs):
    html = page(paragraphs)

    from_header = decode_html(html.encode("koi8-r"), "windows-1251")
    from_meta = decode_html(page(paragraphs, head='<meta charset="cp1251">').encode("koi8-r"))

    assert from_header == (html, "koi8-r")
    assert from_meta[1] == "koi8-r"


@LENGTHS
def test_windows_1251_page_labelled_koi8r_is_read_as_windows_1251(paragraphs):
    html = page(paragraphs, head='<meta charset="koi8-r">')

    text, encoding = decode_html(html.encode("windows-1251"))

    assert (text, encoding) == (html, "windows-1251")


@LENGTHS
@pytest.mark.parametrize("codec", ["windows-1251", "koi8-r"])
def test_unlabelled_cyrillic_page_is_detected(paragraphs, codec):
    html = page(paragraphs)

    assert decode_html(html.encode(codec)) == (html, codec)


@pytest.mark.parametrize("codec", ["windows-1251", "koi8-r"])
def test_unlabelled_single_sentence_without_markup_is_detected(codec):
    assert decode_html(RUSSIAN_SENTENCE.encode(codec)) == (RUSSIAN_SENTENCE, codec)


def test_utf8_page_with_a_stray_byte_stays_utf8():
    html = page(AZERBAIJANI_PARAGRAPHS * 3, head='<meta charset="utf-8">')
    broken = html.encode().replace("Bakıda".encode(), b"Bak\xffda", 1)

    text, encoding = decode_html(broken, "utf-8")

    assert encoding == "utf-8"
    assert "Bak\ufffdda" in text and "İnşaatçılar" in text


def test_latin1_label_is_read_as_windows_1252():
    html = '<meta charset="iso-8859-1"><p>“Quoted” — it costs 5 €, naïve café.</p>'

    text, encoding = decode_html(html.encode("windows-1252"))

    assert (text, encoding) == (html, "windows-1252")


def test_utf8_page_labelled_latin1_by_the_server_is_read_as_utf8():
    html = page(AZERBAIJANI_PARAGRAPHS)

    assert decode_html(html.encode("utf-8"), "ISO-8859-1") == (html, "utf-8")


def test_byte_order_mark_beats_every_label():
    html = page(RUSSIAN_PARAGRAPHS, head='<meta charset="windows-1251">')

    assert decode_html(codecs.BOM_UTF8 + html.encode(), "koi8-r") == (html, "utf-8")
    assert decode_html(codecs.BOM_UTF16_LE + html.encode("utf-16le")) == (html, "utf-16le")


def test_http_label_is_preferred_to_the_page_label_when_both_fit():
    html = page(AZERBAIJANI_PARAGRAPHS, head='<meta charset="windows-1254">')

    assert decode_html(html.encode("utf-8"), "text/html; charset=UTF-8") == (html, "utf-8")


def test_empty_content_decodes_to_empty_text():
    assert decode_html(b"") == ("", "utf-8")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta charset="windows-1251">', "windows-1251"),
        ("<meta charset=KOI8-R>", "koi8-r"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=cp1251">', "windows-1251"),
        ('<META CONTENT="text/html; charset=koi8-r" HTTP-EQUIV="content-type">', "koi8-r"),
        ('<meta charset="latin-1">', "windows-1252"),
        ('<meta charset="utf-16">', "utf-8"),  # ASCII markup cannot be UTF-16 (WHATWG)
        ('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">', "utf-8"),
        ('<meta charset="no-such-thing">', None),
        ("", None),
    ],
)
def test_page_declarations_are_sniffed(head, expected):
    assert sniff_declared_encoding(f"<html><head>{head}</head></html>".encode()) == expected


def test_xml_declaration_and_byte_order_marks_are_sniffed():
    assert sniff_declared_encoding(b'<?xml version="1.0" encoding="KOI8-R"?><rss/>') == "koi8-r"
    assert sniff_declared_encoding(codecs.BOM_UTF8 + b"<p>x</p>") == "utf-8"
    assert sniff_declared_encoding("<rss/>".encode("utf-16le")) == "utf-16le"


def test_declarations_after_the_first_4_kb_are_not_looked_for():
    html = "<html><head>" + "<!-- padding -->" * 300 + '<meta charset="koi8-r">'

    assert sniff_declared_encoding(html.encode()) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("cp1251", "windows-1251"),
        ("Windows-1251", "windows-1251"),
        ("x-cp1251", "windows-1251"),
        ("KOI8-R", "koi8-r"),
        ("latin-1", "windows-1252"),
        ("ISO-8859-1", "windows-1252"),
        ("us-ascii", "windows-1252"),
        ("iso-8859-9", "windows-1254"),
        ("utf8", "utf-8"),
        ("text/html; charset=koi8-r", "koi8-r"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("utf-7", None),
        ("base64", None),
        ("unicode_escape", None),
        ("bogus", None),
        ("", None),
    ],
)
def test_encoding_labels_are_normalised(label, expected):
    assert normalize_encoding(label) == expected


def test_normalised_names_are_python_codecs():
    labels = ["cp1251", "latin1", "iso-8859-5", "ibm866", "utf-16", "gb2312", "tis-620", "euc-kr"]
    for label in labels:
        codecs.lookup(normalize_encoding(label))


def test_xml_in_koi8r_declared_in_its_declaration_is_decoded():
    xml = f'<?xml version="1.0" encoding="koi8-r"?><rss><title>{RUSSIAN_SENTENCE}</title></rss>'

    text, encoding = decode_xml(xml.encode("koi8-r"))

    assert (text, encoding) == (xml, "koi8-r")
    assert to_utf8_xml(text).startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert RUSSIAN_SENTENCE.encode() in to_utf8_xml(text)


def test_undeclared_xml_is_utf8_and_meta_in_cdata_is_ignored():
    xml = '<rss><description><![CDATA[<meta charset="koi8-r">Bakı]]></description></rss>'

    assert decode_xml(xml.encode()) == (xml, "utf-8")


def test_utf16_xml_without_byte_order_mark_is_recognised():
    xml = '<?xml version="1.0" encoding="UTF-16"?><title>Bakı</title>'

    assert decode_xml(xml.encode("utf-16be")) == (xml, "utf-16be")
