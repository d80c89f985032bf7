"""Model cards: how a trained model did on texts it did not see, theme by theme, beside the
model in use (a trained model, or for the built-in taxonomy the starter model) on the same texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from feedback_app.analysis.evaluation import theme_scores
from feedback_app.analysis.learning import ThemeClassifier
from feedback_app.extensions import db
from feedback_app.models import Taxonomy, TrainedModel
from feedback_app.tagging.taxonomies import theme_names
from feedback_app.workshops.services import uk_time

if TYPE_CHECKING:
    from feedback_app.admin.training import TrainingData

# A theme's results can be trusted when the held-out data had enough examples of it and the
# model found them well.
TRUSTED_F1 = 0.6
TRUSTED_SUPPORT = 5


def score(model: ThemeClassifier, held_out: TrainingData, slugs: list[str]) -> dict[str, Any]:
    """Per-theme precision, recall, F1 and support on the held-out texts, micro F1, and macro F1
    over the themes the held-out texts have.

    Scored over every theme of the taxonomy, not only those the model learned, so two models
    that learned different themes are compared on equal terms (a theme a model cannot tag counts
    as missed)."""
    predicted = model.predict(held_out.texts, held_out.question_types)
    micro, _, per_theme = theme_scores(held_out.labels, predicted, slugs)
    learned = set(model.slugs)
    themes = [
        {
            "slug": slug,
            "precision": round(figures.precision, 3),
            "recall": round(figures.recall, 3),
            "f1": round(figures.f1, 3),
            "support": figures.support,
            "learned": slug in learned,
            "trusted": figures.support >= TRUSTED_SUPPORT and figures.f1 >= TRUSTED_F1,
        }
        for slug, figures in per_theme.items()
        if figures.support or slug in learned
    ]
    present = [theme["f1"] for theme in themes if theme["support"]]
    return {
        "micro_f1": round(micro.f1, 3),
        "macro_f1": round(sum(present) / len(present), 3) if present else 0.0,
        "themes": themes,
    }


def compare(
    in_use: ThemeClassifier,
    in_use_id: int | None,
    scores: dict[str, Any],
    held_out: TrainingData,
    slugs: list[str],
) -> dict[str, Any]:
    """How the model in use (``in_use_id`` None: the starter model) does on the same held-out
    texts. The new model is better when its micro F1 is higher (ties keep the model in use)."""
    theirs = score(in_use, held_out, slugs)
    return {
        "model_id": in_use_id,
        "micro_f1": theirs["micro_f1"],
        "macro_f1": theirs["macro_f1"],
        "themes": {theme["slug"]: theme["f1"] for theme in theirs["themes"]},
        "better": scores["micro_f1"] > theirs["micro_f1"],
    }


def card_view(model: TrainedModel) -> dict[str, Any]:
    """The model card with theme names, weakest themes last, and the model in use's F1 beside
    each theme when the two were compared."""
    taxonomy = db.session.get(Taxonomy, model.taxonomy_id)
    names = theme_names(taxonomy) if taxonomy else {}
    card = model.card
    comparison = card.get("comparison")
    if comparison:
        comparison = {**comparison, "name": model_name(comparison["model_id"])}
    before = (comparison or {}).get("themes", {})
    themes = [
        {
            **theme,
            "name": names.get(theme["slug"], theme["slug"]),
            "before": before.get(theme["slug"]),
        }
        for theme in card.get("themes", [])
    ]
    themes.sort(key=lambda theme: (theme["support"] == 0, -theme["f1"], theme["name"]))
    return {
        **card,
        "comparison": comparison,
        "themes": themes,
        "trusted": sum(theme["trusted"] for theme in themes),
        "trained_at": uk_time(model.created_at),
    }


def active_model_row(taxonomy_id: int) -> TrainedModel | None:
    return db.session.scalar(
        select(TrainedModel).filter_by(taxonomy_id=taxonomy_id, status="active")
    )


def model_name(model_id: int | None) -> str:
    """How pages name a model in use: its number, or the starter model (None)."""
    return f"model {model_id}" if model_id is not None else "the starter model shipped with the app"
