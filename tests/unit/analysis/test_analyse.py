"""The public entry points: analyse(), analyse_many(), blending a model, quality floor."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from feedback_app import analysis
from feedback_app.analysis import URGENT_FROM, analyse, analyse_many
from feedback_app.analysis.emerging import emerging_phrases
from feedback_app.analysis.evaluation import theme_scores
from feedback_app.analysis.risk import assess_risk
from feedback_app.analysis.starter import URGENT
from feedback_app.analysis.taxonomy import load_default_taxonomy
from feedback_app.analysis.text import Document

LABELLED = Path(__file__).resolve().parents[2] / "data" / "feedback_labelled.jsonl"
# Issue 4 targets 0.80; the rules alone measure 0.64, blended with the starter model 0.74
# (bench/analysis_quality.py). These floors catch regressions; raise them as the tagger improves.
HELDOUT_MICRO_F1_FLOOR = 0.65
STARTER_GAIN_FLOOR = 0.02


class FakeModel:
    """A stand-in for learning.ThemeClassifier with fixed probabilities."""

    slugs = ("response-time", "carers-family")
    tags_alone = True

    def __init__(self, probabilities: dict[str, float]) -> None:
        self.probabilities = probabilities
        self.seen_question_types: Sequence[str | None] | None = None

    def predict_proba(self, texts, question_types=None, docs=None) -> list[dict[str, float]]:
        self.seen_question_types = question_types
        return [dict(self.probabilities) for _ in texts]

    def threshold(self, slug: str) -> float:
        return 0.5

    def evidence(self, doc: Document, slug: str, limit: int = 3) -> list[str]:
        return [doc.text.split()[0]][:limit]


def test_result_has_every_part() -> None:
    result = analyse("Paramedic Sarah was lovely but we waited six hours. Call 07700 900123.")
    assert result.sentiment.label == "mixed"
    assert -1 <= result.sentiment.compound <= 1
    assert result.risk.level in {"none", "mention", "urgent"}
    assert "07700 900123" not in result.redacted
    assert "response-time" in [t.slug for t in result.themes]


def test_analyse_many_matches_analyse_item_by_item() -> None:
    texts = ["The crew were kind.", "", "Waited 5 hours for a callback at 2am."]
    kinds = ["what_good", None, "could_improve"]
    assert analyse_many(texts, question_types=kinds) == [
        analyse(text, question_type=kind) for text, kind in zip(texts, kinds, strict=True)
    ]
    assert analyse_many([]) == []


def test_question_types_must_line_up_with_texts() -> None:
    with pytest.raises(ValueError, match="one entry per text"):
        analyse_many(["a", "b"], question_types=["what_good"])


def test_a_confident_model_adds_themes_the_rules_missed_with_its_own_evidence() -> None:
    model = FakeModel({"response-time": 0.1, "carers-family": 0.99})
    result = analyse("Thank you for everything.", model=model, question_type="what_good")
    found = {t.slug: t for t in result.themes}
    assert list(found) == ["carers-family"]
    assert found["carers-family"].evidence == ["Thank"]
    assert 0.5 < found["carers-family"].confidence < 0.99
    assert model.seen_question_types == ["what_good"]


def test_a_model_guess_just_over_its_threshold_needs_support_from_the_rules() -> None:
    model = FakeModel({"carers-family": 0.75})
    assert analyse("Thank you for everything.", model=model).themes == []
    # One weak cue ("my mum") is not enough alone, nor is the model alone: together they are.
    rules_alone = analyse("My mum was there.", taxonomy=load_default_taxonomy())
    assert "carers-family" not in {t.slug for t in rules_alone.themes}
    assert "carers-family" in {t.slug for t in analyse("My mum was there.", model=model).themes}


def test_model_and_rules_blend_confidence_and_keep_rule_evidence() -> None:
    text = "We waited five hours for the ambulance."
    alone = {t.slug: t for t in analyse(text, taxonomy=load_default_taxonomy()).themes}[
        "response-time"
    ]
    agreeing = {t.slug: t for t in analyse(text, model=FakeModel({"response-time": 1.0})).themes}
    doubting = {t.slug: t for t in analyse(text, model=FakeModel({"response-time": 0.2})).themes}
    assert agreeing["response-time"].confidence > alone.confidence
    assert doubting["response-time"].confidence < alone.confidence
    assert agreeing["response-time"].evidence == alone.evidence
    assert "response-time" not in {
        t.slug for t in analyse("It took ages.", model=FakeModel({"response-time": 0.0})).themes
    }  # a model sure the theme is absent cancels a single phrase


def test_heldout_micro_f1_floor() -> None:
    """Behaviour floor for the default taxonomy on held-out labelled feedback."""
    with open(LABELLED, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    heldout = [r for r in rows if r["split"] == "heldout"]
    texts = [r["text"] for r in heldout]
    kinds = [r.get("question_type") for r in heldout]

    def micro_f1(results):
        micro, _, per_theme = theme_scores(
            [r["themes"] for r in heldout],
            [[t.slug for t in result.themes] for result in results],
            load_default_taxonomy().slugs,
        )
        assert all(scores.support for scores in per_theme.values())
        return micro.f1

    with_starter = micro_f1(analyse_many(texts, question_types=kinds))
    rules_alone = micro_f1(
        analyse_many(texts, taxonomy=load_default_taxonomy(), question_types=kinds)
    )
    assert with_starter >= HELDOUT_MICRO_F1_FLOOR
    assert with_starter >= rules_alone + STARTER_GAIN_FLOOR


class FakeUrgentModel:
    """A stand-in for the shipped urgent model, equally sure of every text."""

    def __init__(self, chance: float) -> None:
        self.chance = chance

    def predict_proba(self, texts, question_types=None, docs=None) -> list[dict[str, float]]:
        return [{URGENT: self.chance} for _ in texts]


@pytest.mark.parametrize(
    ("chance", "level"), [(URGENT_FROM, "urgent"), (URGENT_FROM - 0.01, "mention")]
)
def test_the_urgent_model_flags_what_it_is_nearly_sure_of(monkeypatch, chance, level) -> None:
    monkeypatch.setattr(analysis, "starter_urgent_model", lambda: FakeUrgentModel(chance))
    risk = analyse("After my overdose last year the crew were kind.").risk
    assert risk.level == level
    assert ("worded like feedback marked urgent" in risk.reasons) == (level == "urgent")
    # the rules' urgent stands whatever the model thinks
    monkeypatch.setattr(analysis, "starter_urgent_model", lambda: FakeUrgentModel(0.0))
    assert analyse("I have the tablets ready and I'm going to take them tonight.").risk.level == (
        "urgent"
    )


def test_urgent_recall_on_held_out_feedback_is_at_least_the_rules() -> None:
    """Behaviour floor: the urgent model adds recall without flagging much that is not urgent."""
    with open(LABELLED, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    heldout = [r for r in rows if r["split"] == "heldout"]
    results = analyse_many([r["text"] for r in heldout])
    urgent = [
        (r["risk"] == "urgent", res.risk.level == "urgent")
        for r, res in zip(heldout, results, strict=True)
    ]
    by_rules = [(r["risk"] == "urgent", assess_risk(r["text"]).level == "urgent") for r in heldout]
    found, rules_found = (sum(g and p for g, p in pairs) for pairs in (urgent, by_rules))
    false_alarms = sum(p and not g for g, p in urgent)
    assert found > rules_found
    assert false_alarms <= 0.1 * sum(not g for g, _ in urgent)


def test_emerging_phrases_skip_what_the_taxonomy_covers() -> None:
    texts = [
        "The parking permit at the station was a problem again.",
        "No parking permit for the crew, so they parked miles away.",
        "Parking permit issues every single visit.",
        "We waited five hours. The wait was awful.",
        "Waited five hours again, nobody came.",
    ]
    found = emerging_phrases(texts, load_default_taxonomy())
    assert ("parking permit", 3) in found
    assert all(p.phrase != "waited five hours" and p.count >= 2 for p in found)
    assert emerging_phrases([], load_default_taxonomy()) == []
