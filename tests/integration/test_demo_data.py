"""`flask demo-data` (run by `make run`): users, the listening workshop and form feedback, once."""

from datetime import UTC, datetime

from sqlalchemy import func, select

from feedback_app.demo import DEMO_USERS
from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback, User, Workshop
from feedback_app.workshops.services import as_utc


def count(column) -> int:
    return db.session.scalar(select(func.count(column)))


def test_demo_data_loads_a_realistic_workshop_and_feedback_once(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["demo-data"])
    assert result.exit_code == 0, result.output
    for email, (_, password) in DEMO_USERS.items():
        assert email in result.output and password in result.output
    assert {u.roles for u in db.session.scalars(select(User))} == {
        "admin",
        "facilitator",
        "quality_lead",
    }

    workshop = db.session.scalars(select(Workshop)).one()
    attending = {group.name for group in workshop.attendance}
    for name in ("MIND", "Samaritans", "Metropolitan Police Service", "NHS England"):
        assert name in attending
    assert len(workshop.questions) >= 3 and workshop.key_messages and workshop.actions
    notes = db.session.scalars(select(Feedback).filter_by(workshop_id=workshop.id)).all()
    assert len(notes) >= 60
    assert all(len(note.comments) == 1 and note.source == "workshop" for note in notes)
    assert {note.workshop_question_id for note in notes} == {q.id for q in workshop.questions}
    assert len({note.voice for note in notes}) >= 6
    assert min(as_utc(note.created_at) for note in notes) == as_utc(workshop.starts_at)

    forms = db.session.scalars(select(Feedback).filter_by(source="form")).all()
    assert len({(f.created_at.year, f.created_at.month) for f in forms}) >= 3
    assert max(as_utc(f.created_at) for f in forms) <= datetime.now(UTC)
    assert count(Comment.id) == db.session.scalar(
        select(func.count(Comment.id)).where(Comment.analysed_at.is_not(None))
    )

    totals = (count(User.id), count(Feedback.id), count(Comment.id))
    again = runner.invoke(args=["demo-data"])
    assert again.exit_code == 0 and "not loaded again" in again.output
    assert (count(User.id), count(Feedback.id), count(Comment.id)) == totals
