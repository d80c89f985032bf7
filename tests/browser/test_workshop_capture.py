"""Workshop capture in a real browser: notes saved with Enter, bulk entry, accessibility."""

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Comment
from tests.browser.conftest import serious_accessibility_violations, sign_in
from tests.factories import make_workshop

pytestmark = pytest.mark.browser


@pytest.fixture
def workshop():
    workshop = make_workshop(
        attendance=[("Mind", 4), ("Police", 3)],
        key_messages=["Out-of-hours access is the biggest gap"],
        actions=[("Map the crisis lines", "MH lead")],
    )
    db.session.commit()
    return workshop


def sign_in_as_facilitator(page, make_user) -> None:
    """Sign in and wait until the landing page has finished every request (its favicon too):
    each response refreshes the session cookie, so a late one would overwrite the cookie of the
    next page and drop the CSRF token that page added to the session."""
    sign_in(page, make_user("facilitator"))
    page.wait_for_url("**/staff/workshops/")
    page.wait_for_load_state("networkidle")


def open_capture(page, workshop) -> None:
    """Open the capture page and wait for its script, which rewrites the hint when it starts."""
    page.goto(f"/staff/workshops/{workshop.id}/capture")
    expect(page.locator("#text-hint")).to_contain_text("Press Enter to save")


def stored_notes() -> list[Comment]:
    db.session.expire_all()
    return list(db.session.scalars(select(Comment).join(Comment.feedback).order_by(Comment.id)))


def test_notes_are_saved_with_enter_and_appear_at_once(page, make_user, workshop):
    sign_in_as_facilitator(page, make_user)
    open_capture(page, workshop)
    note = page.get_by_label("Note", exact=True)
    expect(note).to_be_focused()
    page.get_by_label("Agenda question").select_option(label="2. What gets in the way?")
    page.get_by_label("Table or group").fill("Table 2")
    page.get_by_label("Whose voice").select_option("police")
    note.focus()
    note.type("Custody is not a place of safety")
    note.press("Enter")
    notes = page.locator("#notes > li")
    expect(notes.first).to_contain_text("Custody is not a place of safety")
    expect(notes.first).to_contain_text("Question 2 · Table 2 · Police")
    expect(page.locator("#capture-status")).to_have_text("Note saved")
    expect(note).to_have_value("")
    expect(note).to_be_focused()
    # Shift+Enter starts a new line; the question, group and voice stay as chosen.
    note.type("First line")
    note.press("Shift+Enter")
    note.type("second line")
    note.press("Enter")
    expect(notes).to_have_count(2)
    expect(notes.first).to_contain_text("Question 2 · Table 2 · Police")
    expect(page.get_by_label("Whose voice")).to_have_value("police")

    page.reload()
    expect(page.locator("#notes > li")).to_have_count(2)
    expect(page.get_by_label("Whose voice")).to_have_value("police")  # kept in the address
    texts = [(c.text, c.feedback.voice, c.feedback.breakout_group) for c in stored_notes()]
    assert texts == [
        ("Custody is not a place of safety", "police", "Table 2"),
        ("First line\nsecond line", "police", "Table 2"),
    ]


