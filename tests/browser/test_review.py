"""The review page in a real browser: accept and reject tags, with the keyboard too."""

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Tag
from tests.browser.conftest import serious_accessibility_violations, sign_in
from tests.integration.test_review import comment_with_tags

pytestmark = pytest.mark.browser


def test_a_quality_lead_accepts_and_rejects_tags(page, make_user):
    comment = comment_with_tags(
        "The police stayed with us until the car came.",
        [("police-partnership", 0.7), ("response-time", 0.45)],
    )
    sign_in(page, make_user("quality_lead"))
    page.goto(f"/staff/review/{comment.id}")
    rows = page.locator("[data-tag-row]")
    rows.nth(0).get_by_role("button", name="Accept").click()
    expect(rows.nth(0)).to_contain_text("Accepted")
    page.wait_for_load_state()  # the shortcuts script runs before "load"
    # Keyboard: pick row 2, reject it with "x".
    page.keyboard.press("2")
    page.keyboard.press("x")
    expect(page.locator("[data-tag-row='2']")).to_contain_text("Rejected")

    statuses = dict(
        db.session.execute(
            select(Tag.theme_slug, Tag.status).filter_by(comment_id=comment.id)
        ).all()
    )
    assert statuses == {"police-partnership": "accepted", "response-time": "rejected"}
    assert serious_accessibility_violations(page) == []
