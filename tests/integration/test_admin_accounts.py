"""Accounts and partner organisations: admins manage them, and cannot lock themselves out."""

import pytest
from flask import g
from sqlalchemy import delete, select

from feedback_app.extensions import db
from feedback_app.models import Organisation, User
from tests.conftest import PASSWORD
from tests.helpers import check_page, get_page, post_form

STRONG = "Paper-Kettle-Orbit-4411"


def user_by_email(email: str) -> User | None:
    db.session.expire_all()
    return db.session.scalar(select(User).filter_by(email=email))


def sign_out(client) -> None:
    client.post("/staff/logout")
    g.pop("csrf_token", None)  # as a new request would (see the ``login`` fixture)


def test_the_accounts_page_lists_users_with_roles_and_status(client, login, make_user):
    login("admin")
    lead = make_user("quality_lead", "facilitator", email="lead@example.org")
    lead.active = False
    db.session.commit()
    html = get_page(client, "/staff/admin/users")
    assert "lead@example.org" in html
    assert "Facilitator, Quality lead" in html
    assert "Deactivated" in html


def test_an_admin_creates_an_account_that_can_sign_in(client, login):
    login("admin")
    response = post_form(
        client,
        "/staff/admin/users/new",
        {"email": "New.Nurse@Example.org", "roles": ["facilitator"], "password": STRONG},
    )
    assert response.status_code == 302
    user = user_by_email("new.nurse@example.org")
    assert user is not None and user.role_set == {"facilitator"}
    sign_out(client)
    signed_in = post_form(
        client, "/staff/login", {"email": "new.nurse@example.org", "password": STRONG}
    )
    assert signed_in.status_code == 302


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "", "roles": ["admin"], "password": STRONG}, "Enter the person&#39;s email"),
        ({"email": "not-an-address", "roles": ["admin"], "password": STRONG}, "like name@"),
        ({"email": "a@example.org", "password": STRONG}, "Select at least one role"),
        ({"email": "a@example.org", "roles": ["root"], "password": STRONG}, "from the list"),
        ({"email": "a@example.org", "roles": ["admin"], "password": "short"}, "at least 12"),
        (
            {"email": "a@example.org", "roles": ["admin"], "password": "password1234"},
            "harder to guess",
        ),
    ],
)
def test_account_creation_says_what_is_wrong(client, login, data, message):
    login("admin")
    response = post_form(client, "/staff/admin/users/new", data)
    assert response.status_code == 200
    html = check_page(response)
    assert "There is a problem" in html
    assert message in html
    assert user_by_email("a@example.org") is None


def test_an_email_address_can_only_have_one_account(client, login, make_user):
    login("admin")
    make_user("facilitator", email="taken@example.org")
    response = post_form(
        client,
        "/staff/admin/users/new",
        {"email": "Taken@example.org", "roles": ["admin"], "password": STRONG},
    )
    assert "already exists" in check_page(response)


def test_an_admin_changes_someone_elses_roles(client, login, make_user):
    login("admin")
    other = make_user("facilitator")
    url = f"/staff/admin/users/{other.id}"
    response = post_form(client, url, {"roles": ["quality_lead", "admin"]})
    assert response.status_code == 302
    assert user_by_email(other.email).role_set == {"quality_lead", "admin"}


def test_an_admin_cannot_remove_their_own_admin_role(client, login):
    me = login("admin", "quality_lead")
    response = post_form(client, f"/staff/admin/users/{me.id}", {"roles": ["quality_lead"]})
    html = check_page(response)
    assert "You cannot remove your own administrator role" in html
    assert user_by_email(me.email).role_set == {"admin", "quality_lead"}


def test_an_admin_deactivates_and_reactivates_an_account(client, login, make_user):
    login("admin")
    other = make_user("facilitator")
    page = f"/staff/admin/users/{other.id}"
    response = post_form(client, f"{page}/deactivate", {}, form_url=page)
    assert response.status_code == 302
    assert user_by_email(other.email).active is False
    sign_out(client)
    refused = post_form(client, "/staff/login", {"email": other.email, "password": PASSWORD})
    assert refused.status_code == 200
    login("admin")
    post_form(client, f"{page}/reactivate", {}, form_url=page)
    assert user_by_email(other.email).active is True


def test_a_deactivated_user_is_signed_out_at_their_next_request(app, client, login):
    me = login("quality_lead", "admin")
    user = user_by_email(me.email)
    user.active = False
    db.session.commit()
    response = client.get("/staff/admin/users")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/login")


