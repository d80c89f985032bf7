"""Signing in and out, passwords, sessions and the create-user command."""

import pytest
from sqlalchemy import select

from feedback_app.auth.passwords import password_problems
from feedback_app.auth.services import AccountError, create_user
from feedback_app.extensions import db
from feedback_app.models import User
from tests.conftest import PASSWORD
from tests.helpers import get_page, post_form


def test_a_user_signs_in_and_out(client, make_user):
    user = make_user("quality_lead")
    response = post_form(
        client, "/staff/login", {"email": user.email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    with client.session_transaction() as session:
        assert session["_user_id"] == str(user.id)
        assert session.permanent is True
    client.post("/staff/logout")
    with client.session_transaction() as session:
        assert "_user_id" not in session


def test_signing_out_is_a_button_and_a_link_cannot_sign_anyone_out(client, login):
    login("admin")
    html = get_page(client, "/staff/admin/")
    assert 'action="/staff/logout" method="post"' in html
    assert client.get("/staff/logout").status_code == 405  # e.g. an <img> on another site
    with client.session_transaction() as session:
        assert "_user_id" in session
    response = client.post("/staff/logout")
    assert response.headers["Location"] == "/staff/login"
    with client.session_transaction() as session:
        assert "_user_id" not in session


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(client, make_user):
    user = make_user("admin")
    response = post_form(
        client, "/staff/login", {"email": user.email, "password": "wrong-one-1234"}
    )
    assert response.status_code == 200
    assert "Enter a correct email address and password" in response.get_data(as_text=True)
    response = post_form(client, "/staff/login", {"email": "nobody@example.org", "password": "x"})
    assert "Enter a correct email address and password" in response.get_data(as_text=True)


def test_a_disabled_account_cannot_sign_in(client, make_user):
    user = make_user("admin")
    user.active = False
    db.session.commit()
    response = post_form(client, "/staff/login", {"email": user.email, "password": PASSWORD})
    assert response.status_code == 200


@pytest.mark.parametrize("target", ["https://evil.example/x", "//evil.example", "/\\evil.example"])
def test_sign_in_never_redirects_off_site(client, make_user, target):
    user = make_user("admin")
    html = get_page(client, f"/staff/login?next={target}")
    from tests.helpers import csrf_token

    response = client.post(
        f"/staff/login?next={target}",
        data={"csrf_token": csrf_token(html), "email": user.email, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert "evil.example" not in response.headers["Location"]


def test_passwords_are_hashed_with_argon2(make_user):
    user = make_user("facilitator")
    assert user.password_hash.startswith("$argon2")
    assert PASSWORD not in user.password_hash


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short1!", "at least 12 characters"),
        ("password1234", "harder to guess"),
        ("qwertyuiop123", "harder to guess"),
    ],
)
def test_weak_passwords_are_refused(password, problem):
    assert problem in password_problems(password)[0]


def test_a_password_based_on_the_email_is_refused():
    assert password_problems("jane.doe.ambulance", "jane.doe.ambulance@example.org")


def test_a_strong_password_is_accepted():
    assert password_problems(PASSWORD) == []


def test_create_user_rejects_duplicates_and_unknown_roles(app):
    create_user("a@example.org", ["admin"], PASSWORD)
    with pytest.raises(AccountError, match="already exists"):
        create_user("A@example.org", ["admin"], PASSWORD)
    with pytest.raises(AccountError, match="Unknown role"):
        create_user("b@example.org", ["superuser"], PASSWORD)


def test_create_user_command(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["create-user", "Lead@Example.org", "--role", "quality_lead", "--role", "admin"],
        env={"FEEDBACK_USER_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).filter_by(email="lead@example.org"))
    assert user.role_set == {"quality_lead", "admin"}
    result = runner.invoke(
        args=["create-user", "weak@example.org", "--role", "admin"],
        env={"FEEDBACK_USER_PASSWORD": "password"},
    )
    assert result.exit_code != 0
    assert "at least 12 characters" in result.output


def test_login_attempts_are_rate_limited_per_account(migrated_app_with_limits):
    client = migrated_app_with_limits.test_client()
    statuses = []
    for _ in range(7):
        statuses.append(
            post_form(
                client, "/staff/login", {"email": "target@example.org", "password": "guess-123456"}
            ).status_code
        )
    assert statuses[:5] == [200] * 5
    assert statuses[-1] == 429


def test_session_cookie_flags(client, make_user):
    user = make_user("admin")
    response = post_form(client, "/staff/login", {"email": user.email, "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
