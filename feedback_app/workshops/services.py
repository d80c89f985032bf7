"""Workshops: set one up, capture notes, pin key messages, record actions, add notes in bulk.

Plain functions: no request globals. A note is a Feedback (source "workshop") with one Comment,
each its own row, so facilitators capturing at the same time never overwrite each other.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import contains_eager

from feedback_app.analysis.redaction import redact
from feedback_app.extensions import db
from feedback_app.hooks import on_comment_saved, on_comments_saved
from feedback_app.models import (
    Comment,
    CommentRevision,
    Feedback,
    KeyMessage,
    User,
    Workshop,
    WorkshopAction,
    WorkshopAttendance,
    WorkshopQuestion,
)
from feedback_app.vocabulary import QUESTIONS, VOICES
from feedback_app.workshops.bulk import BulkParse, BulkRow, parse_csv, parse_pasted

UK = ZoneInfo("Europe/London")
NOTE = "note"
VOICE_LABELS = dict(VOICES)
# Voices that are also a respondent type; every other voice speaks for a partner organisation.
OWN_TYPES = ("patient", "carer", "staff")


@dataclass
class WorkshopDetails:
    """A new workshop as the form validated it; the start is UK local time."""

    title: str
    starts_on: date
    start_time: time
    venue: str
    online: bool
    attendance: list[tuple[str, int]]
    questions: list[str]


@dataclass
class NoteGroup:
    """Notes shown together under one heading: an agenda question, or a voice."""

    title: str
    notes: list[Comment]


def as_utc(moment: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite gives back naive datetimes, which are UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def uk_time(moment: datetime) -> datetime:
    """A stored time in UK time."""
    return as_utc(moment).astimezone(UK)


def list_workshops() -> list[tuple[Workshop, int]]:
    """Every workshop, latest first, with how many notes it has."""
    counts = (
        select(Feedback.workshop_id, func.count(Feedback.id).label("notes"))
        .where(Feedback.workshop_id.is_not(None))
        .group_by(Feedback.workshop_id)
        .subquery()
    )
    query = (
        select(Workshop, func.coalesce(counts.c.notes, 0))
        .outerjoin(counts, counts.c.workshop_id == Workshop.id)
        .order_by(Workshop.starts_at.desc(), Workshop.id.desc())
    )
    return [(workshop, count) for workshop, count in db.session.execute(query)]


def create_workshop(details: WorkshopDetails, creator: User) -> Workshop:
    workshop = Workshop(
        title=details.title,
        # Stored in UTC: SQLite keeps the wall-clock time and drops the offset.
        starts_at=datetime.combine(details.starts_on, details.start_time, tzinfo=UK).astimezone(
            UTC
        ),
        venue=details.venue or "Online",
        online=details.online,
        created_by_id=creator.id,
    )
    workshop.questions = [
        WorkshopQuestion(position=position, text=text)
        for position, text in enumerate(details.questions)
    ]
    workshop.attendance = [
        WorkshopAttendance(name=name, head_count=count) for name, count in details.attendance
    ]
    db.session.add(workshop)
    db.session.commit()
    return workshop


def respondent_type_for(voice: str) -> str:
    return voice if voice in OWN_TYPES else "stakeholder"


def _new_note(
    workshop: Workshop,
    *,
    text: str,
    voice: str,
    question_id: int | None,
    group: str | None,
    author_id: int,
    taken_at: datetime | None = None,
) -> Comment:
    """A note added to the session, not yet committed; ``taken_at`` defaults to now."""
    if voice not in VOICE_LABELS:
        raise ValueError(f"unknown voice {voice!r}")
    if question_id is not None and question_id not in {q.id for q in workshop.questions}:
        raise ValueError(f"question {question_id} is not on this workshop's agenda")
    comment = Comment(question=NOTE, question_type=QUESTIONS[NOTE][1], text=text)
    feedback = Feedback(
        source="workshop",
        respondent_type=respondent_type_for(voice),
        voice=voice,
        workshop_id=workshop.id,
        workshop_question_id=question_id,
        breakout_group=group or None,
        author_id=author_id,
        comments=[comment],
    )
    if taken_at:
        feedback.created_at = taken_at
    db.session.add(feedback)
    return comment


def add_note(
    workshop: Workshop,
    *,
    text: str,
    voice: str,
    question_id: int | None,
    group: str | None,
    author: User,
) -> Comment:
    """Store one note (the time is recorded automatically), then let it be analysed."""
    comment = _new_note(
        workshop, text=text, voice=voice, question_id=question_id, group=group, author_id=author.id
    )
    db.session.commit()
    on_comment_saved(comment)
    return comment


def note_text(note: Comment) -> str:
    """A note as the workshop pages show it: redacted, as the analysis stored it (or redacted
    now if it has not run yet). Only its author or an admin sees the original, to edit it."""
    return note.redacted if note.redacted is not None else redact(note.text)


def find_note(workshop: Workshop, comment_id: int) -> Comment | None:
    """A note of this workshop (None for any other comment, so ids cannot be borrowed)."""
    return db.session.scalar(
        select(Comment)
        .join(Comment.feedback)
        .where(Comment.id == comment_id, Feedback.workshop_id == workshop.id)
    )


def may_change(comment: Comment, user: User) -> bool:
    """A note is changed or deleted by its author, or by an administrator (who may need to take
    out personal details someone else wrote down); every change keeps the earlier text."""
    return comment.feedback.author_id == user.id or user.has_role("admin")


def edit_note(comment: Comment, text: str, editor: User) -> bool:
    """Change a note's text, keeping the earlier text as a revision. A pinned copy of the note
    among the key messages changes with it. Returns False when the text is unchanged."""
    if text == comment.text:
        return False
    comment.revisions.append(CommentRevision(text=comment.text, edited_by_id=editor.id))
    comment.text = text
    for message in db.session.scalars(select(KeyMessage).filter_by(comment_id=comment.id)):
        message.text = text
    db.session.commit()
    on_comment_saved(comment)
    return True


def note_history(comment: Comment) -> list[tuple[CommentRevision, str]]:
    """The note's earlier texts, newest first, each with the email of who changed it."""
    editor_ids = {revision.edited_by_id for revision in comment.revisions}
    query = select(User.id, User.email).where(User.id.in_(editor_ids))
    emails = dict(db.session.execute(query).all())
    return [(r, emails.get(r.edited_by_id, "unknown")) for r in reversed(comment.revisions)]


