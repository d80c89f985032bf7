"""Analyse stored comments: redaction, sentiment, risk and theme tags for each enabled taxonomy.

Tags people made or decided on (accepted or rejected) are never overwritten by the tagger.
"""

from collections.abc import Callable, Sequence

from sqlalchemy import func, select

from feedback_app.analysis import analyse_many
from feedback_app.analysis.learning import ThemeClassifier
from feedback_app.extensions import db
from feedback_app.models import Comment, Tag, Taxonomy, TrainedModel
from feedback_app.models.base import utcnow
from feedback_app.tagging.taxonomies import analysis_taxonomy, enabled_taxonomies, latest_version

TAGGER_VERSION = "tagger-1"
_models: dict[int, ThemeClassifier] = {}


def active_model(taxonomy: Taxonomy) -> ThemeClassifier | None:
    """The trained model switched on for this taxonomy, if any (loaded once per model)."""
    row = db.session.scalar(
        select(TrainedModel).filter_by(taxonomy_id=taxonomy.id, status="active")
    )
    if row is None:
        return None
    if row.id not in _models:
        _models[row.id] = ThemeClassifier.from_bytes(row.model)
    return _models[row.id]


def analyse_comments(comments: Sequence[Comment]) -> None:
    """Analyse and store results for ``comments`` (the caller commits)."""
    if not comments:
        return
    texts = [c.text for c in comments]
    question_types = [c.question_type for c in comments]
    for position, taxonomy in enumerate(enabled_taxonomies()):
        version = latest_version(taxonomy)
        results = analyse_many(
            texts,
            taxonomy=analysis_taxonomy(version),
            model=active_model(taxonomy),
            question_types=question_types,
        )
        for comment, result in zip(comments, results, strict=True):
            if position == 0:
                comment.redacted = result.redacted
                comment.sentiment_compound = result.sentiment.compound
                comment.sentiment_label = result.sentiment.label
                comment.risk_level = result.risk.level
                comment.risk_reasons = list(result.risk.reasons)
                comment.analysed_at = utcnow()
            replace_tagger_tags(comment, taxonomy.id, version.number, result.themes)


def replace_tagger_tags(comment: Comment, taxonomy_id: int, version: int, themes: list) -> None:
    """Swap the tagger's open suggestions for new ones; keep every tag a person decided on."""
    kept = set()
    for tag in list(comment.tags):
        if tag.taxonomy_id != taxonomy_id:
            continue
        if tag.source == "reviewer" or tag.status != "suggested":
            kept.add(tag.theme_slug)
        else:
            comment.tags.remove(tag)
    db.session.flush()
    for match in themes:
        if match.slug not in kept:
            comment.tags.append(
                Tag(
                    taxonomy_id=taxonomy_id,
                    theme_slug=match.slug,
                    confidence=round(float(match.confidence), 4),
                    evidence=list(match.evidence),
                    source="tagger",
                    status="suggested",
                    tagger_version=TAGGER_VERSION,
                    taxonomy_version=version,
                )
            )


def analyse_all(batch_size: int = 500, progress: Callable[[int], None] | None = None) -> int:
    """Re-analyse every stored comment in batches; returns how many were analysed."""
    ids = list(db.session.scalars(select(Comment.id).order_by(Comment.id)))
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        comments = list(db.session.scalars(select(Comment).where(Comment.id.in_(batch))))
        analyse_comments(comments)
        db.session.commit()
        db.session.expunge_all()
        if progress:
            progress(len(batch))
    return len(ids)


def count_comments() -> int:
    return db.session.scalar(select(func.count(Comment.id))) or 0
