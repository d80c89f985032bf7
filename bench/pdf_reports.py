"""PDF report benchmark: ``.venv/bin/python bench/pdf_reports.py [--items 2000]``.

Makes a throwaway SQLite database with ``--items`` analysed, tagged comments (a year of form
feedback and one large workshop), then times the two PDF reports a quality lead makes: the
workshop summary and the period report for the year (with its trend charts). Prints, for each,
the seconds spent gathering the data, laying the pages out and writing the PDF, and the page count.
The issue's target: a report of about 2,000 items (about 100 pages) in under 30 seconds.
"""

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402

from feedback_app import create_app  # noqa: E402
from feedback_app.extensions import db  # noqa: E402
from feedback_app.models import (  # noqa: E402
    Comment,
    Feedback,
    KeyMessage,
    Tag,
    Workshop,
    WorkshopAction,
    WorkshopAttendance,
    WorkshopQuestion,
)
from feedback_app.reports.pdf import make_pdf, period_params_from  # noqa: E402
from feedback_app.reports.queries import theme_names  # noqa: E402
from feedback_app.tagging.taxonomies import default_taxonomy  # noqa: E402

VOICES = ["patient", "carer", "staff", "police", "charity", "mh_trust", "nhs_commissioner"]
SENTIMENTS = ["positive", "negative", "neutral", "mixed"]
RATINGS = ["very_good", "good", "neither", "poor", "very_poor", "dont_know", None]
SENTENCES = [
    "The crew who came out were calm and kind and explained what would happen next.",
    "We waited for hours in the emergency department for a mental health bed.",
    "Out of hours there was nobody to call, so we rang 999 again.",
    "The nurse on the phone in the control room listened and did not rush me.",
    "The police stayed with us until the mental health car arrived.",
    "Nobody told the family where she had been taken or who to call next.",
    "The handover to the crisis team took far too long for someone so distressed.",
    "The paramedic knew the local services well and found a safe place to go.",
    "Please share the crisis plan with the crews before they arrive.",
    "Training on mental health for every crew would make a real difference.",
]
QUESTIONS = ["What works well?", "What gets in the way?", "What one change would help most?"]
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def comment_text(rng: random.Random) -> str:
    return " ".join(rng.sample(SENTENCES, rng.randint(1, 4)))


def tagged_comment(rng: random.Random, taxonomy_id: int, slugs: list[str], question: str):
    text = comment_text(rng)
    comment = Comment(
        question=question, text=text, redacted=text, sentiment_label=rng.choice(SENTIMENTS)
    )
    for slug in rng.sample(slugs, rng.randint(0, 3)):
        comment.tags.append(Tag(taxonomy_id=taxonomy_id, theme_slug=slug, confidence=rng.random()))
    return comment


def seed(items: int, rng: random.Random) -> int:
    """``items`` comments: half notes of one workshop, half form answers over the year.
    Returns the workshop's id."""
    taxonomy = default_taxonomy()
    slugs = list(theme_names(taxonomy))
    starts = datetime(2026, 7, 1, 9, tzinfo=UTC)
    workshop = Workshop(title="Benchmark listening event", starts_at=starts, venue="Bench hall")
    workshop.questions = [WorkshopQuestion(position=i, text=q) for i, q in enumerate(QUESTIONS)]
    workshop.attendance = [WorkshopAttendance(name=v, head_count=rng.randint(2, 9)) for v in VOICES]
    db.session.add(workshop)
    db.session.flush()
    for sentence in SENTENCES[:5]:
        db.session.add(KeyMessage(workshop_id=workshop.id, text=sentence))
    for n in range(items // 2):
        feedback = Feedback(
            source="workshop",
            respondent_type="stakeholder",
            voice=rng.choice(VOICES),
            workshop_id=workshop.id,
            workshop_question_id=workshop.questions[n % 3].id,
            breakout_group=f"Table {n % 8 + 1}",
            created_at=starts + timedelta(minutes=n % 240),
        )
        feedback.comments.append(tagged_comment(rng, taxonomy.id, slugs, "note"))
        db.session.add(feedback)
    for n in range(items - items // 2):
        feedback = Feedback(
            source="form",
            respondent_type=rng.choice(["patient", "carer"]),
            voice=rng.choice(["patient", "carer"]),
            rating=rng.choice(RATINGS),
            consent_to_quote=rng.random() < 0.6,
            created_at=datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(hours=n * 4 % 8700),
        )
        feedback.comments.append(tagged_comment(rng, taxonomy.id, slugs, "went_well"))
        db.session.add(feedback)
    for n, sentence in enumerate(SENTENCES[-3:]):
        db.session.add(WorkshopAction(workshop_id=workshop.id, text=sentence, owner=f"Lead {n}"))
    db.session.commit()
    return workshop.id


def bench(name: str, params: dict) -> None:
    """Make one report, printing how long each stage took and the page count."""
    marks = [("start", time.perf_counter())]
    cpu_start = time.process_time()

    def progress(fraction: float, message: str | None = None) -> None:
        marks.append((message or "", time.perf_counter()))

    report, pdf = make_pdf(params, progress)
    done = time.perf_counter()
    cpu = time.process_time() - cpu_start
    gathered = next(t for m, t in marks if m.startswith("Laying out"))
    laid_out = next(t for m, t in marks if m.startswith("Writing"))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"{name}: {report.items:,} items, {pages} pages, {len(pdf) / 1024:,.0f} KB in "
        f"{done - marks[0][1]:.1f} s (data {gathered - marks[0][1]:.1f} s, layout "
        f"{laid_out - gathered:.1f} s, writing {done - laid_out:.1f} s; "
        f"{(done - marks[0][1]) / pages * 1000:.0f} ms a page; {cpu:.1f} s of CPU, which is "
        f"the figure to trust on a busy machine)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000, help="comments to report on")
    items = parser.parse_args().items
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(
            {"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.db"}
        )
        with app.app_context():
            db.create_all()
            workshop_id = seed(items, random.Random(7))
            bench("Workshop summary", {"report": "workshop", "workshop_id": workshop_id})
            bench("Period report (a year)", period_params_from(*YEAR))


if __name__ == "__main__":
    main()
