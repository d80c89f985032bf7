"""Analysis speed on one core: items per second of CPU time for analyse_many; then the wall time
of ``analyse_all`` (what `flask analyse-all` runs) over 100,000 comments stored in a throwaway
PostgreSQL database (as bench/reports.py makes one), database reads and writes included.

Run from the repository root: .venv/bin/python bench/analysis_speed.py [--items 10000]
[--stored 100000] (--stored 0 skips the database part).
The items are new texts made by joining sentences of two labelled feedback texts, so that no
text repeats (nothing is served from a cache of whole texts) while the vocabulary stays that of
real feedback.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feedback_app import create_app  # noqa: E402
from feedback_app.analysis import analyse_many  # noqa: E402
from feedback_app.extensions import db  # noqa: E402
from feedback_app.models import Comment, Feedback  # noqa: E402
from feedback_app.tagging.pipeline import analyse_all  # noqa: E402
from feedback_app.tagging.taxonomies import ensure_built_in_taxonomies  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "feedback_labelled.jsonl"
BATCH = 500
LOAD_CHUNK = 5_000


def sample_texts(count: int) -> list[str]:
    with open(LABELLED, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s]
    pick = random.Random(4).choice
    return [f"{pick(sentences)} {pick(sentences)}" for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--stored", type=int, default=100_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = sample_texts(args.items)
    analyse_many(texts[:50])  # load the taxonomy, lexicon and caches once, as a server would
    start, start_cpu = time.perf_counter(), time.process_time()
    for first in range(0, len(texts), BATCH):
        analyse_many(texts[first : first + BATCH])
    wall, seconds = time.perf_counter() - start, time.process_time() - start_cpu
    rate = len(texts) / seconds
    print(f"{len(texts):,} items in {seconds:.2f} s of CPU on one core: {rate:,.0f} items/s")
    print(f"{1000 * seconds / len(texts):.2f} ms per item; wall clock {wall:.2f} s")
    load = os.getloadavg()[0]
    print(f"(wall clock above CPU time means other work shared the core; load {load:.1f})")
    if args.stored:
        reanalyse_stored(sample_texts(args.stored))


def reanalyse_stored(texts: list[str]) -> None:
    """Store ``texts`` as comments (one a feedback item) in a throwaway PostgreSQL database,
    then time ``analyse_all`` over them."""
    from flask_migrate import upgrade
    from reports import throwaway_postgres  # bench/reports.py, beside this script

    with throwaway_postgres() as url:
        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
        with app.app_context():
            upgrade(directory=str(ROOT / "migrations"))
            ensure_built_in_taxonomies()
            for first in range(0, len(texts), LOAD_CHUNK):
                feedback = [
                    Feedback(source="form", respondent_type="patient", voice="patient")
                    for _ in texts[first : first + LOAD_CHUNK]
                ]
                db.session.add_all(feedback)
                db.session.flush()
                db.session.execute(
                    db.insert(Comment),
                    [
                        {"feedback_id": item.id, "question": "went_well", "text": text}
                        for item, text in zip(
                            feedback, texts[first : first + LOAD_CHUNK], strict=True
                        )
                    ],
                )
                db.session.commit()
                db.session.expunge_all()
            start = time.perf_counter()
            done = analyse_all()
            wall = time.perf_counter() - start
            print(
                f"analyse_all over {done:,} stored comments on PostgreSQL: {wall:.0f} s wall clock"
                f" ({done / wall:,.0f} items/s, reads and writes included)"
            )
            db.session.remove()
            db.engine.dispose()


if __name__ == "__main__":
    main()
