"""Report benchmarks: run ``.venv/bin/python bench/reports.py`` from the repository root.

Part 1 (dashboard): ``summary()`` (every dashboard figure), one drill-down page and one export
over 100,000 items on PostgreSQL, for a few filters. It makes a throwaway database on the server
in $BENCH_DATABASE_URL (else $DATABASE_URL, else the test server), migrates it (so the
migration's indexes are the ones measured), bulk-loads the items with COPY, and drops it.

Part 2 (PDF): runs ``bench/pdf_reports.py`` (2,000 items, in its own throwaway SQLite database).
"""

import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask import Flask  # noqa: E402
from flask.testing import FlaskClient  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from feedback_app import create_app  # noqa: E402
from feedback_app.auth.services import create_user  # noqa: E402
from feedback_app.config import normalise_database_url  # noqa: E402
from feedback_app.extensions import db  # noqa: E402
from feedback_app.reports.exports import csv_chunks  # noqa: E402
from feedback_app.reports.filters import ReportFilter  # noqa: E402
from feedback_app.reports.items import page_of_items  # noqa: E402
from feedback_app.reports.queries import summary  # noqa: E402

VOICES = ["patient", "carer", "staff", "police", "charity", "mh_trust", "nhs_commissioner"]
SENTIMENTS = ["positive", "negative", "neutral", "mixed"]
OPENINGS = [
    "The crew who came out were calm and kind,",
    "We waited for hours in the emergency department,",
    "Out of hours there was nobody to call,",
    "The nurse on the phone in the control room listened,",
    "The police stayed with us until the car arrived,",
    "Nobody told the family where she had been taken,",
]
MIDDLES = [
    "and they explained what would happen next",
    "which made a frightening night a little easier",
    "although the handover to the crisis team took far too long",
    "but the mental health car had already gone off shift",
    "and the paramedic knew the local services well",
    "even though the ward had no beds until the morning",
]
ENDINGS = [
    "I would like this service to be there every night.",
    "Please share the crisis plan with the crews before they arrive.",
    "Thank you to everyone involved.",
    "It should not take a 999 call to get that kind of help.",
    "Training on mental health for every crew would help.",
]


def synthetic_text(rng: random.Random) -> str:
    """A plausible comment of one to four sentences (no personal details)."""
    sentences = [
        f"{rng.choice(OPENINGS)} {rng.choice(MIDDLES)}. {rng.choice(ENDINGS)}"
        for _ in range(rng.randint(1, 3))
    ]
    return " ".join(sentences)


# --- Part 1: the dashboard on PostgreSQL ---------------------------------------------------------

DASHBOARD_ITEMS = 100_000
ROOT = Path(__file__).resolve().parent.parent
BENCH_THEMES = [
    "waiting",
    "kindness",
    "out-of-hours",
    "police",
    "handover",
    "communication",
    "family",
    "crisis-plan",
    "training",
    "listening",
    "response-time",
    "beds",
    "conveyance",
    "follow-up",
    "joint-working",
    "dignity",
    "safety",
    "access",
    "staffing",
    "environment",
]
DASHBOARD_FILTERS = {
    "all": ReportFilter(),
    "a quarter": ReportFilter(date_from=date(2026, 4, 1), date_to=date(2026, 6, 30)),
    "a theme": ReportFilter(theme="waiting"),
    "a voice": ReportFilter(voice="police"),
    "a search": ReportFilter(search="handover crisis"),
    "quarter + theme + voice": ReportFilter(
        date_from=date(2026, 4, 1), date_to=date(2026, 6, 30), theme="waiting", voice="patient"
    ),
}


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A new, empty database on the benchmark's PostgreSQL server; dropped afterwards."""
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        url = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    server = sa.make_url(normalise_database_url(url))
    name = f"feedback_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def copy_rows(cursor: object, table: str, columns: str, rows: Iterator[tuple]) -> None:
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # type: ignore[attr-defined]
        for row in rows:
            copy.write_row(row)


