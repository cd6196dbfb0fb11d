from kiosk.crawl.language import detect_language

ENGLISH = (
    "The city council approved a new tram line on Tuesday after a long debate, and work "
    "on the first section between the station and the university will begin in spring."
)
RUSSIAN = (
    "Городской совет во вторник одобрил новую трамвайную линию после долгого обсуждения; "
    "работы на первом участке от вокзала до университета начнутся весной."
)
AZERBAIJANI = (
    "Şəhər şurası çərşənbə axşamı uzun müzakirədən sonra yeni tramvay xəttini təsdiqləyib; "
    "vağzaldan universitetə qədər ilk hissədə işlər yazda başlayacaq."
)
TURKISH = (
    "Belediye meclisi salı günü uzun bir tartışmanın ardından yeni tramvay hattını onayladı; "
    "istasyon ile üniversite arasındaki ilk bölümde çalışmalar baharda başlayacak."
)


def test_an_article_in_another_language_than_its_source_goes_to_its_own_edition():
    assert detect_language(ENGLISH, prior="ru") == "en"
    assert detect_language(RUSSIAN, prior="en") == "ru"
    assert detect_language(AZERBAIJANI, prior="ru") == "az"


def test_the_sources_language_stands_when_the_text_agrees_or_is_unclear():
    assert detect_language(AZERBAIJANI, prior="az") == "az"
    assert detect_language("OK", prior="az") == "az"
    assert detect_language("", prior="ru") == "ru"


def test_turkish_is_not_taken_for_azerbaijani():
    assert detect_language(TURKISH, prior="en") == "en"
