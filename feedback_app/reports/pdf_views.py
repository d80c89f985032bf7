"""PDF reports on the web: start a report job, follow its progress, download the PDF."""

from pathlib import Path
from urllib.parse import urlsplit

from flask import abort, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.auth.access import READERS, role_required, safe_next
from feedback_app.extensions import db
from feedback_app.jobs import fail_if_abandoned, submit
from feedback_app.models import Job, Workshop
from feedback_app.reports import bp
from feedback_app.reports.filters import FIELD_NAMES, long_date, parse_filter
from feedback_app.reports.pdf import period_params, status_text
from feedback_app.workshops.services import uk_time

REPORT_JOB = "report"


@bp.route("/workshops/<int:workshop_id>/pdf", methods=["GET", "POST"])
@role_required(*READERS)
def workshop_pdf(workshop_id: int) -> str | Response:
    """GET: what the summary holds, with the button; POST: start making it."""
    workshop = db.get_or_404(Workshop, workshop_id)
    if request.method == "GET":
        return render_template("reports/workshop_pdf.html", workshop=workshop)
    params = {
        "report": "workshop",
        "workshop_id": workshop.id,
        "description": f"Workshop summary: {workshop.title}",
        "back": came_from(),
    }
    job = submit(REPORT_JOB, params, current_user.id)
    return redirect(url_for("reports.job_status", job_id=job.id))


@bp.post("/pdf")
@role_required(*READERS)
def period_pdf() -> Response:
    if parse_filter(request.form)[1]:  # a filter it cannot use: the dashboard says which
        args = {name: request.form[name] for name in FIELD_NAMES if request.form.get(name)}
        return redirect(url_for("reports.dashboard", **args))
    params = {**period_params(request.form), "back": came_from()}
    job = submit(REPORT_JOB, params, current_user.id)
    return redirect(url_for("reports.job_status", job_id=job.id))


def came_from() -> str | None:
    """The page the button was on (a path on this site only), for the status page's back link."""
    return safe_next(urlsplit(request.referrer or "").path or None)


def report_job_or_404(job_id: int) -> Job:
    job = db.get_or_404(Job, job_id)
    if job.kind != REPORT_JOB:
        abort(404)
    fail_if_abandoned(job)
    return job


@bp.get("/jobs/<int:job_id>")
@role_required(*READERS)
def job_status(job_id: int) -> str:
    job = report_job_or_404(job_id)
    started = uk_time(job.created_at)
    headings = {"done": "Your report is ready", "failed": "Your report could not be made"}
    return render_template(
        "reports/job.html",
        job=job,
        heading=headings.get(job.status, "Making your report"),
        description=job.params.get("description", "Report"),
        status_text=status_text(job),
        started=f"{long_date(started)} at {started:%H:%M}",
        back_url=job.params.get("back") or url_for("auth.home"),
    )


@bp.get("/jobs/<int:job_id>/status")
@role_required(*READERS)
def job_status_json(job_id: int) -> dict[str, object]:
    job = report_job_or_404(job_id)
    return {
        "status": job.status,
        "progress": round(job.progress, 3),
        "message": status_text(job),
        "download_url": url_for("reports.job_download", job_id=job.id)
        if job.status == "done"
        else None,
    }


@bp.get("/jobs/<int:job_id>/download")
@role_required(*READERS)
def job_download(job_id: int) -> Response:
    job = report_job_or_404(job_id)
    if job.status != "done" or not job.result_path or not Path(job.result_path).is_file():
        abort(404)
    response = send_file(
        job.result_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=Path(job.result_path).name,
        max_age=0,
    )
    response.headers["Cache-Control"] = "no-store"
    return response
