"""Workshop notes after capture: their author (or an admin) changes or deletes them with the
earlier text kept; key messages (pinned notes, or written) and actions."""

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Comment, CommentRevision, Feedback, KeyMessage, WorkshopAction
from tests.factories import make_workshop
from tests.helpers import csrf_token, get_page, post_form
from tests.integration.workshop_helpers import add_note, capture_url, count, only_note

# --- Changing and deleting notes: only their author -------------------------------------------


def test_the_author_changes_a_note_and_the_earlier_text_is_kept(client, login, workshop):
    author = login("facilitator")
    add_note(client, workshop, "First version")
    note = only_note()
    edit_url = f"/staff/workshops/{workshop.id}/notes/{note.id}/edit"
    post_form(client, edit_url, {"text": "Second version"})
    post_form(client, edit_url, {"text": "Third version"})
    assert note.text == "Third version"
    revisions = db.session.scalars(select(CommentRevision).order_by(CommentRevision.id)).all()
    assert [r.text for r in revisions] == ["First version", "Second version"]
    assert {r.edited_by_id for r in revisions} == {author.id}
    html = get_page(client, edit_url)
    assert "History" in html
    assert html.index("Second version") < html.index("First version")  # newest first
    assert author.email in html


def test_saving_an_unchanged_note_adds_no_history(client, login, workshop):
    login("facilitator")
    add_note(client, workshop, "Same")
    note = only_note()
    post_form(client, f"/staff/workshops/{workshop.id}/notes/{note.id}/edit", {"text": "Same"})
    assert count(CommentRevision) == 0


@pytest.mark.parametrize("other_role", ["facilitator", "facilitator quality_lead"])
def test_only_the_author_may_change_or_delete_a_note(app, client, login, workshop, other_role):
    login("facilitator")
    add_note(client, workshop, "Mine")
    note = only_note()
    client.post("/staff/logout")
    login(*other_role.split())
    base = f"/staff/workshops/{workshop.id}/notes/{note.id}"
    assert client.get(f"{base}/edit").status_code == 403
    assert client.get(f"{base}/delete").status_code == 403
    token = csrf_token(get_page(client, capture_url(workshop)))
    assert client.post(f"{base}/edit", data={"csrf_token": token, "text": "x"}).status_code == 403
    assert client.post(f"{base}/delete", data={"csrf_token": token}).status_code == 403
    assert "Mine" in get_page(client, capture_url(workshop))
    assert f"{base}/edit" not in get_page(client, capture_url(workshop))  # no link either
    assert note.text == "Mine"


def test_a_note_from_another_workshop_is_not_found(client, login, workshop):
    login("facilitator")
    add_note(client, workshop, "Mine")
    other = make_workshop("Another")
    db.session.commit()
    note = only_note()
    assert client.get(f"/staff/workshops/{other.id}/notes/{note.id}/edit").status_code == 404


def test_the_author_deletes_a_note_with_its_key_message(client, login, workshop):
    login("facilitator")
    add_note(client, workshop, "Delete me")
    note = only_note()
    post_form(
        client, f"/staff/workshops/{workshop.id}/notes/{note.id}/pin", {}, capture_url(workshop)
    )
    delete_url = f"/staff/workshops/{workshop.id}/notes/{note.id}/delete"
    assert "Delete this note?" in get_page(client, delete_url)
    response = post_form(client, delete_url, {})
    assert response.headers["Location"] == capture_url(workshop)
    assert (count(Feedback), count(Comment), count(KeyMessage)) == (0, 0, 0)


# --- Key messages and actions -----------------------------------------------------------------


