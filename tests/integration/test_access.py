"""Every staff route refuses anonymous visitors and users without the right role.

Routes come from the URL map, so a new route cannot slip through untested: a staff view without
``role_required`` fails ``test_every_staff_view_declares_its_roles``.
"""

import re

import pytest
from flask import Flask

from feedback_app import create_app
from feedback_app.models import ROLES
from tests.helpers import csrf_token, get_page

PUBLIC_ENDPOINTS = {"static", "auth.login", "auth.logout", "auth.home"}
PUBLIC_BLUEPRINTS = {"public"}


def staff_routes(app: Flask) -> list[tuple[str, str, str]]:
    """(endpoint, method, url) for every staff route, with 1 for each URL variable."""
    routes = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC_ENDPOINTS or rule.endpoint.split(".")[0] in PUBLIC_BLUEPRINTS:
            continue
        url = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", "1", rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            routes.append((rule.endpoint, method, url))
    return routes


ROUTES = staff_routes(create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"}))


def send(client, method: str, url: str):
    token = csrf_token(get_page(client, "/staff/login"))
    return client.open(url, method=method, data={"csrf_token": token})


def test_there_are_staff_routes_to_check():
    assert len({endpoint for endpoint, _, _ in ROUTES}) >= 1


@pytest.mark.parametrize(("endpoint", "method", "url"), ROUTES)
def test_every_staff_view_declares_its_roles(app, endpoint, method, url):
    roles = getattr(app.view_functions[endpoint], "required_roles", None)
    assert roles, f"{endpoint} has no role_required decorator"
    assert set(roles) <= set(ROLES)


@pytest.mark.parametrize(("endpoint", "method", "url"), ROUTES)
def test_anonymous_visitors_get_nothing_but_the_login_page(client, endpoint, method, url):
    response = send(client, method, url)
    if endpoint.startswith("api."):
        assert response.status_code == 401
    else:
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/staff/login")


@pytest.mark.parametrize(("endpoint", "method", "url"), ROUTES)
def test_users_without_the_role_are_refused(app, client, login, endpoint, method, url):
    allowed = set(app.view_functions[endpoint].required_roles)
    other_roles = sorted(set(ROLES) - allowed)
    if not other_roles:
        pytest.skip(f"every role may use {endpoint}")
    login(*other_roles)
    assert send(client, method, url).status_code == 403
