"""Measure redaction and risk detection on the labelled data in tests/data/.

Run from the repository root: .venv/bin/python bench/redaction_risk.py [--errors]
Every third item (index % 3 == 2) is the held-out part, kept apart from tuning; figures are printed
for the tuning part, the held-out part and both.

Risk is also measured on tests/data/risk_blind.jsonl, a set written fresh to test generalisation:
its odd lines (index % 2 == 1) were never looked at while the rules were changed; its even lines
were.

tests/data/risk_blind2.jsonl is a second fresh set (varied, indirect wording: carers, staff and
police reporting someone else's state, text-speak, long messages), written and first measured
before the urgent safety net was added. Keep it out of tuning: --errors never lists its items.

tests/data/risk_blind3.jsonl is a third fresh set (150 texts: 60 urgent, 45 mention, 45 none;
dialect, text-speak, questions about means, third-person reports, everyday uses of alarming
words). Its first measurement (2026-12-05): urgent recall 40/60 by the rules, 46/60 with the
urgent model behind them; non-urgent flagged urgent 5/90 (mention 3/45, none 2/45). Then rules
were added for the kinds of wording it missed (plans for "tonight", "by the time they get here",
standing on the platform, driving off a named road, "is 40 of my co-codamol enough", buying a rope
or razors today, rehoming a pet, children with no adult present, threats to someone whose car
and movements the writer knows) and for its false alarms: 59/60 and 1/90 since (tuned on it).

tests/data/risk_blind4.jsonl is a fourth fresh set (150 texts: 55 urgent, 45 mention, 50 none),
written after the rules for the sets above and the urgent model. Its first measurement
(2026-12-05): urgent recall 45/55 by the rules, 50/55 with the urgent model; non-urgent flagged
urgent 9/95 (none 4/50). Then rules for what it missed (how many tablets "does it take", organs
"if you do it yourself", giving things away today, children on their own with a drunk parent,
wanting to be with someone who died) and idioms for its false alarms ("overdosed on chocolate",
"sick to death", "die of embarrassment", "I'm safe", research): 55/55 and 5/95 (tuned on it).

Redaction is also measured on tests/data/redaction_blind.jsonl, a set written fresh (before the
redactor was run on it) to test generalisation. Keep it out of tuning: its figures are only honest
while nobody changes the rules to fit it. --errors also lists its misses and extras.
Its first measurement: names 0.93, structured details 0.965; the misses were then fixed with
general patterns, so it no longer tests generalisation on its own.

tests/data/redaction_blind2.jsonl is a second fresh set (220 texts: names from many
communities, Welsh street names, lower-case postcodes, trap words such as "Reading", "May",
"Will"). Its first measurement (2026-12-04): names 0.874, phones 0.971, e-mails and NHS numbers
1.000, postcodes 0.960, addresses 0.789, dates of birth 1.000, no false positive on its 40 texts
without details. Then the first-name list was widened (Welsh, Irish, Scottish, South Asian,
Somali, West African, Eastern European names), Welsh and one-word street names were added and
a bracketed phone number lost its brackets; the set is now partly tuned on, like the first.

tests/data/redaction_blind3.jsonl is a third fresh set (260 texts: names that are also words,
hostel rooms, phone extensions, dates of birth "given as"). Its first measurement (2026-12-05):
names 0.887, phones 0.900 exact (1.000 overlapping: the extensions were left out), e-mails, NHS
numbers and postcodes 1.000, addresses 0.929 (1.000 overlapping), dates of birth 0.920, no false
positive on its 30 texts without details. Then extensions joined their numbers, a flat or room
and its street became one address, "date of birth as" and "my name's" were read, a name shown by
context counts wherever else the text capitalises it, "X was the paramedic" is a role, and the
first-name list was widened (Welsh, Polish, Chinese, Vietnamese, Thai, Filipino names): names
0.968, the rest 1.000 but for one date that only its sentence shows is a date of birth.

tests/data/redaction_blind4.jsonl is a fourth fresh set (200 texts), written after those changes.
Its first measurement (2026-12-05): names 0.898 (precision 0.981), every structured kind 1.000, no
false positive on its 30 texts without details. Then "Name:" and "[Name]" labels, lower-case
"sgt", letters such as "ł" and a name at the start of a sentence followed by "was", "told",
"kept", "showed" or "gave" were read, and a place that is also a first name ("Bradford") at the
end of a clause is not a name: names 0.955 (tuned on it).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feedback_app.analysis import analyse_many  # noqa: E402
from feedback_app.analysis.redaction import find_personal_details, redact  # noqa: E402
from feedback_app.analysis.risk import assess_risk  # noqa: E402

KINDS = ("NAME", "PHONE", "EMAIL", "NHS_NUMBER", "POSTCODE", "ADDRESS", "DATE_OF_BIRTH")


def load(name: str) -> list[dict]:
    with open(ROOT / "tests" / "data" / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parts(rows: list[dict]) -> dict[str, list[dict]]:
    return {
        "tuning": [r for i, r in enumerate(rows) if i % 3 != 2],
        "held-out": [r for i, r in enumerate(rows) if i % 3 == 2],
        "all": rows,
    }


def gold_spans(row: dict) -> list[tuple[str, int, int]]:
    spans, cursor = [], {}
    for d in row["details"]:
        start = row["text"].find(d["text"], cursor.get(d["text"], 0))
        cursor[d["text"]] = start + 1
        spans.append((d["kind"], start, start + len(d["text"])))
    return spans


def redaction_figures(rows: list[dict], show_errors: bool) -> None:
    tp, fn, fp, overlap_tp = Counter(), Counter(), Counter(), Counter()
    for row in rows:
        gold = gold_spans(row)
        found = [(d.kind, d.start, d.end) for d in find_personal_details(row["text"])]
        for g in gold:
            if g in found:
                tp[g[0]] += 1
            else:
                fn[g[0]] += 1
                if show_errors:
                    print(f"  MISSED {g[0]} {row['text'][g[1] : g[2]]!r} in {row['text']!r}")
            if any(f[0] == g[0] and f[1] < g[2] and g[1] < f[2] for f in found):
                overlap_tp[g[0]] += 1
        for f in found:
            if f not in gold:
                fp[f[0]] += 1
                if show_errors:
                    print(f"  EXTRA  {f[0]} {row['text'][f[1] : f[2]]!r} in {row['text']!r}")
    print(f"  {'kind':14} {'recall':>7} {'precision':>9} {'overlap-recall':>14}  (gold n)")
    for kind in KINDS:
        n = tp[kind] + fn[kind]
        recall = tp[kind] / n if n else float("nan")
        found_n = tp[kind] + fp[kind]
        precision = tp[kind] / found_n if found_n else float("nan")
        overlap = overlap_tp[kind] / n if n else float("nan")
        print(f"  {kind:14} {recall:7.3f} {precision:9.3f} {overlap:14.3f}  ({n})")
    clean = [r for r in rows if not r["details"]]
    over = sum(1 for r in clean if find_personal_details(r["text"]))
    print(f"  texts with no details that got something redacted: {over}/{len(clean)}")


def risk_figures(rows: list[dict], show_errors: bool) -> None:
    """Risk as analysis reads it: the rules, and the urgent model behind them."""
    confusion = Counter()
    results = analyse_many([row["text"] for row in rows], question_types=_question_types(rows))
    for row, result in zip(rows, results, strict=True):
        got = result.risk.level
        confusion[(row["risk"], got)] += 1
        if show_errors and got != row["risk"]:
            print(f"  {row['risk']:>7} -> {got:7} {row['text']!r}")
    urgent = sum(confusion[("urgent", g)] for g in ("none", "mention", "urgent"))
    none = sum(confusion[("none", g)] for g in ("none", "mention", "urgent"))
    mention = sum(confusion[("mention", g)] for g in ("none", "mention", "urgent"))
    print(f"  urgent recall: {confusion[('urgent', 'urgent')] / urgent:.3f} ({urgent})")
    print(f"  non-risk items flagged urgent: {confusion[('none', 'urgent')] / none:.3f} ({none})")
    print(f"  non-risk items flagged mention: {confusion[('none', 'mention')] / none:.3f}")
    print(
        f"  mention accuracy: {confusion[('mention', 'mention')] / mention:.3f} ({mention})"
        f", mention -> urgent: {confusion[('mention', 'urgent')] / mention:.3f}"
    )


def later_blind_sets(kind: str, figures: Callable[[list[dict]], None]) -> None:
    """The figures of the second, third and fourth blind sets of ``kind`` (risk or redaction)."""
    for number, ordinal in ((2, "second"), (3, "third"), (4, "fourth")):
        rows = load(f"{kind}_blind{number}.jsonl")
        print(f"{kind}, {ordinal} blind set ({len(rows)} texts)")
        figures(rows)


def _question_types(rows: list[dict]) -> list[str | None]:
    return [row.get("question_type") for row in rows]


def speed(texts: list[str], n: int = 10_000) -> None:
    items = (texts * (n // len(texts) + 1))[:n]
    started = time.perf_counter()
    for text in items:
        redact(text)
        assess_risk(text)
    elapsed = time.perf_counter() - started
    print(f"speed: {n / elapsed:,.0f} items/second for redact + assess_risk ({n} items)")


def main() -> None:
    show_errors = "--errors" in sys.argv
    redaction_rows, risk_rows = load("redaction_labelled.jsonl"), load("risk_labelled.jsonl")
    for part, rows in parts(redaction_rows).items():
        print(f"redaction, {part} ({len(rows)} texts)")
        redaction_figures(rows, show_errors and part == "tuning")
    for part, rows in parts(risk_rows).items():
        print(f"risk, {part} ({len(rows)} texts)")
        risk_figures(rows, show_errors and part == "tuning")
    blind = load("risk_blind.jsonl")
    blind_parts = {"tuning": blind[0::2], "untouched": blind[1::2], "all": blind}
    for part, rows in blind_parts.items():
        print(f"risk, blind set, {part} ({len(rows)} texts)")
        risk_figures(rows, show_errors and part == "tuning")
    feedback = load("feedback_labelled.jsonl")
    print(f"risk, feedback_labelled.jsonl ({len(feedback)} texts)")
    risk_figures(feedback, show_errors)
    later_blind_sets("risk", lambda rows: risk_figures(rows, False))
    redaction_blind = load("redaction_blind.jsonl")
    print(f"redaction, blind set ({len(redaction_blind)} texts)")
    redaction_figures(redaction_blind, show_errors)
    later_blind_sets("redaction", lambda rows: redaction_figures(rows, show_errors))
    speed([r["text"] for r in redaction_rows + risk_rows])


if __name__ == "__main__":
    main()
