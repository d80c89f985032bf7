"""PDF reports: a workshop summary, or a report on any dashboard filter, printed by WeasyPrint.

The report is built from the database (``pdf_data`` works out what it says), laid out by the
``templates/reports/pdf`` templates with ``static/reports/print.css``, and written as a tagged
PDF/UA-1 document. Long reports run as background jobs (the ``report`` job handler).
"""

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flask import current_app, render_template
from sqlalchemy import select
from sqlalchemy.orm import contains_eager, selectinload
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from feedback_app.analysis.emerging import emerging_phrases
from feedback_app.analysis.redaction import redact
from feedback_app.extensions import db
from feedback_app.jobs import JobError, JobRun, handler
from feedback_app.models import (
    Comment,
    Feedback,
    Job,
    KeyMessage,
    Taxonomy,
    Workshop,
    WorkshopAction,
)
from feedback_app.reports.charts import months_chart, sparkline, themes_chart
from feedback_app.reports.filters import ReportFilter, long_date, parse_filter
from feedback_app.reports.pdf_data import (
    Chart,
    ReportData,
    ThemeTrend,
    appendix_notes,
    findings,
    printable_text,
    summarise_voices,
    theme_sections,
)
from feedback_app.reports.queries import (
    Summary,
    describe_filter,
    filtered_comments,
    report_taxonomy,
    summary,
    theme_names,
)
from feedback_app.tagging.taxonomies import analysis_taxonomy, latest_version
from feedback_app.workshops.services import UK, uk_time

ROOT = Path(__file__).resolve().parents[2]
PRINT_CSS = ROOT / "static" / "reports" / "print.css"
PDF_VARIANT = "pdf/ua-1"  # tagged, with the document language and title: readable by screen readers

Progress = Callable[[float, str], None]


def gather(f: ReportFilter) -> tuple[Taxonomy, Summary, list[Comment]]:
    """The dashboard's figures for ``f``, and its items loaded with their feedback and tags."""
    taxonomy = report_taxonomy(f.taxonomy_id)
    query = (
        filtered_comments(f, taxonomy.id)
        .options(contains_eager(Comment.feedback), selectinload(Comment.tags))
        .order_by(Feedback.created_at, Comment.id)
    )
    return taxonomy, summary(f), list(db.session.scalars(query).unique())


def workshop_report(workshop_id: int) -> ReportData:
    """The summary of one workshop: who came, what they said, what was agreed."""
    workshop = db.session.get(Workshop, workshop_id)
    if workshop is None:
        raise JobError("That workshop no longer exists.")
    taxonomy, figures, comments = gather(ReportFilter(workshop_id=workshop.id))
    position = {q.id: q.position for q in workshop.questions}
    comments.sort(
        key=lambda c: (position.get(c.feedback.workshop_question_id or 0, len(position)), c.id)
    )
    themes = theme_sections(figures.themes, comments, taxonomy.id)
    people = sum(a.head_count for a in workshop.attendance)
    when = uk_time(workshop.starts_at)
    return ReportData(
        kind="workshop",
        title=workshop.title,
        subtitle="Workshop summary",
        filter_text=f"All notes taken at the workshop on {long_date(when)}.",
        made_at=datetime.now(UK),
        facts=[
            ("Date", f"{when:%A} {long_date(when)}, {when:%H:%M}"),
            ("Venue", workshop.venue + (" (online)" if workshop.online else "")),
            ("People attending", str(people)),
            ("Notes captured", str(len(comments))),
        ],
        items=len(comments),
        attendance=[(a.name, a.head_count) for a in workshop.attendance],
        key_messages=key_messages([workshop.id]),
        themes=themes,
        voices=summarise_voices(comments, taxonomy.id, theme_names(taxonomy)),
        emerging=emerging([printable_text(c) for c in comments], taxonomy),
        actions=actions([workshop.id]),
        appendix=appendix_notes(
            comments, taxonomy.id, theme_names(taxonomy), {q.id: q.text for q in workshop.questions}
        ),
        headline_figures=[
            (str(people), "people took part"),
            (str(len(comments)), "notes captured"),
            (str(len(themes)), "themes raised"),
            (str(len(workshop.actions)), "actions agreed"),
        ],
        findings=findings(themes, len(comments), "note"),
    )


