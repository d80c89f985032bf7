"""Analysis speed on one core: items per second of CPU time for analyse_many, and the time to
re-analyse 100,000 stored items (extrapolated from the measured rate; batches of 500 as in
analyse-all; database time not included).

Run from the repository root: .venv/bin/python bench/analysis_speed.py [--items 10000]
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

from feedback_app.analysis import analyse_many  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "feedback_labelled.jsonl"
BATCH = 500


def sample_texts(count: int) -> list[str]:
    with open(LABELLED, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s]
    pick = random.Random(4).choice
    return [f"{pick(sentences)} {pick(sentences)}" for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10_000)
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
    print(f"re-analysing 100,000 stored items: about {100_000 / rate:.0f} s of analysis")


if __name__ == "__main__":
    main()
