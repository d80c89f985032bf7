"""Admin pages for taxonomies: on and off, themes, import and export, re-analysis."""

from pathlib import Path

from flask import abort, current_app, flash, redirect, render_template, session, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from feedback_app.admin import bp, training, uploads
from feedback_app.admin.taxonomies import (
    TaxonomyError,
    ThemeFields,
    check_import_target,
    export_codebook,
    find_theme,
    import_codebook,
    list_taxonomies,
    needs_reanalysis,
    parse_codebook,
    save_theme,
    set_enabled,
    version_authors,
)
from feedback_app.admin.views import ADMIN
from feedback_app.analysis.codebook import CodebookError
from feedback_app.auth.access import role_required
from feedback_app.extensions import db
from feedback_app.forms.admin import ButtonForm, ImportForm, ThemeForm, UploadConfirmForm
from feedback_app.models import Taxonomy
from feedback_app.tagging.taxonomies import ensure_built_in_taxonomies, latest_version


def get_taxonomy(key: str) -> Taxonomy:
    ensure_built_in_taxonomies()
    return db.session.scalar(select(Taxonomy).filter_by(key=key)) or abort(404)


def upload_folder() -> Path:
    return Path(current_app.instance_path) / "uploads"


def check_button() -> None:
    if not ButtonForm().validate_on_submit():
        abort(400)


@bp.get("/taxonomies")
@role_required(ADMIN)
def taxonomies() -> str:
    return render_template(
        "admin/taxonomies.html",
        taxonomies=list_taxonomies(),
        latest_version=latest_version,
        active_models=training.active_models(),
        stale=needs_reanalysis(),
    )


@bp.get("/taxonomies/<key>")
@role_required(ADMIN)
def taxonomy(key: str) -> str:
    item = get_taxonomy(key)
    return render_template(
        "admin/taxonomy.html",
        taxonomy=item,
        version=latest_version(item),
        stale=needs_reanalysis(),
        data=training.data_counts(item),
        models=training.models_of(item),
        authors=version_authors(item),
    )


@bp.post("/taxonomies/<key>/switch-on")
@role_required(ADMIN)
def switch_on(key: str) -> Response:
    return switch(get_taxonomy(key), True)


@bp.post("/taxonomies/<key>/switch-off")
@role_required(ADMIN)
def switch_off(key: str) -> Response:
    return switch(get_taxonomy(key), False)


def switch(item: Taxonomy, enabled: bool) -> Response:
    check_button()
    try:
        set_enabled(item, enabled)
    except TaxonomyError as error:
        flash(str(error), "info")
        return redirect(url_for("admin.taxonomies"))
    state = "on: new feedback is tagged with its themes" if item.enabled else "off"
    flash(f"{item.name} is {state}. Re-analyse all feedback to update earlier feedback.", "info")
    return redirect(url_for("admin.taxonomies"))


@bp.route("/taxonomies/<key>/themes/new", methods=["GET", "POST"])
@bp.route("/taxonomies/<key>/themes/<slug>", methods=["GET", "POST"])
@role_required(ADMIN)
def theme(key: str, slug: str | None = None) -> str | Response:
    item = get_taxonomy(key)
    existing = find_theme(item, slug) if slug else None
    if slug and existing is None:
        abort(404)
    form = ThemeForm(data=theme_form_data(existing) if existing else None)
    if form.validate_on_submit():
        fields = ThemeFields(
            name=form.name.data,
            description=form.description.data,
            category=form.category.data or None,
            phrases=ThemeForm.lines(form.phrases.data),
            exclusions=ThemeForm.lines(form.exclusions.data),
        )
        try:
            version = save_theme(item, slug, fields, current_user.id)
        except TaxonomyError as error:
            form.name.errors = [str(error)]
        else:
            flash(f"Saved as version {version.number} of {item.name}.", "info")
            return redirect(url_for("admin.taxonomy", key=item.key))
    return render_template("admin/theme.html", taxonomy=item, theme=existing, form=form)


def theme_form_data(theme: dict) -> dict[str, str]:
    return {
        "name": theme.get("name", ""),
        "description": theme.get("description", ""),
        "category": theme.get("category") or "",
        "phrases": "\n".join(theme.get("phrases", [])),
        "exclusions": "\n".join(theme.get("exclusions", [])),
    }


@bp.get("/taxonomies/<key>/export.csv", defaults={"kind": "csv"})
@bp.get("/taxonomies/<key>/export.qdc", defaults={"kind": "qdc"})
@role_required(ADMIN)
def export(key: str, kind: str) -> Response:
    content, filename, mimetype = export_codebook(get_taxonomy(key), kind)
    response = current_app.response_class(content, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def import_form() -> ImportForm:
    choices = [(t.key, t.name) for t in list_taxonomies()]
    return ImportForm(taxonomies=choices)


@bp.route("/taxonomies/import", methods=["GET", "POST"])
@role_required(ADMIN)
def import_taxonomy() -> str:
    """Upload a codebook and see its themes: nothing is stored until the preview is confirmed."""
    form = import_form()
    if not form.validate_on_submit():
        return render_template("admin/import.html", form=form)
    data, filename = form.codebook.data.read(), form.codebook.data.filename or ""
    try:
        check_import_target(form.target.data, form.name.data)
    except TaxonomyError as error:
        form.name.errors = [str(error)]
        return render_template("admin/import.html", form=form)
    try:
        parsed = parse_codebook(data, filename)
    except CodebookError as error:
        form.codebook.errors = [f"The file cannot be used: {error}"]
        return render_template("admin/import.html", form=form)
    token = uploads.keep(upload_folder(), data)
    details = {"filename": filename, "target": form.target.data, "name": form.name.data}
    uploads.remember(session, token, details)
    confirm = UploadConfirmForm(formdata=None, data={"token": token})
    return render_template(
        "admin/import_preview.html",
        parsed=parsed,
        confirm=confirm,
        target_label={c.value: c.label for c in form.target.choices}[form.target.data],
        target_is_new=form.target.data == "new",
        filename=filename,
        name=form.name.data,
    )


@bp.post("/taxonomies/import/confirm")
@role_required(ADMIN)
def import_confirm() -> str | Response:
    form = UploadConfirmForm()
    try:
        if not form.validate_on_submit():
            raise uploads.UploadExpired(form.token.data)
        details = uploads.recall(session, form.token.data)
        parsed = parse_codebook(uploads.read(upload_folder(), form.token.data), details["filename"])
        item = import_codebook(parsed, details["target"], details["name"], current_user.id)
    except (uploads.UploadExpired, CodebookError, TaxonomyError) as error:
        problem = str(error) if isinstance(error, TaxonomyError) else None
        flash(problem or "The upload has expired: upload the file again.", "info")
        return redirect(url_for("admin.import_taxonomy"))
    uploads.discard(upload_folder(), form.token.data)
    uploads.forget(session, form.token.data)
    flash(f"Imported as version {latest_version(item).number} of {item.name}.", "info")
    return redirect(url_for("admin.taxonomy", key=item.key))
