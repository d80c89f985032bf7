"""The dashboard's figures against hand-counted feedback (tests/integration/report_data.py),
its filters, and the drill-down list of items (redacted, evidence highlighted)."""

import re
from datetime import UTC, date, datetime
from html import unescape

import pytest

from feedback_app.analysis.redaction import redact
from feedback_app.extensions import db
from feedback_app.reports.dashboard import recent_emerging
from feedback_app.reports.filters import ReportFilter
from feedback_app.reports.queries import filtered_comments, summary
from tests.factories import add_comment, default_taxonomy, make_feedback
from tests.helpers import get_page
from tests.integration.report_data import ORIGINAL_H1, Q1, Q2, make_quarters


@pytest.fixture
def quarters(app):
    return make_quarters()


def themes_of(figures) -> dict[str, int]:
    return {t.slug: t.count for t in figures.themes if t.count}


def test_a_quarter_counted_by_hand(quarters):
    figures = summary(Q2)
    assert figures.items == 7
    assert [(t.slug, t.count) for t in figures.themes] == [
        ("waiting", 3),
        ("kindness", 2),
        ("out-of-hours", 1),
        ("police", 1),
    ]
    waiting = figures.themes[0]
    assert waiting.sentiment == {
        "positive": 0,
        "neutral": 0,
        "mixed": 1,
        "negative": 2,
        "unknown": 0,
    }
    assert figures.sentiment == {
        "positive": 2,
        "neutral": 1,
        "mixed": 1,
        "negative": 3,
        "unknown": 0,
    }
    assert (figures.fft_positive, figures.fft_rated) == (3, 4)
    assert figures.fft_score == pytest.approx(0.75)


def test_monthly_trend_per_theme(quarters):
    figures = summary(Q2)
    assert figures.months == ("2026-04", "2026-05", "2026-06")
    assert figures.month_labels == ("Apr 2026", "May 2026", "Jun 2026")
    assert figures.items_by_month == (3, 2, 2)
    trends = {t.slug: t.trend for t in figures.themes}
    assert trends == {
        "waiting": (2, 0, 1),
        "kindness": (1, 0, 1),
        "out-of-hours": (0, 1, 0),
        "police": (0, 0, 1),
    }


def test_change_against_the_previous_quarter(quarters):
    figures = summary(Q2)
    assert figures.previous == Q1
    assert (figures.items_change.previous, figures.items_change.direction) == (3, "up")
    changes = {t.slug: t.change for t in figures.themes}
    assert (changes["waiting"].previous, changes["waiting"].difference) == (2, 1)
    assert changes["waiting"].text == "▲ 1 (+50%)"
    assert changes["kindness"].text == "▲ 1 (+100%)"
    assert changes["police"].direction == "same"
    assert changes["out-of-hours"].text == "▲ 1 (new)"


def test_a_theme_that_stopped_shows_its_fall(quarters):
    figures = summary(ReportFilter(date_from=date(2026, 5, 1), date_to=date(2026, 5, 31)))
    # May: f1 (out-of-hours), f2. April before it: waiting 2, kindness 1.
    changes = {t.slug: (t.count, t.change.text) for t in figures.themes}
    assert changes == {
        "out-of-hours": (1, "▲ 1 (new)"),
        "waiting": (0, "▼ 2 (−100%)"),
        "kindness": (0, "▼ 1 (−100%)"),
    }


def test_no_change_without_a_date_range(quarters):
    figures = summary(ReportFilter())
    assert figures.items == 11  # every comment, i included
    assert figures.items_change is None
    assert all(t.change is None for t in figures.themes)
    assert figures.months[0] == "2025-12" and figures.months[-1] == "2026-06"
    assert len(figures.months) == 7


@pytest.mark.parametrize(
    ("changes", "items", "themes", "fft"),
    [
        ({"voice": "police"}, 1, {"police": 1, "waiting": 1}, (0, 1)),
        ({"theme": "waiting"}, 3, {"waiting": 3, "police": 1}, (1, 2)),
        ({"theme": "kindness"}, 2, {"kindness": 2}, (2, 2)),  # e1's kindness was rejected
        ({"sentiment": "negative"}, 3, {"waiting": 2, "out-of-hours": 1, "police": 1}, (1, 2)),
        ({"risk": "mention"}, 1, {"police": 1, "waiting": 1}, (0, 1)),
        ({"source": "workshop"}, 1, {"police": 1, "waiting": 1}, (0, 1)),
        ({"search": "bed"}, 2, {"waiting": 2}, (1, 1)),
        ({"voice": "patient", "sentiment": "positive"}, 2, {"kindness": 2}, (2, 2)),
        ({"voice": "carer", "theme": "kindness"}, 0, {}, (0, 0)),
    ],
)
def test_filters_combine_with_the_quarter(quarters, changes, items, themes, fft):
    figures = summary(Q2.replace(**changes))
    assert figures.items == items
    assert themes_of(figures) == themes
    assert (figures.fft_positive, figures.fft_rated) == fft


