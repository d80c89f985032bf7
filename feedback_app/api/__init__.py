"""The JSON API for other tools: the same items and filters as the dashboard, redacted."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api")

from feedback_app.api import views  # noqa: E402,F401
