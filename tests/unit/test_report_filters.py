"""ReportFilter: parsing query-string arguments, writing them back, describing them, and the
previous period; the search term parser; the chart SVG; how a change reads."""

from datetime import date, timedelta

import pytest
from werkzeug.datastructures import MultiDict

from feedback_app.reports.charts import Bar, bar_chart, column_chart, sparkline
from feedback_app.reports.filters import ReportFilter, parse_filter
from feedback_app.reports.queries import Change
from feedback_app.reports.search import search_terms


def test_every_filter_parses_and_round_trips():
    args = {
        "date_from": "2026-04-01",
        "date_to": "2026-06-30",
        "source": "workshop",
        "voice": "police",
        "theme": "out-of-hours",
        "sentiment": "negative",
        "risk": "urgent",
        "workshop_id": "3",
        "search": '  bed   "crisis team" ',
        "taxonomy_id": "2",
    }
    f, errors = parse_filter(MultiDict(args))
    assert errors == {}
    assert f == ReportFilter(
        date_from=date(2026, 4, 1),
        date_to=date(2026, 6, 30),
        source="workshop",
        voice="police",
        theme="out-of-hours",
        sentiment="negative",
        risk="urgent",
        workshop_id=3,
        search='bed "crisis team"',
        taxonomy_id=2,
    )
    assert ReportFilter.from_args(f.to_args()) == f
    assert ReportFilter.from_args(MultiDict(_parse_qs(f.query_string()))) == f


def _parse_qs(query: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(query)


def test_empty_arguments_mean_no_filter():
    f, errors = parse_filter({"voice": "", "theme": "  ", "page": "2"})
    assert f == ReportFilter() and f.is_empty and errors == {}
    assert f.to_args() == {} and f.query_string() == ""


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"date_from": "2026-02-30"}, "date_from"),
        ({"date_to": "yesterday"}, "date_to"),
        ({"voice": "martian"}, "voice"),
        ({"source": "email"}, "source"),
        ({"sentiment": "angry"}, "sentiment"),
        ({"risk": "high"}, "risk"),
        ({"workshop_id": "-1"}, "workshop_id"),
        ({"workshop_id": "0"}, "workshop_id"),
        ({"taxonomy_id": "one"}, "taxonomy_id"),
        ({"theme": "<script>"}, "theme"),
        ({"search": "x" * 201}, "search"),
        ({"date_from": "2026-06-30", "date_to": "2026-04-01"}, "date_to"),
        ({"date_from": "0202-01-01"}, "date_from"),
        ({"date_from": "1999-12-31"}, "date_from"),
        ({"date_to": "1000-01-01"}, "date_to"),
        ({"date_to": "9999-12-31"}, "date_to"),
        ({"date_from": "9999-12-31"}, "date_from"),
        ({"workshop_id": "99999999999999999999"}, "workshop_id"),
        ({"taxonomy_id": "²"}, "taxonomy_id"),
    ],
)
def test_unusable_arguments_are_reported_and_ignored(args, field):
    f, errors = parse_filter({**args, "voice": args.get("voice", "staff")})
    assert list(errors) == [field]
    assert getattr(f, field) is None
    if field != "voice":
        assert f.voice == "staff"  # the other filters still apply


def test_dates_from_2000_to_a_year_ahead():
    today = date.today()
    latest = today + timedelta(days=365)
    f, errors = parse_filter({"date_from": "2000-01-01", "date_to": latest.isoformat()})
    assert errors == {} and (f.date_from, f.date_to) == (date(2000, 1, 1), latest)
    too_late = (latest + timedelta(days=1)).isoformat()
    _, errors = parse_filter({"date_from": "1999-12-31", "date_to": too_late})
    assert errors == {
        "date_from": "The start date must be the same as or after 1 January 2000",
        "date_to": f"The end date must be the same as or before {latest.day} {latest:%B %Y}",
    }


def test_needs_comment_match():
    assert not ReportFilter(voice="police", date_from=date(2026, 1, 1)).needs_comment_match
    for changes in ({"theme": "x"}, {"sentiment": "mixed"}, {"risk": "none"}, {"search": "a"}):
        assert ReportFilter(**changes).needs_comment_match


