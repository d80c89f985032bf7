"""Demo data for `make run`: one user per role, a listening workshop and months of form feedback.

Everything goes through the same services as the pages (so it is stored and analysed exactly as
real input would be). Loaded once, into an empty database only. The passwords are for
demonstrations, never production.
"""

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from feedback_app.auth.services import create_user, find_user
from feedback_app.extensions import db
from feedback_app.models import Feedback, Organisation, User
from feedback_app.public.services import Submission, save_feedback
from feedback_app.workshops import services as workshops
from feedback_app.workshops.bulk import BulkRow

CONTENT = Path(__file__).with_name("demo_content.json")
DEMO_USERS = {
    "admin@demo.invalid": (["admin"], "demo-admin-Harbour-61"),
    "facilitator@demo.invalid": (["facilitator"], "demo-facilitator-Kestrel-24"),
    "quality.lead@demo.invalid": (["quality_lead"], "demo-lead-Meadow-83"),
}
# The demo's "went well" and "do better" answers, and the question each form asks for them.
ANSWERS = ("went_well", "do_better")
QUESTION_KEYS = {
    "patient": ("went_well", "do_better"),
    "carer": ("went_well", "do_better"),
    "staff": ("what_helps", "gets_in_way"),
    "stakeholder": ("joint_working", "joint_working"),
}


def database_is_empty() -> bool:
    return not db.session.scalar(select(func.count(Feedback.id)))


def load_demo() -> dict[str, int]:
    """Create the demo users (any already there are kept), the workshop and the feedback."""
    content = json.loads(CONTENT.read_text(encoding="utf-8"))
    users = {
        email: find_user(email) or create_user(email, roles, password)
        for email, (roles, password) in DEMO_USERS.items()
    }
    notes = load_workshop(content["workshop"], users["facilitator@demo.invalid"])
    forms = load_form_feedback(content["form_feedback"])
    return {"users": len(users), "workshop notes": notes, "form feedback": forms}


def load_workshop(data: dict[str, Any], facilitator: User) -> int:
    """The workshop as its facilitator would set it up, its notes a minute apart from the start
    (UK time in the content file), then its key messages and actions."""
    starts = datetime.fromisoformat(data["starts_at"])
    details = workshops.WorkshopDetails(
        title=data["title"],
        starts_on=starts.date(),
        start_time=starts.time(),
        venue=data["venue"],
        online=False,
        attendance=[(o["name"], o["head_count"]) for o in data["organisations"]],
        questions=data["questions"],
    )
    workshop = workshops.create_workshop(details, facilitator)
    first_note_at = workshops.as_utc(workshop.starts_at)
    rows = [
        BulkRow(
            line=number,
            question=note["question"],
            group=note["group"],
            voice=note["voice"],
            text=note["text"],
            taken_at=first_note_at + timedelta(minutes=number),
        )
        for number, note in enumerate(data["notes"])
    ]
    workshops.add_bulk_notes(workshop, rows, facilitator)
    for text in data["key_messages"]:
        workshops.add_key_message(workshop, text)
    for action in data["actions"]:
        workshops.add_action(workshop, action["text"], action["owner"])
    return len(rows)


def load_form_feedback(items: list[dict[str, Any]]) -> int:
    """Each item as its form would save it, dated in the month it describes."""
    organisations = {o.name: o.id for o in db.session.scalars(select(Organisation))}
    for number, item in enumerate(items):
        month = date.fromisoformat(item["month"] + "-01")
        answers: dict[str, str | None] = {}
        for key, field in zip(QUESTION_KEYS[item["respondent_type"]], ANSWERS, strict=True):
            if item.get(field):
                # The partner form asks one question, so its two answers become one.
                answers[key] = f"{answers[key]} {item[field]}" if key in answers else item[field]
        feedback = save_feedback(
            Submission(
                respondent_type=item["respondent_type"],
                answers=answers,
                consent_to_quote=bool(item.get("consent_to_quote")),
                service=item.get("service"),
                contact_month=month,
                rating=item.get("rating"),
                role=item.get("staff_role"),
                organisation_id=organisations.get(item.get("organisation") or ""),
            )
        )
        sent = datetime.combine(month.replace(day=1 + number % 27), time(12), tzinfo=UTC)
        feedback.created_at = min(sent, datetime.now(UTC))
    db.session.commit()
    return len(items)
