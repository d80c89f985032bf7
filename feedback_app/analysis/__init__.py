"""What feedback says: themes, sentiment, risk and a redacted copy. Pure Python, no Flask or DB.

    from feedback_app.analysis import analyse, analyse_many
    result = analyse("The paramedic listened but we waited six hours")
    result.themes      # [ThemeMatch(slug, confidence, evidence), ...] best first
    result.sentiment   # Sentiment(compound, label)
    result.risk        # Risk(level, reasons)
    result.redacted    # the text with personal details replaced

Without a taxonomy the shipped ambulance mental health taxonomy is used, with the theme model
shipped beside it (``starter_model``); ``model`` is a trained ``learning.ThemeClassifier`` to
blend with the phrase rules instead. The sentiment label comes from a learned sentiment model
(the shipped one, ``starter_sentiment_model``, unless ``sentiment_model`` is given) reading the
lexicon's scores beside the words; the compound score is the lexicon's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback_app.analysis.learning import SentimentClassifier
from feedback_app.analysis.redaction import redact
from feedback_app.analysis.risk import Risk, assess_risk
from feedback_app.analysis.sentiment import Sentiment, is_stock_answer, score_sentiment
from feedback_app.analysis.starter import starter_model, starter_sentiment_model
from feedback_app.analysis.taxonomy import Taxonomy, load_default_taxonomy
from feedback_app.analysis.text import Document, prepare
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
    sentiment_model: SentimentClassifier | None = None,
) -> AnalysisResult:
    """Analyse one feedback text (``question_type``: "what_good", "could_improve", ...)."""
    return analyse_many(
        [text],
        taxonomy=taxonomy,
        model=model,
        question_types=[question_type],
        sentiment_model=sentiment_model,
    )[0]


def analyse_many(
    texts: Sequence[str],
    taxonomy: Taxonomy | None = None,
    model: ThemeModel | None = None,
    question_types: Sequence[str | None] | None = None,
    sentiment_model: SentimentClassifier | None = None,
) -> list[AnalysisResult]:
    """Analyse many texts at once (the models predict them in one batch)."""
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
            sentiment=sentiment,
            risk=assess_risk(doc.text),
            redacted=redact(doc.text),
        )
        for doc, found, sentiment in zip(
            docs, themes, _sentiments(texts, docs, question_types, sentiment_model), strict=True
        )
    ]


def _sentiments(
    texts: Sequence[str],
    docs: Sequence[Document],
    question_types: Sequence[str | None],
    model: SentimentClassifier | None,
) -> list[Sentiment]:
    """The lexicon's sentiment, labelled by the learned model (a bare "nothing" or "n/a" keeps
    the lexicon's label: it follows from the question alone)."""
    lexicon = [score_sentiment(doc, q) for doc, q in zip(docs, question_types, strict=True)]
    labels = (model or starter_sentiment_model()).predict(texts, question_types, docs, lexicon)
    return [
        scored if is_stock_answer(doc) else Sentiment(scored.compound, label)
        for doc, scored, label in zip(docs, lexicon, labels, strict=True)
    ]
