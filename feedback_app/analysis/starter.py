"""The models shipped with the app, learned from the project's own labelled feedback: the theme
model of the default taxonomy, so the tagger is more than its phrase lists from the first comment
on; a sentiment model that reads the lexicon's scores beside the words (on the held-out part it
lifts accuracy from 0.73, the lexicon alone, to 0.84; on the blind set from 0.89 to 0.93); and a
model of urgent risk, a second safety net behind the risk rules.

It is trained on the training part of a labelled JSON-lines file (``tests/data/
feedback_labelled.jsonl``: texts written for this project by voice, not copied from anyone), never
on its held-out part or on the blind sets, so the figures of ``bench/analysis_quality.py`` stay
honest. ``analyse()`` blends the theme model with the phrase rules when no taxonomy is given,
labels sentiment with the sentiment model unless given another, and flags as urgent what the
urgent model is nearly sure of; the app does the same until an administrator switches on models
trained on their own data (the urgent model stays). Rebuild them all with
``make starter-model`` whenever that file or the taxonomy's themes change (a test checks that
they are current).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from feedback_app.analysis.learning import SentimentClassifier, ThemeClassifier
from feedback_app.analysis.taxonomy import load_default_taxonomy

STARTER_MODEL_FILE = Path(__file__).parent / "data" / "ambulance_mental_health.model.npz"
STARTER_SENTIMENT_FILE = Path(__file__).parent / "data" / "feedback_sentiment.model.npz"
STARTER_URGENT_FILE = Path(__file__).parent / "data" / "feedback_urgent.model.npz"
URGENT = "urgent"  # the urgent model's one "theme"
Model = TypeVar("Model", SentimentClassifier, ThemeClassifier)


@lru_cache(maxsize=1)
def starter_model() -> ThemeClassifier:
    """The shipped model (written by this module, so its bytes are trusted).

    It only weighs the evidence of the phrases: it confirms a weak cue or cancels a doubtful
    one, but never tags a theme no phrase suggests. Its guesses alone added almost nothing in
    cross-validation and on the held-out and blind sets, and they ignore negation ("no police
    were involved" read as police partnership)."""
    model = ThemeClassifier.from_bytes(STARTER_MODEL_FILE.read_bytes())
    model.tags_alone = False
    return model


@lru_cache(maxsize=1)
def starter_sentiment_model() -> SentimentClassifier:
    """The shipped sentiment model (written by this module, so its bytes are trusted). Learned
    from the same texts as the theme model, it shares its features: a batch is turned into
    features once for both."""
    return _sharing_features(SentimentClassifier.from_bytes(STARTER_SENTIMENT_FILE.read_bytes()))


@lru_cache(maxsize=1)
def starter_urgent_model() -> ThemeClassifier:
    """The shipped model of urgent risk: how likely a text is to be one people marked urgent,
    as its one "theme" ``URGENT``. A second safety net behind the risk rules, for wordings they
    do not know (see ``analyse_many``)."""
    return _sharing_features(ThemeClassifier.from_bytes(STARTER_URGENT_FILE.read_bytes()))


def _sharing_features(model: Model) -> Model:
    """``model``, made to share the theme model's features when it was learned from the same
    texts: a batch is then turned into features once for all the shipped models."""
    if model.features.same_as(starter_model().features):
        model.features = starter_model().features
    return model


def _training_rows(labelled: Path) -> list[dict]:
    with open(labelled, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row for row in rows if row["split"] == "train"]


def train_starter_sentiment_model(labelled: Path) -> SentimentClassifier:
    """Learn sentiment from the rows of ``labelled`` marked "train"."""
    train = _training_rows(labelled)
    return SentimentClassifier.train(
        [row["text"] for row in train],
        [row["sentiment"] for row in train],
        [row.get("question_type") for row in train],
    )


def train_starter_urgent_model(labelled: Path) -> ThemeClassifier:
    """Learn urgent risk from the rows of ``labelled`` marked "train"."""
    train = _training_rows(labelled)
    return ThemeClassifier.train(
        [row["text"] for row in train],
        [[URGENT] if row["risk"] == URGENT else [] for row in train],
        [URGENT],
        [row.get("question_type") for row in train],
    )


def train_starter_model(labelled: Path) -> ThemeClassifier:
    """Learn the default taxonomy's themes from the rows of ``labelled`` marked "train"."""
    train = _training_rows(labelled)
    return ThemeClassifier.train(
        [row["text"] for row in train],
        [row["themes"] for row in train],
        load_default_taxonomy().slugs,
        [row.get("question_type") for row in train],
    )
