"""PDF reports: made from hand-counted data, read back with pypdf, and checked for what they say
and for what they must never say (personal details)."""

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from feedback_app import jobs
from feedback_app.extensions import db
from feedback_app.models import Job
from feedback_app.reports.pdf import make_pdf
from tests.factories import add_comment, default_taxonomy, make_feedback, make_workshop
from tests.helpers import get_page, post_form

KEY_MESSAGE = "Out-of-hours access is the biggest gap partners see."
KNOWN_QUOTE = "The nurse was kind and did not rush me at all."
PHONE, EMAIL, NAME = "07700 900123", "jane.smith@example.org", "Jane Smith"


@pytest.fixture
def workshop(app):
    """Seven notes, hand-counted: Out-of-hours access 3 (all negative); Kindness and compassion,
    Police involvement, Waiting for a mental health bed 2 each (a rejected tag never counts)."""
    default_taxonomy()
    workshop = make_workshop(
        "Crisis care listening event",
        attendance=[("Ambulance service", 12), ("County police", 5), ("MIND", 3)],
        key_messages=[KEY_MESSAGE],
        actions=[("Share the out-of-hours rota with police control rooms", "Mental health lead")],
    )
    works, hinders = workshop.questions

    def note(voice, question, text, themes, sentiment, **kwargs):
        feedback = make_feedback(voice, workshop=workshop, question=question)
        return add_comment(feedback, text, themes=themes, sentiment=sentiment, **kwargs)

    note(
        "staff",
        works,
        "The mental health car crew sat with the patient and listened for an hour.",
        [("kindness", 0.9, "suggested")],
        "positive",
    )
    note(
        "police",
        works,
        "Officers value the advice line from the control room nurses.",
        ["police"],
        "positive",
    )
    note("patient", works, KNOWN_QUOTE, [("kindness", 0.95, "accepted")], "positive")
    note(
        "staff",
        hinders,
        "After 2am there is nobody to call and we wait hours in the emergency department.",
        ["out-of-hours", ("waiting", 0.6, "suggested")],
        "negative",
    )
    note(
        "police",
        hinders,
        f"We wait with people for hours for a bed; call {NAME} on {PHONE} or {EMAIL}.",
        ["out-of-hours", "waiting", "police"],
        "negative",
        redacted="We wait with people for hours for a bed; call [NAME] on [PHONE] or [EMAIL].",
    )
    # Not redacted yet: the report must redact it itself.
    note(
        "charity",
        hinders,
        "Out of hours the crisis line rings out, ring 07700 900456 to reach us instead.",
        ["out-of-hours"],
        "negative",
        unredacted=True,
    )
    note(
        "staff",
        hinders,
        "Parking at the hospital is hard.",
        [("waiting", 0.4, "rejected")],
        "neutral",
    )
    db.session.commit()
    return workshop


def pdf_text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


def test_workshop_summary_says_what_the_workshop_said(workshop):
    report, pdf = make_pdf({"report": "workshop", "workshop_id": workshop.id}, lambda *a: None)
    reader, text = pdf_text(pdf)
    assert report.items == 7
    assert [(t.name, t.count) for t in report.themes] == [
        ("Out-of-hours access", 3),
        ("Kindness and compassion", 2),
        ("Police involvement", 2),
        ("Waiting for a mental health bed", 2),
    ]
    assert report.themes[0].sentiment == {"negative": 3}
    assert "Crisis care listening event" in text
    assert "Workshop summary" in text
    assert KEY_MESSAGE in text
    assert KNOWN_QUOTE in text
    assert "Out-of-hours access 3 (43%) 0 0 3" in text
    assert "Waiting for a mental health bed 2 (29%)" in text
    assert "Share the out-of-hours rota with police control rooms" in text
    assert "Mental health lead" in text
    assert "Total 20" in text  # 12 + 5 + 3 people
    assert re.search(r"\d\. Emerging phrases (Phrases that recur|No recurring phrase)", text)
    assert "All notes taken at the workshop on 14 May 2026." in text  # the filter, in words
    assert re.search(r"Made on \d{1,2} \w+ \d{4} at \d\d:\d\d", text)  # when it was made


def test_the_pdf_redacts_personal_details(workshop):
    _, pdf = make_pdf({"report": "workshop", "workshop_id": workshop.id}, lambda *a: None)
    _, text = pdf_text(pdf)
    for detail in (PHONE, EMAIL, NAME, "07700 900456", "07700"):
        assert detail not in text
    assert "[PHONE]" in text
    assert "[EMAIL]" in text


def test_the_pdf_is_a_paged_document_with_contents(workshop):
    _, pdf = make_pdf({"report": "workshop", "workshop_id": workshop.id}, lambda *a: None)
    reader, text = pdf_text(pdf)
    pages = len(reader.pages)
    assert 5 <= pages <= 15
    assert "Page 1 of " + str(pages) in text
    assert f"Page {pages} of {pages}" in text
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents
    assert re.search(r"Themes raised\s*\d+", contents)  # with its page number
    # Every later page carries the running header (the report title).
    assert all("Crisis care listening event" in p.extract_text() for p in reader.pages[1:])


def test_the_pdf_is_tagged_titled_in_english_with_embedded_fonts(workshop):
    _, pdf = make_pdf({"report": "workshop", "workshop_id": workshop.id}, lambda *a: None)
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert reader.metadata.title == "Crisis care listening event"
    fonts = embedded_fonts(reader)
    assert any("Liberation-Sans" in name for name in fonts), fonts


