"""A quality lead filters the dashboard in a real browser and drills into a theme's items."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_accessibility_violations, sign_in
from tests.integration.report_data import make_quarters

pytestmark = pytest.mark.browser


def test_a_quality_lead_filters_and_drills_into_a_theme(page, make_user, app):
    make_quarters()
    sign_in(page, make_user("quality_lead"))
    page.goto("/staff/reports/")
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Received from").fill("2026-04-01")
    page.get_by_label("Received to").fill("2026-06-30")
    page.get_by_label("Voice").select_option(label="Patient")
    page.get_by_role("button", name="Apply filters").click()

    # Q2 patients (report_data.py): d1 and d2 (5 April), h1 (12 June); kindness 2, waiting 1.
    description = page.locator("#filter-description")
    expect(description).to_contain_text("Received from 1 April 2026 to 30 June 2026")
    expect(description).to_contain_text("Voice: Patient")
    expect(page.locator("#all-items-link")).to_have_text("Read the 3 items")
    table = page.get_by_role("table", name=re.compile("Items by theme"))
    expect(table.get_by_role("row", name=re.compile("Kindness and compassion"))).to_contain_text(
        "2"
    )
    assert serious_accessibility_violations(page) == []

    # Clicking the theme's bar in the SVG chart opens its items.
    page.locator("#themes-chart [data-href]").first.click()
    expect(page.get_by_role("heading", name="Items", exact=True)).to_be_visible()
    expect(page.locator("#filter-description")).to_contain_text("Theme: Kindness and compassion")
    items = page.locator(".app-item")
    expect(items).to_have_count(2)
    newest = items.first
    expect(newest).to_contain_text("[NAME] rang [PHONE]")
    expect(newest.locator("mark")).to_have_text(["kind"])
    assert "Sarah" not in page.content() and "07700" not in page.content()
    assert serious_accessibility_violations(page) == []
