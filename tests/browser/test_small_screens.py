"""Staff pages on a 375 px wide phone: nothing wider than the screen, so no column (such as the
review page's Accept and Reject buttons) is cut off."""

import pytest

from feedback_app.admin.taxonomies import ThemeFields, save_theme
from feedback_app.extensions import db
from feedback_app.tagging.taxonomies import default_taxonomy
from tests.browser.conftest import serious_accessibility_violations, sign_in
from tests.integration.test_review import comment_with_tags

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}


def overflow(page) -> int:
    """How many pixels the page is wider than the screen (0 when it fits)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_a_review_page_fits_a_phone(page, make_user):
    comment = comment_with_tags(
        "We waited six hours in the emergency department before the crisis team came.",
        [("ed-conveyance", 0.52), ("response-time", 0.61), ("police-partnership", 0.4)],
        risk="urgent",
    )
    comment.tags[0].evidence = ["emergency department", "waited six hours"]
    db.session.commit()
    sign_in(page, make_user("quality_lead"))
    page.set_viewport_size(PHONE)
    page.goto(f"/staff/review/{comment.id}")
    assert overflow(page) <= 0
    decision = page.locator("[data-tag-row='1']")
    accept = decision.get_by_role("button", name="Accept")
    accept.scroll_into_view_if_needed()
    box = accept.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert serious_accessibility_violations(page) == []


def test_the_taxonomy_and_accounts_pages_fit_a_phone(page, make_user):
    admin = make_user("admin", email="administrator.with.a.long.name@example.org")
    taxonomy = default_taxonomy()
    theme = taxonomy.versions[-1].definition["themes"][0]
    fields = ThemeFields(
        name=theme["name"],
        description=theme.get("description", ""),
        category=theme.get("category"),
        phrases=theme["phrases"],
        exclusions=[*theme["exclusions"], "night shift staff"],
    )
    save_theme(taxonomy, theme["slug"], fields, admin.id)
    sign_in(page, admin)
    page.set_viewport_size(PHONE)
    for url in (f"/staff/admin/taxonomies/{taxonomy.key}", "/staff/admin/users"):
        page.goto(url)
        assert overflow(page) <= 0, url
        assert serious_accessibility_violations(page) == [], url


def test_dashboard_charts_stay_readable_on_a_phone(page, make_user):
    for text in ("Police waited with us", "Waited six hours", "The nurse listened"):
        comment_with_tags(text, [("police-partnership", 0.9), ("response-time", 0.8)])
    sign_in(page, make_user("quality_lead"))
    page.set_viewport_size(PHONE)
    page.goto("/staff/reports/")
    assert overflow(page) <= 0
    label = page.locator(".app-chart-figure svg text").first
    assert label.bounding_box()["height"] >= 11  # was about 7 px, shrunk to the screen
    figure = page.locator(".app-chart-figure").first
    assert figure.evaluate("f => f.scrollWidth > f.clientWidth")  # it scrolls sideways instead
    assert serious_accessibility_violations(page) == []
