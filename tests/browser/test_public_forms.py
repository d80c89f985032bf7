"""The public forms in a real browser: submit as a patient would, and check accessibility."""

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Feedback
from tests.browser.conftest import serious_accessibility_violations

pytestmark = pytest.mark.browser


def test_patient_submits_feedback_and_sees_help(page):
    page.goto("/")
    page.get_by_label("I used the service").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("The mental health car (a nurse and a paramedic)").check()
    page.get_by_label("Roughly when was this?").select_option(index=1)
    page.get_by_label("Very good").check()
    page.get_by_label("What went well?").fill("The nurse sat with me and listened. Thank you 💙")
    page.get_by_label("You can quote what I wrote").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_role("heading", name="Thank you for your feedback")).to_be_visible()
    expect(page.get_by_text("116 123")).to_be_visible()

    feedback = db.session.scalars(select(Feedback)).one()
    assert feedback.rating == "very_good"
    assert feedback.comments[0].text == "The nurse sat with me and listened. Thank you 💙"


def test_validation_errors_are_announced_and_linked(page):
    page.goto("/feedback/carer")
    page.get_by_label("What could we do better?").fill("Call us back")
    page.get_by_role("button", name="Send feedback").click()
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Select how your experience was overall").click()
    expect(page.locator("input[name=rating]").first).to_be_focused()
    expect(page.get_by_label("What could we do better?")).to_have_value("Call us back")


def test_the_start_page_works_with_the_keyboard_alone(page):
    page.goto("/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to main content"
    page.get_by_label("I work for the ambulance service").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url("**/feedback/staff")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/feedback/patient",
        "/feedback/carer",
        "/feedback/staff",
        "/feedback/partner",
        "/feedback/thank-you",
        "/help-now",
    ],
)
def test_pages_have_no_serious_accessibility_violations(page, path):
    page.goto(path)
    assert serious_accessibility_violations(page) == []


def test_forms_with_errors_have_no_serious_accessibility_violations(page):
    page.goto("/feedback/patient")
    page.get_by_role("button", name="Send feedback").click()
    assert serious_accessibility_violations(page) == []


def test_pages_fit_a_phone_screen(browser, live_server, app):
    context = browser.new_context(base_url=live_server, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto("/feedback/patient")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()
