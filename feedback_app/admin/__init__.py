from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/staff/admin")

from feedback_app.admin import (  # noqa: E402,F401
    taxonomy_views,
    training_views,
    views,
)
