"""Period reports: a PDF for any dashboard filter, with the dashboard's charts as vector SVG."""

from datetime import UTC, datetime

import pytest

from feedback_app import jobs
from feedback_app.extensions import db
from feedback_app.models import Job
from feedback_app.reports.pdf import make_pdf, period_params
from tests.factories import add_comment, make_feedback
from tests.helpers import post_form
from tests.integration.test_pdf_reports import KEY_MESSAGE, KNOWN_QUOTE, pdf_text
from tests.integration.test_pdf_reports import workshop as workshop  # noqa: F401 - a fixture

QUARTER = {"date_from": "2026-04-01", "date_to": "2026-06-30"}
CONSENTED = "The crew were calm and kind and listened to me all the way."
NOT_CONSENTED = "We waited six hours for a bed and nobody explained why."


def form(voice, month, text, themes, sentiment, rating=None, consent=False, day=10):
    feedback = make_feedback(
        voice,
        created_at=datetime(2026, month, day, 12, tzinfo=UTC),
        rating=rating,
        consent_to_quote=consent,
    )
    question = "went_well" if sentiment == "positive" else "do_better"
    add_comment(feedback, text, themes=themes, sentiment=sentiment, question=question)


@pytest.fixture
def quarter(workshop):
    """April to June 2026: the workshop's 7 notes (received 1 May) and 5 form answers, so 12
    items; 3 ratings other than "don't know", 2 of them good or very good. Themes: Out-of-hours
    access 5, Kindness and compassion 3, Waiting for a mental health bed 3, Police involvement 2.
    One answer from March falls outside (the previous period: Kindness 1)."""
    form("patient", 4, CONSENTED, ["kindness"], "positive", "very_good", consent=True)
    form(
        "staff",
        5,
        "After midnight there is nobody to call for advice at all.",
        ["out-of-hours"],
        "negative",
    )
    form("carer", 5, NOT_CONSENTED, ["waiting"], "negative", "poor")
    form(
        "patient",
        6,
        "Out of hours the phone line was answered quickly this time.",
        ["out-of-hours"],
        "positive",
        "good",
        consent=True,
    )
    form("patient", 6, "Rated but with no view either way on anything.", [], "neutral", "dont_know")
    form(
        "patient",
        3,
        "Outside the quarter, so not in this report at all.",
        ["kindness"],
        "positive",
        "very_good",
    )
    db.session.commit()


def period_pdf(args):
    return make_pdf(period_params(args), lambda *a: None)


def test_a_quarter_report_counts_what_the_dashboard_counts(quarter):
    report, pdf = period_pdf(QUARTER)
    reader, text = pdf_text(pdf)
    assert report.items == 12
    assert [(t.name, t.count, t.change) for t in report.themes] == [
        ("Out-of-hours access", 5, "▲ 5 (new)"),
        ("Kindness and compassion", 3, "▲ 2 (+200%)"),
        ("Waiting for a mental health bed", 3, "▲ 3 (new)"),
        ("Police involvement", 2, "▲ 2 (new)"),
    ]
    assert "Feedback report: 1 April 2026 to 30 June 2026" in text
    assert "Received from 1 April 2026 to 30 June 2026" in text  # the filter, in words
    assert "67% good or very good (2 of 3 rated)" in text
    assert "Out-of-hours access 5 (42%)" in text
    assert KEY_MESSAGE in text  # the workshop held in the quarter
    assert "Mental health lead" in text  # its action's owner
    assert "Outside the quarter" not in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


URGENT = "I want to end my life tonight and nobody is listening to me."


def test_quotes_and_the_appendix_need_consent_and_never_print_urgent_risk(quarter):
    feedback = make_feedback(
        "patient", created_at=datetime(2026, 5, 20, 12, tzinfo=UTC), consent_to_quote=True
    )
    add_comment(feedback, URGENT, themes=["waiting"], sentiment="negative", risk_level="urgent")
    db.session.commit()
    report, pdf = period_pdf(QUARTER)
    _, text = pdf_text(pdf)
    assert report.items == 13  # still counted
    assert f"“{CONSENTED}”" in text
    assert f"“{KNOWN_QUOTE}”" in text  # a workshop note
    assert CONSENTED in text.split("Appendix")[-1]  # printed in full too
    for left_out in (NOT_CONSENTED, URGENT, "end my life"):
        assert left_out not in text  # neither as a quote nor in the appendix
    assert (
        "4 comments are left out of this appendix: 3 because the people who wrote them did not "
        "agree to be quoted, and 1 because it was flagged as an urgent risk."
    ) in text
    assert sum(len(notes) for _, notes in report.appendix.groups) == 9  # 13 less those 4


