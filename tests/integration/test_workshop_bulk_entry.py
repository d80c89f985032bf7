"""Adding workshop notes in bulk: paste or CSV, a preview that stores nothing, then confirm."""

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback, Workshop
from feedback_app.workshops.services import as_utc
from tests.factories import make_workshop
from tests.helpers import csrf_token, get_page, post_form

PASTED = "\n".join(
    [
        "The crew listened",  # 1: just the note, default voice
        "2 | Table 1 | Waited four hours for the police | police",  # 2
        "",  # 3: blank lines are skipped
        "what works well? | | Calm voice on the phone",  # 4: question by its text
        "7 | Table 2 | No such question",  # 5
        "1 | Table 2 |   ",  # 6: empty note
        "1 | Table 2 | Somebody | a neighbour",  # 7: unknown voice
        "1 | Table 2",  # 8: two columns
        "1 | Table 3 | " + "x" * 5001,  # 9: too long
    ]
)


@pytest.fixture
def workshop() -> Workshop:
    workshop = make_workshop()
    db.session.commit()
    return workshop


def bulk_url(workshop: Workshop) -> str:
    return f"/staff/workshops/{workshop.id}/bulk"


def notes_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Comment))


def visible_text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def hidden_fields(html: str) -> dict[str, str]:
    """The confirm form's hidden fields, unescaped as a browser would send them."""
    from html import unescape

    form = html[html.index("/bulk/confirm") :]
    fields = re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form)
    return {name: unescape(value) for name, value in fields}


def preview(client, workshop: Workshop, **data: object) -> str:
    response = post_form(client, bulk_url(workshop), data)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def confirm(client, workshop: Workshop, preview_html: str):
    return client.post(f"{bulk_url(workshop)}/confirm", data=hidden_fields(preview_html))


def test_the_preview_lists_bad_lines_with_reasons_and_stores_nothing(client, login, workshop):
    login("facilitator")
    text = visible_text(preview(client, workshop, notes=PASTED, default_voice="patient"))
    assert "5 lines cannot be added" in text
    assert "5 There is no question 7 (this workshop has 2)" in text
    assert "6 The note is empty" in text
    assert "7 Unknown voice “a neighbour”" in text
    assert "8 This line has 2 columns" in text
    assert "9 The note is 5,001 characters long (at most 5,000)" in text
    assert "3 notes to add" in text
    # The table of notes labels each cell, for phones: "Line 1 Question – Group – ...".
    assert "Line 1 Question – Group – Voice Patient Note The crew listened" in text
    assert "Line 2 Question 2 Group Table 1 Voice Police Note Waited four hours" in text
    assert "Line 4 Question 1 Group – Voice Patient Note Calm voice on the phone" in text
    assert "Nothing has been added yet" in text
    assert notes_count() == 0


def test_confirming_adds_the_good_lines_in_one_go(client, login, workshop):
    facilitator = login("facilitator")
    html = preview(client, workshop, notes=PASTED, default_voice="patient")
    response = confirm(client, workshop, html)
    assert response.headers["Location"] == f"/staff/workshops/{workshop.id}"
    notes = db.session.scalars(select(Comment).join(Comment.feedback).order_by(Comment.id)).all()
    first, second = workshop.questions
    assert [
        (
            n.text,
            n.feedback.workshop_question_id,
            n.feedback.breakout_group,
            n.feedback.voice,
            n.feedback.respondent_type,
        )
        for n in notes
    ] == [
        ("The crew listened", None, None, "patient", "patient"),
        ("Waited four hours for the police", second.id, "Table 1", "police", "stakeholder"),
        ("Calm voice on the phone", first.id, None, "patient", "patient"),
    ]
    assert {(n.feedback.source, n.feedback.author_id, n.question) for n in notes} == {
        ("workshop", facilitator.id, "note")
    }
    # Typed up afterwards, but counted in the period the workshop took place; analysed at once.
    assert {as_utc(n.feedback.created_at) for n in notes} == {as_utc(workshop.starts_at)}
    assert all(n.analysed_at is not None for n in notes)
    page = get_page(client, f"/staff/workshops/{workshop.id}")
    assert "3 notes added. 5 lines were left out." in page


