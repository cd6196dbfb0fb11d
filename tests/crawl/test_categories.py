import pytest

from kiosk.crawl.categories import fold, section_for


@pytest.mark.parametrize(
    ("categories", "section"),
    [
        (["Business"], "economy"),
        (["İqtisadiyyat"], "economy"),
        (["Экономика и бизнес"], "economy"),
        (["Tech & Science"], "tech"),
        (["Texnologiya və elm"], "tech"),
        (["Технологии и наука"], "tech"),
        (["В мире"], "world"),
        (["Dünya"], "world"),
        (["İdman"], "sport"),
        (["Mədəniyyət"], "culture"),
        (["Общество"], "society"),
        (["Politics"], "politics"),
        (["Breaking", "Siyasət"], "politics"),  # the first category that maps wins
        (["Weather"], None),
        ([], None),
    ],
)
def test_feed_categories_map_to_portal_sections(categories, section):
    assert section_for(categories) == section


def test_azerbaijani_dotted_capital_i_folds_to_plain_i():
    assert fold("İDMAN") == "idman"
    assert fold("İqtisadiyyat") == "iqtisadiyyat"
