"""What the dashboard pages need besides the figures: the filter form's choices, and the
drill-down links from a theme or a month to the matching items."""

import calendar
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Taxonomy, Workshop
from feedback_app.reports.filters import SENTIMENTS, ReportFilter
from feedback_app.reports.pdf_data import question_label
from feedback_app.reports.queries import report_taxonomy, theme_names
from feedback_app.vocabulary import SOURCES, VOICES, label_for

WORKSHOP_CHOICES = 200


def filter_choices(
    f: ReportFilter,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(themes, workshops, taxonomies) as (value, label) pairs for the filter form: the themes
    of the chosen taxonomy by name, the most recent workshops, the enabled taxonomies."""
    names = theme_names(report_taxonomy(f.taxonomy_id))
    themes = sorted(names.items(), key=lambda pair: pair[1].lower())
    workshops = [
        (str(w.id), f"{w.title} ({w.starts_at.day} {w.starts_at:%b %Y})")
        for w in db.session.scalars(
            select(Workshop).order_by(Workshop.starts_at.desc()).limit(WORKSHOP_CHOICES)
        )
    ]
    taxonomies = [
        (str(t.id), t.name)
        for t in db.session.scalars(
            select(Taxonomy).where(Taxonomy.enabled.is_(True)).order_by(Taxonomy.id)
        )
    ]
    return themes, workshops, taxonomies


def month_filter(f: ReportFilter, month: str) -> ReportFilter:
    """``f`` narrowed to one month ("2026-04"), kept inside the dates ``f`` already has."""
    first = date.fromisoformat(month + "-01")
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    start = max(first, f.date_from) if f.date_from else first
    end = min(last, f.date_to) if f.date_to else last
    return f.replace(date_from=start, date_to=end)


def theme_filter(f: ReportFilter, slug: str) -> ReportFilter:
    return f.replace(theme=slug)


def label_helpers() -> dict[str, Callable[[str | None], str]]:
    """Stored values -> the words people read, for the item templates."""
    return {
        "voice_label": lambda value: label_for(VOICES, value),
        "source_label": lambda value: label_for(SOURCES, value),
        "sentiment_label": lambda value: label_for(SENTIMENTS, value).lower(),
        "question_label": lambda value: question_label(value or ""),
    }
