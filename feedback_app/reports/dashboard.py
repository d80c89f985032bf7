"""What the dashboard pages need besides the figures: the filter form's choices, the emerging
phrases, and the drill-down links from a theme, a month or a phrase to the matching items."""

import calendar
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import load_only

from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback, Taxonomy, Workshop
from feedback_app.reports.filters import SENTIMENTS, ReportFilter
from feedback_app.reports.pdf import emerging
from feedback_app.reports.pdf_data import printable_text, question_label
from feedback_app.reports.queries import filtered_comments, report_taxonomy, theme_names
from feedback_app.vocabulary import SOURCES, VOICES, label_for

WORKSHOP_CHOICES = 200
EMERGING_SAMPLE = 1000  # the most recent items of a filter read for emerging phrases


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


def recent_emerging(f: ReportFilter) -> list[tuple[str, int]]:
    """(phrase, times used): recurring phrases no theme covers, in the redacted text of the
    ``EMERGING_SAMPLE`` most recent items of ``f`` (so the dashboard stays fast however many
    items the filter covers)."""
    taxonomy = report_taxonomy(f.taxonomy_id)
    recent = (
        filtered_comments(f, taxonomy.id)
        .options(load_only(Comment.text, Comment.redacted))
        .order_by(Feedback.created_at.desc(), Comment.id.desc())
        .limit(EMERGING_SAMPLE)
    )
    return emerging([printable_text(c) for c in db.session.scalars(recent)], taxonomy)


def phrase_filter(f: ReportFilter, phrase: str) -> ReportFilter:
    """``f`` narrowed to the items using ``phrase``, through the free-text search."""
    quoted = '"' + " ".join(phrase.replace('"', " ").split()) + '"'
    return f.replace(search=f"{f.search} {quoted}" if f.search else quoted)


def label_helpers() -> dict[str, Callable[[str | None], str]]:
    """Stored values -> the words people read, for the item templates."""
    return {
        "voice_label": lambda value: label_for(VOICES, value),
        "source_label": lambda value: label_for(SOURCES, value),
        "sentiment_label": lambda value: label_for(SENTIMENTS, value).lower(),
        "question_label": lambda value: question_label(value or ""),
    }
