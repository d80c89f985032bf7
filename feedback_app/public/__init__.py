from flask import Blueprint

bp = Blueprint("public", __name__)

from feedback_app.public import views  # noqa: E402,F401
