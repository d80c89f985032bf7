"""``flask report ...``: make a PDF report from the command line, with a progress bar.

    flask --app feedback_app report workshop 3 --out summary.pdf
    flask --app feedback_app report period --from 2026-07-01 --to 2026-09-30 \\
        [--theme SLUG] [--voice VOICE] --out q2.pdf
"""

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from feedback_app.jobs import JobError
from feedback_app.reports.filters import parse_filter
from feedback_app.reports.pdf import make_pdf, period_params_from
from feedback_app.reports.queries import report_taxonomy, theme_names
from feedback_app.vocabulary import VOICES

OUT = click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Where to write the PDF.",
)


@click.group("report")
def report_command() -> None:
    """Make PDF reports."""


@report_command.command("workshop")
@click.argument("workshop_id", type=int)
@OUT
def workshop_command(workshop_id: int, out: Path) -> None:
    """The summary of one workshop."""
    write_report({"report": "workshop", "workshop_id": workshop_id}, out)


@report_command.command("period")
@click.option("--from", "start", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--to", "end", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--theme", help="Only feedback with this theme (its slug).")
@click.option("--voice", type=click.Choice([value for value, _ in VOICES]), help="Only this voice.")
@OUT
def period_command(
    start: datetime, end: datetime, theme: str | None, voice: str | None, out: Path
) -> None:
    """All feedback received between two dates (inclusive), optionally one theme or voice."""
    if end < start:
        raise click.BadParameter("--to must not be before --from", param_hint="--to")
    _, errors = parse_filter(
        {"date_from": start.date().isoformat(), "date_to": end.date().isoformat()}
    )
    for name, hint in (("date_from", "--from"), ("date_to", "--to")):
        if name in errors:
            raise click.BadParameter(errors[name], param_hint=hint)
    if theme is not None and theme not in (themes := theme_names(report_taxonomy())):
        known = ", ".join(sorted(themes))
        raise click.BadParameter(f"no theme {theme!r}. Themes: {known}", param_hint="--theme")
    write_report(period_params_from(start.date(), end.date(), theme, voice), out)


def write_report(params: dict[str, Any], out: Path) -> None:
    with click.progressbar(length=100, label="Making the report") as bar:
        done = 0

        def progress(fraction: float, message: str | None = None) -> None:
            nonlocal done
            step = round(fraction * 100) - done
            if step > 0:
                bar.update(step)
                done += step

        try:
            report, pdf = make_pdf(params, progress)
        except JobError as error:
            raise click.ClickException(str(error)) from error
        progress(1.0)
    try:
        out.write_bytes(pdf)
    except OSError as error:
        raise click.ClickException(f"Could not write {out}: {error.strerror}") from error
    click.echo(f"Wrote {out} ({report.items} {report.item_word}s, {len(pdf) // 1024} KB).")
