"""Reviewing the tagger's work: queues, decisions, added themes, urgent-risk follow-up."""

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback, Tag
from feedback_app.tagging.taxonomies import default_taxonomy
from tests.helpers import csrf_token, get_page


def comment_with_tags(text: str, tags: list[tuple[str, float]], risk: str = "none") -> Comment:
    taxonomy = default_taxonomy()
    feedback = Feedback(source="form", respondent_type="patient", voice="patient")
    comment = Comment(question="went_well", question_type="what_good", text=text, risk_level=risk)
    comment.tags = [
        Tag(taxonomy_id=taxonomy.id, theme_slug=slug, confidence=confidence, evidence=[])
        for slug, confidence in tags
    ]
    feedback.comments.append(comment)
    db.session.add(feedback)
    db.session.commit()
    return comment


def post(client, url: str, **data: str):
    """Post as the comment's review page does, with that page's CSRF token."""
    item_page = "/".join(url.split("/")[:4])
    token = csrf_token(get_page(client, item_page))
    return client.post(url, data={"csrf_token": token, **data})


def test_urgent_comments_come_first_and_leave_when_followed_up(client, login):
    login("quality_lead")
    calm = comment_with_tags("The crew were kind.", [("staff-attitude", 0.55)])
    urgent = comment_with_tags("I want to end it tonight.", [], risk="urgent")
    html = get_page(client, "/staff/review/")
    assert html.index(f"Comment {urgent.id}") < html.index(f"Comment {calm.id}")
    post(client, f"/staff/review/{urgent.id}/risk-handled")
    assert f"Comment {urgent.id}<" not in get_page(client, "/staff/review/")
    assert db.session.get(Comment, urgent.id).risk_handled_at is not None


def test_the_least_certain_comments_are_reviewed_first(client, login):
    login("quality_lead")
    sure = comment_with_tags("sure", [("police-partnership", 0.97)])
    unsure = comment_with_tags("unsure", [("police-partnership", 0.52)])
    html = get_page(client, "/staff/review/")
    assert html.index(f"Comment {unsure.id}<") < html.index(f"Comment {sure.id}<")


def test_accept_reject_and_add_themes_record_the_reviewer(client, login):
    lead = login("quality_lead")
    comment = comment_with_tags(
        "The police waited with us.", [("police-partnership", 0.6), ("response-time", 0.4)]
    )
    police, response = comment.tags
    post(client, f"/staff/review/{comment.id}/tags/{police.id}/accept")
    post(client, f"/staff/review/{comment.id}/tags/{response.id}/reject")
    post(client, f"/staff/review/{comment.id}/tags", theme="carers-family")
    tags = {
        t.theme_slug: t for t in db.session.scalars(select(Tag).filter_by(comment_id=comment.id))
    }
    assert tags["police-partnership"].status == "accepted"
    assert tags["response-time"].status == "rejected"
    assert (tags["carers-family"].source, tags["carers-family"].status) == ("reviewer", "accepted")
    assert {t.created_by_id for t in tags.values()} == {lead.id}


def test_a_tag_of_another_comment_cannot_be_changed_through_this_one(client, login):
    login("quality_lead")
    first = comment_with_tags("one", [("police-partnership", 0.6)])
    second = comment_with_tags("two", [("police-partnership", 0.6)])
    response = post(client, f"/staff/review/{first.id}/tags/{second.tags[0].id}/reject")
    assert response.status_code == 404


def test_unknown_themes_cannot_be_added(client, login):
    login("quality_lead")
    comment = comment_with_tags("text", [])
    post(client, f"/staff/review/{comment.id}/tags", theme="no-such-theme")
    assert db.session.scalars(select(Tag).filter_by(comment_id=comment.id)).all() == []


def test_finishing_accepts_open_suggestions_and_moves_on(client, login):
    login("quality_lead")
    first = comment_with_tags("first", [("ed-conveyance", 0.5)])
    second = comment_with_tags("second", [("ed-conveyance", 0.51)])
    response = post(client, f"/staff/review/{first.id}/done")
    assert response.headers["Location"] == f"/staff/review/{second.id}"
    db.session.refresh(first)
    assert first.reviewed_at is not None
    assert first.tags[0].status == "accepted"


def test_the_item_page_highlights_evidence_and_escapes_text(client, login):
    login("quality_lead")
    taxonomy_id = default_taxonomy().id
    comment = comment_with_tags("<b>Police</b> waited with us for hours", [])
    comment.tags.append(
        Tag(
            taxonomy_id=taxonomy_id,
            theme_slug="police-partnership",
            confidence=0.9,
            evidence=["Police</b> waited"],
        )
    )
    db.session.commit()
    html = get_page(client, f"/staff/review/{comment.id}")
    assert "&lt;b&gt;<mark>Police&lt;/b&gt; waited</mark> with us" in html


def test_finishing_one_after_another_visits_every_comment_once(client, login):
    """Urgent comments stay listed until followed up, but "next" must not loop between them."""
    login("quality_lead")
    urgent = [comment_with_tags(f"urgent {n}", [], risk="urgent") for n in (1, 2)]
    tagged_urgent = comment_with_tags("urgent 3", [("ed-conveyance", 0.9)], risk="urgent")
    unsure = comment_with_tags("unsure", [("ed-conveyance", 0.5)])
    surer = comment_with_tags("surer", [("ed-conveyance", 0.8)])
    expected = [*urgent, tagged_urgent, unsure, surer]

    visited, current = [], expected[0].id
    for _ in range(len(expected) + 2):
        visited.append(current)
        response = post(client, f"/staff/review/{current}/done")
        location = response.headers["Location"]
        if location == "/staff/review/":
            break
        current = int(location.rsplit("/", 1)[1])

    assert visited == [c.id for c in expected]
    html = get_page(client, "/staff/review/")
    assert "Nothing left to review." in html
    # Reviewed, but not yet followed up: the urgent comments are still listed first.
    assert all(f"Comment {c.id}<" in html for c in [*urgent, tagged_urgent])


def test_only_the_review_screen_for_one_comment_shows_the_original_text(client, login):
    """Reviewers judge evidence and follow up risk on the original; the queue is redacted."""
    login("quality_lead")
    comment = comment_with_tags("Nurse Sarah on 07700 900123 was brilliant", [], risk="urgent")
    comment.redacted = "Nurse [NAME] on [PHONE] was brilliant"
    db.session.commit()
    queue = get_page(client, "/staff/review/")
    assert "Nurse [NAME] on [PHONE]" in queue and "07700" not in queue
    item = get_page(client, f"/staff/review/{comment.id}")
    assert "Nurse Sarah on 07700 900123 was brilliant" in item
    assert "This is the original text, not redacted" in item


def test_each_accept_and_reject_button_names_its_theme(client, login):
    login("quality_lead")
    comment = comment_with_tags("Police waited for hours", [("police-partnership", 0.9)])
    comment.tags.append(
        Tag(taxonomy_id=comment.tags[0].taxonomy_id, theme_slug="response-time", confidence=0.8)
    )
    db.session.commit()
    html = get_page(client, f"/staff/review/{comment.id}")
    for verb in ("Accept", "Reject"):
        for theme in ("Police partnership", "Response time"):
            assert f'{verb}<span class="nhsuk-u-visually-hidden"> {theme}</span>' in html
