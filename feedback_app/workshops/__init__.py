from flask import Blueprint

bp = Blueprint("workshops", __name__, url_prefix="/staff/workshops")

from feedback_app.workshops import views  # noqa: E402,F401
