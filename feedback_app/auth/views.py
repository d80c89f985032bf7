"""Staff sign-in and sign-out. Attempts are rate-limited per address and per account."""

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import login_user, logout_user
from werkzeug.wrappers import Response

from feedback_app.auth import bp
from feedback_app.auth.access import safe_next
from feedback_app.auth.services import authenticate
from feedback_app.extensions import csrf, limiter
from feedback_app.forms.auth import LoginForm
from feedback_app.navigation import staff_navigation


def attempted_account() -> str:
    return "login:" + request.form.get("email", "").strip().lower()


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per 10 minutes", methods=["POST"])
@limiter.limit("5 per 10 minutes", key_func=attempted_account, methods=["POST"])
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user:
            session.clear()
            session.permanent = True  # expires after PERMANENT_SESSION_LIFETIME without a request
            login_user(user)
            return redirect(safe_next(request.args.get("next")) or url_for("auth.home"))
        form.password.errors = ["Enter a correct email address and password"]
    return render_template("auth/login.html", form=form)


# A POST, so no link or image on another site can sign someone out. The header's sign-out form
# (the design system's) carries no token: the session cookie is SameSite=Lax, so a browser never
# sends it with a POST from another site, and without it there is nothing to sign out.
@bp.post("/logout")
@csrf.exempt
def logout() -> Response:
    logout_user()
    session.clear()
    flash("You have signed out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/")
def home() -> Response:
    """Send each signed-in user to the first page their roles open."""
    links = staff_navigation()
    return redirect(links[0]["href"] if links else url_for("auth.login"))
