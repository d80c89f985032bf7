"""Precision, recall and F1 for multi-label theme tagging (used by the benchmark and tests)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int  # how many gold labels


def _scores(true_pos: int, false_pos: int, false_neg: int) -> Scores:
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, true_pos + false_neg)


def theme_scores(
    gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]], slugs: Iterable[str]
) -> tuple[Scores, float, dict[str, Scores]]:
    """(micro scores, macro F1, scores per slug) over items' gold and predicted slug sets."""
    counts = {slug: [0, 0, 0] for slug in slugs}
    for gold_slugs, predicted_slugs in zip(gold, predicted, strict=True):
        gold_set, predicted_set = set(gold_slugs), set(predicted_slugs)
        for slug, count in counts.items():
            count[0] += slug in gold_set and slug in predicted_set
            count[1] += slug in predicted_set and slug not in gold_set
            count[2] += slug in gold_set and slug not in predicted_set
    per_slug = {slug: _scores(*count) for slug, count in counts.items()}
    micro = _scores(*(sum(c[i] for c in counts.values()) for i in range(3)))
    macro = sum(s.f1 for s in per_slug.values()) / len(per_slug) if per_slug else 0.0
    return micro, macro, per_slug
