"""The theme model shipped with the default taxonomy: learned from the project's own labelled
feedback, so the tagger is more than its phrase lists from the first comment on.

It is trained on the training part of a labelled JSON-lines file (``tests/data/
feedback_labelled.jsonl``: texts written for this project by voice, not copied from anyone), never
on its held-out part or on the blind sets, so the figures of ``bench/analysis_quality.py`` stay
honest. ``analyse()`` blends it with the phrase rules when no taxonomy is given; the app does the
same for the built-in taxonomy until an administrator switches on a model trained on their own
data. Rebuild it with ``make starter-model`` whenever that file or the taxonomy's themes change
(a test checks that it is current).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from feedback_app.analysis.learning import ThemeClassifier
from feedback_app.analysis.taxonomy import load_default_taxonomy

STARTER_MODEL_FILE = Path(__file__).parent / "data" / "ambulance_mental_health.model.npz"


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


def train_starter_model(labelled: Path) -> ThemeClassifier:
    """Learn the default taxonomy's themes from the rows of ``labelled`` marked "train"."""
    with open(labelled, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    train = [row for row in rows if row["split"] == "train"]
    return ThemeClassifier.train(
        [row["text"] for row in train],
        [row["themes"] for row in train],
        load_default_taxonomy().slugs,
        [row.get("question_type") for row in train],
    )
