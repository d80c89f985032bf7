"""A quality lead presses the summary button on a workshop page and downloads the PDF."""

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.conftest import serious_accessibility_violations, sign_in
from tests.integration.test_pdf_reports import KEY_MESSAGE, KNOWN_QUOTE, PHONE
from tests.integration.test_pdf_reports import workshop as workshop  # noqa: F401 - a fixture

pytestmark = pytest.mark.browser


def test_a_quality_lead_makes_and_downloads_a_workshop_summary(page, make_user, workshop):
    sign_in(page, make_user("quality_lead"))
    page.goto(f"/staff/workshops/{workshop.id}")
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Download the summary (PDF)").click()

    # The status page polls the job and shows the download once the PDF is made.
    expect(page.get_by_role("heading", name="Your report is ready")).to_be_visible(timeout=30_000)
    assert serious_accessibility_violations(page) == []
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the PDF").click()
    download = info.value
    assert download.suggested_filename.startswith("crisis-care-listening-event-")
    assert download.suggested_filename.endswith(".pdf")

    reader = PdfReader(download.path())
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Crisis care listening event" in text
    assert KEY_MESSAGE in text
    assert KNOWN_QUOTE in text
    assert PHONE not in text