def delete_note(comment: Comment) -> None:
    """Delete the note with its revisions, tags and any key message pinned from it."""
    db.session.execute(delete(KeyMessage).where(KeyMessage.comment_id == comment.id))
    db.session.delete(comment.feedback)
    db.session.commit()


def may_pin(comment: Comment) -> bool:
    """An urgent-risk note belongs in the urgent review queue, never among the headlines."""
    return comment.risk_level != "urgent"


def pin_note(workshop: Workshop, comment: Comment) -> KeyMessage | None:
    """Make a note a key message (once: pinning it again changes nothing); None when the note
    may not be pinned (``may_pin``)."""
    if not may_pin(comment):
        return None
    existing = db.session.scalar(select(KeyMessage).filter_by(comment_id=comment.id))
    if existing:
        return existing
    message = KeyMessage(workshop_id=workshop.id, comment_id=comment.id, text=comment.text)
    db.session.add(message)
    db.session.commit()
    return message


def unpin_note(comment: Comment) -> None:
    db.session.execute(delete(KeyMessage).where(KeyMessage.comment_id == comment.id))
    db.session.commit()


def pinned_note_ids(workshop: Workshop) -> set[int]:
    return {m.comment_id for m in workshop.key_messages if m.comment_id is not None}


def add_key_message(workshop: Workshop, text: str) -> KeyMessage:
    message = KeyMessage(workshop_id=workshop.id, text=text)
    db.session.add(message)
    db.session.commit()
    return message


