from flask import Blueprint

bp = Blueprint("review", __name__, url_prefix="/staff/review")

from feedback_app.review import views  # noqa: E402,F401