def test_pinning_a_note_makes_a_key_message_and_unpinning_removes_it(client, login, workshop):
    login("facilitator")
    add_note(client, workshop, "Police waits are too long")
    note = only_note()
    show_url = f"/staff/workshops/{workshop.id}"
    pin_url = f"{show_url}/notes/{note.id}/pin"
    post_form(client, pin_url, {}, show_url)
    post_form(client, pin_url, {}, show_url)  # pinning twice changes nothing
    message = db.session.scalars(select(KeyMessage)).one()
    assert (message.comment_id, message.text, message.workshop_id) == (
        note.id,
        "Police waits are too long",
        workshop.id,
    )
    html = get_page(client, show_url)
    assert html.index("Police waits are too long") < html.index("Notes by question")
    # Changing the note changes its pinned copy.
    post_form(client, f"{show_url}/notes/{note.id}/edit", {"text": "Police waits: 4 hours"})
    assert message.text == "Police waits: 4 hours"
    post_form(client, f"{show_url}/notes/{note.id}/unpin", {}, show_url)
    assert count(KeyMessage) == 0
    assert count(Comment) == 1


def test_written_key_messages_and_actions(client, login, workshop):
    login("facilitator")
    show_url = f"/staff/workshops/{workshop.id}"
    response = post_form(
        client, f"{show_url}/key-messages", {"key_message": "Out of hours gap"}, show_url
    )
    assert response.headers["Location"].endswith("#key-messages")
    post_form(
        client, f"{show_url}/actions", {"action": "Map crisis lines", "owner": "MH lead"}, show_url
    )
    html = get_page(client, show_url)
    assert "Out of hours gap" in html and "Map crisis lines" in html and "MH lead" in html
    message = db.session.scalars(select(KeyMessage)).one()
    action = db.session.scalars(select(WorkshopAction)).one()
    assert message.comment_id is None
    post_form(client, f"{show_url}/key-messages/{message.id}/delete", {}, show_url)
    post_form(client, f"{show_url}/actions/{action.id}/delete", {}, show_url)
    assert (count(KeyMessage), count(WorkshopAction)) == (0, 0)


def test_key_message_and_action_errors_show_on_the_workshop_page(client, login, workshop):
    login("admin")
    show_url = f"/staff/workshops/{workshop.id}"
    html = post_form(client, f"{show_url}/key-messages", {"key_message": ""}, show_url).get_data(
        as_text=True
    )
    assert "There is a problem" in html and "Enter the key message" in html
    response = post_form(client, f"{show_url}/actions", {"action": "Do it", "owner": ""}, show_url)
    assert "Enter who owns the action" in response.get_data(as_text=True)
    assert (count(KeyMessage), count(WorkshopAction)) == (0, 0)


def test_quality_leads_read_the_workshop_page_but_change_nothing(client, login, workshop):
    login("quality_lead")
    html = get_page(client, f"/staff/workshops/{workshop.id}")
    assert "Listening event" in html
    assert "Capture notes" not in html
    assert "Add key message" not in html
    assert "Add action" not in html


def test_an_admin_may_correct_or_delete_anyones_note_and_the_history_is_kept(
    client, login, workshop
):
    login("facilitator")
    add_note(client, workshop, "Nurse Sarah Jones on 07700 900123 was kind")
    note = only_note()
    client.post("/staff/logout")
    login("admin")
    base = f"/staff/workshops/{workshop.id}/notes/{note.id}"
    assert f"{base}/edit" in get_page(client, capture_url(workshop))
    response = post_form(client, f"{base}/edit", {"text": "The nurse was kind"})
    assert response.status_code == 302
    assert note.text == "The nurse was kind"
    [revision] = db.session.scalars(select(CommentRevision)).all()
    assert "Sarah" in revision.text  # the earlier text stays in the audit trail
    response = post_form(client, f"{base}/delete", {}, form_url=f"{base}/delete")
    assert response.status_code == 302
    assert count(Comment) == 0


def test_an_urgent_risk_note_cannot_be_pinned_as_a_key_message(client, login, workshop):
    login("facilitator")
    add_note(client, workshop, "I want to end my life tonight, I have the tablets here")
    note = only_note()
    assert note.risk_level == "urgent"
    show_url = f"/staff/workshops/{workshop.id}"
    pin_url = f"{show_url}/notes/{note.id}/pin"
    assert pin_url not in get_page(client, show_url)  # no button
    post_form(client, pin_url, {}, show_url)
    assert count(KeyMessage) == 0
    assert "it goes to the review queue, not the key messages" in get_page(client, show_url)
