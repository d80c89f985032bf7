"""Taxonomies in the admin pages: the built-in ones, editing themes as new versions, switching
frameworks on and off, and importing and exporting codebooks."""

import io
import re

import pytest
from flask import g
from sqlalchemy import select

from feedback_app import jobs
from feedback_app.analysis import analyse
from feedback_app.extensions import db
from feedback_app.models import Job, Taxonomy
from feedback_app.tagging.pipeline import analyse_comments
from feedback_app.tagging.taxonomies import analysis_taxonomy, latest_version
from tests.conftest import PASSWORD
from tests.factories import add_comment, make_feedback
from tests.helpers import check_page, csrf_token, get_page, post_form

BASE = "/staff/admin/taxonomies"


def taxonomy(key: str) -> Taxonomy:
    db.session.expire_all()
    return db.session.scalars(select(Taxonomy).filter_by(key=key)).one()


def theme_of(key: str, slug: str) -> dict:
    return next(t for t in latest_version(taxonomy(key)).definition["themes"] if t["slug"] == slug)


def upload(client, url: str, data: dict, filename: str, content: bytes, form_url: str):
    token = csrf_token(get_page(client, form_url))
    files = {"codebook": (io.BytesIO(content), filename)}
    return client.post(
        url, data={"csrf_token": token, **data, **files}, content_type="multipart/form-data"
    )


def confirm(client, preview_html: str, url: str):
    token = re.search(r'name="token" value="([^"]+)"', preview_html).group(1)
    return client.post(url, data={"csrf_token": csrf_token(preview_html), "token": token})


def test_the_built_in_taxonomies_are_loaded_on_first_visit(client, login):
    login("admin")
    html = get_page(client, BASE)
    assert "Ambulance mental health themes" in html
    assert "NHS FFT QDC framework (v7)" in html
    assert taxonomy("ambulance-mh").enabled is True
    assert taxonomy("qdc-v7").enabled is False
    slugs = {t["slug"] for t in latest_version(taxonomy("ambulance-mh")).definition["themes"]}
    assert {"out-of-hours", "police-partnership", "ed-conveyance"} <= slugs


def test_changing_a_theme_saves_a_new_version_and_keeps_the_old_one(client, login):
    me = login("admin")
    url = f"{BASE}/ambulance-mh/themes/out-of-hours"
    html = get_page(client, url)
    assert "Out" in html and "Save as a new version" in html
    before = theme_of("ambulance-mh", "out-of-hours")
    response = post_form(
        client,
        url,
        {
            "name": "Nights and weekends",
            "description": "Help at night, at weekends and on bank holidays.",
            "category": "Access",
            "phrases": "at night\n\nweekend\nWeekend\nbank holiday",
            "exclusions": "night shift staff",
        },
    )
    assert response.status_code == 302
    item = taxonomy("ambulance-mh")
    assert [v.number for v in item.versions] == [1, 2]
    changed = theme_of("ambulance-mh", "out-of-hours")
    assert changed["name"] == "Nights and weekends"
    assert changed["category"] == "Access"
    assert changed["phrases"] == ["at night", "weekend", "bank holiday"]
    assert changed["exclusions"] == ["night shift staff"]
    old = next(t for t in item.versions[0].definition["themes"] if t["slug"] == "out-of-hours")
    assert old == before
    history = get_page(client, f"{BASE}/ambulance-mh")
    assert "Changed the theme" in history
    assert me.email in history
    assert "Shipped with the service" in history


def test_an_admin_adds_a_theme(client, login):
    login("admin")
    response = post_form(
        client,
        f"{BASE}/ambulance-mh/themes/new",
        {"name": "Transport home", "description": "Getting home after being seen.", "phrases": ""},
    )
    assert response.status_code == 302
    added = theme_of("ambulance-mh", "transport-home")
    assert added["name"] == "Transport home"
    assert latest_version(taxonomy("ambulance-mh")).number == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "description": "Something"}, "Enter the theme&#39;s name"),
        ({"name": "Something", "description": ""}, "Describe what the theme covers"),
        ({"name": "out-of-hours", "description": "x"}, "There is already a theme called"),
        (
            {"name": "Something", "description": "x", "phrases": "late\n!?\nwaited"},
            "Line 2, “!?”, has no words to match",
        ),
        (
            {"name": "Something", "description": "x", "exclusions": "..."},
            "Line 1, “...”, has no words to match",
        ),
    ],
)
def test_a_theme_change_says_what_is_wrong_and_saves_nothing(client, login, data, message):
    login("admin")
    get_page(client, BASE)
    name = theme_of("ambulance-mh", "out-of-hours")["name"]
    data = {**data, "name": name if data["name"] == "out-of-hours" else data["name"]}
    html = check_page(post_form(client, f"{BASE}/ambulance-mh/themes/new", data))
    assert "There is a problem" in html
    assert message in html
    assert latest_version(taxonomy("ambulance-mh")).number == 1


