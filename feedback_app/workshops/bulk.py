"""Parse notes typed up after a workshop: pasted lines or a CSV file.

No request or database here, so the preview and the confirm step parse the same text the
same way: the confirm step re-posts the original text and parses it again, never trusting rows
that came back from the browser.

Pasted lines hold just the note, or ``question | group | note`` with an optional fourth column,
the voice. A CSV file needs a header row naming its columns: question, group, voice, text.
"""

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from feedback_app.forms.common import MAX_TEXT
from feedback_app.vocabulary import VOICES

MAX_GROUP = 80
MAX_ROWS = 2000
CSV_COLUMNS = ("question", "group", "voice", "text")
PASTE_COLUMNS = "1 (the note), 3 (question | group | note) or 4 (question | group | note | voice)"
_QUESTION_NUMBER = re.compile(r"^(?:q(?:uestion)?\s*)?(\d+)\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class BulkRow:
    """One note ready to store. ``question`` is a 0-based position in the agenda, or None;
    ``taken_at`` is when it was said, when known (the demo data knows; pasted notes do not)."""

    line: int
    question: int | None
    group: str | None
    voice: str
    text: str
    taken_at: datetime | None = None


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str


@dataclass
class BulkParse:
    rows: list[BulkRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def decode_upload(data: bytes) -> str:
    """Text of an uploaded file: UTF-8 (with or without Excel's byte-order mark), else the
    Windows code page Excel uses when it saves "CSV" rather than "CSV UTF-8"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _normalise(value: str) -> str:
    return " ".join(value.split()).casefold()


def find_question(reference: str, questions: Sequence[str]) -> int | None:
    """The 0-based position of the question a note refers to, by its number or its exact text.

    Raises ValueError with a reason a person can act on."""
    reference = reference.strip()
    if not reference:
        return None
    number = _QUESTION_NUMBER.match(reference)
    if number:
        position = int(number.group(1))
        if 1 <= position <= len(questions):
            return position - 1
        raise ValueError(f"There is no question {position} (this workshop has {len(questions)})")
    wanted = _normalise(reference)
    for position, text in enumerate(questions):
        if _normalise(text) == wanted:
            return position
    raise ValueError(f"No question is called “{reference}”: use its number or its exact text")


def find_voice(reference: str) -> str:
    """The stored voice value for a value or a label ("police", "Police", "mh trust")."""
    wanted = _normalise(reference)
    for value, label in VOICES:
        if wanted in (value, _normalise(label), value.replace("_", " ")):
            return value
    known = ", ".join(value for value, _ in VOICES)
    raise ValueError(f"Unknown voice “{reference.strip()}”: use one of {known}")


def _row(
    line: int,
    question: str,
    group: str,
    voice: str,
    text: str,
    questions: Sequence[str],
    default_voice: str | None,
) -> BulkRow:
    """Check one note's values; raises ValueError with the reason it cannot be stored."""
    text = text.replace("\r\n", "\n").strip()
    group = group.strip()
    if not text:
        raise ValueError("The note is empty")
    if len(text) > MAX_TEXT:
        raise ValueError(f"The note is {len(text):,} characters long (at most {MAX_TEXT:,})")
    if len(group) > MAX_GROUP:
        raise ValueError(f"The group name is longer than {MAX_GROUP} characters")
    if voice.strip():
        voice_value = find_voice(voice)
    elif default_voice:
        voice_value = default_voice
    else:
        raise ValueError("No voice: add one to the line, or choose a voice for every note")
    return BulkRow(line, find_question(question, questions), group or None, voice_value, text)


def _add(
    parsed: BulkParse,
    line: int,
    values: tuple[str, str, str, str],
    questions: Sequence[str],
    default_voice: str | None,
) -> None:
    """Add the row, or the reason it cannot be stored. ``values``: question, group, voice, text."""
    try:
        parsed.rows.append(_row(line, *values, questions, default_voice))
    except ValueError as error:
        parsed.problems.append(Problem(line, str(error)))


def _finish(parsed: BulkParse) -> BulkParse:
    """Cap the number of notes added at once, and list problems in line order."""
    if len(parsed.rows) > MAX_ROWS:
        first_left_out = parsed.rows[MAX_ROWS].line
        parsed.rows = parsed.rows[:MAX_ROWS]
        reason = f"Too many notes: at most {MAX_ROWS:,} at a time, so this line and later ones"
        parsed.problems.append(Problem(first_left_out, reason + " are left out"))
    parsed.problems.sort(key=lambda problem: problem.line)
    return parsed


def parse_pasted(text: str, questions: Sequence[str], default_voice: str | None) -> BulkParse:
    """One note a line; blank lines are skipped. Columns split on "|" (or on tabs, as pasted
    from a spreadsheet, when a line has no "|")."""
    parsed = BulkParse()
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        separator = "|" if "|" in raw else "\t"
        cells = raw.split(separator)
        if len(cells) == 1:
            _add(parsed, line, ("", "", "", cells[0]), questions, default_voice)
        elif len(cells) in (3, 4):
            question, group, note, *voice = cells
            values = (question, group, voice[0] if voice else "", note)
            _add(parsed, line, values, questions, default_voice)
        else:
            reason = f"This line has {len(cells)} columns: use {PASTE_COLUMNS}"
            parsed.problems.append(Problem(line, reason))
    return _finish(parsed)


def _sniff_delimiter(header: str) -> str:
    """Excel in many European locales saves CSV with semicolons; tab-separated also works."""
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_csv(text: str, questions: Sequence[str], default_voice: str | None) -> BulkParse:
    """A CSV with a header row naming its columns (any order, any case): question, group,
    voice, text. Only text is required. Line numbers count lines in the file."""
    parsed = BulkParse()
    text = text.lstrip("\ufeff")
    if not text.strip():
        return BulkParse(problems=[Problem(1, "The file is empty")])
    header_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(header_line))
    try:
        header = next(reader, [])
    except csv.Error as error:
        return BulkParse(problems=[Problem(1, f"This is not a CSV file we can read ({error})")])
    names = [_normalise(name) for name in header]
    unknown = [name for name in names if name and name not in CSV_COLUMNS]
    named = [name for name in names if name]
    if unknown or "text" not in names or len(set(named)) != len(named):
        expected = ", ".join(CSV_COLUMNS)
        reason = f"The first row must name the columns ({expected}); text is required"
        if unknown:
            reason += f". Unknown column: {unknown[0]}"
        return BulkParse(problems=[Problem(1, reason)])
    start = reader.line_num + 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(names):
                reason = f"This row has {len(cells)} columns but the header row has {len(names)}"
                parsed.problems.append(Problem(line, reason))
                continue
            values = dict(zip(names, cells, strict=True))
            row = (values.get("question", ""), values.get("group", ""), values.get("voice", ""))
            _add(parsed, line, (*row, values["text"]), questions, default_voice)
    except csv.Error as error:
        parsed.problems.append(Problem(start, f"This row cannot be read ({error})"))
    return _finish(parsed)
