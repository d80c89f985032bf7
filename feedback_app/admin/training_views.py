"""Admin pages for the trained tagger: labelled data, training, model cards, switching a model
on, re-analysis, and the progress of those background jobs."""

from flask import abort, flash, redirect, render_template, session, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.admin import bp, labelled_data, model_cards, training, uploads
from feedback_app.admin.taxonomy_views import check_button, get_taxonomy, upload_folder
from feedback_app.admin.views import ADMIN
from feedback_app.analysis.labelled import LabelledDataError
from feedback_app.auth.access import role_required
from feedback_app.extensions import db
from feedback_app.forms.admin import LabelledUploadForm, UploadConfirmForm
from feedback_app.models import Job, Taxonomy, TrainedModel
from feedback_app.reports.pdf import status_text
from feedback_app.workshops.services import uk_time

JOB_KINDS = (training.TRAIN_JOB, training.REANALYSE_JOB)


@bp.route("/taxonomies/<key>/labelled", methods=["GET", "POST"])
@role_required(ADMIN)
def labelled_upload(key: str) -> str:
    """Upload labelled data and preview it: nothing is stored until the preview is confirmed."""
    taxonomy = get_taxonomy(key)
    form = LabelledUploadForm()
    if not form.validate_on_submit():
        return render_template("admin/labelled.html", taxonomy=taxonomy, form=form)
    data = form.labelled.data.read()
    try:
        preview = labelled_data.preview(taxonomy, data)
    except LabelledDataError as error:
        form.labelled.errors = [f"The file cannot be used: {error}"]
        return render_template("admin/labelled.html", taxonomy=taxonomy, form=form)
    token = uploads.keep(upload_folder(), data)
    uploads.remember(session, token, {"taxonomy": taxonomy.key})
    return render_template(
        "admin/labelled_preview.html",
        taxonomy=taxonomy,
        preview=preview,
        summary=labelled_data.summarise(taxonomy, preview),
        problems_shown=labelled_data.PROBLEMS_SHOWN,
        confirm=UploadConfirmForm(formdata=None, data={"token": token}),
    )


@bp.post("/taxonomies/<key>/labelled/confirm")
@role_required(ADMIN)
def labelled_confirm(key: str) -> Response:
    taxonomy = get_taxonomy(key)
    form = UploadConfirmForm()
    try:
        if not form.validate_on_submit():
            raise uploads.UploadExpired(form.token.data)
        if uploads.recall(session, form.token.data).get("taxonomy") != taxonomy.key:
            raise uploads.UploadExpired(form.token.data)
        data = uploads.read(upload_folder(), form.token.data)
    except uploads.UploadExpired:
        flash("The upload has expired: upload the file again.", "info")
        return redirect(url_for("admin.labelled_upload", key=taxonomy.key))
    added = labelled_data.store(taxonomy, labelled_data.preview(taxonomy, data))
    uploads.discard(upload_folder(), form.token.data)
    uploads.forget(session, form.token.data)
    texts = "text" if added == 1 else "texts"
    flash(f"{added:,} labelled {texts} added for {taxonomy.name}.", "info")
    return redirect(url_for("admin.taxonomy", key=taxonomy.key, _anchor="tagger"))


@bp.post("/taxonomies/<key>/train")
@role_required(ADMIN)
def train(key: str) -> Response:
    taxonomy = get_taxonomy(key)
    check_button()
    try:
        job = training.start_training(taxonomy, current_user.id)
    except training.TrainingError as error:
        flash(str(error), "info")
        return redirect(url_for("admin.taxonomy", key=taxonomy.key, _anchor="tagger"))
    return redirect(url_for("admin.job", job_id=job.id))


@bp.get("/models/<int:model_id>")
@role_required(ADMIN)
def model_card(model_id: int) -> str:
    model = db.get_or_404(TrainedModel, model_id)
    return render_template(
        "admin/model_card.html",
        model=model,
        taxonomy=db.session.get(Taxonomy, model.taxonomy_id),
        card=model_cards.card_view(model),
        switch_on_problem=training.switch_on_problem(model),
        trusted_f1=model_cards.TRUSTED_F1,
        trusted_support=model_cards.TRUSTED_SUPPORT,
    )


@bp.post("/models/<int:model_id>/switch-on")
@role_required(ADMIN)
def switch_on_model(model_id: int) -> Response:
    model = db.get_or_404(TrainedModel, model_id)
    check_button()
    try:
        job = training.switch_on(model, current_user.id)
    except training.TrainingError as error:
        flash(str(error), "info")
        return redirect(url_for("admin.model_card", model_id=model.id))
    flash(f"Model {model.id} is now in use. All feedback is being analysed again.", "info")
    return redirect(url_for("admin.job", job_id=job.id))


@bp.post("/reanalyse")
@role_required(ADMIN)
def reanalyse() -> Response:
    check_button()
    job = training.start_reanalysis(current_user.id)
    return redirect(url_for("admin.job", job_id=job.id))


def admin_job_or_404(job_id: int) -> Job:
    job = db.get_or_404(Job, job_id)
    if job.kind not in JOB_KINDS:
        abort(404)
    return job


@bp.get("/jobs/<int:job_id>")
@role_required(ADMIN)
def job(job_id: int) -> str:
    item = admin_job_or_404(job_id)
    return render_template(
        "admin/job.html",
        job=item,
        started=uk_time(item.created_at),
        status_text=status_text(item),
        model=training.model_of_job(item),
    )


@bp.get("/jobs/<int:job_id>/status")
@role_required(ADMIN)
def job_status(job_id: int) -> dict[str, object]:
    item = admin_job_or_404(job_id)
    return {
        "status": item.status,
        "progress": round(item.progress, 3),
        "message": status_text(item),
    }
