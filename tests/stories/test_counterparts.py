"""One event told in az, ru and en: linked across editions, and only when the facts agree."""

from datetime import timedelta

import pytest

from kiosk.stories import services
from kiosk.stories.fingerprint import CrossKeys, fingerprint
from kiosk.stories.models import Story, StoryMember
from kiosk.stories.services import place_article
from kiosk.stories.text import skeleton, words
from tests.factories import BASE_TIME, make_article, make_source

pytestmark = pytest.mark.django_db

MARATHON_EN = (
    "More than 4,800 runners from 30 countries took part in the Gabala marathon on Sunday, "
    "organised by the Runners' Association, its chair Lala Abbasova said.\n\n"
    "The route led through the old town and along the river, and the winner finished in "
    "2 hours 14 minutes, a course record.\n\n"
    "Volunteers handed out water at twelve points along the course."
)
MARATHON_AZ = (
    "Bazar günü Qəbələdə keçirilən marafonda 30 ölkədən 4800 qaçışçı iştirak edib, "
    "yarışı Qaçış Həvəskarları Assosiasiyası təşkil edib, deyə sədr Lalə Abbasova bildirib.\n\n"
    "Marşrut köhnə şəhərdən və çay boyunca keçib, qalib 2 saat 14 dəqiqəyə finişə çatıb.\n\n"
    "Könüllülər yol boyu on iki məntəqədə su paylayıblar."
)
MARATHON_RU = (
    "В воскресенье в Габале прошёл марафон, который провела Ассоциация любителей бега: "
    "на старт вышли 4800 бегунов из 30 стран, сообщила председатель Лала Аббасова.\n\n"
    "Трасса прошла через старый город и вдоль реки, победитель финишировал через 2 часа "
    "14 минут.\n\n"
    "Волонтёры раздавали воду на двенадцати пунктах."
)
# The same association's race in another city, told like the Gabala one.
OTHER_RACE_RU = MARATHON_RU.replace("в Габале", "в Шеки").replace("4800", "2100")
BRIDGE_EN = (
    "A new bridge over the Kish river opened in Shaki on Friday, the city council said.\n\n"
    "Traffic between the old town and the railway station will take half the time."
)


def report(body, *, title, language, minutes=0):
    return make_article(
        source=make_source(language=language),
        title=title,
        body=body,
        language=language,
        published_at=BASE_TIME + timedelta(minutes=minutes),
    )


def story_of(article) -> Story:
    return StoryMember.objects.select_related("story").get(article=article).story


def test_a_name_is_spelled_alike_in_all_three_scripts():
    def key(word, language):
        return skeleton(words(word, language)[0], language)

    assert key("Лукашенко", "ru") == key("Lukaşenko", "az") == key("Lukashenko", "en")
    assert key("Ахмедов", "ru") == key("Əhmədov", "az") == key("Ahmadov", "en")
    assert key("Ленкорани", "ru") == key("Lənkəranda", "az") == key("Lankaran", "en")
    assert key("Гяндже", "ru") == key("Gəncə", "az") == key("Ganja", "en")
    assert key("7 800", "ru") == key("7,800", "en") == "#7800"


def test_cross_language_keys_survive_storage():
    keys = fingerprint("4,800 run the Gabala marathon", MARATHON_EN, "en").cross

    again = CrossKeys.unpack(keys.pack())

    for field in ("head", "head3", "head2", "kind", "names", "words", "mentions"):
        assert (getattr(again, field) == getattr(keys, field)).all()


def test_one_event_told_in_three_languages_is_one_family_of_three_stories():
    english = report(MARATHON_EN, title="4,800 run the Gabala marathon", language="en")
    azerbaijani = report(
        MARATHON_AZ, title="Qəbələ marafonunda 4800 qaçışçı qaçıb", language="az", minutes=40
    )
    russian = report(
        MARATHON_RU, title="Марафон в Габале собрал 4800 бегунов", language="ru", minutes=95
    )

    for article in (english, azerbaijani, russian):
        place_article(article)

    stories = [story_of(article) for article in (english, azerbaijani, russian)]
    assert len({story.pk for story in stories}) == 3  # one story per edition...
    assert stories[0].family is not None
    assert {story.family for story in stories} == {stories[0].family}  # ...one family


def test_the_same_organisers_race_in_another_city_is_not_linked():
    place_article(report(BRIDGE_EN, title="Shaki opens a new bridge", language="en"))
    english = report(MARATHON_EN, title="4,800 run the Gabala marathon", language="en")
    other = report(
        OTHER_RACE_RU, title="Марафон в Шеки собрал бегунов из 30 стран", language="ru", minutes=60
    )

    place_article(english)
    place_article(other)

    # The names and figures they share would link them, but the Russian title names a
    # city (known to English reports as Shaki) that the English report never mentions.
    assert story_of(english).family is None
    assert story_of(other).family is None


def test_a_family_holds_one_story_per_language(told_twice):
    english, russian = told_twice
    note = report("Отдельная заметка о погоде.", title="Заметка", language="ru", minutes=50)
    place_article(note)
    second_russian = story_of(note)
    family = story_of(english).family

    services.link_languages(second_russian.pk, [english.pk])

    second_russian.refresh_from_db()
    assert second_russian.family is None
    assert story_of(russian).family == family


@pytest.fixture
def told_twice():
    """The Gabala marathon, reported in English and, half an hour later, in Russian."""
    english = report(MARATHON_EN, title="4,800 run the Gabala marathon", language="en")
    russian = report(
        MARATHON_RU, title="Марафон в Габале собрал 4800 бегунов", language="ru", minutes=30
    )
    place_article(english)
    place_article(russian)
    return english, russian


def test_story_and_article_pages_lead_to_the_other_editions(client, told_twice):
    english, russian = told_twice
    russian_story = story_of(russian)

    story_page = client.get(f"/en/story/{story_of(english).pk}/").content.decode()
    article_page = client.get(english.get_absolute_url()).content.decode()
    russian_page = client.get(f"/ru/story/{russian_story.pk}/").content.decode()

    for page in (story_page, article_page):
        assert "In other languages" in page
        assert f'href="/ru/story/{russian_story.pk}/"' in page
        assert "Марафон в Габале собрал 4800 бегунов" in page
    assert "На других языках" in russian_page
    assert "4,800 run the Gabala marathon" in russian_page


def test_the_api_gives_a_storys_other_languages(client, told_twice):
    english, russian = told_twice

    data = client.get(f"/api/stories/{story_of(english).pk}").json()

    assert data["other_languages"] == [
        {
            "story_id": story_of(russian).pk,
            "language": "ru",
            "lead_id": russian.pk,
            "title": "Марафон в Габале собрал 4800 бегунов",
        }
    ]
