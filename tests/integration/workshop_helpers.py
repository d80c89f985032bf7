"""Helpers for the workshop tests: posting notes as the capture page does, reading pages."""

import re

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Comment, Workshop
from tests.helpers import csrf_token, get_page

JSON = {"Accept": "application/json"}


def count(model: type) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def capture_url(workshop: Workshop) -> str:
    return f"/staff/workshops/{workshop.id}/capture"


def add_note(client, workshop: Workshop, text: str, voice: str = "patient", **fields: str):
    """Post a note as the capture page's script does (JSON), with the page's CSRF token."""
    token = csrf_token(get_page(client, capture_url(workshop)))
    return client.post(
        f"/staff/workshops/{workshop.id}/notes",
        data={"text": text, "voice": voice, **fields},
        headers={**JSON, "X-CSRFToken": token},
    )


def visible_text(html: str) -> str:
    """The page's words without tags, whitespace collapsed: "Total 13", not the markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def only_note() -> Comment:
    return db.session.scalars(select(Comment)).one()
