import pytest

from kiosk.crawl.attribution import cited_source
from kiosk.newsroom.generator import generate


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("Kiosk, citing Caspian Daily, reports.", "Caspian Daily"),
        ("This report was first published by The Caspian Ledger.", "The Caspian Ledger"),
        ("Republished with permission from Meridian Wire.", "Meridian Wire"),
        ("Материал впервые опубликован изданием «Городской курьер».", "Городской курьер"),
        ("Публикуется по материалам издания «Депеша дня».", "Депеша дня"),
        ("Kiosk сообщает со ссылкой на «Волжский вестник».", "Волжский вестник"),
        ("Bu xəbəri ilk olaraq «Çinar Media» yayıb.", "Çinar Media"),
        ("Xəbər «Səhər Bülleteni» saytından götürülüb.", "Səhər Bülleteni"),
        ("Kiosk «Xəzər Xəbər» saytına istinadən xəbər verir.", "Xəzər Xəbər"),
        ("The news was first reported by Meridian Wire.", "Meridian Wire"),
        ("Ранее об этом сообщило издание «Депеша дня».", "Депеша дня"),
        ("Первым об этом рассказало издание «Городской курьер».", "Городской курьер"),
        ("Bu barədə ilk olaraq «Çinar Media» məlumat verib.", "Çinar Media"),
        ("Bu barədə daha əvvəl «Səhər Bülleteni» xəbər verib.", "Səhər Bülleteni"),
    ],
)
def test_attribution_lines_name_the_original_source(paragraph, source):
    assert cited_source([paragraph, "The rest of the article follows here."]) == source
    assert cited_source(["The article begins here.", paragraph]) == source


def test_a_person_quoted_as_a_source_is_not_a_publication():
    assert cited_source(["According to Marsh, the timetable saves four hours.", "More."]) is None


def test_an_ordinary_article_cites_nobody():
    body = [
        "The council met on Tuesday and approved the budget for the new school year.",
        "Teachers welcomed the decision, which adds two new classrooms in the east district.",
    ]
    assert cited_source(body) is None


def test_a_long_paragraph_that_quotes_a_newspaper_is_not_an_attribution_line():
    long = "The mayor, according to Harbour News, had promised the bridge years ago; " * 5
    assert cited_source([long, "Works begin in May."]) is None


@pytest.mark.parametrize("seed", [1, 7])
def test_every_copy_and_rewrite_in_the_sample_newsroom_names_its_source_and_nothing_else(seed):
    newsroom = generate(seed)
    names = {outlet.slug: outlet.name for outlet in newsroom.outlets}
    rewrites = 0
    for article in newsroom.articles:
        cited = cited_source(list(article.paragraphs))
        if article.copy_of:
            assert cited == names[article.copy_of[0]], article.title
        elif article.rewrite_of:
            rewrites += 1
            assert cited == names[article.rewrite_of[0]], article.title
        else:
            assert cited is None, (article.title, cited)
    assert rewrites >= 1
