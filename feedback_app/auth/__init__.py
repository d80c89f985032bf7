from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/staff")

from feedback_app.auth import views  # noqa: E402,F401
