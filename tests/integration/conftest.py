"""Fixtures shared by the integration tests."""

import pytest

from feedback_app.extensions import db
from feedback_app.models import Workshop
from tests.factories import make_workshop


@pytest.fixture
def workshop() -> Workshop:
    """A workshop with two organisations attending (committed)."""
    workshop = make_workshop(attendance=[("Mind", 4), ("Police", 3)])
    db.session.commit()
    return workshop
