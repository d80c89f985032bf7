"""What feedback says: themes, sentiment, risk and a redacted copy. Pure Python, no Flask or DB.

    from feedback_app.analysis import analyse, analyse_many
    result = analyse("The paramedic listened but we waited six hours")
    result.themes      # [ThemeMatch(slug, confidence, evidence), ...] best first
    result.sentiment   # Sentiment(compound, label)
    result.risk        # Risk(level, reasons)
    result.redacted    # the text with personal details replaced

Without a taxonomy the shipped ambulance mental health taxonomy is used, with the theme model
shipped beside it (``starter_model``); ``model`` is a trained ``learning.ThemeClassifier`` to
blend with the phrase rules instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback_app.analysis.redaction import redact
from feedback_app.analysis.risk import Risk, assess_risk
from feedback_app.analysis.sentiment import Sentiment, score_sentiment
from feedback_app.analysis.starter import starter_model
from feedback_app.analysis.taxonomy import Taxonomy, load_default_taxonomy
from feedback_app.analysis.text import prepare
from feedback_app.analysis.themes import ThemeMatch, ThemeModel, tag_themes

__all__ = ["AnalysisResult", "Risk", "Sentiment", "ThemeMatch", "analyse", "analyse_many"]


@dataclass(frozen=True)
class AnalysisResult:
    themes: list[ThemeMatch]
    sentiment: Sentiment
    risk: Risk
    redacted: str


def analyse(
    text: str,
    taxonomy: Taxonomy | None = None,
    model: ThemeModel | None = None,
    question_type: str | None = None,
) -> AnalysisResult:
    """Analyse one feedback text (``question_type``: "what_good", "could_improve", ...)."""
    return analyse_many([text], taxonomy=taxonomy, model=model, question_types=[question_type])[0]


def analyse_many(
    texts: Sequence[str],
    taxonomy: Taxonomy | None = None,
    model: ThemeModel | None = None,
    question_types: Sequence[str | None] | None = None,
) -> list[AnalysisResult]:
    """Analyse many texts at once (the model, if any, predicts them in one batch)."""
    if question_types is None:
        question_types = [None] * len(texts)
    if len(question_types) != len(texts):
        raise ValueError("question_types must have one entry per text")
    if taxonomy is None:
        taxonomy, model = load_default_taxonomy(), model or starter_model()
    docs = [prepare(text) for text in texts]
    themes = tag_themes(docs, taxonomy, model, question_types)
    return [
        AnalysisResult(
            themes=found,
            sentiment=score_sentiment(doc, question_type),
            risk=assess_risk(doc.text),
            redacted=redact(doc.text),
        )
        for doc, found, question_type in zip(docs, themes, question_types, strict=True)
    ]