@pytest.mark.parametrize(
    ("start", "end", "previous"),
    [
        # whole months step back by months
        ((2026, 4, 1), (2026, 6, 30), ((2026, 1, 1), (2026, 3, 31))),
        ((2026, 1, 1), (2026, 3, 31), ((2025, 10, 1), (2025, 12, 31))),
        ((2026, 3, 1), (2026, 3, 31), ((2026, 2, 1), (2026, 2, 28))),
        ((2026, 1, 1), (2026, 12, 31), ((2025, 1, 1), (2025, 12, 31))),
        # any other range steps back by days
        ((2026, 4, 10), (2026, 4, 16), ((2026, 4, 3), (2026, 4, 9))),
        ((2026, 3, 1), (2026, 3, 1), ((2026, 2, 28), (2026, 2, 28))),
        ((2026, 4, 15), (2026, 5, 31), ((2026, 2, 27), (2026, 4, 14))),
    ],
)
def test_previous_period(start, end, previous):
    f = ReportFilter(date_from=date(*start), date_to=date(*end), voice="carer")
    expected = ReportFilter(date_from=date(*previous[0]), date_to=date(*previous[1]), voice="carer")
    assert f.previous_period() == expected


def test_no_previous_period_without_both_dates():
    assert ReportFilter().previous_period() is None
    assert ReportFilter(date_from=date(2026, 1, 1)).previous_period() is None
    assert ReportFilter(date_to=date(2026, 1, 1)).previous_period() is None


def test_describe_in_plain_english():
    f = ReportFilter(
        date_from=date(2026, 4, 1),
        date_to=date(2026, 6, 30),
        voice="nhs_commissioner",
        source="form",
        theme="waiting",
        sentiment="negative",
        risk="urgent",
        workshop_id=4,
        search="bed",
    )
    assert f.describe({"waiting": "Waiting for a bed"}, "Police listening event", "QDC") == [
        "Received from 1 April 2026 to 30 June 2026",
        "Source: Online form",
        "Voice: NHS commissioner",
        "Theme: Waiting for a bed",
        "Sentiment: Negative",
        "Risk: Urgent risk",
        "Workshop: Police listening event",
        "Text contains: “bed”",
        "Themes from: QDC",
    ]
    assert ReportFilter(date_to=date(2026, 1, 5)).describe() == [
        "Received on or before 5 January 2026"
    ]
    assert ReportFilter(theme="unknown-slug", workshop_id=9).describe() == [
        "Theme: unknown-slug",
        "Workshop: number 9",
    ]


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("bed", [("bed", True)]),
        ('"crisis team" -police', [("crisis team", True), ("police", False)]),
        ("bed or ward", [("bed", True), ("ward", True)]),
        ('-"out of hours" 100%', [("out of hours", False), ("100%", True)]),
    ],
)
def test_search_terms(query, terms):
    assert search_terms(query) == terms


def test_charts_are_accessible_svg_with_escaped_text():
    svg = bar_chart(
        "c1",
        "Items <by> theme",
        "Desc & more",
        [Bar("Waiting <script>", 3, "▲ 1 (+50%)", "/x?a=1&b=2"), Bar("Kindness", 0)],
    )
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert 'aria-labelledby="c1-title c1-desc"' in svg
    assert '<title id="c1-title">Items &lt;by&gt; theme</title>' in svg
    assert '<desc id="c1-desc">Desc &amp; more</desc>' in svg
    assert "<script>" not in svg and "Waiting &lt;script&gt;" in svg
    assert "3  ▲ 1 (+50%)" in svg
    assert 'data-href="/x?a=1&amp;b=2"' in svg
    assert svg.count("<text") == svg.count('font-family="Frutiger W01, Arial') - 1  # + the <svg>
    assert "style=" not in svg


def test_column_chart_and_sparkline():
    columns = [Bar(f"{m} 2026", n) for m, n in (("Jan", 1), ("Feb", 5), ("Mar", 0))]
    svg = column_chart("m", "Items by month", "Jan 1, Feb 5, Mar 0", columns)
    assert svg.count("<rect") == 3 and ">2026<" in svg and ">Feb<" in svg
    line = sparkline("s", "Trend", [1, 0, 4], ["Jan", "Feb", "Mar"])
    assert "Jan: 1, Feb: 0, Mar: 4" in line and "<polyline" in line
    assert "No items" in sparkline("e", "Trend", [], [])


@pytest.mark.parametrize(
    ("current", "previous", "text", "words"),
    [
        (9, 6, "▲ 3 (+50%)", "up 3 from 6"),
        (8, 10, "▼ 2 (−20%)", "down 2 from 10"),
        (4, 0, "▲ 4 (new)", "none in the period before"),
        (12_226, 12_222, "▲ 4 (+<1%)", "up 4 from 12,222"),
        (900, 1_904, "▼ 1,004 (−53%)", "down 1,004 from 1,904"),
        (5, 5, "= no change", "no change from 5"),
    ],
)
def test_change_in_arrows_numbers_and_words(current, previous, text, words):
    change = Change(current, previous)
    assert (change.text, change.words) == (text, words)
