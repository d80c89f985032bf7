"""A small, hand-counted set of feedback over two quarters, for the dashboard, export and API
tests. The counts each test asserts are worked out by hand in the comments below.

Q1 2026 (the previous period of Q2):
  a  10 Jan  patient  very_good   "The crew were kind..."          kindness             positive
  b  10 Feb  carer    poor        "...a mental health bed..."      waiting              negative
  c  10 Mar  police   (none)      "Officers waited with us..."     police, waiting      negative
Q2 2026:
  d  5 Apr   patient  good        d1 "Kind and calm..."            kindness             positive
                                  d2 "...a bed on the ward"        waiting              negative
  e  20 Apr  carer    dont_know   e1 "...bed wait was awful"       waiting, kindness REJECTED mixed
  f  15 May  staff    (none)      f1 "Nobody answers out of hours" out-of-hours         negative
                                  f2 "No comment"                  (no themes)          neutral
  j  2 May   patient  good        (no free text: a rating only)
  g  10 Jun  police   very_poor   g1 workshop note, risk mention police, waiting (accepted) negative
  h  12 Jun  patient  very_good   h1 personal details, redacted    kindness             positive
Before both: i  31 Dec 2025 patient  "Kind people"                 kindness             positive

Q2 by hand: 7 items (d1 d2 e1 f1 f2 g1 h1); waiting 3 (d2 e1 g1: negative 2, mixed 1),
kindness 2 (d1 h1), out-of-hours 1 (f1), police 1 (g1). Months: Apr 3, May 2, Jun 2.
FFT: rated d j g h (e is don't know, f unrated) -> 3 of 4 good or very good.
Q1: 3 items; waiting 2, kindness 1, police 1.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from feedback_app.extensions import db
from feedback_app.models import Comment, Workshop
from feedback_app.reports.filters import ReportFilter
from tests.factories import add_comment, make_feedback, make_workshop

Q1 = ReportFilter(date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))
Q2 = ReportFilter(date_from=date(2026, 4, 1), date_to=date(2026, 6, 30))
ORIGINAL_H1 = "Sarah Jones rang 07700 900123 and the nurse was kind <b>really</b>"
REDACTED_H1 = "[NAME] rang [PHONE] and the nurse was kind <b>really</b>"


@dataclass
class Quarters:
    workshop: Workshop
    comments: dict[str, Comment]


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


def make_quarters() -> Quarters:
    """Create the feedback above (default taxonomy with the factories' four themes)."""
    workshop = make_workshop("Police and partners")
    c: dict[str, Comment] = {}

    def comment(key: str, feedback, text: str, themes, sentiment: str, **options) -> None:
        c[key] = add_comment(feedback, text, themes=themes, sentiment=sentiment, **options)

    comment(
        "a",
        make_feedback("patient", rating="very_good", created_at=at(2026, 1, 10)),
        "The crew were kind and listened",
        ["kindness"],
        "positive",
    )
    comment(
        "b",
        make_feedback("carer", rating="poor", created_at=at(2026, 2, 10)),
        "We waited hours for a mental health bed",
        ["waiting"],
        "negative",
    )
    comment(
        "c",
        make_feedback("police", created_at=at(2026, 3, 10)),
        "Officers waited with us for six hours",
        ["police", "waiting"],
        "negative",
    )
    d = make_feedback("patient", rating="good", created_at=at(2026, 4, 5))
    comment("d1", d, "Kind and calm on the phone", ["kindness"], "positive")
    comment("d2", d, "We waited too long for a bed on the ward", ["waiting"], "negative")
    comment(
        "e1",
        make_feedback("carer", rating="dont_know", created_at=at(2026, 4, 20)),
        "Kind staff but the bed wait was awful",
        ["waiting", ("kindness", 0.4, "rejected")],
        "mixed",
    )
    f = make_feedback("staff", created_at=at(2026, 5, 15))
    comment("f1", f, "Nobody answers out of hours", ["out-of-hours"], "negative")
    comment("f2", f, "No comment", [], "neutral")
    make_feedback("patient", rating="good", created_at=at(2026, 5, 2))
    comment(
        "g1",
        make_feedback(
            "police",
            rating="very_poor",
            created_at=at(2026, 6, 10),
            workshop=workshop,
        ),
        "Handover to the crisis team took too long again",
        ["police", ("waiting", 0.9, "accepted")],
        "negative",
        risk_level="mention",
    )
    comment(
        "h1",
        make_feedback("patient", rating="very_good", created_at=at(2026, 6, 12)),
        ORIGINAL_H1,
        ["kindness"],
        "positive",
        redacted=REDACTED_H1,
    )
    c["h1"].tags[0].evidence = ["kind", "Sarah Jones"]
    c["d2"].tags[0].evidence = ["waited too long"]
    comment(
        "i",
        make_feedback("patient", created_at=at(2025, 12, 31)),
        "Kind people",
        ["kindness"],
        "positive",
    )
    db.session.commit()
    return Quarters(workshop, c)
