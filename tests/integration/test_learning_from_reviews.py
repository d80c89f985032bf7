"""The tagger learns from people: a quality lead corrects the tags of comments through the review
pages, an administrator trains a model on the reviewed comments and the labelled data through the
admin pages and switches it on, and a new comment is then tagged as the reviewers taught.

"Grab sheet" (the one-page summary a family keeps for the crew) is wording the phrase rules do
not know: only the reviews can teach that it is about information sharing."""

import re

from flask import g
from sqlalchemy import select

from feedback_app import jobs
from feedback_app.extensions import db
from feedback_app.hooks import on_comment_saved
from feedback_app.models import Comment, Tag, TrainedModel
from feedback_app.tagging.taxonomies import default_taxonomy
from tests.conftest import PASSWORD
from tests.factories import add_comment, make_feedback
from tests.helpers import csrf_token, get_page, post_form
from tests.labelled_files import BASE, as_csv, confirm, labelled_csv, upload

TAUGHT = "information-sharing"
REVIEWED = (
    "The crew had not seen the grab sheet the community team wrote",
    "We keep a grab sheet by the door but they ignored it",
    "Nobody read his grab sheet, so we explained everything again",
    "The grab sheet lists her triggers and it was never looked at",
    "Her grab sheet was in the folder and the paramedics did not use it",
    "They asked questions that the grab sheet already answered",
    "I showed them the grab sheet and they said they could not use it",
    "The grab sheet from the mental health team was out of date",
)
NEW = "Nobody asked to see the grab sheet we keep for Dad"


def save_comment(text: str) -> Comment:
    """A comment saved as the forms save one: analysed at once by the tagging pipeline."""
    comment = add_comment(make_feedback("carer"), text, unredacted=True)
    on_comment_saved(comment)
    return comment


def open_themes(comment: Comment) -> set[str]:
    db.session.expire_all()
    tags = db.session.get(Comment, comment.id).tags
    return {t.theme_slug for t in tags if t.status != "rejected"}


def sign_in(client, user) -> None:
    """Sign ``client`` in; requests share the test's ``g``, so drop the last CSRF token first."""
    g.pop("csrf_token", None)
    response = post_form(client, "/staff/login", {"email": user.email, "password": PASSWORD})
    assert response.status_code == 302
    g.pop("csrf_token", None)


def review(client, comment: Comment, right: set[str]) -> None:
    """Through the review page: accept the tagger's right themes, reject the others, add the
    missing ones, and finish the comment."""
    page = f"/staff/review/{comment.id}"
    html = get_page(client, page)
    token = csrf_token(html)
    suggested = db.session.scalars(select(Tag).filter_by(comment_id=comment.id)).all()
    for tag in suggested:
        decision = "accept" if tag.theme_slug in right else "reject"
        response = client.post(f"{page}/tags/{tag.id}/{decision}", data={"csrf_token": token})
        assert response.status_code == 302
    for slug in right - {t.theme_slug for t in suggested}:
        assert f'value="{slug}"' in html  # offered on the page
        response = client.post(f"{page}/tags", data={"csrf_token": token, "theme": slug})
        assert response.status_code == 302
    assert client.post(f"{page}/done", data={"csrf_token": token}).status_code == 302


def test_a_review_changes_the_next_prediction(app, client, make_user):
    taxonomy = default_taxonomy()
    before = save_comment(NEW)
    assert TAUGHT not in open_themes(before)  # the rules alone do not know the wording

    # A quality lead corrects the tagger's work on comments about grab sheets.
    sign_in(client, make_user("quality_lead"))
    reviewed = [save_comment(text) for text in REVIEWED]
    assert sum(TAUGHT in open_themes(c) for c in reviewed) <= 1
    for comment in reviewed:
        review(client, comment, {TAUGHT})
    db.session.expire_all()
    for comment in reviewed:
        tags = db.session.scalars(select(Tag).filter_by(comment_id=comment.id)).all()
        assert {t.theme_slug for t in tags if t.status == "accepted"} == {TAUGHT}

    # An administrator adds labelled data, trains a model on it and the reviews, switches it on.
    admin = app.test_client()
    sign_in(admin, make_user("admin"))
    confirm(admin, upload(admin, as_csv(labelled_csv())).get_data(as_text=True))
    trained = admin.post(f"{BASE}/train", data={"csrf_token": csrf_token(get_page(admin, BASE))})
    assert re.search(r"/staff/admin/jobs/\d+$", trained.headers["Location"])
    jobs.wait(app)
    model = db.session.scalars(select(TrainedModel).filter_by(taxonomy_id=taxonomy.id)).one()
    assert model.card["data"]["reviewed"] == len(REVIEWED)
    assert TAUGHT in {t["slug"] for t in model.card["themes"] if t["learned"]}
    page = f"/staff/admin/models/{model.id}"
    admin.post(f"{page}/switch-on", data={"csrf_token": csrf_token(get_page(admin, page))})
    jobs.wait(app)
    db.session.expire_all()
    assert db.session.get(TrainedModel, model.id).status == "active"

    # A new comment in that wording now gets the theme the reviewers taught.
    after = save_comment(NEW)
    assert TAUGHT in open_themes(after)
    tag = db.session.scalars(select(Tag).filter_by(comment_id=after.id, theme_slug=TAUGHT)).one()
    assert (tag.source, tag.status) == ("tagger", "suggested")
    assert any("grab" in phrase.lower() for phrase in tag.evidence)
