"""Human review of the tagger's work: queues, decisions on tags, and urgent-risk follow-up."""

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Comment, Tag, Taxonomy
from feedback_app.models.base import utcnow
from feedback_app.tagging.taxonomies import latest_version

# Urgent-risk comments nobody has followed up yet, oldest first.
_URGENT = (
    select(Comment)
    .where(Comment.risk_level == "urgent", Comment.risk_handled_at.is_(None))
    .order_by(Comment.id)
)


def urgent_queue(limit: int = 50) -> list[Comment]:
    """Urgent-risk comments nobody has followed up yet, oldest first: staff see these first."""
    return list(db.session.scalars(_URGENT.limit(limit)))


def uncertain_queue(taxonomy: Taxonomy, limit: int = 50) -> list[Comment]:
    """Unreviewed comments the tagger was least sure of: confidence nearest 0.5 first."""
    doubt = (
        select(Tag.comment_id, func.min(func.abs(Tag.confidence - 0.5)).label("doubt"))
        .where(Tag.taxonomy_id == taxonomy.id, Tag.status == "suggested")
        .group_by(Tag.comment_id)
        .subquery()
    )
    query = (
        select(Comment)
        .join(doubt, doubt.c.comment_id == Comment.id)
        .where(Comment.reviewed_at.is_(None))
        .order_by(doubt.c.doubt, Comment.id)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def decide(tag: Tag, status: str, user_id: int) -> None:
    """Accept or reject a suggested tag; the decision is the reviewer's from now on."""
    if status not in ("accepted", "rejected"):
        raise ValueError(f"unknown decision: {status}")
    tag.status = status
    tag.created_by_id = user_id
    tag.created_at = utcnow()
    db.session.commit()


def add_theme(comment: Comment, taxonomy: Taxonomy, slug: str, user_id: int) -> Tag:
    """A reviewer adds a theme the tagger missed (or re-accepts one it had)."""
    version = latest_version(taxonomy)
    if slug not in {t["slug"] for t in version.definition["themes"]}:
        raise ValueError(f"unknown theme: {slug}")
    tag = next(
        (t for t in comment.tags if t.taxonomy_id == taxonomy.id and t.theme_slug == slug), None
    )
    if tag is None:
        tag = Tag(taxonomy_id=taxonomy.id, theme_slug=slug, evidence=[])
        comment.tags.append(tag)
    tag.source, tag.status, tag.confidence = "reviewer", "accepted", 1.0
    tag.taxonomy_version, tag.created_by_id, tag.created_at = version.number, user_id, utcnow()
    db.session.commit()
    return tag


def mark_reviewed(comment: Comment, user_id: int) -> None:
    """Done with this comment: open suggestions count as accepted, and it leaves the queue."""
    for tag in comment.tags:
        if tag.status == "suggested":
            tag.status, tag.created_by_id, tag.created_at = "accepted", user_id, utcnow()
    comment.reviewed_at, comment.reviewed_by_id = utcnow(), user_id
    db.session.commit()


def mark_risk_handled(comment: Comment, user_id: int) -> None:
    comment.risk_handled_at, comment.risk_handled_by_id = utcnow(), user_id
    db.session.commit()


def next_in_queue(taxonomy: Taxonomy, after: Comment) -> Comment | None:
    """The next comment to review, in queue order: urgent ones first, then the least certain.

    Only comments nobody has reviewed yet count, so finishing one after another walks the whole
    queue once. An urgent comment stays on the urgent list until it is followed up, but once
    reviewed it is not offered again here (that made "next" loop between two urgent comments).
    """
    unreviewed = _URGENT.where(Comment.reviewed_at.is_(None), Comment.id != after.id)
    following = db.session.scalars(unreviewed.limit(1)).first()
    if following is not None:
        return following
    return next((c for c in uncertain_queue(taxonomy, limit=2) if c.id != after.id), None)