def test_emoji_in_feedback_are_printed_with_an_emoji_font(workshop):
    """People type emoji on phones: they print as emoji, not as empty boxes."""
    question = workshop.questions[0]
    text = "Brilliant crew 👍 thank you 😊"
    add_comment(make_feedback("patient", workshop=workshop, question=question), text)
    db.session.commit()
    _, pdf = make_pdf({"report": "workshop", "workshop_id": workshop.id}, lambda *a: None)
    reader, printed = pdf_text(pdf)
    assert "👍" in printed and "😊" in printed
    assert any("Emoji" in name for name in embedded_fonts(reader)), embedded_fonts(reader)


def embedded_fonts(reader: PdfReader) -> set[str]:
    """The names of the fonts the pages use, each checked to be embedded in the file."""
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font.get("/FontDescriptor")
                or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            descriptor = descriptor.get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.add(str(font["/BaseFont"]))
    return fonts


def test_a_missing_workshop_is_a_safe_failure(app):
    with pytest.raises(jobs.JobError, match="no longer exists"):
        make_pdf({"report": "workshop", "workshop_id": 999999}, lambda *a: None)


# --- Through the web: start the job, follow it, download ------------------------------------


def start_workshop_pdf(client, workshop) -> str:
    """Open the workshop summary page and press its button."""
    response = post_form(client, f"/staff/reports/workshops/{workshop.id}/pdf", {})
    assert response.status_code == 302
    return response.headers["Location"]


def test_a_quality_lead_starts_follows_and_downloads_a_workshop_pdf(app, client, login, workshop):
    login("quality_lead")
    status_url = start_workshop_pdf(client, workshop)
    jobs.wait(app)
    page = get_page(client, status_url)
    assert "Your report is ready" in page
    job = db.session.scalars(db.select(Job)).one()
    assert job.params["report"] == "workshop"
    state = client.get(f"/staff/reports/jobs/{job.id}/status").get_json()
    assert state["status"] == "done"
    assert state["progress"] == 1.0
    download = client.get(state["download_url"])
    assert download.status_code == 200
    assert download.mimetype == "application/pdf"
    assert "attachment" in download.headers["Content-Disposition"]
    assert "crisis-care-listening-event" in download.headers["Content-Disposition"]
    assert download.headers["Cache-Control"] == "no-store"
    _, text = pdf_text(download.data)
    assert KNOWN_QUOTE in text


def test_the_status_page_shows_progress_while_the_job_runs(app, client, login, workshop):
    user = login("quality_lead")
    job = Job(
        kind="report",
        params={"report": "workshop", "description": "Workshop summary: X"},
        status="running",
        progress=0.4,
        message="Laying out 7 notes",
        created_by_id=user.id,
    )
    db.session.add(job)
    db.session.commit()
    page = get_page(client, f"/staff/reports/jobs/{job.id}")
    assert 'value="40"' in page
    assert "Laying out 7 notes (40%)" in page
    assert f'href="/staff/reports/jobs/{job.id}"' in page  # the no-JavaScript refresh link
    assert client.get(f"/staff/reports/jobs/{job.id}/download").status_code == 404


def test_a_job_abandoned_by_a_restart_ends_as_failed(app, client, login):
    login("quality_lead")
    long_ago = datetime.now(UTC) - timedelta(seconds=jobs.JOB_TIMEOUT + 60)
    job = Job(kind="report", params={}, status="running", progress=0.3, created_at=long_ago)
    db.session.add(job)
    db.session.commit()
    state = client.get(f"/staff/reports/jobs/{job.id}/status").get_json()
    assert (state["status"], state["message"]) == ("failed", jobs.ABANDONED_MESSAGE)
    assert "Your report could not be made" in get_page(client, f"/staff/reports/jobs/{job.id}")


def test_a_failed_job_says_so_without_a_download(app, client, login):
    login("quality_lead")
    job = Job(kind="report", params={}, status="failed", message="That workshop no longer exists.")
    db.session.add(job)
    db.session.commit()
    page = get_page(client, f"/staff/reports/jobs/{job.id}")
    assert "That workshop no longer exists." in page
    assert "/download" not in page


def test_other_kinds_of_job_are_not_report_pages(app, client, login):
    login("quality_lead")
    job = Job(kind="train", params={}, status="done", result_path="/etc/passwd")
    db.session.add(job)
    db.session.commit()
    assert client.get(f"/staff/reports/jobs/{job.id}").status_code == 404
    assert client.get(f"/staff/reports/jobs/{job.id}/download").status_code == 404


def test_facilitators_cannot_download_reports(app, client, login, workshop, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7")
    job = Job(kind="report", params={}, status="done", result_path=str(path))
    db.session.add(job)
    db.session.commit()
    login("facilitator")
    assert client.get(f"/staff/reports/jobs/{job.id}/download").status_code == 403
    assert client.get(f"/staff/reports/jobs/{job.id}/status").status_code == 403


def test_workshop_notes_need_no_consent_but_urgent_risk_is_never_printed(workshop):
    urgent = "I want to end my life tonight, I cannot go on like this."
    feedback = make_feedback("patient", workshop=workshop, question=workshop.questions[0])
    add_comment(feedback, urgent, sentiment="negative", risk_level="urgent")
    db.session.commit()
    report, pdf = make_pdf({"report": "workshop", "workshop_id": workshop.id}, lambda *a: None)
    _, text = pdf_text(pdf)
    assert report.items == 8  # still counted
    assert urgent not in text and "end my life" not in text
    assert "Parking at the hospital is hard." in text  # no consent asked at a workshop
    assert "1 note is left out of this appendix because it was flagged as an urgent risk." in text
    assert sum(len(notes) for _, notes in report.appendix.groups) == 7
