"""What the analysis keeps: taxonomies and their versions, theme tags, trained models, jobs."""

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.extensions import db
from feedback_app.models.base import utcnow


class Taxonomy(db.Model):
    """A coding framework (the ambulance mental health themes, the NHS FFT QDC framework, ...)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    enabled: Mapped[bool] = mapped_column(default=True)

    versions: Mapped[list["TaxonomyVersion"]] = relationship(
        back_populates="taxonomy", order_by="TaxonomyVersion.number"
    )


class TaxonomyVersion(db.Model):
    """One immutable version of a taxonomy: every edit makes a new one."""

    id: Mapped[int] = mapped_column(primary_key=True)
    taxonomy_id: Mapped[int] = mapped_column(ForeignKey("taxonomy.id", ondelete="CASCADE"))
    number: Mapped[int]
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    taxonomy: Mapped[Taxonomy] = relationship(back_populates="versions")

    __table_args__ = (UniqueConstraint("taxonomy_id", "number"),)


class Tag(db.Model):
    """A theme on a comment, made by the tagger or a reviewer. Reviewers' tags are never
    overwritten by the tagger."""

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"))
    taxonomy_id: Mapped[int] = mapped_column(ForeignKey("taxonomy.id", ondelete="CASCADE"))
    theme_slug: Mapped[str] = mapped_column(String(80))
    confidence: Mapped[float] = mapped_column(default=1.0)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    # "tagger" or "reviewer"; status "suggested", "accepted" or "rejected".
    source: Mapped[str] = mapped_column(String(10), default="tagger")
    status: Mapped[str] = mapped_column(String(10), default="suggested")
    tagger_version: Mapped[str | None] = mapped_column(String(40))
    taxonomy_version: Mapped[int | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    comment: Mapped["Comment"] = relationship(back_populates="tags")  # noqa: F821

    __table_args__ = (
        UniqueConstraint("comment_id", "taxonomy_id", "theme_slug"),
        Index("ix_tag_theme", "taxonomy_id", "theme_slug", "status"),
    )


class TrainingItem(db.Model):
    """A labelled text to learn a taxonomy from (imported, or copied from a reviewed comment)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    taxonomy_id: Mapped[int] = mapped_column(ForeignKey("taxonomy.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    question_type: Mapped[str | None] = mapped_column(String(20))
    labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    sentiment: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20), default="import")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_training_item_taxonomy", "taxonomy_id"),)


class TrainedModel(db.Model):
    """A statistical tagger learned for one taxonomy, with its model card."""

    id: Mapped[int] = mapped_column(primary_key=True)
    taxonomy_id: Mapped[int] = mapped_column(ForeignKey("taxonomy.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="ready")  # ready / active / retired
    model: Mapped[bytes] = mapped_column(LargeBinary)
    # learned sentiment, stored when the labelled texts carried enough sentiments (else None)
    sentiment_model: Mapped[bytes | None] = mapped_column(LargeBinary)
    card: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))


class Job(db.Model):
    """Long work done in the background (reports, training, re-analysis), with its progress."""

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued/running/done/failed
    progress: Mapped[float] = mapped_column(default=0.0)
    message: Mapped[str | None] = mapped_column(String(300))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result_path: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
