"""What a dashboard, export, API call or PDF report covers: one ``ReportFilter``.

Every filter is optional and they all combine (AND). A filter travels as query-string arguments
(``to_args`` / ``from_args``), so a dashboard view, a drill-down link, an export, an API call and
a background report job (whose JSON params are ``to_args()``) all describe the same items.

Arguments (all optional):

    date_from, date_to  ISO dates (YYYY-MM-DD), inclusive, on the day feedback was received
                        (``Feedback.created_at``, UK time), from ``EARLIEST_DATE`` to a year
                        from today (so a chart never has a column for every month of centuries)
    source              a value of ``vocabulary.SOURCES`` (form, workshop, import)
    voice               a value of ``vocabulary.VOICES``
    theme               a theme slug of the taxonomy (a comment has it when a suggested or
                        accepted tag exists; rejected tags never count)
    sentiment           positive, negative, neutral or mixed
    risk                none, mention or urgent
    workshop_id         a workshop's id
    search              free text (PostgreSQL web-search syntax: words, "a phrase", -not)
    taxonomy_id         the taxonomy whose themes count (default: the default taxonomy)

This module never touches the database: names for ``describe`` are passed in.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from feedback_app.vocabulary import SOURCES, VOICES, label_for

SENTIMENTS = [
    ("positive", "Positive"),
    ("neutral", "Neutral"),
    ("mixed", "Mixed"),
    ("negative", "Negative"),
]
RISKS = [("none", "No risk found"), ("mention", "Risk mentioned"), ("urgent", "Urgent risk")]
SEARCH_MAX = 200
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DAYS_AHEAD = 365
MAX_ID = 2**31 - 1  # the largest integer id the databases store
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")

CHOICES: dict[str, list[tuple[str, str]]] = {
    "source": SOURCES,
    "voice": VOICES,
    "sentiment": SENTIMENTS,
    "risk": RISKS,
}


@dataclass(frozen=True)
class ReportFilter:
    """Which items (comments) a report covers. Immutable: use ``replace`` to change one part."""

    date_from: date | None = None
    date_to: date | None = None
    source: str | None = None
    voice: str | None = None
    theme: str | None = None
    sentiment: str | None = None
    risk: str | None = None
    workshop_id: int | None = None
    search: str | None = None
    taxonomy_id: int | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> "ReportFilter":
        """The filter the arguments describe, ignoring any argument it cannot use."""
        return parse_filter(args)[0]

    def to_args(self) -> dict[str, str]:
        """The set filters as strings (query-string arguments, or JSON job params)."""
        return {
            name: value.isoformat() if isinstance(value, date) else str(value)
            for name, value in asdict(self).items()
            if value is not None
        }

    def query_string(self) -> str:
        """``to_args`` URL-encoded (no leading ``?``)."""
        return urlencode(self.to_args())

    def replace(self, **changes: Any) -> "ReportFilter":
        """A copy with some filters changed (``None`` removes one)."""
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return not self.to_args()

    @property
    def needs_comment_match(self) -> bool:
        """True when the filter looks inside comments (theme, sentiment, risk, search), not
        only at the submission (dates, source, voice, workshop)."""
        return any((self.theme, self.sentiment, self.risk, self.search))

    def previous_period(self) -> "ReportFilter | None":
        """The same filter on the period just before, of the same length; None without both dates.

        Whole calendar months (1 April to 30 June) step back by the same number of months
        (1 January to 31 March); any other range steps back by the same number of days.
        """
        if self.date_from is None or self.date_to is None or self.date_to < self.date_from:
            return None
        if self.date_from.day == 1 and (self.date_to + timedelta(days=1)).day == 1:
            months = month_index(self.date_to) - month_index(self.date_from) + 1
            start = month_start(month_index(self.date_from) - months)
            return self.replace(date_from=start, date_to=self.date_from - timedelta(days=1))
        days = (self.date_to - self.date_from).days + 1
        return self.replace(
            date_from=self.date_from - timedelta(days=days),
            date_to=self.date_from - timedelta(days=1),
        )

    def describe(
        self,
        theme_names: Mapping[str, str] | None = None,
        workshop_title: str | None = None,
        taxonomy_name: str | None = None,
    ) -> list[str]:
        """One plain-English line per filter set, for printing on a report ("Voice: Police")."""
        lines = []
        if self.date_from and self.date_to:
            lines.append(f"Received from {long_date(self.date_from)} to {long_date(self.date_to)}")
        elif self.date_from:
            lines.append(f"Received on or after {long_date(self.date_from)}")
        elif self.date_to:
            lines.append(f"Received on or before {long_date(self.date_to)}")
        for name, heading in (("source", "Source"), ("voice", "Voice")):
            value = getattr(self, name)
            if value:
                lines.append(f"{heading}: {label_for(CHOICES[name], value)}")
        if self.theme:
            lines.append(f"Theme: {(theme_names or {}).get(self.theme, self.theme)}")
        if self.sentiment:
            lines.append(f"Sentiment: {label_for(SENTIMENTS, self.sentiment)}")
        if self.risk:
            lines.append(f"Risk: {label_for(RISKS, self.risk)}")
        if self.workshop_id is not None:
            lines.append(f"Workshop: {workshop_title or f'number {self.workshop_id}'}")
        if self.search:
            lines.append(f"Text contains: “{self.search}”")
        if taxonomy_name:
            lines.append(f"Themes from: {taxonomy_name}")
        return lines


FIELD_NAMES = tuple(f.name for f in fields(ReportFilter))


def parse_filter(args: Mapping[str, Any]) -> tuple[ReportFilter, dict[str, str]]:
    """The filter the arguments describe, and a message for each argument it could not use
    (the other filters still apply). Empty arguments mean "not filtered"."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in FIELD_NAMES:
        raw = args.get(name)
        text = raw.strip() if isinstance(raw, str) else ""
        if not text:
            continue
        try:
            values[name] = PARSERS[name](text)
        except ValueError as error:
            errors[name] = str(error)
    start, end = values.get("date_from"), values.get("date_to")
    if start and end and end < start:
        errors["date_to"] = "The end date must be the same as or after the start date"
        del values["date_to"]
    return ReportFilter(**values), errors


