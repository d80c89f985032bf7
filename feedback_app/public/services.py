"""Storing feedback from the public forms. Plain functions: no request globals."""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.hooks import on_comments_saved
from feedback_app.models import Comment, ContactDetails, Feedback, Organisation
from feedback_app.vocabulary import QUESTIONS


@dataclass
class Submission:
    """What a person told us, already validated by a form."""

    respondent_type: str
    answers: dict[str, str | None]
    consent_to_quote: bool = False
    service: str | None = None
    contact_month: date | None = None
    rating: str | None = None
    role: str | None = None
    organisation_id: int | None = None
    organisation_other: str | None = None
    contact: dict[str, str | None] = field(default_factory=dict)
    consent_to_contact: bool = False


def organisation_choices() -> list[tuple[str, str]]:
    """Seeded partner organisations, 'Other' last, as (id, name) select choices."""
    organisations = db.session.scalars(select(Organisation).order_by(Organisation.id)).all()
    ordered = sorted(organisations, key=lambda o: o.name == "Other")  # stable: else as added
    return [(str(o.id), o.name) for o in ordered]


def voice_of(submission: Submission) -> str:
    if submission.respondent_type != "stakeholder":
        return submission.respondent_type
    organisation = db.session.get(Organisation, submission.organisation_id)
    return organisation.voice if organisation else "other"


def save_feedback(submission: Submission, source: str = "form") -> Feedback:
    """Store one submission with a comment per non-empty answer, contact details kept apart."""
    feedback = Feedback(
        source=source,
        respondent_type=submission.respondent_type,
        voice=voice_of(submission),
        organisation_id=submission.organisation_id,
        organisation_other=submission.organisation_other,
        role=submission.role,
        service=submission.service,
        contact_month=submission.contact_month,
        rating=submission.rating,
        consent_to_quote=submission.consent_to_quote,
    )
    for question, text in submission.answers.items():
        if text:
            question_type = QUESTIONS[question][1]
            feedback.comments.append(
                Comment(question=question, question_type=question_type, text=text)
            )
    if any(submission.contact.values()):
        feedback.contact = ContactDetails(
            **submission.contact, consent_to_contact=submission.consent_to_contact
        )
    db.session.add(feedback)
    db.session.commit()
    on_comments_saved(feedback.comments)
    return feedback


def needs_urgent_help(feedback: Feedback) -> bool:
    """True when what someone wrote suggests they may be at risk now."""
    return any(comment.risk_level == "urgent" for comment in feedback.comments)
