"""Admin pages for accounts and partner organisations: thin views over ``admin.services``."""

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.admin import bp, services
from feedback_app.auth.access import role_required
from feedback_app.auth.services import AccountError, set_password
from feedback_app.extensions import db
from feedback_app.forms.admin import (
    ButtonForm,
    OrganisationForm,
    PasswordForm,
    RolesForm,
    UserForm,
)
from feedback_app.models import Organisation, User
from feedback_app.vocabulary import VOICES
from feedback_app.workshops.services import uk_time

ADMIN = "admin"


@bp.context_processor
def template_helpers() -> dict[str, object]:
    return {"uk_time": uk_time}


@bp.get("/")
@role_required(ADMIN)
def index() -> str:
    return render_template("admin/index.html")


@bp.get("/users")
@role_required(ADMIN)
def users() -> str:
    return render_template(
        "admin/users.html", users=services.list_users(), role_names=services.role_names
    )


@bp.route("/users/new", methods=["GET", "POST"])
@role_required(ADMIN)
def new_user() -> str | Response:
    form = UserForm(roles=services.role_choices())
    if form.validate_on_submit():
        try:
            user = services.add_user(form.email.data, form.roles.data, form.password.data)
        except AccountError as error:
            form.email.errors = [str(error)]
        else:
            flash(f"Account created for {user.email}.", "info")
            return redirect(url_for("admin.users"))
    return render_template("admin/new_user.html", form=form)


def get_user(user_id: int) -> User:
    return db.get_or_404(User, user_id)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@role_required(ADMIN)
def edit_user(user_id: int) -> str | Response:
    user = get_user(user_id)
    form = roles_form(user)
    if form.validate_on_submit():
        try:
            services.change_roles(user, form.roles.data, current_user)
        except AccountError as error:
            form.roles.errors = [str(error)]
        else:
            flash(f"Roles changed for {user.email}.", "info")
            return redirect(url_for("admin.users"))
    return render_edit_user(user, form)


def roles_form(user: User, **kwargs: object) -> RolesForm:
    return RolesForm(roles=services.role_choices(), data={"roles": sorted(user.role_set)}, **kwargs)


def render_edit_user(
    user: User,
    form: RolesForm,
    problem: str | None = None,
    password_form: PasswordForm | None = None,
) -> str:
    """The account page; ``problem`` says why the last action (deactivating) was refused."""
    return render_template(
        "admin/edit_user.html",
        user=user,
        form=form,
        password_form=password_form or PasswordForm(formdata=None),
        problem=problem,
        role_names=services.role_names,
        is_self=user.id == current_user.id,
    )


@bp.post("/users/<int:user_id>/password")
@role_required(ADMIN)
def new_password(user_id: int) -> str | Response:
    user = get_user(user_id)
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            set_password(user, form.password.data)
        except AccountError as error:
            form.password.errors = [str(error)]
        else:
            flash(f"New password set for {user.email}.", "info")
            return redirect(url_for("admin.edit_user", user_id=user.id))
    return render_edit_user(user, roles_form(user, formdata=None), password_form=form)


@bp.post("/users/<int:user_id>/deactivate")
@role_required(ADMIN)
def deactivate_user(user_id: int) -> str | Response:
    return set_active(get_user(user_id), False)


@bp.post("/users/<int:user_id>/reactivate")
@role_required(ADMIN)
def reactivate_user(user_id: int) -> str | Response:
    return set_active(get_user(user_id), True)


def set_active(user: User, active: bool) -> str | Response:
    if not ButtonForm().validate_on_submit():
        abort(400)
    try:
        services.set_active(user, active, current_user)
    except AccountError as error:
        return render_edit_user(user, roles_form(user, formdata=None), str(error))
    done = "reactivated: they can sign in again" if user.active else "deactivated"
    flash(f"The account for {user.email} has been {done}.", "info")
    return redirect(url_for("admin.users"))


@bp.route("/organisations", methods=["GET", "POST"])
@role_required(ADMIN)
def organisations() -> str | Response:
    form = OrganisationForm()
    if form.validate_on_submit():
        try:
            organisation = services.add_organisation(form.name.data, form.voice.data)
        except services.OrganisationError as error:
            form.name.errors = [str(error)]
        else:
            flash(f"{organisation.name} has been added.", "info")
            return redirect(url_for("admin.organisations"))
    return render_template(
        "admin/organisations.html",
        organisations=services.list_organisations(),
        voices=dict(VOICES),
        form=form,
    )


@bp.route("/organisations/<int:organisation_id>", methods=["GET", "POST"])
@role_required(ADMIN)
def edit_organisation(organisation_id: int) -> str | Response:
    organisation = db.get_or_404(Organisation, organisation_id)
    form = OrganisationForm(obj=organisation)
    if form.validate_on_submit():
        old_name = organisation.name
        try:
            services.change_organisation(organisation, form.name.data, form.voice.data)
        except services.OrganisationError as error:
            form.name.errors = [str(error)]
        else:
            flash(f"{old_name} is now {organisation.name}.", "info")
            return redirect(url_for("admin.organisations"))
    return render_template("admin/edit_organisation.html", organisation=organisation, form=form)