def test_theme_text_is_escaped(client, login):
    login("admin")
    post_form(
        client,
        f"{BASE}/ambulance-mh/themes/new",
        {"name": "<script>alert(1)</script>", "description": "<b>bold</b>"},
    )
    html = get_page(client, f"{BASE}/ambulance-mh")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html


def test_an_unknown_theme_or_taxonomy_is_not_found(client, login):
    login("admin")
    get_page(client, BASE)
    assert client.get(f"{BASE}/ambulance-mh/themes/no-such-theme").status_code == 404
    assert client.get(f"{BASE}/no-such-taxonomy").status_code == 404


def test_a_team_switches_to_the_national_framework_but_keeps_one_on(client, login):
    login("admin")
    get_page(client, BASE)
    assert post_form(client, f"{BASE}/qdc-v7/switch-on", {}, form_url=BASE).status_code == 302
    assert taxonomy("qdc-v7").enabled
    post_form(client, f"{BASE}/ambulance-mh/switch-off", {}, form_url=BASE)
    assert not taxonomy("ambulance-mh").enabled
    refused = post_form(client, f"{BASE}/qdc-v7/switch-off", {}, form_url=BASE)
    assert taxonomy("qdc-v7").enabled
    assert "Switch another taxonomy on" in check_page(client.get(refused.headers["Location"]))


def test_with_two_frameworks_on_a_comment_gets_the_themes_of_both(client, login):
    login("admin")
    get_page(client, BASE)
    post_form(client, f"{BASE}/qdc-v7/switch-on", {}, form_url=BASE)
    text = (
        "Thank you, the care was fantastic and everything was well organised, "
        "though we waited five hours for the ambulance."
    )
    comment = add_comment(make_feedback(), text, unredacted=True)
    analyse_comments([comment])
    for key, expected in (
        ("ambulance-mh", analyse(text, question_type="nonspecific").themes),
        ("qdc-v7", analyse(text, analysis_taxonomy(latest_version(taxonomy("qdc-v7")))).themes),
    ):
        tagged = {t.theme_slug for t in comment.tags if t.taxonomy_id == taxonomy(key).id}
        assert tagged == {theme.slug for theme in expected} and tagged
    assert comment.sentiment_label == analyse(text, question_type="nonspecific").sentiment.label
    assert comment.analysed_at is not None


def test_a_switch_needs_the_form_token(client, login):
    login("admin")
    get_page(client, BASE)
    assert client.post(f"{BASE}/qdc-v7/switch-on").status_code == 400
    assert not taxonomy("qdc-v7").enabled


@pytest.mark.parametrize("kind", ["csv", "qdc"])
def test_a_codebook_exported_and_imported_again_has_the_same_themes(client, login, kind):
    login("admin")
    get_page(client, BASE)
    exported = client.get(f"{BASE}/ambulance-mh/export.{kind}")
    assert exported.status_code == 200
    assert f"ambulance-mh-v1.{kind}" in exported.headers["Content-Disposition"]
    preview = upload(
        client,
        f"{BASE}/import",
        {"target": "new", "name": "Our copy"},
        f"codebook.{kind}",
        exported.data,
        form_url=f"{BASE}/import",
    )
    html = check_page(preview)
    assert "Check the themes before importing them" in html
    assert "Response time" in html or "response" in html.lower()
    assert db.session.scalar(select(Taxonomy).filter_by(name="Our copy")) is None
    done = confirm(client, html, f"{BASE}/import/confirm")
    assert done.status_code == 302
    copy = db.session.scalars(select(Taxonomy).filter_by(name="Our copy")).one()
    assert copy.enabled is False
    original = latest_version(taxonomy("ambulance-mh")).definition["themes"]
    imported = latest_version(copy).definition["themes"]
    fields = ("name", "description", "phrases")
    assert [{f: t[f] for f in fields} for t in imported] == [
        {f: t[f] for f in fields} for t in original
    ]