def remove_key_message(workshop: Workshop, message_id: int) -> bool:
    """Remove a key message of this workshop; False when there is no such message."""
    result = db.session.execute(
        delete(KeyMessage).where(KeyMessage.id == message_id, KeyMessage.workshop_id == workshop.id)
    )
    db.session.commit()
    return bool(result.rowcount)


def add_action(workshop: Workshop, text: str, owner: str) -> WorkshopAction:
    action = WorkshopAction(workshop_id=workshop.id, text=text, owner=owner)
    db.session.add(action)
    db.session.commit()
    return action


def remove_action(workshop: Workshop, action_id: int) -> bool:
    """Remove an action of this workshop; False when there is no such action."""
    result = db.session.execute(
        delete(WorkshopAction).where(
            WorkshopAction.id == action_id, WorkshopAction.workshop_id == workshop.id
        )
    )
    db.session.commit()
    return bool(result.rowcount)


def workshop_notes(workshop: Workshop, newest_first: bool = False) -> list[Comment]:
    """The workshop's notes with their feedback loaded, in the order they were taken."""
    order = [Feedback.created_at, Comment.id]
    if newest_first:
        order = [column.desc() for column in order]
    query = (
        select(Comment)
        .join(Comment.feedback)
        .where(Feedback.workshop_id == workshop.id)
        .options(contains_eager(Comment.feedback))
        .order_by(*order)
    )
    return list(db.session.scalars(query))


def question_numbers(workshop: Workshop) -> dict[int, int]:
    """Each agenda question's number as people see it (1 for the first), by its id."""
    return {question.id: number for number, question in enumerate(workshop.questions, start=1)}


def notes_by_question(workshop: Workshop, notes: list[Comment]) -> list[NoteGroup]:
    """Every agenda question in order with its notes, then any notes on no question."""
    by_question: dict[int | None, list[Comment]] = {}
    for note in notes:
        by_question.setdefault(note.feedback.workshop_question_id, []).append(note)
    groups = [
        NoteGroup(f"{number}. {question.text}", by_question.get(question.id, []))
        for number, question in enumerate(workshop.questions, start=1)
    ]
    if None in by_question:
        groups.append(NoteGroup("Not about a particular question", by_question[None]))
    return groups


def notes_by_voice(notes: list[Comment]) -> list[NoteGroup]:
    """Each voice heard, in the vocabulary's order, with its notes."""
    by_voice: dict[str, list[Comment]] = {}
    for note in notes:
        by_voice.setdefault(note.feedback.voice, []).append(note)
    return [NoteGroup(label, by_voice[value]) for value, label in VOICES if value in by_voice]


def parse_bulk(
    workshop: Workshop, source: str, content: str, default_voice: str | None
) -> BulkParse:
    """Parse pasted lines (``source`` "paste") or CSV text against this workshop's agenda."""
    questions = [question.text for question in workshop.questions]
    parse = parse_csv if source == "csv" else parse_pasted
    return parse(content, questions, default_voice or None)


def add_bulk_notes(workshop: Workshop, rows: list[BulkRow], author: User) -> list[Comment]:
    """Store every row in one transaction (all or none), then analyse them as one batch.

    A row without its own time is dated at the workshop's start (or now, for a workshop still
    to come), so notes typed up afterwards are counted in the period the workshop took place."""
    default_time = min(as_utc(workshop.starts_at), datetime.now(UTC))
    comments = [
        _new_note(
            workshop,
            text=row.text,
            voice=row.voice,
            question_id=None if row.question is None else workshop.questions[row.question].id,
            group=row.group,
            author_id=author.id,
            taken_at=row.taken_at or default_time,
        )
        for row in rows
    ]
    db.session.commit()
    on_comments_saved(comments)
    return comments