def date_parser(which: str) -> Callable[[str], date]:
    """A parser for the ``which`` date ("start" or "end"), accepting real dates from
    ``EARLIEST_DATE`` to a year from today."""

    def parse(text: str) -> date:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError("Enter a real date, like 2026-04-01") from None
        latest = date.today() + timedelta(days=LATEST_DAYS_AHEAD)
        if day < EARLIEST_DATE:
            raise ValueError(
                f"The {which} date must be the same as or after {long_date(EARLIEST_DATE)}"
            )
        if day > latest:
            raise ValueError(f"The {which} date must be the same as or before {long_date(latest)}")
        return day

    return parse


def parse_id(text: str) -> int:
    if not text.isdecimal() or not 0 < int(text) <= MAX_ID:
        raise ValueError("Choose one from the list")
    return int(text)


def choice_parser(name: str) -> Callable[[str], str]:
    """A parser accepting only the stored values of ``CHOICES[name]``."""
    allowed = {value for value, _ in CHOICES[name]}

    def parse(text: str) -> str:
        if text not in allowed:
            raise ValueError("Choose one from the list")
        return text

    return parse


def parse_theme(text: str) -> str:
    if not SLUG.match(text):
        raise ValueError("Choose a theme from the list")
    return text


def parse_search(text: str) -> str:
    if len(text) > SEARCH_MAX:
        raise ValueError(f"Search for {SEARCH_MAX} characters or fewer")
    return " ".join(text.split())


PARSERS = {
    "date_from": date_parser("start"),
    "date_to": date_parser("end"),
    "source": choice_parser("source"),
    "voice": choice_parser("voice"),
    "theme": parse_theme,
    "sentiment": choice_parser("sentiment"),
    "risk": choice_parser("risk"),
    "workshop_id": parse_id,
    "search": parse_search,
    "taxonomy_id": parse_id,
}


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"
