"""Read a CSV of labelled feedback (text plus its themes) against a taxonomy's theme slugs.

Two layouts are understood:
- one column per theme, holding 1 (or yes, true, x) when the text has the theme and 0 or blank
  when not. A column is a theme column when its header is a known theme (by slug or by name,
  e.g. "Timeliness of care" for ``timeliness-of-care``) or when it holds only such values and at
  least one 1; columns of the second kind that match no theme are reported as unknown themes;
- one label-list column ("labels", "themes", "codes", ...) naming each text's themes, separated
  by ``;`` or ``|``.
The text column is found by its header ("text", "comment", "feedback", "FFT answer", ...).
Optional columns: the question answered (mapped to ``what_good``, ``could_improve`` or
``other``; see ``question_type_of``) and a sentiment (1-5 with 1 very positive, as in the NHS
Friends and Family Test, or positive / neutral / negative; see ``sentiment_of``).

Rows that cannot be used (empty text, a text already seen earlier in the file, a cell that is
not 0/1) are left out and listed in ``problems`` with their line number; labels that match no
theme are dropped from their rows and listed once in ``unknown_themes``. A file that cannot be
read at all raises ``LabelledDataError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from feedback_app.analysis.codebook import CodebookError, decode_csv, header_key, slugify

TEXT_HEADERS = (
    "text", "comment", "comments", "feedback", "feedback text", "comment text", "free text",
    "fft answer", "answer", "response", "improve", "what could be improved",
)  # fmt: skip
LABEL_LIST_HEADERS = ("labels", "label", "themes", "theme", "codes", "code", "tags", "categories")
QUESTION_HEADERS = ("question type", "question", "fft question", "prompt")
SENTIMENT_HEADERS = ("sentiment", "comment sentiment", "sentiment score")
TRUE_VALUES = frozenset({"1", "1.0", "yes", "y", "true", "x"})
FALSE_VALUES = frozenset({"", "0", "0.0", "no", "n", "false", "na", "n/a"})
SENTIMENT_VALUES = {
    **dict.fromkeys(("1", "2", "positive"), "positive"),
    **dict.fromkeys(("3", "neutral", "mixed"), "neutral"),
    **dict.fromkeys(("4", "5", "negative"), "negative"),
}


class LabelledDataError(ValueError):
    """A labelled file that cannot be read at all (not CSV, no text column, no labels)."""


@dataclass(frozen=True)
class LabelledRow:
    line: int  # the row number a spreadsheet shows (the header is row 1)
    text: str
    labels: list[str]  # known theme slugs
    question_type: str | None  # what_good / could_improve / other, or None when not given
    sentiment: str | None = None  # positive / neutral / negative, or None when not given


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


@dataclass
class LabelledFile:
    rows: list[LabelledRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # rows left out, and why
    unknown_themes: list[str] = field(default_factory=list)  # labels matching no theme
    text_column: str = ""
    theme_columns: dict[str, str] = field(default_factory=dict)  # column -> slug or unknown
    label_column: str | None = None  # the label-list column, when the file has one
    question_column: str | None = None
    sentiment_column: str | None = None
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def mapping(self) -> list[tuple[str, str]]:
        """(column, what it was read as) for every column, in a few words each."""
        read_as = {self.text_column: "the feedback text"}
        if self.label_column:
            read_as[self.label_column] = "a list of themes (separated by ; or |)"
        if self.question_column:
            read_as[self.question_column] = "the question answered"
        if self.sentiment_column:
            read_as[self.sentiment_column] = "the sentiment"
        for column, slug in self.theme_columns.items():
            read_as[column] = f"theme {slug} (1 = has it)" if slug else "unknown theme, left out"
        read_as.update((column, "not used") for column in self.ignored_columns)
        return list(read_as.items())


def question_type_of(value: str) -> str | None:
    """ "What could we do better?" -> could_improve; "What was good?" -> what_good; other
    questions -> other; blank -> None."""
    key = header_key(value)
    if not key:
        return None
    if key in {"could improve", "what improve", "improve", "negative"} or any(
        word in key for word in ("improve", "better", "change", "could be")
    ):
        return "could_improve"
    if key in {"what good", "good", "positive"} or any(
        word in key for word in ("good", "went well", "like about", "helps")
    ):
        return "what_good"
    return "other"


def sentiment_of(value: str) -> str | None:
    """1-2 positive, 3 neutral, 4-5 negative (the FFT scale, 1 very good); or the words.
    None when blank; ValueError when not understood."""
    key = value.strip().lower().removesuffix(".0")
    if not key:
        return None
    label = SENTIMENT_VALUES.get(key)
    if label is None:
        raise ValueError(f"the sentiment {value.strip()!r} is not 1-5 or positive/neutral/negative")
    return label


def _claim(headers: list[str], wanted: Iterable[str], taken: set[int]) -> int | None:
    """The first column not yet taken whose header is one of ``wanted`` (now taken)."""
    for spelling in wanted:
        for i, header in enumerate(headers):
            if header == spelling and i not in taken:
                taken.add(i)
                return i
    return None


def _cell(row: list[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) else ""


def read_labelled_csv(data: bytes, known_slugs: Iterable[str]) -> LabelledFile:
    """Read labelled feedback against the taxonomy's theme slugs (see the module docstring)."""
    known = set(known_slugs)
    try:
        rows = decode_csv(data)
    except CodebookError as error:
        raise LabelledDataError(str(error)) from error
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise LabelledDataError("the file is empty or its first line is not a header")
    names = [cell.strip() for cell in rows[0]]
    headers = [header_key(name) for name in names]
    body = rows[1:]
    result = LabelledFile()
    taken: set[int] = set()
    text_at = _claim(headers, TEXT_HEADERS, taken)
    if text_at is None:
        raise LabelledDataError(
            "no text column: name the column of feedback 'text', 'comment' or 'feedback'"
        )
    label_at = _claim(headers, LABEL_LIST_HEADERS, taken)
    question_at = _claim(headers, QUESTION_HEADERS, taken)
    sentiment_at = _claim(headers, SENTIMENT_HEADERS, taken)
    theme_at = {} if label_at is not None else _theme_columns(names, body, known, taken)
    if label_at is None and not theme_at:
        raise LabelledDataError(
            "no themes found: add a column per theme (1 or 0) or a 'labels' column"
        )
    result.text_column = names[text_at]
    result.label_column = names[label_at] if label_at is not None else None
    result.question_column = names[question_at] if question_at is not None else None
    result.sentiment_column = names[sentiment_at] if sentiment_at is not None else None
    result.theme_columns = {names[i]: slug for i, slug in theme_at.items()}
    result.ignored_columns = [
        n for i, n in enumerate(names) if i not in taken and i not in theme_at and n
    ]
    unknown = {names[i] for i, slug in theme_at.items() if not slug}
    first_line_of: dict[str, int] = {}
    for line, row in enumerate(body, start=2):
        if not any(c.strip() for c in row):
            continue
        text = _cell(row, text_at)
        if not text:
            result.problems.append(Problem(line, "the text is empty"))
            continue
        duplicate_of = first_line_of.setdefault(" ".join(text.lower().split()), line)
        if duplicate_of != line:
            result.problems.append(Problem(line, f"the text duplicates line {duplicate_of}"))
            continue
        try:
            if label_at is not None:
                labels = []
                for label in _cell(row, label_at).replace("|", ";").split(";"):
                    slug = _known_slug(label.strip(), known)
                    if slug:
                        labels.append(slug)
                    elif label.strip():
                        unknown.add(label.strip())
            else:
                labels = [
                    slug for i, slug in theme_at.items() if slug and _flag(_cell(row, i), names[i])
                ]
            sentiment = sentiment_of(_cell(row, sentiment_at)) if sentiment_at is not None else None
        except ValueError as error:
            result.problems.append(Problem(line, str(error)))
            continue
        question = question_type_of(_cell(row, question_at)) if question_at is not None else None
        result.rows.append(LabelledRow(line, text, sorted(set(labels)), question, sentiment))
    result.unknown_themes = sorted(unknown)
    return result


def _known_slug(label: str, known: set[str]) -> str | None:
    """The slug a label or column header means: the slug itself or the theme's name."""
    if label in known:
        return label
    slug = slugify(label)
    return slug if slug in known else None


def _flag(value: str, column: str) -> bool:
    key = value.strip().lower()
    if key in TRUE_VALUES:
        return True
    if key in FALSE_VALUES:
        return False
    raise ValueError(f"the value {value.strip()!r} in column {column!r} is not 1 or 0")


def _theme_columns(
    names: list[str], body: list[list[str]], known: set[str], taken: set[int]
) -> dict[int, str]:
    """Column index -> slug ("" for an unknown theme) of the one-column-per-theme layout."""
    columns: dict[int, str] = {}
    for i, name in enumerate(names):
        if i in taken or not name:
            continue
        slug = _known_slug(name, known)
        values = {row[i].strip().lower() for row in body if i < len(row)}
        binary = values <= TRUE_VALUES | FALSE_VALUES and values & TRUE_VALUES
        if slug or binary:
            columns[i] = slug or ""
    return columns
