"""Citation chains: a story's page says which report retells which."""

from datetime import timedelta

import pytest

from kiosk.stories.models import StoryMember
from kiosk.stories.services import place_stored_articles, split_articles
from tests.factories import BASE_TIME, RAILWAY_REPORT, make_article, make_source
from tests.factories import RAILWAY_RETOLD as RETOLD

pytestmark = pytest.mark.django_db

# Another reporter's own account of the same opening: no run of the above in common.
OWN_ACCOUNT = (
    "Passengers boarded the first service to the northern port on Monday as the state "
    "railway put its long-awaited line into use.\n\n"
    "Travel time drops by more than three hours. Ministers attended a ceremony at the "
    "terminus, where workers who built the track were thanked by name.\n\n"
    "Hauliers said fewer trucks would use the crowded shore highway."
)


def _member(article) -> StoryMember:
    return StoryMember.objects.select_related("rewrite_of").get(article=article)


def _place(*articles):
    place_stored_articles(list(articles))


def test_a_report_naming_an_earlier_outlet_is_shown_as_retelling_it(client):
    herald = make_source(name="Northern Herald", slug="herald")
    gazette = make_source(name="Harbour Gazette", slug="gazette")
    original = make_article(
        herald, title="New railway line opens", body=RAILWAY_REPORT, published_at=BASE_TIME
    )
    retold = make_article(
        gazette,
        title="Railway to the northern port opens",
        body=RETOLD + "\n\nThe Northern Herald first reported the opening.",
        cited_source="Northern Herald",
        published_at=BASE_TIME + timedelta(hours=2),
    )
    _place(original, retold)
    member = _member(retold)
    assert member.story_id == _member(original).story_id
    assert member.copy_of_id is None  # its own words: not a copy
    assert member.rewrite_of_id == original.pk
    page = client.get(f"/en/story/{member.story_id}/").content.decode()
    assert "retells the report by Northern Herald" in page
    api = client.get(f"/api/stories/{member.story_id}").json()
    assert {entry["article"]["id"]: entry["rewrite_of"] for entry in api["coverage"]} == {
        original.pk: None,
        retold.pk: original.pk,
    }


def test_kept_wording_without_a_name_still_marks_a_rewrite_but_an_own_account_does_not():
    herald = make_source(name="Northern Herald")
    original = make_article(
        herald, title="New railway line opens", body=RAILWAY_REPORT, published_at=BASE_TIME
    )
    retold = make_article(
        make_source(name="Harbour Gazette"),
        title="Railway line to the northern port opens",
        body=RETOLD,
        published_at=BASE_TIME + timedelta(hours=1),
    )
    own = make_article(
        make_source(name="Valley Times"),
        title="Northern port railway line opens to passengers",
        body=OWN_ACCOUNT,
        published_at=BASE_TIME + timedelta(hours=3),
    )
    _place(original, retold, own)
    assert _member(retold).rewrite_of_id == original.pk
    own_member = _member(own)
    if own_member.story_id == _member(original).story_id:  # clustered together or not,
        assert own_member.rewrite_of_id is None  # it retells nobody


def test_an_original_arriving_late_is_recognised_as_the_one_retold():
    herald = make_source(name="Northern Herald")
    retold = make_article(
        make_source(name="Harbour Gazette"),
        title="Railway to the northern port opens",
        body=RETOLD,
        cited_source="Northern Herald",
        published_at=BASE_TIME + timedelta(hours=2),
    )
    _place(retold)
    assert _member(retold).rewrite_of_id is None  # nothing to retell yet
    original = make_article(
        herald, title="New railway line opens", body=RAILWAY_REPORT, published_at=BASE_TIME
    )
    _place(original)
    assert _member(retold).rewrite_of_id == original.pk
    # An editor splitting the original off leaves the rewrite without its source.
    split_articles([original])
    assert _member(retold).rewrite_of_id is None


RETOLD_WITH_A_NAME = (
    "Transport minister Rauf Aliyev cut the ribbon on Monday as the new line between the "
    "capital and the northern port opened, bringing the journey down to five and a half "
    "hours.\n\n" + RETOLD.split("\n\n", 1)[1]
)


@pytest.mark.parametrize("credited", [True, False])
def test_a_credited_retelling_joins_the_story_even_when_its_title_names_other_facts(credited):
    herald = make_source(name="Northern Herald")
    original = make_article(
        herald, title="New railway line opens", body=RAILWAY_REPORT, published_at=BASE_TIME
    )
    retold = make_article(
        make_source(name="Harbour Gazette"),
        title="Aliyev opens the northern port railway",
        body=RETOLD_WITH_A_NAME
        + ("\n\nThe news was first reported by Northern Herald." if credited else ""),
        cited_source="Northern Herald" if credited else "",
        published_at=BASE_TIME + timedelta(hours=2),
    )
    _place(original, retold)
    # The title names a minister the original never mentions: another event, were it not
    # for the credit line naming the outlet whose report it retells.
    joined = _member(retold).story_id == _member(original).story_id
    assert joined is credited
