"""Engagement workshops: agenda, who attended, key messages, actions and the audit of note edits.

A workshop note itself is a Feedback (source "workshop") with one Comment, so notes and form
answers are analysed, searched and counted the same way.
"""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.extensions import db
from feedback_app.models.base import utcnow


class Workshop(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    venue: Mapped[str] = mapped_column(String(200))
    online: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    questions: Mapped[list["WorkshopQuestion"]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        order_by="WorkshopQuestion.position",
    )
    attendance: Mapped[list["WorkshopAttendance"]] = relationship(
        cascade="all, delete-orphan", order_by="WorkshopAttendance.id"
    )
    key_messages: Mapped[list["KeyMessage"]] = relationship(
        cascade="all, delete-orphan", order_by="KeyMessage.id"
    )
    actions: Mapped[list["WorkshopAction"]] = relationship(
        cascade="all, delete-orphan", order_by="WorkshopAction.id"
    )


class WorkshopQuestion(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(500))

    workshop: Mapped[Workshop] = relationship(back_populates="questions")


class WorkshopAttendance(db.Model):
    """A group that attended (an organisation, or e.g. "Patients") and how many people came."""

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    head_count: Mapped[int] = mapped_column(default=0)


class KeyMessage(db.Model):
    """A headline finding: written by the facilitator, or a pinned note (``comment_id``)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WorkshopAction(db.Model):
    """An action agreed at the workshop, with its owner."""

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120))


class CommentRevision(db.Model):
    """The earlier text of an edited comment, kept as an audit trail."""

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    edited_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