def load_dashboard_data(items: int, seed: int = 11) -> None:
    """``items`` comments (about 1.4 a submission) over 2025-2026, each with 0-3 themes (one
    tag in twenty rejected), loaded with COPY; then VACUUM ANALYZE."""
    rng = random.Random(seed)
    definition = {
        "name": "Ambulance mental health themes",
        "version": 1,
        "themes": [
            {
                "slug": s,
                "name": s.replace("-", " ").capitalize(),
                "description": "",
                "phrases": [],
                "exclusions": [],
            }
            for s in BENCH_THEMES
        ],
    }
    db.session.execute(
        sa.text(
            "INSERT INTO taxonomy (id, key, name, enabled) VALUES (1, 'ambulance-mh', :n, true)"
        ),
        {"n": definition["name"]},
    )
    db.session.execute(
        sa.text(
            "INSERT INTO taxonomy_version (taxonomy_id, number, definition, created_at) "
            "VALUES (1, 1, :d, now())"
        ),
        {"d": json.dumps(definition)},
    )
    db.session.commit()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    feedback, comments, tags = [], [], []
    comment_id = feedback_id = 0
    ratings = ["very_good", "good", "neither", "poor", "very_poor", "dont_know", None]
    while comment_id < items:
        feedback_id += 1
        voice = rng.choice(VOICES)
        created = start + timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
        feedback.append(
            (
                feedback_id,
                rng.choice(["form", "form", "workshop", "import"]),
                voice if voice in ("patient", "carer", "staff") else "stakeholder",
                voice,
                created,
                False,
                rng.choice(ratings),
            )
        )
        for _ in range(rng.choice([1, 1, 2])):
            comment_id += 1
            text = synthetic_text(rng)
            sentiment = rng.choice(SENTIMENTS)
            comments.append(
                (
                    comment_id,
                    feedback_id,
                    "note",
                    "nonspecific",
                    text,
                    text,
                    sentiment,
                    {"positive": 0.6, "negative": -0.6}.get(sentiment, 0.0),
                    rng.choice(["none"] * 18 + ["mention", "urgent"]),
                )
            )
            for slug in rng.sample(BENCH_THEMES, rng.choice([0, 1, 1, 2, 2, 3])):
                status = "rejected" if rng.random() < 0.05 else "suggested"
                tags.append((comment_id, 1, slug, rng.random(), "[]", "tagger", status, created))
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        copy_rows(
            cursor,
            "feedback",
            "id, source, respondent_type, voice, created_at, consent_to_quote, rating",
            iter(feedback),
        )
        copy_rows(
            cursor,
            "comment",
            "id, feedback_id, question, question_type, text, redacted, "
            "sentiment_label, sentiment_compound, risk_level",
            iter(comments),
        )
        copy_rows(
            cursor,
            "tag",
            "comment_id, taxonomy_id, theme_slug, confidence, evidence, source, status, created_at",
            iter(tags),
        )
        for table in ("feedback", "comment"):
            cursor.execute(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
        raw.commit()
    finally:
        raw.close()
    # As autovacuum leaves a live database: statistics gathered, visibility map and hint bits set.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM ANALYZE"))
    print(f"Loaded {feedback_id:,} submissions, {comment_id:,} items, {len(tags):,} tags.")


def timed(work: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """(median, best) wall time in milliseconds of ``runs`` calls after one warm-up call."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def print_timing(name: str, work: Callable[[], object], runs: int = 5) -> None:
    median, best = timed(work, runs)
    print(f"{name:<48} median {median:7.1f} ms  best {best:7.1f} ms")


def signed_in_client(app: Flask) -> FlaskClient:
    """A test client signed in as a quality lead (the session Flask-Login would set)."""
    user = create_user("bench@example.org", ["quality_lead"], "a long bench password 1")
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
        session["_fresh"] = True
    return client


def get_page(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    response.get_data()


def bench_dashboard(items: int = DASHBOARD_ITEMS) -> None:
    """Print how long every dashboard figure (``summary()``), the whole dashboard page, a
    drill-down page and a CSV export take."""
    with throwaway_postgres() as url:
        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
        with app.app_context():
            upgrade(directory=str(ROOT / "migrations"))
            load_dashboard_data(items)
            load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
            print(f"Load average (1, 5, 15 min) of this machine: {load} ({os.cpu_count()} CPUs)")
            for name, f in DASHBOARD_FILTERS.items():
                found = summary(f).items
                print_timing(f"summary(), {name} ({found:,} items)", lambda f=f: summary(f))
            client = signed_in_client(app)
            for name in ("all", "quarter + theme + voice"):
                address = "/staff/reports/?" + DASHBOARD_FILTERS[name].query_string()
                print_timing(f"dashboard page, {name}", lambda a=address: get_page(client, a))
            theme = DASHBOARD_FILTERS["a theme"]
            print_timing("drill-down page 50 of a theme", lambda: page_of_items(theme, 50, 25))
            export = DASHBOARD_FILTERS["a quarter"]
            print_timing(
                f"CSV export, a quarter ({summary(export).items:,} items)",
                lambda: sum(len(chunk) for chunk in csv_chunks(export)),
                runs=2,
            )
            db.session.remove()
            db.engine.dispose()


def main() -> None:
    bench_dashboard()
    subprocess.run([sys.executable, str(ROOT / "bench" / "pdf_reports.py")], check=True)


if __name__ == "__main__":
    main()
