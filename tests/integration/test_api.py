"""``GET /api/items``: the dashboard's filters as JSON, paginated and redacted; 401 and 403 as
JSON."""

from datetime import UTC, datetime

import pytest

from feedback_app.extensions import db
from tests.factories import add_comment, make_feedback
from tests.integration.report_data import Q2, REDACTED_H1, make_quarters


@pytest.fixture
def quarters(app):
    return make_quarters()


def test_signed_out_gets_401_json(client):
    response = client.get("/api/items")
    assert response.status_code == 401
    assert response.is_json and response.get_json()["status"] == 401


def test_wrong_role_gets_403_json(client, login):
    login("facilitator")
    response = client.get("/api/items")
    assert response.status_code == 403
    assert response.is_json and response.get_json()["error"] == "Forbidden"


@pytest.mark.parametrize("role", ["quality_lead", "admin"])
def test_readers_get_the_filtered_items_redacted(client, login, quarters, role):
    login(role)
    response = client.get("/api/items?" + Q2.replace(theme="kindness").query_string())
    assert response.status_code == 200
    body = response.get_json()
    assert (body["total"], body["page"], body["next"]) == (2, 1, None)
    h1, d1 = body["items"]  # newest first
    assert h1["id"] == quarters.comments["h1"].id and d1["id"] == quarters.comments["d1"].id
    assert h1["text"] == REDACTED_H1
    assert h1["themes"] == [
        {
            "slug": "kindness",
            "name": "Kindness and compassion",
            "confidence": 0.8,
            "status": "suggested",
        }
    ]
    assert h1["sentiment"] == {"label": "positive", "compound": 0.6}
    assert (h1["voice"], h1["source"], h1["risk"]) == ("patient", "form", "none")
    assert h1["received"] == "2026-06-12T12:00:00+00:00"
    assert "Sarah" not in response.get_data(as_text=True)


def test_rejected_themes_are_left_out(client, login, quarters):
    login("quality_lead")
    body = client.get("/api/items?voice=carer&date_from=2026-04-01").get_json()
    [e1] = body["items"]
    assert [t["slug"] for t in e1["themes"]] == ["waiting"]


def test_pagination_follows_next_to_the_end(client, login, app):
    feedback = make_feedback("staff", created_at=datetime(2026, 5, 1, tzinfo=UTC))
    created = [add_comment(feedback, f"Note {n}").id for n in range(7)]
    db.session.commit()
    login("quality_lead")
    url, seen, pages = "/api/items?voice=staff&per_page=3", [], 0
    while url:
        body = client.get(url).get_json()
        assert body["total"] == 7 and body["per_page"] == 3
        seen += [item["id"] for item in body["items"]]
        url, pages = body["next"], pages + 1
    assert pages == 3
    assert seen == sorted(created, reverse=True)


def test_search_through_the_api(client, login, quarters):
    login("quality_lead")
    body = client.get('/api/items?search="mental health bed"').get_json()
    assert [i["id"] for i in body["items"]] == [quarters.comments["b"].id]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("per_page=201", "per_page"),
        ("per_page=0", "per_page"),
        ("page=0", "page"),
        ("page=two", "page"),
        ("voice=martian", "voice"),
        ("date_from=2026-02-31", "date_from"),
        ("date_from=0202-01-01", "date_from"),
        ("date_to=9999-12-31", "date_to"),
        ("page=99999999999999999999", "page"),
        ("page=1000001", "page"),
        ("page=²", "page"),
        ("per_page=²", "per_page"),
    ],
)
def test_unusable_arguments_give_400_json(client, login, query, field):
    login("quality_lead")
    response = client.get("/api/items?" + query)
    assert response.status_code == 400
    assert list(response.get_json()["errors"]) == [field]


def test_a_page_past_the_end_is_empty(client, login, quarters):
    login("quality_lead")
    body = client.get("/api/items?page=1000000").get_json()
    assert body["items"] == [] and body["total"] == 11 and body["next"] is None
