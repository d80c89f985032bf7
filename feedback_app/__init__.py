"""The feedback platform: ``create_app`` builds a configured Flask application."""

import secrets
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template, request
from flask.sessions import SecureCookieSessionInterface
from jinja2 import ChainableUndefined, ChoiceLoader, FileSystemLoader, PackageLoader

from feedback_app.config import load_config
from feedback_app.extensions import csrf, db, limiter, login_manager, migrate
from feedback_app.navigation import account_items, staff_navigation

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_relative_config=True,
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(load_config(app.instance_path, config))
    register_templates(app)
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    register_errorhandlers(app)
    register_security_headers(app)
    app.session_interface = StaticQuietSessionInterface()
    return app


class StaticQuietSessionInterface(SecureCookieSessionInterface):
    """Static files never rewrite the session cookie.

    Refreshing the cookie on every request (for the idle timeout) would let a slow static
    response carry an older session, with an older CSRF token, over the page loaded after it."""

    def should_set_cookie(self, app: Flask, session: Any) -> bool:
        if request.endpoint == "static":
            return False
        return super().should_set_cookie(app, session)


def register_templates(app: Flask) -> None:
    """Our templates first, then the NHS.UK design system's macros (nhsuk-frontend-jinja).

    Autoescape is on for every template: the design system's macros live in ``.jinja`` files,
    which Flask would otherwise render unescaped.
    """
    app.jinja_options = {
        **app.jinja_options,
        "undefined": ChainableUndefined,
        "autoescape": True,
    }
    app.jinja_loader = ChoiceLoader(
        [FileSystemLoader(str(ROOT / "templates")), PackageLoader("nhsuk_frontend_jinja")]
    )

    @app.context_processor
    def template_helpers() -> dict[str, Any]:
        return {
            "csp_nonce": csp_nonce,
            "staff_navigation": staff_navigation,
            "account_items": account_items,
        }


def register_extensions(app: Flask) -> None:
    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)


def register_blueprints(app: Flask) -> None:
    from feedback_app.admin import bp as admin_bp
    from feedback_app.api import bp as api_bp
    from feedback_app.auth import bp as auth_bp
    from feedback_app.public import bp as public_bp
    from feedback_app.reports import bp as reports_bp
    from feedback_app.review import bp as review_bp
    from feedback_app.workshops import bp as workshops_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(review_bp)
    app.register_blueprint(reports_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(workshops_bp)
    app.register_blueprint(admin_bp)


def register_commands(app: Flask) -> None:
    from feedback_app.commands import init_app

    init_app(app)


def register_errorhandlers(app: Flask) -> None:
    def render_error(error: Any) -> tuple[str, int]:
        code = getattr(error, "code", 500)
        return render_template("errors/error.html", code=code, error=error), code

    for code in (400, 401, 403, 404, 405, 413, 429, 500):
        app.register_error_handler(code, render_error)


def csp_nonce() -> str:
    """One random nonce per request, for the design system's inline 'js-enabled' script."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def register_security_headers(app: Flask) -> None:
    @app.after_request
    def set_headers(response: Any) -> Any:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            f"default-src 'self'; img-src 'self' data:; style-src 'self'; "
            f"script-src 'self' 'nonce-{csp_nonce()}'; "
            "frame-ancestors 'none'; form-action 'self'",
        )
        return response
