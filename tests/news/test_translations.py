from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import kiosk

LOCALE = Path(kiosk.__file__).parent / "locale"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_interface_string_is_translated(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as po:
        catalog = read_po(po)
    untranslated = [m.id for m in catalog if m.id and not m.string]
    assert untranslated == []
    assert not [m.id for m in catalog if m.fuzzy and m.id]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("edition", "heading"),
    [("az", "Son xəbərlər"), ("ru", "Последние новости"), ("en", "Latest news")],
)
def test_edition_interface_is_in_its_language(client, edition, heading):
    page = client.get(f"/{edition}/").content.decode()
    assert f'<html lang="{edition}">' in page
    assert heading in page


@pytest.mark.django_db
def test_edition_switch_names_each_edition_in_its_own_language(client):
    page = client.get("/ru/").content.decode()
    for name in ("Azərbaycanca", "Русский", "English"):
        assert f">{name}</a>" in page
    assert 'href="/az/"' in page and 'href="/en/"' in page
