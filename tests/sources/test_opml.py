import pytest

from kiosk.sources.opml import OpmlError, OutlineSource, parse_opml, render_opml


def test_flat_opml_10_file_is_read():
    opml = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>My feeds</title></head><body>
<outline text="Harbour Times" type="rss" xmlUrl="http://harbour.example/rss"
         htmlUrl="http://harbour.example/"/>
<outline title="Only a title" xmlUrl="https://title.example/feed.xml"/>
</body></opml>"""

    assert parse_opml(opml) == [
        OutlineSource(
            "Harbour Times", "http://harbour.example/rss", "http://harbour.example/", "", ""
        ),
        OutlineSource("Only a title", "https://title.example/feed.xml", "", "", ""),
    ]


def test_nested_outlines_give_categories_and_languages():
    opml = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Kiosk</title></head><body>
  <outline text="Siyasət" title="Siyasət">
    <outline text="Xəbər Gazeti" type="rss" xmlUrl="https://xeber.example/az/rss"
             htmlUrl="https://xeber.example/az/" language="AZ"/>
    <outline text="Regions">
      <outline text="Şəki News" type="atom" xmlUrl="https://seki.example/atom.xml"/>
    </outline>
  </outline>
  <outline text="Новости">
    <outline text="Городская газета" type="rss" xmlUrl="http://gazeta.example/rss" language="ru"/>
    <outline text="Blog post" type="link" url="http://gazeta.example/post"/>
  </outline>
  <outline text="Top level" type="rss" xmlUrl="http://top.example/rss"/>
</body></opml>""".encode()

    sources = parse_opml(opml)

    assert [(s.title, s.category, s.language) for s in sources] == [
        ("Xəbər Gazeti", "Siyasət", "az"),
        ("Şəki News", "Regions", ""),
        ("Городская газета", "Новости", "ru"),
        ("Top level", "", ""),
    ]
    assert sources[0].homepage == "https://xeber.example/az/"


def test_non_feed_outlines_and_repeated_feeds_are_skipped():
    opml = b"""<opml version="2.0"><body>
<outline text="A" xmlUrl="http://a.example/rss"/>
<outline text="A again" xmlUrl="http://a.example/rss"/>
<outline text="Include" type="include" xmlUrl="http://other.example/list.opml"/>
<outline text="Local" xmlUrl="file:///etc/passwd"/>
<outline text="Relative" xmlUrl="/rss"/>
<outline text="No feed" htmlUrl="http://b.example/"/>
</body></opml>"""

    assert [s.title for s in parse_opml(opml)] == ["A"]


def test_attribute_case_and_the_feed_scheme_from_old_exporters_are_accepted():
    opml = b"""<opml version="1.1"><body>
<outline TEXT="Shouting" XMLURL="feed://loud.example/rss" HTMLURL="http://loud.example/"/>
<outline text="Lower" xmlurl="http://lower.example/rss" type="RSS"/>
</body></opml>"""

    assert [(s.title, s.feed_url, s.homepage) for s in parse_opml(opml)] == [
        ("Shouting", "http://loud.example/rss", "http://loud.example/"),
        ("Lower", "http://lower.example/rss", ""),
    ]


def test_opml_2_category_attribute_is_used_outside_folders():
    opml = b"""<opml version="2.0"><body>
<outline text="Weather" xmlUrl="http://w.example/rss" category="/Local/Weather,/Science"/>
</body></opml>"""

    assert parse_opml(opml)[0].category == "Weather"


def test_unescaped_ampersand_from_careless_exporters_is_recovered():
    opml = b"""<opml version="1.0"><body>
<outline text="Books & Ideas" xmlUrl="http://books.example/rss"/>
<outline text="Next" xmlUrl="http://next.example/rss"/>
</body></opml>"""

    assert [s.feed_url for s in parse_opml(opml)][-1] == "http://next.example/rss"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"just some words", "not an OPML file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not an OPML file"),
        (b"<html><body><p>Feeds</p></body></html>", "HTML page, not an OPML file"),
        (b"<!DOCTYPE html><meta charset=utf-8><p>Feeds<br>here", "HTML page, not an OPML file"),
        (b'<rss version="2.0"><channel/></rss>', "<rss> document, not an OPML file"),
        (b'<opml version="2.0"><head/></opml>', "no <body>"),
    ],
)
def test_garbage_is_refused_with_a_clear_message(content, message):
    with pytest.raises(OpmlError, match=message):
        parse_opml(content)


def test_entity_declarations_are_refused_as_a_possible_bomb():
    opml = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&b;&xxe;" xmlUrl="http://x.example/rss"/></body></opml>"""

    with pytest.raises(OpmlError, match="XML bomb"):
        parse_opml(opml)


def test_rendered_file_is_opml_20_grouped_by_category():
    sources = [
        OutlineSource(
            "Xəbər", "https://xeber.example/rss", "https://xeber.example/", "az", "Siyasət"
        ),
        OutlineSource("Loose", "http://loose.example/rss", "", "", ""),
        OutlineSource("Газета", "http://gazeta.example/rss", "", "ru", "Siyasət"),
    ]

    opml = render_opml(sources, title="Kiosk sources")

    assert opml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<opml version=\"2.0\">")
    assert b"<title>Kiosk sources</title>" in opml
    text = opml.decode()
    assert text.index('text="Loose"') < text.index('text="Siyasət"') < text.index('text="Газета"')
    assert text.count('text="Siyasət"') == 1
    assert 'type="rss"' in text and 'language="az"' in text


def test_render_then_parse_gives_the_same_sources():
    sources = [
        OutlineSource("Plain", "http://plain.example/rss", "", "", ""),
        OutlineSource(
            'Quotes "&" <tags>',
            "http://q.example/rss?a=1&b=2",
            "http://q.example/",
            "en",
            "Misc & more",
        ),
        OutlineSource(
            "Xəbər", "https://xeber.example/rss", "https://xeber.example/", "az", "Siyasət"
        ),
        OutlineSource("Газета", "http://gazeta.example/rss", "", "ru", "Siyasət"),
    ]

    assert parse_opml(render_opml(sources, title="Round trip")) == sources


def test_render_drops_characters_xml_cannot_carry():
    sources = [OutlineSource("Bell\x07 and NUL\x00", "http://x.example/rss", "", "", "")]

    assert parse_opml(render_opml(sources, title="Odd\x0b"))[0].title == "Bell and NUL"
