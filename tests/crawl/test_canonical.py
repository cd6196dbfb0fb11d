import pytest

from kiosk.crawl.canonical import InvalidURL, canonical_url


def test_tracking_parameters_and_fragment_are_dropped():
    url = "HTTPS://News.Example.AZ:443/x/1.html?id=7&utm_source=fb&fbclid=abc#comments"
    assert canonical_url(url) == "https://news.example.az/x/1.html?id=7"


def test_non_default_port_and_path_are_kept():
    assert canonical_url("http://127.0.0.1:8101/a/B.html") == "http://127.0.0.1:8101/a/B.html"


def test_empty_path_becomes_root():
    assert canonical_url("http://example.com") == "http://example.com/"


@pytest.mark.parametrize("url", ["ftp://example.com/x", "javascript:alert(1)", "/relative/only"])
def test_non_http_urls_are_refused(url):
    with pytest.raises(InvalidURL):
        canonical_url(url)