def test_a_report_with_nothing_left_out_says_nothing_about_it(quarter):
    report, pdf = period_pdf({"source": "workshop", **QUARTER})
    _, text = pdf_text(pdf)
    assert report.appendix.left_out == 0
    assert "not printed here" not in text


def test_with_nothing_before_the_period_the_change_is_not_a_figure(quarter):
    report, pdf = period_pdf({"date_from": "2026-03-01", "date_to": "2026-06-30"})
    _, text = pdf_text(pdf)
    assert report.headline_figures[0] == ("13", "comments, none in the period before")
    assert "from 0" not in text
    assert "comments, none in the period before" in text
    # With earlier comments, the change stays a figure.
    report, _ = period_pdf(QUARTER)
    assert report.headline_figures[0] == ("12", "comments, up 11 from 1")


def test_the_trend_charts_are_vector_graphics_with_real_text(quarter):
    report, pdf = period_pdf(QUARTER)
    reader, text = pdf_text(pdf)
    assert [c.title for c in report.charts] == ["Comments received each month", "Comments by theme"]
    (trends,) = [t for p in reader.pages if (t := p.extract_text()).startswith("2. Trends")]
    for label in ("Apr", "May", "Jun", "Out-of-hours access", "▲ 5 (new)"):
        assert label in trends  # drawn as text, not as pictures
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        images = [o for o in objects.values() if o.get_object().get("/Subtype") == "/Image"]
        assert images == []


def test_any_filter_a_voice_and_a_theme(quarter):
    report, pdf = period_pdf({"voice": "staff", "theme": "out-of-hours"})
    _, text = pdf_text(pdf)
    assert report.items == 2  # the staff workshop note and the staff form answer
    assert "Voice: Ambulance staff; Theme: Out-of-hours access" in text
    assert report.title == "Feedback report"
    assert report.charts[0].title == "Comments by theme"  # one month: no month chart


def test_the_dashboard_button_starts_a_report_of_its_filter(app, client, login, workshop, quarter):
    login("quality_lead")
    any_form = f"/staff/reports/workshops/{workshop.id}/pdf"
    response = post_form(
        client, "/staff/reports/pdf", {**QUARTER, "voice": "patient"}, form_url=any_form
    )
    assert response.status_code == 302
    jobs.wait(app)
    job = db.session.scalars(db.select(Job)).one()
    assert job.params["filter"] == {**QUARTER, "voice": "patient"}
    assert job.params["description"] == (
        "Feedback report: Received from 1 April 2026 to 30 June 2026; Voice: Patient"
    )
    db.session.refresh(job)
    assert job.status == "done", job.message
    _, text = pdf_text(client.get(f"/staff/reports/jobs/{job.id}/download").data)
    assert "Voice: Patient" in text


def test_each_theme_has_its_trend_month_by_month(quarter):
    report, pdf = period_pdf(QUARTER)
    _, text = pdf_text(pdf)
    # Out-of-hours access: three workshop notes and a staff answer in May, one answer in June.
    out_of_hours = report.trends[0]
    assert (out_of_hours.name, out_of_hours.busiest, out_of_hours.latest) == (
        "Out-of-hours access",
        "May 2026 (4)",
        1,
    )
    assert "Each theme month by month" in text
    assert "May 2026 (4)" in text


def test_a_report_on_dates_out_of_range_goes_back_to_the_dashboard_form(app, client, login):
    login("quality_lead")
    response = post_form(
        client,
        "/staff/reports/pdf",
        {"date_from": "1900-01-01", "voice": "patient"},
        form_url="/staff/reports/",
    )
    assert response.status_code == 302
    assert response.location == "/staff/reports/?date_from=1900-01-01&voice=patient"
    assert db.session.scalars(db.select(Job)).all() == []  # no report started