def period_report(f: ReportFilter) -> ReportData:
    """A report on the items a dashboard filter covers, with the dashboard's trend charts."""
    taxonomy, figures, comments = gather(f)
    names = theme_names(taxonomy)
    themes = theme_sections(figures.themes, comments, taxonomy.id)
    workshop_ids = sorted({c.feedback.workshop_id for c in comments if c.feedback.workshop_id})
    workshops = {
        w.id: w for w in db.session.scalars(select(Workshop).where(Workshop.id.in_(workshop_ids)))
    }
    questions = {q.id: q.text for w in workshops.values() for q in w.questions}
    submissions = len({c.feedback_id for c in comments})
    title = "Feedback report"
    if f.date_from and f.date_to:
        title += f": {long_date(f.date_from)} to {long_date(f.date_to)}"
    facts = [
        ("Feedback covered", "; ".join(describe_filter(f))),
        ("Comments", f"{figures.items:,}"),
        ("Submissions", f"{submissions:,}"),
        ("Friends and Family Test", fft_text(figures)),
    ]
    compared_with = None
    previous = figures.previous
    if previous is not None and previous.date_from and previous.date_to:
        compared_with = f"{long_date(previous.date_from)} to {long_date(previous.date_to)}"
        facts.append(("Compared with", f"Feedback received from {compared_with}"))
    charts = []
    if len(figures.months) > 1:
        charts.append(
            Chart("Comments received each month", months_chart(figures, chart_id="pdf-months"))
        )
    if themes:
        charts.append(Chart("Comments by theme", themes_chart(figures, chart_id="pdf-themes")))
    fft = figures.fft_score
    return ReportData(
        kind="period",
        title=title,
        subtitle="Feedback report",
        filter_text="; ".join(describe_filter(f)) + ".",
        made_at=datetime.now(UK),
        facts=facts,
        items=figures.items,
        key_messages=key_messages(workshop_ids),
        themes=themes,
        voices=summarise_voices(comments, taxonomy.id, names),
        emerging=emerging([printable_text(c) for c in comments], taxonomy),
        actions=actions(workshop_ids),
        appendix=appendix_notes(comments, taxonomy.id, names, questions),
        charts=charts,
        trends=theme_trends(figures) if len(figures.months) > 1 else [],
        headline_figures=[
            (
                f"{figures.items:,}",
                "comments" + (f", {figures.items_change.words}" if figures.items_change else ""),
            ),
            (f"{submissions:,}", "submissions"),
            (
                "–" if fft is None else f"{round(100 * fft)}%",
                f"rated the service good or very good ({figures.fft_positive} of "
                f"{figures.fft_rated})",
            ),
            (str(len(themes)), "themes raised"),
        ],
        findings=findings(themes, figures.items, "comment"),
        compared_with=compared_with,
    )


def theme_trends(figures: Summary) -> list[ThemeTrend]:
    """Each theme's items month by month, as a small line with its busiest and latest month."""
    labels = figures.month_labels
    trends = []
    for number, theme in enumerate(t for t in figures.themes if t.count):
        title = f"{theme.name}: items each month"
        chart = sparkline(f"pdf-trend-{number}", title, theme.trend, labels)
        busiest = max(range(len(labels)), key=theme.trend.__getitem__)
        busiest_text = f"{labels[busiest]} ({theme.trend[busiest]})"
        trends.append(ThemeTrend(theme.name, chart, busiest_text, theme.trend[-1]))
    return trends


def fft_text(figures: Summary) -> str:
    if figures.fft_score is None:
        return "No ratings in this feedback"
    return (
        f"{round(100 * figures.fft_score)}% good or very good "
        f"({figures.fft_positive} of {figures.fft_rated} rated)"
    )


