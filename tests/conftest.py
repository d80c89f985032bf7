"""Fixtures shared by every test: an app on a freshly migrated database (SQLite or PostgreSQL).

Set DATABASE_URL to a PostgreSQL URL to run the suite there: each run makes its own throwaway
database on that server and drops it at the end.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask, g
from flask.testing import FlaskClient
from flask_migrate import upgrade

from feedback_app import create_app
from feedback_app.config import normalise_database_url
from feedback_app.extensions import db, limiter

# Rows that migrations seed; tests keep them and clear everything else between tests.
SEEDED_TABLES = {"alembic_version", "organisation"}


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = normalise_database_url(os.environ.get("DATABASE_URL", ""))
    if not url.startswith("postgresql"):
        yield "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite3")
        return
    server = sa.make_url(url)
    name = f"feedback_test_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def make_app(database_url: str, **overrides: object) -> Flask:
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "RATELIMIT_ENABLED": False,
        **overrides,
    }
    return create_app(config)


@pytest.fixture(scope="session")
def shared_app(database_url: str) -> Flask:
    """One app per run (templates compile once), on a database migrated as `make run` does."""
    app = make_app(database_url)
    with app.app_context():
        upgrade(directory=str(Path(__file__).resolve().parent.parent / "migrations"))
    return app


@pytest.fixture
def app(shared_app: Flask) -> Iterator[Flask]:
    """The app with a clean database: everything but the seeded rows is deleted afterwards."""
    app = shared_app
    with app.app_context():
        yield app
        db.session.remove()
        with db.engine.begin() as connection:
            for table in reversed(db.metadata.sorted_tables):
                if table.name not in SEEDED_TABLES:
                    connection.execute(table.delete())


@pytest.fixture
def migrated_app_with_limits(app: Flask) -> Iterator[Flask]:
    """A second app on the same clean database, with rate limits on (as in production)."""
    limited = make_app(app.config["SQLALCHEMY_DATABASE_URI"], RATELIMIT_ENABLED=True)
    with limited.app_context():
        yield limited
    # The limiter is one object shared by every app: switch it off again for the other tests.
    limiter.reset()
    limiter.enabled = False


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


PASSWORD = "Correct-Lantern-Staple-77"


@pytest.fixture
def make_user(app: Flask):
    """Create a staff user with the given roles (password: PASSWORD)."""
    from feedback_app.auth.services import create_user

    def make(*roles: str, email: str | None = None):
        return create_user(
            email or f"{'-'.join(roles) or 'none'}-{uuid.uuid4().hex[:6]}@example.org",
            list(roles),
            PASSWORD,
        )

    return make


@pytest.fixture
def login(client: FlaskClient, make_user):
    """Sign the test client in as a new user with ``roles``; returns the user."""
    from tests.helpers import post_form

    def sign_in(*roles: str):
        user = make_user(*roles)
        # Test requests share the test's app context, so `g` keeps the CSRF token of a session
        # that signing in (or an earlier sign-out) cleared: drop it, as a new request would.
        g.pop("csrf_token", None)
        response = post_form(client, "/staff/login", {"email": user.email, "password": PASSWORD})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        g.pop("csrf_token", None)
        return user

    return sign_in
