"""Reports for quality leads: the dashboard, drill-down, exports and PDF reports."""

from flask import Blueprint

bp = Blueprint("reports", __name__, url_prefix="/staff/reports")

from feedback_app.reports import pdf_views, views  # noqa: E402,F401
