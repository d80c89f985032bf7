"""The items a filter covers, as people outside the review screen may see them: redacted text,
theme evidence highlighted, one page at a time (drill-down and API) or all of them in batches
(exports)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup
from sqlalchemy import Select, func
from sqlalchemy.orm import contains_eager, selectinload

from feedback_app.extensions import db
from feedback_app.models import Comment, Feedback
from feedback_app.reports.filters import ReportFilter
from feedback_app.reports.pdf_data import printable_text
from feedback_app.reports.queries import (
    OPEN_STATUSES,
    filtered_comments,
    report_taxonomy,
    theme_names,
)
from feedback_app.tagging.highlight import highlight

BATCH = 1000
MAX_PAGE = 1_000_000  # far past any real list, and small enough for the database's OFFSET


@dataclass(frozen=True)
class ItemTheme:
    slug: str
    name: str
    confidence: float
    status: str  # suggested or accepted (rejected tags are left out)
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One comment as shown outside the review screen: ``text`` is redacted."""

    id: int
    received: datetime  # timezone-aware UTC
    source: str
    voice: str
    question: str
    text: str
    themes: tuple[ItemTheme, ...]
    sentiment: str | None
    sentiment_score: float | None
    risk: str
    workshop_id: int | None
    original: str | None = None  # the ORIGINAL text: only in an administrator's export that asked

    def highlighted(self, theme: str | None = None) -> Markup:
        """The redacted text, escaped, with the evidence of ``theme`` (or of every theme) in
        <mark>. Evidence is matched in the redacted text itself, so a phrase holding a removed
        personal detail is simply not found."""
        phrases = [p for t in self.themes if theme in (None, t.slug) for p in t.evidence]
        return highlight(self.text, phrases)


@dataclass(frozen=True)
class ItemPage:
    items: list[Item]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def first_number(self) -> int:
        """The position of the page's first item in the whole list (1-based)."""
        return (self.page - 1) * self.per_page + 1 if self.items else 0


def to_item(
    comment: Comment, taxonomy_id: int, names: dict[str, str], include_original: bool = False
) -> Item:
    feedback = comment.feedback
    themes = tuple(
        ItemTheme(
            tag.theme_slug,
            names.get(tag.theme_slug, tag.theme_slug),
            tag.confidence,
            tag.status,
            tuple(tag.evidence or ()),
        )
        for tag in comment.tags
        if tag.taxonomy_id == taxonomy_id and tag.status in OPEN_STATUSES
    )
    received = feedback.created_at
    return Item(
        id=comment.id,
        received=received if received.tzinfo else received.replace(tzinfo=UTC),
        source=feedback.source,
        voice=feedback.voice,
        question=comment.question,
        text=printable_text(comment),
        themes=themes,
        sentiment=comment.sentiment_label,
        sentiment_score=comment.sentiment_compound,
        risk=comment.risk_level,
        workshop_id=feedback.workshop_id,
        original=comment.text if include_original else None,
    )


def loaded(query: Select[Any]) -> Select[Any]:
    """Newest first, with each comment's submission and tags loaded in the same few queries."""
    return query.options(contains_eager(Comment.feedback), selectinload(Comment.tags)).order_by(
        Feedback.created_at.desc(), Comment.id.desc()
    )


def count_items(f: ReportFilter, taxonomy_id: int) -> int:
    return int(db.session.scalar(filtered_comments(f, taxonomy_id).with_only_columns(func.count())))


def page_of_items(f: ReportFilter, page: int, per_page: int) -> ItemPage:
    """Page ``page`` (from 1 to ``MAX_PAGE``) of the items ``f`` covers, newest first. A page
    past the end is empty (``total`` still says how many there are)."""
    taxonomy = report_taxonomy(f.taxonomy_id)
    names = theme_names(taxonomy)
    total = count_items(f, taxonomy.id)
    query = loaded(filtered_comments(f, taxonomy.id)).limit(per_page).offset((page - 1) * per_page)
    items = [to_item(c, taxonomy.id, names) for c in db.session.scalars(query)]
    return ItemPage(items, page, per_page, total)


def all_items(f: ReportFilter, include_original: bool = False) -> Iterator[Item]:
    """Every item ``f`` covers, newest first, loaded ``BATCH`` at a time (for exports).
    ``include_original`` adds the original text: the caller checks the person may see it."""
    taxonomy = report_taxonomy(f.taxonomy_id)
    names = theme_names(taxonomy)
    query = loaded(filtered_comments(f, taxonomy.id)).execution_options(yield_per=BATCH)
    for comment in db.session.scalars(query):
        yield to_item(comment, taxonomy.id, names, include_original)
