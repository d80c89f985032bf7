"""Dashboard figures worked out in the database (GROUP BY), never by loading every row.

``filtered_comments(f)`` is the one definition of "the items a filter covers": the drill-down,
exports, API and PDF reports build on it. ``summary(f)`` gives every figure the dashboard shows
in five small aggregate queries (four without a date range).

Counting rules (the reports contract):
- an item is a comment;
- a comment has a theme when a tag of the taxonomy with status suggested or accepted exists for
  it (rejected tags never count; one tag per comment and theme, by the unique constraint);
- the Friends and Family Test score is the share of submissions rated very good or good among
  those rated anything but "don't know". Filters on the submission (dates, source, voice,
  workshop) choose submissions directly, so a rating without free text still counts; filters
  inside comments (theme, sentiment, risk, search) choose the submissions with a matching comment.
- months are the month feedback was received, in UK time on PostgreSQL (UTC on SQLite).
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, case, exists, func, literal_column, select
from sqlalchemy.orm import aliased

from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback, Tag, Taxonomy, Workshop
from feedback_app.reports.filters import ReportFilter, month_index, month_start
from feedback_app.reports.search import search_condition
from feedback_app.tagging.taxonomies import DEFAULT_KEY, default_taxonomy, theme_names
from feedback_app.vocabulary import POSITIVE_RATINGS

OPEN_STATUSES = ("suggested", "accepted")
SENTIMENT_KEYS = ("positive", "neutral", "mixed", "negative", "unknown")
UK = ZoneInfo("Europe/London")


# --- Which taxonomy -------------------------------------------------------------------------------


def report_taxonomy(taxonomy_id: int | None = None) -> Taxonomy:
    """The taxonomy a filter counts themes of: the one chosen, else the default one."""
    if taxonomy_id is not None:
        chosen = db.session.get(Taxonomy, taxonomy_id)
        if chosen is not None:
            return chosen
    found = db.session.scalars(select(Taxonomy).filter_by(key=DEFAULT_KEY)).first()
    return found if found is not None else default_taxonomy()  # which creates the built-in ones


# --- Conditions --------------------------------------------------------------------------------


def uk_midnight(day: date) -> datetime:
    """The start of a UK calendar day, in UTC (SQLite compares stored UTC text)."""
    return datetime.combine(day, time(), tzinfo=UK).astimezone(UTC)


def feedback_conditions(f: ReportFilter) -> list[ColumnElement[bool]]:
    """Conditions on the submission: dates received, source, voice, workshop."""
    conditions: list[ColumnElement[bool]] = []
    if f.date_from:
        conditions.append(Feedback.created_at >= uk_midnight(f.date_from))
    if f.date_to:
        conditions.append(Feedback.created_at < uk_midnight(f.date_to + timedelta(days=1)))
    if f.source:
        conditions.append(Feedback.source == f.source)
    if f.voice:
        conditions.append(Feedback.voice == f.voice)
    if f.workshop_id is not None:
        conditions.append(Feedback.workshop_id == f.workshop_id)
    return conditions


def comment_conditions(f: ReportFilter, taxonomy_id: int) -> list[ColumnElement[bool]]:
    """Conditions inside the comment: theme, sentiment, risk, free-text search."""
    conditions: list[ColumnElement[bool]] = []
    if f.theme:
        chosen = aliased(Tag)  # not correlated with a Tag the outer query may rank
        conditions.append(
            exists().where(
                chosen.comment_id == Comment.id,
                chosen.taxonomy_id == taxonomy_id,
                chosen.theme_slug == f.theme,
                chosen.status.in_(OPEN_STATUSES),
            )
        )
    if f.sentiment:
        conditions.append(Comment.sentiment_label == f.sentiment)
    if f.risk:
        conditions.append(Comment.risk_level == f.risk)
    if f.search:
        conditions.append(search_condition(Comment.text, f.search, dialect_name()))
    return conditions


def dialect_name() -> str:
    return db.session.get_bind().dialect.name


def filtered_comments(f: ReportFilter, taxonomy_id: int | None = None) -> Select[Any]:
    """``select(Comment)`` joined to ``Feedback``, with every filter of ``f`` applied.

    No ordering and no loader options: callers add them (e.g. ``.order_by(...)``,
    ``.options(contains_eager(Comment.feedback), selectinload(Comment.tags))``), or use it as a
    subquery. ``taxonomy_id`` saves a look-up when the caller already has the taxonomy.
    """
    if taxonomy_id is None:
        taxonomy_id = report_taxonomy(f.taxonomy_id).id
    return (
        select(Comment)
        .join(Feedback, Comment.feedback_id == Feedback.id)
        .where(*feedback_conditions(f), *comment_conditions(f, taxonomy_id))
    )


# --- Results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A count against the same count in the previous period."""

    current: int
    previous: int

    @property
    def difference(self) -> int:
        return self.current - self.previous

    @property
    def direction(self) -> str:
        """One of "up", "down" or "same"."""
        return "up" if self.difference > 0 else "down" if self.difference < 0 else "same"

    @property
    def arrow(self) -> str:
        return {"up": "▲", "down": "▼", "same": "="}[self.direction]

    @property
    def percent(self) -> int | None:
        """Percentage change, rounded; None when there was nothing before."""
        return round(100 * self.difference / self.previous) if self.previous else None

    @property
    def text(self) -> str:
        """Short, with the arrow: "▲ 3 (+50%)", "▼ 2 (−20%)", "▲ 4 (new)", "▲ 4 (+<1%)",
        "= no change"."""
        if self.direction == "same":
            return "= no change"
        amount = f"{self.arrow} {abs(self.difference):,}"
        if self.percent is None:
            return f"{amount} (new)"
        sign = "+" if self.difference > 0 else "−"
        return f"{amount} ({sign}{abs(self.percent) or '<1'}%)"

    @property
    def words(self) -> str:
        """For screen readers and print: "up 3 from 6", "down 2 from 10", "no change from 4",
        "none in the period before" ("up 4 from 0" says nothing)."""
        if self.direction == "same":
            return f"no change from {self.previous:,}"
        if self.previous == 0:
            return "none in the period before"
        return f"{self.direction} {abs(self.difference):,} from {self.previous:,}"


