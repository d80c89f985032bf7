"""Review pages for quality leads: urgent risk first, then the tagger's least certain work."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.auth.access import READERS, role_required
from feedback_app.extensions import db
from feedback_app.models import Comment, Tag
from feedback_app.review import bp
from feedback_app.review.services import (
    add_theme,
    decide,
    mark_reviewed,
    mark_risk_handled,
    next_in_queue,
    uncertain_queue,
    urgent_queue,
)
from feedback_app.tagging.highlight import highlight
from feedback_app.tagging.taxonomies import default_taxonomy, theme_names


@bp.route("/")
@role_required(*READERS)
def index() -> str:
    taxonomy = default_taxonomy()
    return render_template(
        "review/index.html",
        urgent=urgent_queue(),
        uncertain=uncertain_queue(taxonomy),
        names=theme_names(taxonomy),
    )


@bp.route("/<int:comment_id>")
@role_required(*READERS)
def item(comment_id: int) -> str:
    comment = db.get_or_404(Comment, comment_id)
    taxonomy = default_taxonomy()
    tags = [t for t in comment.tags if t.taxonomy_id == taxonomy.id]
    evidence = [phrase for t in tags if t.status != "rejected" for phrase in t.evidence]
    names = theme_names(taxonomy)
    tagged = {t.theme_slug for t in tags}
    return render_template(
        "review/item.html",
        comment=comment,
        text=highlight(comment.text, evidence),
        tags=tags,
        names=names,
        missing=[(slug, name) for slug, name in names.items() if slug not in tagged],
    )


def own_tag(comment_id: int, tag_id: int) -> Tag:
    tag = db.get_or_404(Tag, tag_id)
    if tag.comment_id != comment_id:
        abort(404)
    return tag


@bp.post("/<int:comment_id>/tags/<int:tag_id>/accept", defaults={"decision": "accepted"})
@bp.post("/<int:comment_id>/tags/<int:tag_id>/reject", defaults={"decision": "rejected"})
@role_required(*READERS)
def decide_tag(comment_id: int, tag_id: int, decision: str) -> Response:
    decide(own_tag(comment_id, tag_id), decision, current_user.id)
    return redirect(url_for("review.item", comment_id=comment_id, _anchor="themes"))


@bp.post("/<int:comment_id>/tags")
@role_required(*READERS)
def add_tag(comment_id: int) -> Response:
    comment = db.get_or_404(Comment, comment_id)
    try:
        add_theme(comment, default_taxonomy(), request.form.get("theme", ""), current_user.id)
    except ValueError:
        flash("Choose a theme to add.", "error")
    return redirect(url_for("review.item", comment_id=comment_id, _anchor="themes"))


@bp.post("/<int:comment_id>/done")
@role_required(*READERS)
def done(comment_id: int) -> Response:
    comment = db.get_or_404(Comment, comment_id)
    mark_reviewed(comment, current_user.id)
    following = next_in_queue(default_taxonomy(), comment)
    if following is None:
        flash("Nothing left to review. Every comment in the queue has been reviewed.", "info")
        return redirect(url_for("review.index"))
    return redirect(url_for("review.item", comment_id=following.id))


@bp.post("/<int:comment_id>/risk-handled")
@role_required(*READERS)
def risk_handled(comment_id: int) -> Response:
    mark_risk_handled(db.get_or_404(Comment, comment_id), current_user.id)
    flash("Marked as followed up.", "info")
    return redirect(url_for("review.item", comment_id=comment_id))