def test_set_up_capture_and_pin_key_messages(page, make_user):
    """The issue's walk-through: three questions, notes typed one after another, two pinned."""
    sign_in_as_facilitator(page, make_user)
    page.get_by_role("button", name="Set up a workshop").click()
    page.get_by_label("Title").fill("Crisis care listening event")
    page.get_by_label("Day").fill("14")
    page.get_by_label("Month").fill("5")
    page.get_by_label("Year").fill("2026")
    page.get_by_label("Start time").fill("10:30")
    page.get_by_label("Venue").fill("Riverside Centre")
    page.get_by_label("Organisations and groups attending").fill("Mind, 4\nMet Police, 3")
    page.get_by_label("Agenda questions").fill("What works?\nWhat gets in the way?\nWhat next?")
    page.get_by_role("button", name="Create workshop").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Crisis care listening event")
    page.get_by_role("button", name="Capture notes").click()
    expect(page.locator("#text-hint")).to_contain_text("Press Enter to save")

    note = page.get_by_label("Note", exact=True)
    notes = [f"Point {n}: the crew listened" for n in range(1, 7)]
    for number, text in enumerate(notes):
        page.get_by_label("Agenda question").select_option(index=1 + number % 3)
        page.get_by_label("Whose voice").select_option("patient" if number % 2 else "police")
        note.focus()
        note.type(text)
        note.press("Enter")
        expect(page.locator("#notes > li")).to_have_count(number + 1)
        expect(note).to_be_focused()
    expect(page.locator("#notes > li").first).to_contain_text(notes[-1])

    page.get_by_role("link", name="Workshop page").first.click()
    for text in notes[:2]:
        page.locator("li", has_text=text).get_by_role("button", name="Pin as key message").click()
    key_messages = page.locator("#key-messages + ol > li")
    expect(key_messages).to_have_count(2)
    expect(key_messages.nth(0)).to_contain_text(notes[0])
    expect(key_messages.nth(1)).to_contain_text(notes[1])
    expect(page.get_by_text("Notes captured")).to_be_visible()
    expect(page.locator("h3", has_text="3. What next? (2 notes)")).to_be_visible()


def test_a_note_that_cannot_be_saved_stays_in_the_box(page, make_user, workshop):
    sign_in_as_facilitator(page, make_user)
    open_capture(page, workshop)
    note = page.get_by_label("Note", exact=True)
    note.type("Nobody chose a voice")
    note.press("Enter")
    expect(page.locator("#capture-error")).to_have_text("Error: Select whose voice this is")
    expect(note).to_have_value("Nobody chose a voice")
    expect(note).to_be_focused()
    assert stored_notes() == []


def test_bulk_paste_previews_a_bad_line_then_adds_the_rest(page, make_user, workshop):
    sign_in_as_facilitator(page, make_user)
    page.goto(f"/staff/workshops/{workshop.id}/bulk")
    page.get_by_label("Paste notes").fill(
        "The crew listened\n9 | Table 1 | No such question\n1 | Table 1 | Felt safe | carer"
    )
    page.get_by_label("Whose voice, for lines that do not say").select_option("patient")
    page.get_by_role("button", name="Preview notes").click()
    problems = page.locator("#problems")
    expect(problems).to_contain_text("1 line cannot be added")
    expect(problems).to_contain_text("There is no question 9 (this workshop has 2)")
    assert stored_notes() == []
    page.get_by_role("button", name="Add 2 notes").click()
    expect(page.get_by_text("2 notes added. 1 line was left out.")).to_be_visible()
    assert [(c.text, c.feedback.voice) for c in stored_notes()] == [
        ("The crew listened", "patient"),
        ("Felt safe", "carer"),
    ]


def test_capture_and_workshop_pages_have_no_serious_accessibility_violations(
    page, make_user, workshop
):
    sign_in_as_facilitator(page, make_user)
    open_capture(page, workshop)
    page.get_by_label("Whose voice").select_option("carer")
    page.get_by_label("Note", exact=True).type("They stayed until the crisis team came")
    page.keyboard.press("Enter")
    expect(page.locator("#notes > li")).to_have_count(1)
    assert serious_accessibility_violations(page) == []
    page.goto(f"/staff/workshops/{workshop.id}")
    expect(page.get_by_text("They stayed until the crisis team came", exact=True)).to_be_visible()
    assert serious_accessibility_violations(page) == []


@pytest.mark.parametrize("path", ["", "{id}", "{id}/capture", "{id}/bulk", "new"])
def test_workshop_pages_fit_a_phone_screen(browser, live_server, make_user, workshop, path):
    context = browser.new_context(
        base_url=live_server, viewport={"width": 360, "height": 740}, bypass_csp=True
    )
    page = context.new_page()
    sign_in_as_facilitator(page, make_user)
    page.goto("/staff/workshops/" + path.format(id=workshop.id))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert serious_accessibility_violations(page) == []
    context.close()