@dataclass(frozen=True)
class ThemeCount:
    """One theme over the filtered items."""

    slug: str
    name: str
    count: int
    sentiment: dict[str, int]  # SENTIMENT_KEYS -> items
    trend: tuple[int, ...]  # items per month, aligned with ``Summary.months``
    change: Change | None  # None without a previous period


@dataclass(frozen=True)
class Summary:
    """Every figure the dashboard shows for one filter."""

    filter: ReportFilter
    taxonomy_id: int
    items: int
    sentiment: dict[str, int]  # SENTIMENT_KEYS -> items
    fft_positive: int  # submissions rated very good or good
    fft_rated: int  # submissions rated anything but "don't know"
    months: tuple[str, ...]  # "YYYY-MM", every month of the range, oldest first
    items_by_month: tuple[int, ...]
    themes: tuple[ThemeCount, ...]  # most items first, then by name
    previous: ReportFilter | None  # the period compared with, if any
    items_change: Change | None

    @property
    def fft_score(self) -> float | None:
        """Share (0..1) of rated submissions rated very good or good; None when none rated."""
        return self.fft_positive / self.fft_rated if self.fft_rated else None

    @property
    def month_labels(self) -> tuple[str, ...]:
        return tuple(month_label(m) for m in self.months)


def month_label(month: str) -> str:
    """ "2026-04" -> "Apr 2026"."""
    return f"{date.fromisoformat(month + '-01'):%b %Y}"


def month_expression() -> ColumnElement[str]:
    """The "YYYY-MM" a submission was received in. Constants are literal SQL so that the same
    expression in SELECT and GROUP BY is the same to PostgreSQL."""
    if dialect_name() == "postgresql":
        local = func.timezone(literal_column("'Europe/London'"), Feedback.created_at)
        return func.to_char(local, literal_column("'YYYY-MM'"))
    return func.strftime(literal_column("'%Y-%m'"), Feedback.created_at)


def summary(f: ReportFilter) -> Summary:
    """All the dashboard's figures for ``f``: a handful of GROUP BY queries."""
    taxonomy = report_taxonomy(f.taxonomy_id)
    names = theme_names(taxonomy)
    conditions = [*feedback_conditions(f), *comment_conditions(f, taxonomy.id)]
    month = month_expression()

    items_rows = db.session.execute(
        select(month, Comment.sentiment_label, func.count())
        .select_from(Comment)
        .join(Feedback, Comment.feedback_id == Feedback.id)
        .where(*conditions)
        .group_by(month, Comment.sentiment_label)
    ).all()
    theme_rows = db.session.execute(
        select(Tag.theme_slug, month, Comment.sentiment_label, func.count())
        .select_from(Tag)
        .join(Comment, Tag.comment_id == Comment.id)
        .join(Feedback, Comment.feedback_id == Feedback.id)
        .where(Tag.taxonomy_id == taxonomy.id, Tag.status.in_(OPEN_STATUSES), *conditions)
        .group_by(Tag.theme_slug, month, Comment.sentiment_label)
    ).all()
    fft_positive, fft_rated = fft_counts(f, taxonomy.id)

    months = month_range(f, {row[0] for row in items_rows if row[0]})
    position = {m: i for i, m in enumerate(months)}
    sentiment = dict.fromkeys(SENTIMENT_KEYS, 0)
    by_month = [0] * len(months)
    for row_month, label, count in items_rows:
        sentiment[label if label in sentiment else "unknown"] += count
        if row_month in position:
            by_month[position[row_month]] += count
    items = sum(sentiment.values())

    previous = f.previous_period()
    before: dict[str, int] = {}
    previous_items = 0
    if previous is not None:
        before, previous_items = period_counts(previous, taxonomy.id)
    themes = build_themes(theme_rows, names, position, before, previous is not None)
    return Summary(
        filter=f,
        taxonomy_id=taxonomy.id,
        items=items,
        sentiment=sentiment,
        fft_positive=fft_positive,
        fft_rated=fft_rated,
        months=tuple(months),
        items_by_month=tuple(by_month),
        themes=themes,
        previous=previous,
        items_change=Change(items, previous_items) if previous is not None else None,
    )


