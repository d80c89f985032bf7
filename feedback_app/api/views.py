"""``GET /api/items``: the items a dashboard filter covers, a page at a time, as JSON.

Signed-in quality leads and administrators only (the session cookie): 401 when signed out, 403
for another role, both as JSON. Texts are redacted; the original text is never served here.

Arguments: every dashboard filter (see ``reports.filters``), plus ``page`` (1 to 1,000,000) and
``per_page`` (1 to 200, default 50). Unusable arguments give 400 with an ``errors`` object.
The answer: ``{"items": [...], "page", "per_page", "total", "next"}``, ``next`` being the URL of
the next page or null.
"""

from typing import Any

from flask import jsonify, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from feedback_app.api import bp
from feedback_app.auth.access import READERS, role_required
from feedback_app.reports.filters import parse_filter
from feedback_app.reports.items import MAX_PAGE, Item, page_of_items

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200


def json_error(error: HTTPException) -> tuple[Response, int]:
    """Errors as JSON, never the HTML error page."""
    return jsonify({"error": error.name, "status": error.code}), error.code or 500


# By code, not only by class: the app's own handlers for these codes would otherwise win.
for code in (400, 401, 403, 404, 405, 429, 500):
    bp.register_error_handler(code, json_error)
bp.register_error_handler(HTTPException, json_error)


def paging(args: Any) -> tuple[int, int, dict[str, str]]:
    """(page, per_page, errors) from the arguments."""
    errors = {}
    page = whole_number(args.get("page"), 1)
    per_page = whole_number(args.get("per_page"), DEFAULT_PER_PAGE)
    if page is None or not 1 <= page <= MAX_PAGE:
        errors["page"] = f"page must be a whole number from 1 to {MAX_PAGE}"
    if per_page is None or not 1 <= per_page <= MAX_PER_PAGE:
        errors["per_page"] = f"per_page must be a whole number from 1 to {MAX_PER_PAGE}"
    return page or 1, per_page or DEFAULT_PER_PAGE, errors


def whole_number(text: str | None, default: int) -> int | None:
    """``text`` as a whole number, ``default`` when absent, None when it is not one."""
    if text is None or text == "":
        return default
    return int(text) if text.isdecimal() else None


def item_json(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "received": item.received.isoformat(),
        "source": item.source,
        "voice": item.voice,
        "question": item.question,
        "text": item.text,
        "themes": [
            {
                "slug": t.slug,
                "name": t.name,
                "confidence": round(t.confidence, 3),
                "status": t.status,
            }
            for t in item.themes
        ],
        "sentiment": {"label": item.sentiment, "compound": item.sentiment_score},
        "risk": item.risk,
        "workshop_id": item.workshop_id,
    }


@bp.get("/items")
@role_required(*READERS)
def items() -> tuple[Response, int] | Response:
    f, errors = parse_filter(request.args)
    page, per_page, paging_errors = paging(request.args)
    errors.update(paging_errors)
    if errors:
        return jsonify({"error": "Bad Request", "status": 400, "errors": errors}), 400
    found = page_of_items(f, page, per_page)
    following = (
        url_for("api.items", **f.to_args(), page=page + 1, per_page=per_page, _external=True)
        if found.has_next
        else None
    )
    return jsonify(
        {
            "items": [item_json(i) for i in found.items],
            "page": page,
            "per_page": per_page,
            "total": found.total,
            "next": following,
        }
    )