def test_workshop_filter(quarters):
    figures = summary(ReportFilter(workshop_id=quarters.workshop.id))
    assert figures.items == 1
    assert themes_of(figures) == {"police": 1, "waiting": 1}


@pytest.mark.parametrize(
    ("search", "keys"),
    [
        ("bed", {"b", "d2", "e1"}),
        ('"mental health bed"', {"b"}),
        ("bed -ward", {"b", "e1"}),
        ("KIND", {"a", "d1", "e1", "h1", "i"}),
        ("bed hours", {"b"}),
    ],
)
def test_search_on_either_database(quarters, search, keys):
    found = set(db.session.scalars(filtered_comments(ReportFilter(search=search))))
    assert {k for k, c in quarters.comments.items() if c in found} == keys


def test_search_stems_words_on_postgresql(quarters, app):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("stemming is PostgreSQL full-text search only")
    found = set(db.session.scalars(filtered_comments(ReportFilter(search="waiting"))))
    assert {k for k, c in quarters.comments.items() if c in found} == {"b", "c", "d2", "e1"}


def test_dates_are_uk_days(app):
    # 23:30 UTC on 30 June is 00:30 on 1 July in the UK (summer time).
    late = make_feedback("patient", created_at=datetime(2026, 6, 30, 23, 30, tzinfo=UTC))
    add_comment(late, "Late", themes=["waiting"])
    db.session.commit()
    assert summary(Q2).items == 0
    assert summary(ReportFilter(date_from=date(2026, 7, 1), date_to=date(2026, 7, 1))).items == 1


# --- Pages -------------------------------------------------------------------------------------


def test_dashboard_page_shows_the_figures(client, login, quarters):
    login("quality_lead")
    html = get_page(client, "/staff/reports/?" + Q2.query_string())
    assert "Received from 1 April 2026 to 30 June 2026" in html
    assert "Waiting for a mental health bed" in html
    assert "75% good or very good, of 4 rated" in html
    assert "▲ 1 (+50%)" in html
    assert 'role="img"' in html and '<title id="themes-chart-title">' in html
    # drill-down links from the theme table and the month table
    assert (
        "/staff/reports/items?date_from=2026-04-01&amp;date_to=2026-06-30&amp;theme=waiting" in html
    )
    assert "/staff/reports/items?date_from=2026-05-01&amp;date_to=2026-05-31" in html


def test_dashboard_reports_unusable_filters(client, login, quarters):
    login("quality_lead")
    html = get_page(client, "/staff/reports/?date_from=2026-13-01&voice=martian&date_to=2026-06-30")
    assert "There is a problem" in html
    assert "Enter a real date" in html
    assert "Received on or before 30 June 2026" in html  # the usable filter still applies


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=0202-01-01", "The start date must be the same as or after 1 January 2000"),
        ("date_from=1000-01-01", "The start date must be the same as or after 1 January 2000"),
        ("date_from=1900-01-01&date_to=2026-06-30", "must be the same as or after 1 January"),
        ("date_to=9999-12-31", "The end date must be the same as or before"),
    ],
)
def test_dates_out_of_range_are_errors_on_the_form(client, login, quarters, query, message):
    login("quality_lead")
    html = get_page(client, "/staff/reports/?" + query)
    assert "There is a problem" in html
    assert message in html
    assert "Jan 1900" not in html  # no chart column for every month since then
    items = get_page(client, "/staff/reports/items?" + query)
    assert "Some filters could not be used" in items and message in items


def test_a_page_number_too_big_for_the_database_is_a_page_past_the_end(client, login, quarters):
    login("quality_lead")
    html = get_page(client, "/staff/reports/items?page=99999999999999999999")
    assert "There are no items on this page." in html


def test_dashboard_with_no_feedback(client, login):
    default_taxonomy()
    login("admin")
    html = get_page(client, "/staff/reports/")
    assert "No items match these filters." in html


def test_drill_down_shows_redacted_text_with_evidence_marked(client, login, quarters):
    login("quality_lead")
    html = get_page(
        client, "/staff/reports/items?theme=kindness&voice=patient&date_from=2026-06-01"
    )
    assert "1 item match" in html
    assert "<mark>kind</mark>" in html
    assert "[NAME] rang [PHONE]" in html
    assert "&lt;b&gt;really&lt;/b&gt;" in html  # escaped, never raw HTML
    for detail in ("Sarah", "07700", ORIGINAL_H1):
        assert detail not in html


def test_drill_down_redacts_text_the_analysis_has_not_reached(client, login, app):
    feedback = make_feedback("carer", created_at=datetime(2026, 5, 1, tzinfo=UTC))
    add_comment(feedback, "Ring me on 07700 900123 please", unredacted=True)
    db.session.commit()
    login("quality_lead")
    html = get_page(client, "/staff/reports/items")
    assert "Ring me on [PHONE] please" in html
    assert "07700" not in html


