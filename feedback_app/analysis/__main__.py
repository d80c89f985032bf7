"""Analyse feedback in batches: ``python -m feedback_app.analysis < items.jsonl > results.jsonl``.

Each input line is a JSON object with "id" and "text" (and optionally "question_type"); each
output line has the id, themes, sentiment, risk and the redacted text. A bad line is reported on
stderr with its line number and skipped; the exit status is then 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from feedback_app.analysis import AnalysisResult, analyse_many

BATCH_SIZE = 500


def parse_line(line: str) -> dict[str, Any]:
    """One input item; raises ValueError saying what is wrong with it."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg})") from None
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    if "id" not in item:
        raise ValueError('missing "id"')
    if not isinstance(item.get("text"), str):
        raise ValueError('"text" must be a string')
    question_type = item.get("question_type")
    if question_type is not None and not isinstance(question_type, str):
        raise ValueError('"question_type" must be a string')
    return item


def result_json(item_id: Any, result: AnalysisResult) -> dict[str, Any]:
    return {
        "id": item_id,
        "themes": [
            {"slug": t.slug, "confidence": t.confidence, "evidence": t.evidence}
            for t in result.themes
        ],
        "sentiment": {"compound": result.sentiment.compound, "label": result.sentiment.label},
        "risk": {"level": result.risk.level, "reasons": list(result.risk.reasons)},
        "redacted": result.redacted,
    }


def _batches(source: TextIO, errors: TextIO) -> Iterator[tuple[list[dict[str, Any]], int]]:
    """Valid items in batches, with a running count of bad lines."""
    batch: list[dict[str, Any]] = []
    bad = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            batch.append(parse_line(line))
        except ValueError as error:
            bad += 1
            print(f"line {number}: {error}; skipped", file=errors)
        if len(batch) == BATCH_SIZE:
            yield batch, bad
            batch = []
    yield batch, bad


def run(source: TextIO, output: TextIO, errors: TextIO) -> int:
    """Analyse every line of ``source``; returns the exit status."""
    bad = 0
    for batch, bad_so_far in _batches(source, errors):
        bad = bad_so_far
        results = analyse_many(
            [item["text"] for item in batch],
            question_types=[item.get("question_type") for item in batch],
        )
        for item, result in zip(batch, results, strict=True):
            output.write(json.dumps(result_json(item["id"], result), ensure_ascii=False) + "\n")
    if bad:
        print(f"{bad} bad line(s) skipped", file=errors)
    return 1 if bad else 0


def main() -> int:
    for stream in (sys.stdin, sys.stdout):
        stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    return run(sys.stdin, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
