"""Workshops through the test client: set-up, live capture, notes, key messages, actions, the
workshop page, and two facilitators capturing at once. Bulk entry: test_workshop_bulk_entry.py."""

import re
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import (
    Comment,
    CommentRevision,
    Feedback,
    KeyMessage,
    Workshop,
    WorkshopAction,
)
from feedback_app.tagging.taxonomies import ensure_built_in_taxonomies
from tests.conftest import PASSWORD
from tests.factories import make_workshop
from tests.helpers import csrf_token, get_page, post_form

JSON = {"Accept": "application/json"}
WORKSHOP = {
    "title": "Crisis care listening event",
    "day": "14",
    "month": "5",
    "year": "2026",
    "start_time": "10:30",
    "venue": "Riverside Centre, Exeter",
    "attendance": "Mind, 4\nDevon and Cornwall Police 3\n\nPatients, 6",
    "questions": "1. What works well?\n2) What gets in the way?\n",
}


@pytest.fixture
def workshop() -> Workshop:
    workshop = make_workshop(attendance=[("Mind", 4), ("Police", 3)])
    db.session.commit()
    return workshop


def count(model: type) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def capture_url(workshop: Workshop) -> str:
    return f"/staff/workshops/{workshop.id}/capture"


def add_note(client, workshop: Workshop, text: str, voice: str = "patient", **fields: str):
    """Post a note as the capture page's script does (JSON), with the page's CSRF token."""
    token = csrf_token(get_page(client, capture_url(workshop)))
    return client.post(
        f"/staff/workshops/{workshop.id}/notes",
        data={"text": text, "voice": voice, **fields},
        headers={**JSON, "X-CSRFToken": token},
    )