def test_drill_down_is_paginated(client, login, app):
    feedback = make_feedback("patient", created_at=datetime(2026, 5, 1, tzinfo=UTC))
    for n in range(30):
        add_comment(feedback, f"Comment number {n}")
    db.session.commit()
    login("quality_lead")
    first = get_page(client, "/staff/reports/items?voice=patient")
    assert "30 items match" in first and "Showing 1 to 25" in first
    assert "page=2" in first
    second = get_page(client, "/staff/reports/items?voice=patient&page=2")
    assert "Showing 26 to 30" in second and "Comment number 0<" in second.replace("\n", "")


# --- Emerging phrases --------------------------------------------------------------------------

PERMIT_TEXTS = (
    "No parking permit for the crew, so they parked miles away",
    "The parking permit at the flats was a problem again",
    "Parking permit issues every single visit",
)
NAMED_TEXT = "Paramedic Priya Sharma stayed calm with my son"  # as typed: a named member of staff


def add_emerging_feedback() -> dict[str, object]:
    """Three comments sharing an untagged phrase, three naming the same person (stored
    redacted, as the analysis leaves them, and one not yet redacted), and one other."""
    feedback = make_feedback("carer", created_at=datetime(2026, 5, 2, tzinfo=UTC))
    permits = [add_comment(feedback, text, themes=["waiting"]) for text in PERMIT_TEXTS]
    for _ in range(2):
        add_comment(feedback, NAMED_TEXT, redacted=redact(NAMED_TEXT), themes=["kindness"])
    add_comment(feedback, NAMED_TEXT, unredacted=True)
    other = add_comment(feedback, "The crew were kind and listened to us")
    db.session.commit()
    return {"permits": permits, "other": other}


def emerging_rows(html: str) -> dict[str, tuple[str, int]]:
    """Phrase -> (link, times used), from the emerging phrases page's table."""
    section = html.split("<h1>Emerging phrases</h1>", 1)[1]
    rows = re.findall(
        r'<a class="nhsuk-link" href="([^"]+)">\s*([^<]+?)\s*</a>.*?(\d+)\s*</td>',
        section,
        re.DOTALL,
    )
    return {phrase: (unescape(link), int(count)) for link, phrase, count in rows}


def test_emerging_phrases_link_to_the_items_using_them(client, login, app):
    made = add_emerging_feedback()
    login("quality_lead")
    dashboard = get_page(client, "/staff/reports/")
    assert 'href="/staff/reports/emerging"' in dashboard
    html = get_page(client, "/staff/reports/emerging")
    assert "candidates for a new theme: an administrator can add them to the taxonomy" in html
    rows = emerging_rows(html)
    assert rows["parking permit"][1] == 3  # although those comments have a theme
    for detail in ("priya", "sharma"):
        assert not any(detail in phrase for phrase in rows)
        assert detail not in html.lower()
    items = get_page(client, rows["parking permit"][0])
    assert "3 items match" in items
    for permit in made["permits"]:
        assert permit.redacted in items
    assert made["other"].text not in items


def test_emerging_phrases_follow_the_filter_and_keep_its_search(client, login, app):
    made = add_emerging_feedback()
    patient = make_feedback("patient", created_at=datetime(2026, 5, 3, tzinfo=UTC))
    for text in PERMIT_TEXTS[:2]:
        add_comment(patient, text)
    db.session.commit()
    login("quality_lead")
    assert emerging_rows(get_page(client, "/staff/reports/emerging"))["parking permit"][1] == 5
    link, count = emerging_rows(
        get_page(client, "/staff/reports/emerging?voice=carer&search=permit")
    )["parking permit"]
    assert count == 3
    assert "voice=carer" in link and "search=permit+%22parking+permit%22" in link
    items = get_page(client, link)
    assert "3 items match" in items
    assert all(permit.redacted in items for permit in made["permits"])


def test_emerging_phrases_leave_out_what_a_theme_covers(client, login, app):
    taxonomy = default_taxonomy()
    definition = taxonomy.versions[-1].definition
    themes = [
        {**t, "phrases": ["parking permit"]} if t["slug"] == "waiting" else t
        for t in definition["themes"]
    ]
    taxonomy.versions[-1].definition = {**definition, "themes": themes}
    db.session.commit()
    add_emerging_feedback()
    login("quality_lead")
    html = get_page(client, "/staff/reports/emerging")
    assert "parking permit" not in emerging_rows(html)


def test_emerging_phrases_read_only_the_most_recent_items(monkeypatch, app):
    old = make_feedback("patient", created_at=datetime(2026, 1, 5, tzinfo=UTC))
    for text in PERMIT_TEXTS:
        add_comment(old, text)
    recent = make_feedback("patient", created_at=datetime(2026, 6, 5, tzinfo=UTC))
    for text in ("Another shift rota mix up", "The shift rota again", "Shift rota chaos"):
        add_comment(recent, text)
    db.session.commit()
    found = dict(recent_emerging(ReportFilter()))
    assert found.get("shift rota") == 3 and found.get("parking permit") == 3
    monkeypatch.setattr("feedback_app.reports.dashboard.EMERGING_SAMPLE", 3)
    found = dict(recent_emerging(ReportFilter()))
    assert "parking permit" not in found and found.get("shift rota") == 3
