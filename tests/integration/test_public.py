"""The public feedback forms, through the test client, on the real migrated database."""

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Comment, ContactDetails, Feedback, Organisation
from tests.helpers import csrf_token, get_page, post_form

PATIENT = {"service": "mh_car", "month": "2026-10", "rating": "good"}


def stored() -> list[Feedback]:
    return list(db.session.scalars(select(Feedback)))


@pytest.mark.parametrize(
    ("respondent_type", "form_path"),
    [
        ("patient", "/feedback/patient"),
        ("carer", "/feedback/carer"),
        ("staff", "/feedback/staff"),
        ("stakeholder", "/feedback/partner"),
    ],
)
def test_start_page_routes_to_the_right_form(client, respondent_type, form_path):
    response = post_form(client, "/", {"respondent_type": respondent_type})
    assert response.status_code == 302
    assert response.headers["Location"] == form_path
    assert "<form" in get_page(client, form_path)


def test_start_page_requires_a_choice(client):
    response = post_form(client, "/", {})
    assert response.status_code == 200
    assert "Select who you are" in response.get_data(as_text=True)


def test_patient_feedback_is_stored_anonymously(client):
    response = post_form(
        client,
        "/feedback/patient",
        {**PATIENT, "went_well": "The nurse listened.", "do_better": "", "consent_to_quote": "y"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/feedback/thank-you"
    [feedback] = stored()
    assert (feedback.source, feedback.respondent_type) == ("form", "patient")
    assert feedback.voice == "patient"
    assert feedback.service == "mh_car"
    assert feedback.contact_month.isoformat() == "2026-10-01"
    assert feedback.rating == "good"
    assert feedback.consent_to_quote is True
    assert feedback.contact is None
    assert [(c.question, c.question_type, c.text) for c in feedback.comments] == [
        ("went_well", "what_good", "The nurse listened.")
    ]


def test_carer_feedback_with_contact_details_kept_apart(client):
    response = post_form(
        client,
        "/feedback/carer",
        {
            **PATIENT,
            "month": "not_sure",
            "do_better": "Tell families what happens next.",
            "wants_contact": "y",
            "contact_name": "Alex",
            "contact_email": "alex@example.com",
        },
    )
    assert response.status_code == 302
    [feedback] = stored()
    assert feedback.respondent_type == "carer"
    assert feedback.contact_month is None
    assert feedback.contact.email == "alex@example.com"
    assert feedback.contact.consent_to_contact is True
    assert "alex@example.com" not in " ".join(c.text for c in feedback.comments)


def test_thank_you_page_always_shows_where_to_get_help(client):
    html = get_page(client, "/feedback/thank-you")
    for contact in ("999", "111", "option 2", "116 123"):
        assert contact in html


def test_staff_feedback_needs_a_role_and_an_answer(client):
    response = post_form(client, "/feedback/staff", {"staff_role": "mh_nurse"})
    assert "Answer at least one of the questions" in response.get_data(as_text=True)
    response = post_form(
        client,
        "/feedback/staff",
        {"staff_role": "mh_nurse", "gets_in_way": "The crisis line closes at night."},
    )
    assert response.status_code == 302
    [feedback] = stored()
    assert (feedback.voice, feedback.role) == ("staff", "mh_nurse")
    assert feedback.comments[0].question_type == "could_improve"


def test_partner_feedback_takes_its_voice_from_the_organisation(client):
    police = db.session.scalar(select(Organisation).filter_by(name="Metropolitan Police Service"))
    response = post_form(
        client,
        "/feedback/partner",
        {"organisation": str(police.id), "role": "Sergeant", "joint_working": "The car helps."},
    )
    assert response.status_code == 302
    [feedback] = stored()
    assert (feedback.respondent_type, feedback.voice) == ("stakeholder", "police")
    assert feedback.organisation.name == "Metropolitan Police Service"


def test_partner_choosing_other_must_name_the_organisation(client):
    other = db.session.scalar(select(Organisation).filter_by(name="Other"))
    response = post_form(
        client, "/feedback/partner", {"organisation": str(other.id), "joint_working": "Good."}
    )
    assert "Enter the name of your organisation" in response.get_data(as_text=True)
    assert stored() == []


def test_organisations_added_later_are_listed_before_other(client):
    from feedback_app.public.services import organisation_choices

    db.session.add(Organisation(name="Kent Fire & Rescue Service", voice="other"))
    db.session.commit()
    names = [name for _, name in organisation_choices()]
    assert names[-1] == "Other"
    assert names[-2] == "Kent Fire & Rescue Service"
    assert names[0] == "MIND"  # the seeded ones keep their order


def test_missing_required_fields_show_summary_and_keep_the_text(client):
    text = "They were kind – but we waited 3 hours ✓ 😊"
    response = post_form(client, "/feedback/patient", {"went_well": text})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "There is a problem" in html
    for message in (
        "Select which part of the service you had contact with",
        "Select roughly when this was",
        "Select how your experience was overall",
    ):
        assert message in html
    assert '<a href="#service"' in html
    assert text in html
    assert stored() == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("service", "helicopter", "Not a valid choice"),
        ("rating", "excellent", "Not a valid choice"),
        ("month", "1999-01", "Not a valid choice"),
        ("went_well", "x" * 5001, "5,000 characters or fewer"),
        ("contact_email", "not-an-email", "Enter an email address in the correct format"),
        ("contact_phone", "call me maybe", "Enter a phone number"),
        ("wants_contact", "y", "Enter an email address or phone number"),
    ],
)
def test_bad_input_is_rejected_with_a_clear_message(client, field, value, message):
    data = {**PATIENT, "went_well": "ok", field: value}
    if field in ("contact_email", "contact_phone"):
        data["wants_contact"] = "y"
    response = post_form(client, "/feedback/patient", data)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert stored() == []