def test_notes_added_before_the_workshop_starts_are_dated_when_added(client, login):
    workshop = make_workshop(starts_at=datetime.now(UTC) + timedelta(days=7))
    db.session.commit()
    login("facilitator")
    before = datetime.now(UTC)
    confirm(client, workshop, preview(client, workshop, notes="Asked ahead", default_voice="staff"))
    note = db.session.scalars(select(Comment)).one()
    assert before <= as_utc(note.feedback.created_at) <= datetime.now(UTC)


def test_confirm_parses_the_text_again_rather_than_trusting_the_page(client, login, workshop):
    login("facilitator")
    html = preview(client, workshop, notes="One\nTwo", default_voice="carer")
    fields = hidden_fields(html)
    fields["content"] = "Only this one"
    client.post(f"{bulk_url(workshop)}/confirm", data=fields)
    assert db.session.scalars(select(Comment.text)).all() == ["Only this one"]
    bad = {**fields, "source": "rows", "content": "x"}
    assert client.post(f"{bulk_url(workshop)}/confirm", data=bad).status_code == 400
    assert notes_count() == 1


def test_a_csv_from_excel_is_previewed_then_added(client, login, workshop):
    login("admin")
    csv_text = (
        "Text,Voice,Group,Question\r\n"
        '"Two lines,\r\nin one cell",Carer,Table 4,2\r\n'
        "Good,Staff,,1\r\n"
        "No voice here,,,\r\n"
    )
    upload = (io.BytesIO(b"\xef\xbb\xbf" + csv_text.encode("utf-8")), "notes.csv")
    html = preview(client, workshop, csv_file=upload, default_voice="")
    text = visible_text(html)
    assert "2 notes to add" in text
    # The quoted cell spans lines 2 and 3 of the file.
    assert "Line 4 Question 1 Group – Voice Ambulance staff Note Good" in text
    assert "5 No voice: add one to the line, or choose a voice for every note" in text
    assert notes_count() == 0
    confirm(client, workshop, html)
    first, second = workshop.questions
    stored = db.session.scalars(select(Feedback).order_by(Feedback.id)).all()
    assert [
        (f.comments[0].text, f.voice, f.breakout_group, f.workshop_question_id) for f in stored
    ] == [
        ("Two lines,\nin one cell", "carer", "Table 4", second.id),
        ("Good", "staff", None, first.id),
    ]


def test_a_csv_without_a_header_row_is_refused(client, login, workshop):
    login("facilitator")
    upload = (io.BytesIO(b"1,Table 1,patient,Note\n"), "notes.csv")
    text = visible_text(preview(client, workshop, csv_file=upload))
    assert "1 The first row must name the columns" in text
    assert "There are no notes that can be added" in text
    assert notes_count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"notes": "  \n "}, "Paste some notes or upload a CSV file"),
        (
            {"notes": "A note", "csv_file": (io.BytesIO(b"text\nB"), "n.csv")},
            "Paste notes or upload a CSV file, not both",
        ),
        ({"csv_file": (io.BytesIO(b"text\nB"), "notes.xlsx")}, "The file must be a CSV file"),
    ],
)
def test_bulk_entry_form_errors(client, login, workshop, data, message):
    login("facilitator")
    response = post_form(client, bulk_url(workshop), data)
    html = response.get_data(as_text=True)
    assert "There is a problem" in html and message in html
    assert notes_count() == 0


def test_preview_again_keeps_the_pasted_text_to_fix(client, login, workshop):
    login("facilitator")
    html = preview(client, workshop, notes="Fine\n9 | T | Bad question", default_voice="staff")
    assert "9 | T | Bad question</textarea>" in html
    token = csrf_token(html)
    response = client.post(
        bulk_url(workshop),
        data={
            "csrf_token": token,
            "notes": "Fine\n1 | T | Good question",
            "default_voice": "staff",
        },
    )
    assert "2 notes to add" in visible_text(response.get_data(as_text=True))
