"""Public pages: thin views that validate a form, call a service and redirect."""

from datetime import date

from flask import redirect, render_template, session, url_for
from werkzeug.wrappers import Response

from feedback_app.extensions import limiter
from feedback_app.forms.public import (
    NOT_SURE,
    PartnerForm,
    PatientCarerForm,
    StaffForm,
    StartForm,
)
from feedback_app.models import Feedback
from feedback_app.public import bp
from feedback_app.public.services import (
    Submission,
    needs_urgent_help,
    organisation_choices,
    save_feedback,
)

FORM_FOR = {
    "patient": ("public.give_feedback", {"audience": "patient"}),
    "carer": ("public.give_feedback", {"audience": "carer"}),
    "staff": ("public.staff_feedback", {}),
    "stakeholder": ("public.partner_feedback", {}),
}
# Saved submissions per address an hour: failed validations do not count, and a ward, a
# police station or a trust may share one address, so the limit only stops floods.
SUBMIT_LIMIT = "30 per hour"


def _saved(response: Response) -> bool:
    return response.status_code == 302  # a saved form redirects to the thank-you page


submit_limit = limiter.limit(SUBMIT_LIMIT, methods=["POST"], deduct_when=_saved)


@bp.route("/", methods=["GET", "POST"])
def start() -> str | Response:
    form = StartForm()
    if form.validate_on_submit():
        endpoint, values = FORM_FOR[form.respondent_type.data]
        return redirect(url_for(endpoint, **values))
    return render_template("public/start.html", form=form)


@bp.route("/feedback/<any(patient, carer):audience>", methods=["GET", "POST"])
@submit_limit
def give_feedback(audience: str) -> str | Response:
    form = PatientCarerForm()
    if form.validate_on_submit():
        month = None if form.month.data == NOT_SURE else date.fromisoformat(form.month.data + "-01")
        submission = Submission(
            respondent_type=audience,
            answers={"went_well": form.went_well.data, "do_better": form.do_better.data},
            consent_to_quote=form.consent_to_quote.data,
            service=form.service.data,
            contact_month=month,
            rating=form.rating.data,
            contact={
                "name": form.contact_name.data or None,
                "email": form.contact_email.data or None,
                "phone": form.contact_phone.data or None,
            },
            consent_to_contact=form.wants_contact.data,
        )
        return thank(save_feedback(submission))
    return render_template("public/patient_carer.html", form=form, audience=audience)


@bp.route("/feedback/staff", methods=["GET", "POST"])
@submit_limit
def staff_feedback() -> str | Response:
    form = StaffForm()
    if form.validate_on_submit():
        submission = Submission(
            respondent_type="staff",
            role=form.staff_role.data,
            answers={"what_helps": form.what_helps.data, "gets_in_way": form.gets_in_way.data},
            consent_to_quote=form.consent_to_quote.data,
        )
        return thank(save_feedback(submission))
    return render_template("public/staff.html", form=form)


@bp.route("/feedback/partner", methods=["GET", "POST"])
@submit_limit
def partner_feedback() -> str | Response:
    form = PartnerForm(organisations=organisation_choices())
    if form.validate_on_submit():
        submission = Submission(
            respondent_type="stakeholder",
            organisation_id=int(form.organisation.data),
            organisation_other=form.organisation_other.data or None,
            role=form.role.data or None,
            answers={"joint_working": form.joint_working.data},
            consent_to_quote=form.consent_to_quote.data,
        )
        return thank(save_feedback(submission))
    return render_template("public/partner.html", form=form)


def thank(feedback: Feedback) -> Response:
    """Post/redirect/get to the thank-you page, which always shows where to get help now,
    first and most prominently when the text suggests the person may be at risk."""
    session["urgent_help"] = needs_urgent_help(feedback)
    return redirect(url_for("public.thank_you"))


@bp.route("/feedback/thank-you")
def thank_you() -> str:
    return render_template("public/thank_you.html", urgent=session.pop("urgent_help", False))


@bp.route("/help-now")
def help_now() -> str:
    return render_template("public/help_now.html")


@bp.route("/privacy")
def privacy() -> str:
    return render_template("public/privacy.html")