def test_a_codebook_can_be_a_new_version_of_a_taxonomy(client, login):
    login("admin")
    get_page(client, BASE)
    content = b"name,description,phrases\nParking,Finding somewhere to park,car park; parking\n"
    html = check_page(
        upload(
            client,
            f"{BASE}/import",
            {"target": "qdc-v7"},
            "mine.csv",
            content,
            form_url=f"{BASE}/import",
        )
    )
    assert "Parking" in html
    confirm(client, html, f"{BASE}/import/confirm")
    version = latest_version(taxonomy("qdc-v7"))
    assert version.number == 2
    assert [t["name"] for t in version.definition["themes"]] == ["Parking"]


NEW = {"target": "new", "name": "X"}


@pytest.mark.parametrize(
    ("filename", "content", "data", "message"),
    [
        (
            "book.csv",
            b"",
            {"target": "new", "name": "X"},
            "The file cannot be used: the file is empty",
        ),
        (
            "book.csv",
            b"colour\nred\n",
            {"target": "new", "name": "X"},
            "cannot be used: line 1: no theme name column",
        ),
        (
            "book.qdc",
            b"<not xml",
            {"target": "new", "name": "X"},
            "cannot be used: line 1: this is not valid XML",
        ),
        ("book.pdf", b"%PDF", {"target": "new", "name": "X"}, "must be a .csv or .qdc"),
        ("book.csv", b"name\nA\n", {"target": "new", "name": ""}, "Enter a name for the new"),
        (
            "book.csv",
            b"name\nA\n",
            {"target": "new", "name": "ambulance mental health THEMES"},
            "There is already a taxonomy called",
        ),
    ],
)
def test_a_bad_codebook_is_refused_with_a_reason(client, login, filename, content, data, message):
    login("admin")
    get_page(client, BASE)
    before = len(db.session.scalars(select(Taxonomy)).all())
    response = upload(client, f"{BASE}/import", data, filename, content, f"{BASE}/import")
    html = check_page(response)
    assert "There is a problem" in html
    assert message in html
    assert len(db.session.scalars(select(Taxonomy)).all()) == before


def test_an_upload_cannot_be_confirmed_from_another_session(app, client, login, make_user):
    login("admin")
    get_page(client, BASE)
    data = {"target": "new", "name": "Not yours"}
    html = check_page(
        upload(client, f"{BASE}/import", data, "a.csv", b"name\nA\n", f"{BASE}/import")
    )
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    other, intruder = app.test_client(), make_user("admin")
    g.pop("csrf_token", None)
    post_form(other, "/staff/login", {"email": intruder.email, "password": PASSWORD})
    g.pop("csrf_token", None)
    form = get_page(other, f"{BASE}/import")
    response = other.post(
        f"{BASE}/import/confirm", data={"csrf_token": csrf_token(form), "token": token}
    )
    assert response.headers["Location"].endswith(f"{BASE}/import")
    assert db.session.scalar(select(Taxonomy).filter_by(name="Not yours")) is None


def test_after_a_change_the_admin_is_offered_a_reanalysis_that_runs(app, client, login):
    login("admin")
    get_page(client, BASE)
    post_form(
        client,
        f"{BASE}/ambulance-mh/themes/new",
        {"name": "Transport home", "description": "Getting home."},
    )
    html = get_page(client, BASE)
    assert "A taxonomy has changed since feedback was last analysed" in html
    response = post_form(client, "/staff/admin/reanalyse", {}, form_url=BASE)
    assert response.status_code == 302
    jobs.wait(app)
    job = db.session.scalars(select(Job).order_by(Job.id.desc())).first()
    db.session.refresh(job)
    assert (job.kind, job.status) == ("reanalyse", "done")
    assert "A taxonomy has changed" not in get_page(client, BASE)
