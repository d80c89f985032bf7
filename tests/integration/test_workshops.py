"""Workshops through the test client: set-up, live capture, the workshop page, and two
facilitators capturing at once. Changing notes and key messages: test_workshop_note_changes.py;
bulk entry: test_workshop_bulk_entry.py."""

import re
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback, Workshop
from feedback_app.tagging.taxonomies import ensure_built_in_taxonomies
from tests.conftest import PASSWORD
from tests.factories import make_workshop
from tests.helpers import csrf_token, get_page, post_form
from tests.integration.workshop_helpers import (
    JSON,
    add_note,
    capture_url,
    count,
    only_note,
    visible_text,
)

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
