"""``python -m feedback_app.analysis``: JSON lines in, JSON lines out, bad lines reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_cli(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedback_app.analysis"],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_round_trip_with_a_bad_line() -> None:
    lines = [
        json.dumps({"id": 1, "text": "The nurse was lovely but we waited six hours ☹"}),
        "{not json",
        json.dumps({"id": "b", "text": "Nothing", "question_type": "could_improve"}),
        json.dumps({"text": "no id here"}),
        "",
        json.dumps({"id": 3, "text": "Call Sarah on 07700 900123."}),
    ]
    done = run_cli("\n".join(lines) + "\n")

    assert done.returncode == 1
    assert "line 2: not valid JSON" in done.stderr
    assert 'line 4: missing "id"' in done.stderr
    assert "2 bad line(s) skipped" in done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in results] == [1, "b", 3]
    first, nothing, personal = results
    assert set(first) == {"id", "themes", "sentiment", "risk", "redacted"}
    assert first["sentiment"]["label"] == "mixed"
    assert first["redacted"].endswith("☹")
    theme = next(t for t in first["themes"] if t["slug"] == "response-time")
    assert set(theme) == {"slug", "confidence", "evidence"}
    assert all(quote in json.loads(lines[0])["text"] for quote in theme["evidence"])
    assert nothing["sentiment"]["label"] == "positive"
    assert set(personal["risk"]) == {"level", "reasons"}
    assert "07700 900123" not in personal["redacted"]


def test_clean_input_exits_zero() -> None:
    done = run_cli(json.dumps({"id": 7, "text": "Kind crew."}) + "\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 7
    assert done.stderr == ""