def build_themes(
    rows: list[Any],
    names: dict[str, str],
    position: dict[str, int],
    before: dict[str, int],
    compare: bool,
) -> tuple[ThemeCount, ...]:
    """Theme counts from (slug, month, sentiment, count) rows; themes only in the previous
    period are kept (with 0 now), so a theme that stopped being raised shows its fall."""
    counts: dict[str, int] = dict.fromkeys(before, 0)
    splits: dict[str, dict[str, int]] = {}
    trends: dict[str, list[int]] = {}
    for slug, row_month, label, count in rows:
        counts[slug] = counts.get(slug, 0) + count
        split = splits.setdefault(slug, dict.fromkeys(SENTIMENT_KEYS, 0))
        split[label if label in split else "unknown"] += count
        trend = trends.setdefault(slug, [0] * len(position))
        if row_month in position:
            trend[position[row_month]] += count
    themes = [
        ThemeCount(
            slug=slug,
            name=names.get(slug, slug),
            count=count,
            sentiment=splits.get(slug, dict.fromkeys(SENTIMENT_KEYS, 0)),
            trend=tuple(trends.get(slug, [0] * len(position))),
            change=Change(count, before.get(slug, 0)) if compare else None,
        )
        for slug, count in counts.items()
    ]
    themes.sort(key=lambda t: (-t.count, t.name.lower()))
    return tuple(themes)


def fft_counts(f: ReportFilter, taxonomy_id: int) -> tuple[int, int]:
    """(submissions rated very good or good, submissions rated other than don't know)."""
    rated = Feedback.rating.is_not(None) & (Feedback.rating != "dont_know")
    query = select(
        func.count(case((Feedback.rating.in_(POSITIVE_RATINGS), 1))), func.count()
    ).where(rated, *feedback_conditions(f))
    if f.needs_comment_match:
        matching = select(Comment.feedback_id).where(*comment_conditions(f, taxonomy_id))
        query = query.where(Feedback.id.in_(matching))
    positive, total = db.session.execute(query).one()
    return int(positive), int(total)


def period_counts(f: ReportFilter, taxonomy_id: int) -> tuple[dict[str, int], int]:
    """(items per theme, items) for ``f``: the comparison period's figures."""
    conditions = [*feedback_conditions(f), *comment_conditions(f, taxonomy_id)]
    per_theme = db.session.execute(
        select(Tag.theme_slug, func.count())
        .join(Comment, Tag.comment_id == Comment.id)
        .join(Feedback, Comment.feedback_id == Feedback.id)
        .where(Tag.taxonomy_id == taxonomy_id, Tag.status.in_(OPEN_STATUSES), *conditions)
        .group_by(Tag.theme_slug)
    ).all()
    items = db.session.scalar(
        select(func.count())
        .select_from(Comment)
        .join(Feedback, Comment.feedback_id == Feedback.id)
        .where(*conditions)
    )
    return {slug: count for slug, count in per_theme}, int(items or 0)


def month_range(f: ReportFilter, found: set[str]) -> list[str]:
    """Every month from the filter's start (or the first month with items) to its end (or the
    last month with items), so a month without items shows as 0 rather than disappearing."""
    starts = [month_index(f.date_from)] if f.date_from else []
    ends = [month_index(f.date_to)] if f.date_to else []
    indexes = [month_index(date.fromisoformat(m + "-01")) for m in found]
    first = min(starts or indexes, default=None)
    last = max(ends or indexes, default=None)
    if first is None or last is None or last < first:
        return []
    return [f"{month_start(i):%Y-%m}" for i in range(first, last + 1)]


# --- Describing a filter -----------------------------------------------------------------------


def describe_filter(f: ReportFilter) -> list[str]:
    """``f.describe()`` with theme, workshop and taxonomy names looked up."""
    taxonomy = report_taxonomy(f.taxonomy_id)
    workshop = db.session.get(Workshop, f.workshop_id) if f.workshop_id is not None else None
    return f.describe(
        theme_names(taxonomy),
        workshop.title if workshop else None,
        taxonomy.name if f.taxonomy_id is not None else None,
    ) or ["All feedback"]
