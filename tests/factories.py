"""Test data made directly in the database: feedback, comments with their analysis, tags,
taxonomies and workshops. Nothing here runs the analysis; each test states what it found."""

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from feedback_app.extensions import db
from feedback_app.models import (
    Comment,
    Feedback,
    KeyMessage,
    Tag,
    Taxonomy,
    TaxonomyVersion,
    Workshop,
    WorkshopAction,
    WorkshopAttendance,
    WorkshopQuestion,
)

DEFAULT_KEY = "ambulance-mh"
THEMES = {
    "waiting": "Waiting for a mental health bed",
    "kindness": "Kindness and compassion",
    "out-of-hours": "Out-of-hours access",
    "police": "Police involvement",
}

# A theme given as a slug, or as (slug, confidence, status).
ThemeSpec = str | tuple[str, float, str]


def make_taxonomy(
    themes: dict[str, str] | None = None, key: str = DEFAULT_KEY, name: str | None = None
) -> Taxonomy:
    """A taxonomy with one version holding ``themes`` (slug -> display name)."""
    themes = THEMES if themes is None else themes
    definition = {
        "name": name or "Ambulance mental health themes",
        "version": 1,
        "themes": [
            {"slug": slug, "name": title, "description": "", "phrases": [], "exclusions": []}
            for slug, title in themes.items()
        ],
    }
    taxonomy = Taxonomy(key=key, name=definition["name"], enabled=True)
    taxonomy.versions.append(TaxonomyVersion(number=1, definition=definition))
    db.session.add(taxonomy)
    db.session.commit()
    return taxonomy


def default_taxonomy() -> Taxonomy:
    """The default taxonomy, made with ``THEMES`` if the test has not made it yet."""
    existing = db.session.query(Taxonomy).filter_by(key=DEFAULT_KEY).one_or_none()
    return existing or make_taxonomy()


def make_feedback(
    voice: str = "patient",
    *,
    source: str = "form",
    respondent_type: str | None = None,
    created_at: datetime | None = None,
    consent_to_quote: bool = False,
    rating: str | None = None,
    workshop: Workshop | None = None,
    question: WorkshopQuestion | None = None,
    **fields: Any,
) -> Feedback:
    feedback = Feedback(
        source="workshop" if workshop else source,
        respondent_type=respondent_type
        or (voice if voice in ("patient", "carer", "staff") else "stakeholder"),
        voice=voice,
        created_at=created_at or datetime(2026, 5, 1, 12, tzinfo=UTC),
        consent_to_quote=consent_to_quote,
        rating=rating,
        workshop_id=workshop.id if workshop else None,
        workshop_question_id=question.id if question else None,
        **fields,
    )
    db.session.add(feedback)
    return feedback


def add_comment(
    feedback: Feedback,
    text: str,
    *,
    themes: Iterable[ThemeSpec] = (),
    sentiment: str | None = "neutral",
    redacted: str | None = None,
    unredacted: bool = False,
    risk_level: str = "none",
    question: str = "note",
    question_type: str = "nonspecific",
    taxonomy: Taxonomy | None = None,
) -> Comment:
    """A comment on ``feedback`` with the analysis results given. ``redacted`` defaults to the
    text itself (for texts with no personal details); ``unredacted`` leaves it unset, as before
    the analysis has run."""
    comment = Comment(
        question=question,
        question_type=question_type,
        text=text,
        redacted=None if unredacted else (text if redacted is None else redacted),
        sentiment_label=sentiment,
        sentiment_compound={"positive": 0.6, "negative": -0.6}.get(sentiment or "", 0.0),
        risk_level=risk_level,
    )
    feedback.comments.append(comment)
    taxonomy = taxonomy or default_taxonomy()
    for spec in themes:
        slug, confidence, status = (spec, 0.8, "suggested") if isinstance(spec, str) else spec
        comment.tags.append(
            Tag(taxonomy_id=taxonomy.id, theme_slug=slug, confidence=confidence, status=status)
        )
    db.session.flush()
    return comment


def make_workshop(
    title: str = "Listening event",
    *,
    questions: Iterable[str] = ("What works well?", "What gets in the way?"),
    attendance: Iterable[tuple[str, int]] = (),
    key_messages: Iterable[str] = (),
    actions: Iterable[tuple[str, str]] = (),
    starts_at: datetime | None = None,
    venue: str = "Community hall",
) -> Workshop:
    workshop = Workshop(
        title=title,
        starts_at=starts_at or datetime(2026, 5, 14, 10, tzinfo=UTC),
        venue=venue,
    )
    workshop.questions = [WorkshopQuestion(position=i, text=t) for i, t in enumerate(questions)]
    workshop.attendance = [WorkshopAttendance(name=n, head_count=c) for n, c in attendance]
    workshop.key_messages = [KeyMessage(text=t) for t in key_messages]
    workshop.actions = [WorkshopAction(text=t, owner=o) for t, o in actions]
    db.session.add(workshop)
    db.session.flush()
    return workshop