def key_messages(workshop_ids: Sequence[int]) -> list[str]:
    """The workshops' key messages, redacted like every other text: a pinned note as the
    analysis redacted it, a facilitator's own words through the same redaction."""
    messages = list(
        db.session.scalars(
            select(KeyMessage)
            .where(KeyMessage.workshop_id.in_(workshop_ids))
            .order_by(KeyMessage.workshop_id, KeyMessage.id)
        )
    )
    pinned_ids = [m.comment_id for m in messages if m.comment_id]
    pinned = {
        c.id: printable_text(c)
        for c in db.session.scalars(select(Comment).where(Comment.id.in_(pinned_ids)))
    }
    return [pinned.get(m.comment_id) or redact(m.text) for m in messages]


def actions(workshop_ids: Sequence[int]) -> list[tuple[str, str]]:
    """The workshops' agreed actions (redacted text, owner)."""
    rows = db.session.scalars(
        select(WorkshopAction)
        .where(WorkshopAction.workshop_id.in_(workshop_ids))
        .order_by(WorkshopAction.workshop_id, WorkshopAction.id)
    )
    return [(redact(a.text), a.owner) for a in rows]


def emerging(texts: Sequence[str], taxonomy: Taxonomy) -> list[tuple[str, int]]:
    """Recurring phrases no theme covers yet: candidates for a new theme."""
    found = emerging_phrases(list(texts), analysis_taxonomy(latest_version(taxonomy)))
    return [(p.phrase, p.count) for p in found]


def render_pdf(report: ReportData, progress: Progress | None = None) -> bytes:
    """Lay the report out and write it as a tagged PDF."""
    html = render_template("reports/pdf/report.html", report=report)
    fonts = FontConfiguration()
    stylesheet = CSS(filename=str(PRINT_CSS), font_config=fonts)
    document = HTML(string=html, base_url=str(ROOT)).render(
        stylesheets=[stylesheet], font_config=fonts
    )
    if progress:
        progress(0.85, f"Writing {len(document.pages)} pages")
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def build_report(params: dict[str, Any]) -> ReportData:
    """The report a job's or command's parameters describe."""
    if params.get("report") == "workshop":
        return workshop_report(int(params["workshop_id"]))
    if params.get("report") == "period":
        return period_report(ReportFilter.from_args(params.get("filter", {})))
    raise JobError("That kind of report does not exist.")


def file_name(report: ReportData) -> str:
    """A readable download name: the title and the day the report was made."""
    slug = re.sub(r"[^a-z0-9]+", "-", report.title.lower()).strip("-")[:60] or "report"
    return f"{slug}-{report.made_at:%Y-%m-%d}.pdf"


def make_pdf(params: dict[str, Any], progress: Progress) -> tuple[ReportData, bytes]:
    """Build and lay out the report ``params`` describe, telling ``progress`` how far it got."""
    progress(0.05, "Gathering the feedback")
    report = build_report(params)
    progress(0.3, f"Laying out {report.items} {report.item_word}s")
    return report, render_pdf(report, progress)


def status_text(job: Job) -> str:
    """What the status page says about a report job."""
    if job.status == "queued":
        return "Waiting to start"
    if job.status == "running":
        return f"{job.message or 'Working'} ({round(100 * job.progress)}%)"
    return job.message or ("Finished" if job.status == "done" else "Failed")


@handler("report")
def report_job(run: JobRun) -> str:
    """Build, lay out and save a report; returns the saved file's path."""
    report, pdf = make_pdf(run.params, run.progress)
    folder = Path(current_app.config["REPORTS_DIR"]) / f"job-{run.id}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name(report)
    path.write_bytes(pdf)
    return str(path)


def period_params(args: Mapping[str, Any]) -> dict[str, Any]:
    """Job parameters for a report on the filter in ``args`` (the dashboard's arguments)."""
    f, _ = parse_filter(args)
    return {
        "report": "period",
        "filter": f.to_args(),
        "description": "Feedback report: " + "; ".join(describe_filter(f)),
    }


def period_params_from(
    start: date, end: date, theme: str | None = None, voice: str | None = None
) -> dict[str, Any]:
    """Job parameters for a report on feedback received from ``start`` to ``end``."""
    f = ReportFilter(date_from=start, date_to=end, theme=theme, voice=voice)
    return period_params(f.to_args())