def test_an_admin_cannot_deactivate_themself(client, login):
    me = login("admin")
    page = f"/staff/admin/users/{me.id}"
    assert "Deactivate account" not in get_page(client, page)  # not offered, and refused:
    response = post_form(client, f"{page}/deactivate", {}, form_url=page)
    html = check_page(response)
    assert "You cannot deactivate your own account" in html
    assert user_by_email(me.email).active is True


@pytest.fixture
def added_organisations(app):
    """Organisations are seeded rows the test database keeps: remove the ones a test adds."""
    before = set(db.session.scalars(select(Organisation.id)))
    yield
    db.session.execute(delete(Organisation).where(Organisation.id.not_in(before)))
    db.session.commit()


def test_an_admin_adds_a_partner_organisation(client, login, added_organisations):
    login("admin")
    html = get_page(client, "/staff/admin/organisations")
    assert "Samaritans" in html
    response = post_form(
        client,
        "/staff/admin/organisations",
        {"name": "  Street  Triage Team ", "voice": "mh_trust"},
    )
    assert response.status_code == 302
    added = db.session.scalar(select(Organisation).filter_by(name="Street Triage Team"))
    assert added is not None and added.voice == "mh_trust"
    assert "Street Triage Team" in get_page(client, "/staff/admin/organisations")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "voice": "police"}, "Enter the organisation&#39;s name"),
        ({"name": "Coastguard", "voice": ""}, "Select a voice"),
        ({"name": "Coastguard", "voice": "pirates"}, "Select a voice"),
        ({"name": "samaritans", "voice": "charity"}, "Samaritans is already on the list"),
    ],
)
def test_adding_an_organisation_says_what_is_wrong(
    client, login, added_organisations, data, message
):
    login("admin")
    before = db.session.scalar(select(db.func.count(Organisation.id)))
    html = check_page(post_form(client, "/staff/admin/organisations", data))
    assert message in html
    assert db.session.scalar(select(db.func.count(Organisation.id))) == before


def test_an_admin_renames_an_organisation(client, login, added_organisations):
    login("admin")
    organisation = Organisation(name="Crisis Cafe", voice="charity")
    db.session.add(organisation)
    db.session.commit()
    assert 'Change<span class="nhsuk-u-visually-hidden"> Crisis Cafe' in get_page(
        client, "/staff/admin/organisations"
    )
    url = f"/staff/admin/organisations/{organisation.id}"
    response = post_form(client, url, {"name": "Crisis Café Lewisham", "voice": "mh_trust"})
    assert response.status_code == 302
    db.session.expire_all()
    renamed = db.session.get(Organisation, organisation.id)
    assert (renamed.name, renamed.voice) == ("Crisis Café Lewisham", "mh_trust")


def test_an_organisation_cannot_take_another_ones_name(client, login, added_organisations):
    login("admin")
    organisation = Organisation(name="Crisis Cafe", voice="charity")
    db.session.add(organisation)
    db.session.commit()
    url = f"/staff/admin/organisations/{organisation.id}"
    html = check_page(post_form(client, url, {"name": "SAMARITANS", "voice": "charity"}))
    assert "Samaritans is already on the list" in html
    unchanged = post_form(client, url, {"name": "crisis cafe", "voice": "charity"})
    assert unchanged.status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, organisation.id).name == "crisis cafe"


def test_the_admin_pages_are_in_the_navigation_for_admins_only(client, login):
    login("admin")
    assert 'href="/staff/admin/"' in get_page(client, "/staff/admin/users")
    sign_out(client)
    login("quality_lead")
    assert 'href="/staff/admin/"' not in get_page(client, "/staff/review/")


def test_an_admin_sets_a_new_password_for_someone_who_forgot_theirs(app, client, login, make_user):
    from feedback_app.auth.services import authenticate

    lead = make_user("quality_lead")
    login("admin")
    page = f"/staff/admin/users/{lead.id}"
    weak = post_form(client, f"{page}/password", {"password": "password"}, form_url=page)
    html = check_page(weak)
    assert "There is a problem" in html
    assert "at least 12 characters" in html
    assert authenticate(lead.email, PASSWORD) is not None  # unchanged
    new = "Harbour-Lantern-Copper-58"
    response = post_form(client, f"{page}/password", {"password": new}, form_url=page)
    assert response.status_code == 302
    assert f"New password set for {lead.email}" in get_page(client, page)
    assert authenticate(lead.email, new) is not None
    assert authenticate(lead.email, PASSWORD) is None
