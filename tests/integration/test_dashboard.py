"""The dashboard's figures against hand-counted feedback (tests/integration/report_data.py),
its filters, and the drill-down list of items (redacted, evidence highlighted)."""

from datetime import UTC, date, datetime

import pytest

from feedback_app.extensions import db
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
