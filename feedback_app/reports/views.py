"""The dashboard, its drill-down list of items and the spreadsheet exports (GET only: every
filter is in the query string, so a view can be bookmarked or shared)."""

import logging

from flask import Response, abort, render_template, request, stream_with_context, url_for
from flask_login import current_user

from feedback_app.auth.access import READERS, role_required
from feedback_app.forms.reports import filter_form
from feedback_app.reports import bp
from feedback_app.reports.charts import months_chart, sparkline, themes_chart
from feedback_app.reports.dashboard import (
    EMERGING_SAMPLE,
    filter_choices,
    label_helpers,
    month_filter,
    phrase_filter,
    recent_emerging,
    theme_filter,
)
from feedback_app.reports.exports import csv_chunks, export_name, xlsx_bytes
from feedback_app.reports.filters import ReportFilter, parse_filter
from feedback_app.reports.items import MAX_PAGE, page_of_items
from feedback_app.reports.queries import describe_filter, summary

logger = logging.getLogger(__name__)
PER_PAGE = 25
ORIGINAL_ROLE = "admin"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def items_url(f: ReportFilter) -> str:
    return url_for("reports.items", **f.to_args())


@bp.get("/")
@role_required(*READERS)
def dashboard() -> str:
    f, errors = parse_filter(request.args)
    figures = summary(f)
    return render_template(
        "reports/dashboard.html",
        form=filter_form(request.args, errors, *filter_choices(f)),
        filter=f,
        description=describe_filter(f),
        summary=figures,
        themes_chart=themes_chart(figures, lambda t: items_url(theme_filter(f, t.slug))),
        months_chart=months_chart(figures, lambda m: items_url(month_filter(f, m))),
        sparkline=sparkline,
        items_url=items_url,
        theme_filter=theme_filter,
        month_filter=month_filter,
        may_export_original=current_user.has_role(ORIGINAL_ROLE),
    )


@bp.get("/emerging")
@role_required(*READERS)
def emerging() -> str:
    """Recurring phrases no theme covers: its own page, as finding them reads text (slower
    than the dashboard's counts)."""
    f, _ = parse_filter(request.args)
    return render_template(
        "reports/emerging.html",
        filter=f,
        description=describe_filter(f),
        emerging=recent_emerging(f),
        emerging_sample=EMERGING_SAMPLE,
        phrase_url=lambda phrase: items_url(phrase_filter(f, phrase)),
        dashboard_url=url_for("reports.dashboard", **f.to_args()),
    )


@bp.get("/items")
@role_required(*READERS)
def items() -> str:
    f, errors = parse_filter(request.args)
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), MAX_PAGE)
    return render_template(
        "reports/items.html",
        filter=f,
        errors=errors,
        description=describe_filter(f),
        page=page_of_items(f, page, PER_PAGE),
        dashboard_url=url_for("reports.dashboard", **f.to_args()),
        page_url=lambda number: url_for("reports.items", **f.to_args(), page=number),
        **label_helpers(),
    )


@bp.get("/export.csv", defaults={"extension": "csv"})
@bp.get("/export.xlsx", defaults={"extension": "xlsx"})
@role_required(*READERS)
def export(extension: str) -> Response:
    """The filtered items as a spreadsheet: redacted, or with the original text when an
    administrator ticks "include original text" (anyone else asking gets 403)."""
    f = ReportFilter.from_args(request.args)
    include_original = request.args.get("original") == "y"
    if include_original:
        if not current_user.has_role(ORIGINAL_ROLE):
            abort(403)
        logger.info("Export with original text (%s) by user %s", extension, current_user.id)
    if extension == "csv":
        response = Response(
            stream_with_context(csv_chunks(f, include_original)), mimetype="text/csv"
        )
    else:
        response = Response(xlsx_bytes(f, include_original), mimetype=XLSX)
    name = export_name(extension, include_original)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "no-store"
    return response
