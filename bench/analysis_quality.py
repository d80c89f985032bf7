"""Theme and sentiment quality on the labelled feedback in tests/data/feedback_labelled.jsonl.

Run from the repository root: .venv/bin/python bench/analysis_quality.py [--split train|heldout|all]
[--errors] [--file PATH]. Develop on the train split; the held-out split (the default) is for
measuring only. ``--file tests/data/feedback_blind.jsonl --split all`` measures the blind set,
written without looking at the tagger's output and never used for tuning: the honest figure for
unseen text. ``tests/data/feedback_blind2.jsonl`` is a second blind set (160 texts, all voices),
written after the sentiment and urgent models were added and first measured on 2026-12-05:
themes micro F1 0.788, macro 0.790, lowest theme 0.643; sentiment 0.825; urgent recall 13/16,
no text labelled none flagged urgent (the code of that morning: 0.770, 0.770, 0.556; 0.750;
8/16). Its three urgent misses then became risk rules, so for risk it is tuned on.
Then urgent-risk recall and false-positive rate (as analysis reads risk: the rules and the urgent
model behind them) on the same items and on the held-out parts of the risk sets, and redaction
recall per kind (all parts and the speed: bench/redaction_risk.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redaction_risk import load, parts, redaction_figures, risk_figures  # noqa: E402

from feedback_app.analysis import analyse_many  # noqa: E402
from feedback_app.analysis.evaluation import theme_scores  # noqa: E402
from feedback_app.analysis.taxonomy import load_default_taxonomy  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "feedback_labelled.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="heldout", choices=["train", "heldout", "all"])
    parser.add_argument("--errors", action="store_true", help="print each wrong item")
    parser.add_argument("--file", type=Path, default=LABELLED, help="a labelled JSON-lines file")
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows = [r for r in rows if args.split in ("all", r["split"])]
    texts = [r["text"] for r in rows]
    results = analyse_many(texts, question_types=[r.get("question_type") for r in rows])
    predicted = [[t.slug for t in result.themes] for result in results]
    gold = [r["themes"] for r in rows]
    micro, macro, per_theme = theme_scores(gold, predicted, load_default_taxonomy().slugs)

    print(f"{len(rows)} items ({args.split} split of {args.file.name})\n")
    print(f"{'theme':28} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
    for slug, s in sorted(per_theme.items(), key=lambda item: item[1].f1):
        print(f"{slug:28} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} {s.support:4}")
    print(f"\nthemes micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}")
    lowest = min(s.f1 for s in per_theme.values())
    print(f"themes macro F1 {macro:.3f}; lowest theme F1 {lowest:.3f}")

    labels = [result.sentiment.label for result in results]
    correct = sum(label == r["sentiment"] for label, r in zip(labels, rows, strict=True))
    print(f"sentiment accuracy {correct / len(rows):.3f}")
    confusion = Counter((r["sentiment"], label) for label, r in zip(labels, rows, strict=True))
    for (gold_label, label), count in sorted(confusion.items()):
        print(f"  gold {gold_label:8} -> {label:8} {count}")
    if args.errors:
        print_errors(rows, predicted, labels)

    with_risk = [r for r in rows if "risk" in r]
    if with_risk:
        print(f"\nrisk, the same {len(with_risk)} items")
        risk_figures(with_risk, show_errors=args.errors)
    print("\nrisk, held-out part of risk_labelled.jsonl")
    risk_figures(parts(load("risk_labelled.jsonl"))["held-out"], show_errors=False)
    print("risk, untouched half of risk_blind.jsonl (never used for tuning)")
    risk_figures(load("risk_blind.jsonl")[1::2], show_errors=False)
    print("risk, risk_blind2.jsonl (never used for tuning)")
    risk_figures(load("risk_blind2.jsonl"), show_errors=False)
    print("redaction, held-out part of redaction_labelled.jsonl")
    redaction_figures(parts(load("redaction_labelled.jsonl"))["held-out"], show_errors=False)


def print_errors(rows: list[dict], predicted: list[list[str]], labels: list[str]) -> None:
    for row, slugs, label in zip(rows, predicted, labels, strict=True):
        missed = sorted(set(row["themes"]) - set(slugs))
        extra = sorted(set(slugs) - set(row["themes"]))
        if missed or extra or label != row["sentiment"]:
            print(f"\n{row['id']} {row['text']}")
            if missed or extra:
                print(f"  missed {missed} extra {extra}")
            if label != row["sentiment"]:
                print(f"  sentiment {row['sentiment']} -> {label}")


if __name__ == "__main__":
    main()