def test_contact_details_without_consent_are_not_kept(client):
    response = post_form(
        client, "/feedback/patient", {**PATIENT, "contact_email": "sam@example.com"}
    )
    assert "Tick the box to say you would like us to contact you" in response.get_data(as_text=True)
    assert db.session.scalars(select(ContactDetails)).all() == []


def test_text_of_exactly_the_limit_is_accepted(client):
    response = post_form(client, "/feedback/patient", {**PATIENT, "went_well": "é" * 5000})
    assert response.status_code == 302
    assert stored()[0].comments[0].text == "é" * 5000


def test_direction_override_controls_are_dropped_from_answers(client):
    text = "Call me back \u202eplease\u202c, they were \u2067kind\u2069"
    response = post_form(client, "/feedback/patient", {**PATIENT, "went_well": text})
    assert response.status_code == 302
    assert stored()[0].comments[0].text == "Call me back please, they were kind"


def test_unicode_and_markup_are_stored_as_given_and_rendered_escaped(client):
    text = "<script>alert('x')</script> Diolch 🙏 شكرا"
    post_form(client, "/feedback/patient", {**PATIENT, "went_well": text})
    assert db.session.scalar(select(Comment.text)) == text
    response = post_form(client, "/feedback/patient", {"went_well": text})
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html


@pytest.mark.parametrize("token", [None, "not-a-real-token"])
def test_missing_or_invalid_csrf_token_is_refused(client, token):
    get_page(client, "/feedback/patient")
    data = {**PATIENT, "went_well": "hello"}
    if token:
        data["csrf_token"] = token
    response = client.post("/feedback/patient", data=data)
    assert response.status_code == 400
    assert "Your form session has expired" in response.get_data(as_text=True)
    assert stored() == []


def test_a_token_from_another_session_is_refused(app, client):
    other = app.test_client()
    token = csrf_token(get_page(other, "/feedback/patient"))
    get_page(client, "/feedback/patient")
    response = client.post("/feedback/patient", data={**PATIENT, "csrf_token": token})
    assert response.status_code == 400


def test_pages_send_security_headers(client):
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_only_saved_feedback_counts_towards_the_limit_and_the_limit_page_shows_help(
    migrated_app_with_limits,
):
    from feedback_app.public.views import SUBMIT_LIMIT

    client = migrated_app_with_limits.test_client()
    limit = int(SUBMIT_LIMIT.split()[0])
    for _ in range(limit + 5):  # corrections of a form with errors are never refused
        response = post_form(client, "/feedback/staff", {"staff_role": "mh_nurse"})
        assert response.status_code == 200
    answer = {"staff_role": "mh_nurse", "gets_in_way": "The crisis line closes at night."}
    statuses = [post_form(client, "/feedback/staff", answer).status_code for _ in range(limit)]
    assert statuses == [302] * limit
    refused = post_form(client, "/feedback/staff", answer)
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "We could not send your feedback" in page
    assert "116 123" in page  # where to get help now, as on the form itself