def visible_text(html: str) -> str:
    """The page's words without tags, whitespace collapsed: "Total 13", not the markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def only_note() -> Comment:
    return db.session.scalars(select(Comment)).one()


# --- Setting up a workshop --------------------------------------------------------------------


def test_a_facilitator_sets_up_a_workshop(client, login):
    facilitator = login("facilitator")
    response = post_form(client, "/staff/workshops/new", WORKSHOP)
    workshop = db.session.scalars(select(Workshop)).one()
    assert response.headers["Location"] == f"/staff/workshops/{workshop.id}"
    assert workshop.title == "Crisis care listening event"
    # 10:30 in London in May is 09:30 UTC (British Summer Time).
    starts_at = workshop.starts_at.replace(tzinfo=workshop.starts_at.tzinfo or UTC)
    assert starts_at == datetime(2026, 5, 14, 9, 30, tzinfo=UTC)
    assert (workshop.venue, workshop.online) == ("Riverside Centre, Exeter", False)
    assert [(a.name, a.head_count) for a in workshop.attendance] == [
        ("Mind", 4),
        ("Devon and Cornwall Police", 3),
        ("Patients", 6),
    ]
    assert [q.text for q in workshop.questions] == ["What works well?", "What gets in the way?"]
    assert workshop.created_by_id == facilitator.id
    html = get_page(client, f"/staff/workshops/{workshop.id}")
    assert "14 May 2026 at 10:30" in html
    assert "Devon and Cornwall Police 3 Patients 6 Total 13" in visible_text(html)


def test_an_online_workshop_needs_no_venue(client, login):
    login("admin")
    post_form(client, "/staff/workshops/new", {**WORKSHOP, "venue": "", "online": "y"})
    workshop = db.session.scalars(select(Workshop)).one()
    assert (workshop.venue, workshop.online) == ("Online", True)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": " "}, "Enter the title of the workshop"),
        ({"day": "", "month": "", "year": ""}, "Enter the date of the workshop"),
        ({"month": ""}, "The date must include a month"),
        ({"day": "31", "month": "2"}, "The date must be a real date"),
        ({"year": "26"}, "The date must be a real date"),
        ({"start_time": ""}, "Enter the start time"),
        ({"start_time": "25:00"}, "Enter the start time like 09:30, 14:00 or 2pm"),
        ({"venue": ""}, "Enter the venue, or say the workshop is online"),
        ({"attendance": "Mind, 4\nPolice"}, "Line 2: add how many people came"),
        ({"attendance": "Samaritans, -3"}, "Line 1: the number of people must be 0 or more"),
        ({"year": "1900"}, "The year must be between 2000 and"),
        ({"questions": "x" * 501}, "Question 1 must be 500 characters or fewer"),
    ],
)
def test_workshop_set_up_errors_are_explained(client, login, changes, message):
    login("facilitator")
    response = post_form(client, "/staff/workshops/new", {**WORKSHOP, **changes})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "<title>Error: " in html
    assert message in html
    assert count(Workshop) == 0


def test_the_workshop_list_shows_note_counts_and_who_may_set_up(client, login, workshop):
    make_workshop("Empty event")
    db.session.commit()
    login("facilitator")
    add_note(client, workshop, "First")
    html = get_page(client, "/staff/workshops/")
    assert "Listening event" in html and "Empty event" in html
    assert "Set up a workshop" in html
    client.post("/staff/logout")
    login("quality_lead")
    html = get_page(client, "/staff/workshops/")
    assert "Listening event" in html
    assert "Set up a workshop" not in html


# --- Capturing notes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("voice", "respondent_type"),
    [
        ("patient", "patient"),
        ("carer", "carer"),
        ("staff", "staff"),
        ("police", "stakeholder"),
        ("mh_trust", "stakeholder"),
    ],
)
def test_a_note_is_feedback_with_one_comment(client, login, workshop, voice, respondent_type):
    facilitator = login("facilitator")
    question = workshop.questions[1]
    response = add_note(
        client,
        workshop,
        "  Waited hours for a bed.  ",
        voice,
        question=str(question.id),
        group="T3",
    )
    assert response.status_code == 201
    assert response.json["message"] == "Note saved"
    note = only_note()
    assert (note.text, note.question, note.question_type) == (
        "Waited hours for a bed.",
        "note",
        "nonspecific",
    )
    feedback = note.feedback
    assert (feedback.source, feedback.voice, feedback.respondent_type) == (
        "workshop",
        voice,
        respondent_type,
    )
    assert (feedback.workshop_id, feedback.workshop_question_id) == (workshop.id, question.id)
    assert (feedback.breakout_group, feedback.author_id) == ("T3", facilitator.id)
    assert feedback.created_at is not None


def test_a_note_is_analysed_when_saved_and_again_when_changed(client, login, workshop):
    login("facilitator")
    add_note(client, workshop, "Ring me on 07700 900123 about the crisis line")
    note = only_note()
    assert note.analysed_at is not None
    assert "crisis line" in note.redacted and "07700 900123" not in note.redacted
    edit_url = f"/staff/workshops/{workshop.id}/notes/{note.id}/edit"
    post_form(client, edit_url, {"text": "The crew waited four hours with us"})
    db.session.refresh(note)
    assert "four hours" in note.redacted and "crisis line" not in note.redacted


def test_the_saved_note_comes_back_escaped_for_the_list(client, login, workshop):
    login("facilitator")
    response = add_note(client, workshop, "<script>alert(1)</script> & more")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in response.json["html"]
    assert "<script>" not in response.json["html"]
    assert "<script>alert" not in get_page(client, f"/staff/workshops/{workshop.id}")


def test_an_invalid_note_is_refused_with_reasons_and_nothing_is_stored(client, login, workshop):
    login("facilitator")
    other = make_workshop("Another")
    db.session.commit()
    response = add_note(client, workshop, "", voice="", question=str(other.questions[0].id))
    assert response.status_code == 400
    assert response.json["errors"] == {
        "question": "Select a question from the list",
        "voice": "Select whose voice this is",
        "text": "Enter the note",
    }
    response = add_note(client, workshop, "x" * 5001, voice="someone")
    assert response.json["errors"]["text"] == "The text must be 5,000 characters or fewer"
    assert response.json["errors"]["voice"] == "Select whose voice this is"
    assert count(Feedback) == 0


def test_without_javascript_a_note_posts_and_returns_with_choices_kept(client, login, workshop):
    login("facilitator")
    question = workshop.questions[0]
    data = {"question": str(question.id), "group": "Table 2", "voice": "carer", "text": "Kind"}
    response = post_form(
        client, f"/staff/workshops/{workshop.id}/notes", data, capture_url(workshop)
    )
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(capture_url(workshop) + "?")
    html = get_page(client, location)
    assert "Note saved." in html
    assert re.search(rf'<option value="{question.id}" selected\s*>', html)
    assert 'value="Table 2"' in html
    assert re.search(r'<option value="carer" selected\s*>', html)
    assert "Kind" in html


def test_without_javascript_errors_show_on_the_capture_page(client, login, workshop):
    login("facilitator")
    data = {"voice": "", "text": "Keep this text"}
    response = post_form(
        client, f"/staff/workshops/{workshop.id}/notes", data, capture_url(workshop)
    )
    html = response.get_data(as_text=True)
    assert "There is a problem" in html and "Select whose voice this is" in html
    assert "Keep this text</textarea>" in html
    assert count(Feedback) == 0


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


# --- The workshop page ------------------------------------------------------------------------


def test_the_workshop_page_counts_notes_by_question_and_voice(client, login, workshop):
    login("facilitator")
    first, second = (str(q.id) for q in workshop.questions)
    add_note(client, workshop, "Listened to me", "patient", question=first, group="Table 1")
    add_note(client, workshop, "Felt safe", "patient", question=first)
    add_note(client, workshop, "Hours in custody", "police", question=second)
    add_note(client, workshop, "General point", "carer")
    html = get_page(client, f"/staff/workshops/{workshop.id}")
    text = visible_text(html)
    assert "Notes captured 4" in text
    assert "1. What works well? (2 notes)" in text
    assert "2. What gets in the way? (1 note)" in text
    assert "Not about a particular question (1 note)" in text
    assert text.index("Listened to me") < text.index("Hours in custody") < text.index("General")
    assert "Patient 2 Carer, family or friend 1 Police 1 Total 4" in text
    assert "Table 1 · Patient" in text
    text = visible_text(get_page(client, f"/staff/workshops/{workshop.id}?by=voice"))
    assert "Notes by voice" in text and "Group the notes by question instead" in text
    assert "Patient (2 notes)" in text and "Police (1 note)" in text
    assert text.index("Listened to me") < text.index("General point") < text.index("Hours in")


@pytest.mark.parametrize("reader", ["quality_lead", "admin", "facilitator"])
def test_the_workshop_page_shows_notes_redacted_to_everyone(client, login, workshop, reader):
    login("facilitator")
    show_url = f"/staff/workshops/{workshop.id}"
    add_note(client, workshop, "Nurse Sarah on 07700 900123 was brilliant")
    note = only_note()
    post_form(client, f"{show_url}/notes/{note.id}/pin", {}, show_url)
    post_form(client, f"{show_url}/key-messages", {"key_message": "Ring 07700 900456"}, show_url)
    post_form(client, f"{show_url}/actions", {"action": "Email x@y.org", "owner": "Lead"}, show_url)
    edit_page = get_page(client, f"{show_url}/notes/{note.id}/edit")
    assert "Nurse Sarah on 07700 900123 was brilliant</textarea>" in edit_page  # the author's own
    if reader != "facilitator":
        client.get("/staff/logout")
        login(reader)
    for url in (show_url, f"{show_url}?by=voice", capture_url(workshop)):
        if reader == "quality_lead" and url.endswith("/capture"):
            continue  # quality leads do not capture notes
        html = get_page(client, url)
        assert "Nurse [NAME] on [PHONE] was brilliant" in html, url
        for detail in ("Sarah", "07700", "x@y.org"):
            assert detail not in html, (url, detail)


def test_each_note_link_and_button_names_its_own_note(client, login, workshop):
    """Notes taken in the same minute: "Change the note taken at 15:41" named them all."""
    login("facilitator")
    for text in ("Waited hours for the car", "Waited hours for a bed"):
        add_note(client, workshop, text)
    html = get_page(client, f"/staff/workshops/{workshop.id}")

    def names(pattern: str) -> list[str]:
        return [visible_text(m) for m in re.findall(pattern, html, re.S)]

    changes = names(r"<a [^>]*/edit[^>]*>(.*?)</a>")
    pins = names(r"<button[^>]*>\s*(Pin as key message.*?)</button>")
    for found in (changes, pins):
        assert len(found) == 2 and len(set(found)) == 2, found
        assert "Waited hours for the car" in found[0] and "Waited hours for a bed" in found[1]


# --- Two facilitators capturing at once -------------------------------------------------------


def test_two_facilitators_capturing_at_once_lose_nothing(app, make_user, workshop):
    """Each thread has its own client (cookies) and, having no app context of its own, a fresh
    context and database session per request, as under a real multi-threaded server."""
    users = [make_user("facilitator"), make_user("facilitator")]
    # Set up once, as any running service has: the first note ever saved creates them.
    ensure_built_in_taxonomies()
    page_url, notes_url = capture_url(workshop), f"/staff/workshops/{workshop.id}/notes"
    failures: list[str] = []

    def capture(email: str) -> None:
        try:
            client = app.test_client()
            post_form(client, "/staff/login", {"email": email, "password": PASSWORD})
            token = csrf_token(get_page(client, page_url))
            for n in range(25):
                response = client.post(
                    notes_url,
                    data={"text": f"Note {n} by {email}", "voice": "staff"},
                    headers={**JSON, "X-CSRFToken": token},
                )
                if response.status_code != 201:
                    failures.append(f"{email} note {n}: {response.status_code}")
        except Exception as error:  # a failed assertion in a thread would otherwise be lost
            failures.append(repr(error))

    emails = [user.email for user in users]
    threads = [threading.Thread(target=capture, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    db.session.expire_all()
    expected = {f"Note {n} by {email}" for email in emails for n in range(25)}
    assert set(db.session.scalars(select(Comment.text))) == expected
    per_author = db.session.execute(
        select(Feedback.author_id, func.count()).group_by(Feedback.author_id)
    ).all()
    assert sorted(per_author) == sorted((user.id, 25) for user in users)


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
