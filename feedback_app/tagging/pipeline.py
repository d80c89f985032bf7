"""Analyse stored comments: redaction, sentiment, risk and theme tags for each enabled taxonomy.

Tags people made or decided on (accepted or rejected) are never overwritten by the tagger.
The sentiment label comes from the learned sentiment model switched on (with the theme model it
was trained beside), else from the one shipped with the app; the compound score is the
lexicon's.
"""

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from feedback_app.analysis import analyse_many
from feedback_app.analysis.learning import SentimentClassifier, ThemeClassifier
from feedback_app.analysis.starter import starter_model
from feedback_app.analysis.text import prepare
from feedback_app.analysis.themes import tag_themes
from feedback_app.extensions import db
from feedback_app.models import Comment, Tag, Taxonomy, TrainedModel
from feedback_app.models.base import utcnow
from feedback_app.tagging.taxonomies import (
    DEFAULT_KEY,
    analysis_taxonomy,
    enabled_taxonomies,
    latest_version,
)

logger = logging.getLogger(__name__)
TAGGER_VERSION = "tagger-1"
# taxonomy id -> ((model id, made at), the loaded model): the model switched on, loaded once.
_models: dict[int, tuple[tuple[int, datetime], ThemeClassifier]] = {}
# (model id, made at) -> the learned sentiment model in use (one at most), loaded once.
_sentiment_models: dict[tuple[int, datetime], SentimentClassifier] = {}


def active_model(taxonomy: Taxonomy) -> ThemeClassifier | None:
    """The trained model switched on for this taxonomy; for the built-in ambulance taxonomy,
    the starter model shipped with it until one is. Only the switched-on model's id and time
    are read on each call; the model itself when it changes (an id alone could be reused, e.g.
    by a restored database)."""
    row = db.session.execute(
        select(TrainedModel.id, TrainedModel.created_at).filter_by(
            taxonomy_id=taxonomy.id, status="active"
        )
    ).first()
    if row is None:
        return starter_model() if taxonomy.key == DEFAULT_KEY else None
    key = (row.id, row.created_at)
    cached = _models.get(taxonomy.id)
    if cached is None or cached[0] != key:
        model = ThemeClassifier.from_bytes(db.session.get(TrainedModel, row.id).model)
        cached = _models[taxonomy.id] = (key, model)
    return cached[1]


def active_sentiment_model(taxonomies: Sequence[Taxonomy]) -> SentimentClassifier | None:
    """The learned sentiment model switched on, if any: that of the first of ``taxonomies``
    whose model in use has one (a comment has one sentiment, whatever its taxonomies). One
    stored in an older layout is passed over (the shipped model stands in) until retrained."""
    rows = db.session.execute(
        select(TrainedModel.id, TrainedModel.created_at, TrainedModel.taxonomy_id).where(
            TrainedModel.status == "active", TrainedModel.sentiment_model.is_not(None)
        )
    ).all()
    by_taxonomy = {row.taxonomy_id: row for row in rows}
    row = next((by_taxonomy[t.id] for t in taxonomies if t.id in by_taxonomy), None)
    if row is None:
        return None
    key = (row.id, row.created_at)
    model = _sentiment_models.get(key)
    if model is None:
        data = db.session.scalar(select(TrainedModel.sentiment_model).filter_by(id=row.id))
        try:
            model = SentimentClassifier.from_bytes(data)
        except ValueError:
            logger.warning("Sentiment model of trained model %d is outdated: retrain it", row.id)
            return None
        _sentiment_models.clear()
        _sentiment_models[key] = model
    return model


def analyse_comments(comments: Sequence[Comment]) -> None:
    """Analyse and store results for ``comments`` (the caller commits). The first enabled
    taxonomy's analysis sets redaction, sentiment and risk; the others only add their themes."""
    taxonomies = enabled_taxonomies()
    if not comments or not taxonomies:
        return
    texts = [c.text for c in comments]
    question_types = [c.question_type for c in comments]
    first, *others = taxonomies
    version = latest_version(first)
    results = analyse_many(
        texts,
        taxonomy=analysis_taxonomy(version),
        model=active_model(first),
        question_types=question_types,
        sentiment_model=active_sentiment_model(taxonomies),
    )
    for comment, result in zip(comments, results, strict=True):
        comment.redacted = result.redacted
        comment.sentiment_compound = result.sentiment.compound
        comment.sentiment_label = result.sentiment.label
        comment.risk_level = result.risk.level
        comment.risk_reasons = list(result.risk.reasons)
        comment.analysed_at = utcnow()
        replace_tagger_tags(comment, first.id, version.number, result.themes)
    docs = [prepare(text) for text in texts] if others else []
    for taxonomy in others:
        version = latest_version(taxonomy)
        taxonomy_themes = tag_themes(
            docs, analysis_taxonomy(version), active_model(taxonomy), question_types
        )
        for comment, found in zip(comments, taxonomy_themes, strict=True):
            replace_tagger_tags(comment, taxonomy.id, version.number, found)


def replace_tagger_tags(comment: Comment, taxonomy_id: int, version: int, themes: list) -> None:
    """Bring the tagger's open suggestions up to date (updated in place, so no flush is needed
    between removing and re-adding a theme); keep every tag a person decided on."""
    found = {match.slug: match for match in themes}
    existing = {tag.theme_slug: tag for tag in comment.tags if tag.taxonomy_id == taxonomy_id}
    for slug, tag in existing.items():
        if tag.source == "tagger" and tag.status == "suggested" and slug not in found:
            comment.tags.remove(tag)
    for slug, match in found.items():
        tag = existing.get(slug)
        if tag is None:
            tag = Tag(taxonomy_id=taxonomy_id, theme_slug=slug, source="tagger", status="suggested")
            comment.tags.append(tag)
        elif tag.source == "reviewer" or tag.status != "suggested":
            continue
        tag.confidence = round(float(match.confidence), 4)
        tag.evidence = list(match.evidence)
        tag.tagger_version = TAGGER_VERSION
        tag.taxonomy_version = version
        tag.created_at = utcnow()


def analyse_all(batch_size: int = 500, progress: Callable[[int], None] | None = None) -> int:
    """Re-analyse every stored comment in batches; returns how many were analysed."""
    ids = list(db.session.scalars(select(Comment.id).order_by(Comment.id)))
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        comments = list(
            db.session.scalars(
                select(Comment).where(Comment.id.in_(batch)).options(selectinload(Comment.tags))
            )
        )
        analyse_comments(comments)
        db.session.commit()
        db.session.expunge_all()
        if progress:
            progress(len(batch))
    return len(ids)


def count_comments() -> int:
    return db.session.scalar(select(func.count(Comment.id))) or 0
