"""The models shipped with the app: current, and the theme model only weighing the phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback_app.analysis import analyse, analyse_many
from feedback_app.analysis.starter import (
    URGENT,
    starter_model,
    starter_sentiment_model,
    starter_urgent_model,
    train_starter_model,
    train_starter_sentiment_model,
    train_starter_urgent_model,
)
from feedback_app.analysis.taxonomy import load_default_taxonomy
from feedback_app.analysis.text import prepare
from feedback_app.analysis.themes import compile_rules

LABELLED = Path(__file__).resolve().parents[2] / "data" / "feedback_labelled.jsonl"


def _rows(split: str) -> list[dict]:
    with open(LABELLED, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row for row in rows if row["split"] == split]


def test_the_shipped_model_is_the_one_the_labelled_data_trains_now() -> None:
    """Fails when the labelled data or the taxonomy changed without `make starter-model`."""
    shipped, fresh = starter_model(), train_starter_model(LABELLED)
    assert shipped.slugs == fresh.slugs == tuple(load_default_taxonomy().slugs)
    texts = [row["text"] for row in _rows("heldout")]
    for theirs, ours in zip(shipped.predict_proba(texts), fresh.predict_proba(texts), strict=True):
        assert theirs == pytest.approx(ours, abs=1e-4)


def test_the_shipped_sentiment_model_is_the_one_the_labelled_data_trains_now() -> None:
    shipped, fresh = starter_sentiment_model(), train_starter_sentiment_model(LABELLED)
    assert shipped.labels == fresh.labels == ("mixed", "negative", "neutral", "positive")
    texts = [row["text"] for row in _rows("heldout")]
    assert shipped.predict(texts) == fresh.predict(texts)
    assert shipped.weights == pytest.approx(fresh.weights, abs=1e-6)
    # learned from the same texts, so the features are made once for both models
    assert shipped.features is starter_model().features


def test_the_shipped_urgent_model_is_the_one_the_labelled_data_trains_now() -> None:
    shipped, fresh = starter_urgent_model(), train_starter_urgent_model(LABELLED)
    assert shipped.slugs == fresh.slugs == (URGENT,)
    texts = [row["text"] for row in _rows("heldout")]
    for theirs, ours in zip(shipped.predict_proba(texts), fresh.predict_proba(texts), strict=True):
        assert theirs == pytest.approx(ours, abs=1e-4)
    assert shipped.features is starter_model().features


def test_it_never_saw_the_held_out_texts() -> None:
    heldout = {row["text"] for row in _rows("heldout")}
    assert heldout and not heldout & {row["text"] for row in _rows("train")}


def test_analyse_blends_it_only_for_the_default_taxonomy() -> None:
    text = "We waited five hours for the ambulance and nobody rang back."
    default = {t.slug: t.confidence for t in analyse(text).themes}
    rules = {t.slug: t.confidence for t in analyse(text, taxonomy=load_default_taxonomy()).themes}
    assert default.keys() <= rules.keys() and default != rules


def test_it_only_weighs_themes_the_phrases_suggest() -> None:
    """It confirms or cancels what the phrases suggest, but tags nothing on its own: not even
    where its words point to a theme that the phrase rules have read as negated."""
    rules = compile_rules(load_default_taxonomy())
    texts = [row["text"] for row in _rows("heldout")] + ["No police were involved at any point."]
    for text, result in zip(texts, analyse_many(texts), strict=True):
        assert {t.slug for t in result.themes} <= rules.score(prepare(text)).keys(), text
    assert analyse("No police were involved at any point.").themes == []
