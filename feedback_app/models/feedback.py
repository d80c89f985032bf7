"""Feedback as it arrives: a submission (form, workshop note or import) and its comments."""

from datetime import date, datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, String, Text
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.extensions import db
from feedback_app.models.base import utcnow


class Organisation(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # The voice a person from this organisation speaks with (police, charity, ...).
    voice: Mapped[str] = mapped_column(String(20), default="other")


class Feedback(db.Model):
    """One submission: structured answers, with its free text held in ``comments``."""

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20), default="form")
    respondent_type: Mapped[str] = mapped_column(String(20))
    voice: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    organisation_other: Mapped[str | None] = mapped_column(String(120))
    role: Mapped[str | None] = mapped_column(String(120))
    service: Mapped[str | None] = mapped_column(String(20))
    contact_month: Mapped[date | None]
    rating: Mapped[str | None] = mapped_column(String(20))
    consent_to_quote: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Workshop notes only: where in the workshop the note was captured, and by whom.
    workshop_id: Mapped[int | None] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    workshop_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop_question.id", ondelete="SET NULL")
    )
    breakout_group: Mapped[str | None] = mapped_column(String(80))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    organisation: Mapped[Organisation | None] = relationship()
    comments: Mapped[list["Comment"]] = relationship(
        back_populates="feedback", cascade="all, delete-orphan", order_by="Comment.id"
    )
    contact: Mapped["ContactDetails | None"] = relationship(
        back_populates="feedback", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_feedback_created_at", "created_at"),
        Index("ix_feedback_voice", "voice"),
        Index("ix_feedback_source", "source"),
        Index("ix_feedback_workshop_id", "workshop_id"),
    )


class Comment(db.Model):
    """A piece of free text (a form answer or a workshop note): the unit the analysis tags."""

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(String(40))
    question_type: Mapped[str] = mapped_column(String(20), default="nonspecific")
    text: Mapped[str] = mapped_column(Text)
    # What the analysis found; recomputed whenever the text or the taxonomy changes.
    redacted: Mapped[str | None] = mapped_column(Text)
    sentiment_compound: Mapped[float | None]
    sentiment_label: Mapped[str | None] = mapped_column(String(10))
    risk_level: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    risk_reasons: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    analysed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set when a person has followed up an urgent-risk comment, or reviewed its themes.
    risk_handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    risk_handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    feedback: Mapped[Feedback] = relationship(back_populates="comments")
    tags: Mapped[list["Tag"]] = relationship(  # noqa: F821
        back_populates="comment", cascade="all, delete-orphan", order_by="Tag.id"
    )
    revisions: Mapped[list["CommentRevision"]] = relationship(  # noqa: F821
        cascade="all, delete-orphan", order_by="CommentRevision.edited_at"
    )

    __table_args__ = (
        Index("ix_comment_feedback_id", "feedback_id"),
        Index("ix_comment_risk_level", "risk_level"),
        # Serves the reports' full-text search (reports/search.py uses this exact expression).
        Index(
            "ix_comment_text_search",
            sql_text("to_tsvector('english', text)"),
            postgresql_using="gin",
        ).ddl_if(dialect="postgresql"),
    )


class ContactDetails(db.Model):
    """Optional contact details, kept apart from the feedback text and never shown beside it."""

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    consent_to_contact: Mapped[bool] = mapped_column(default=False)

    feedback: Mapped[Feedback] = relationship(back_populates="contact")
