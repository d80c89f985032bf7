"""Spreadsheet exports of the items a filter covers: CSV (streamed) and Excel (XLSX).

Texts are redacted; the original text is added (as the last column) only when the caller has
checked that an administrator explicitly asked for it. Cells that a spreadsheet would read as a
formula (starting with = + - @ or a control character) are prefixed with an apostrophe, so free
text from the public can never run as a formula (CSV injection).
"""

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from feedback_app.reports.filters import RISKS, SENTIMENTS, ReportFilter
from feedback_app.reports.items import Item, all_items
from feedback_app.reports.pdf_data import question_label
from feedback_app.vocabulary import SOURCES, VOICES, label_for

UK = ZoneInfo("Europe/London")
HEADINGS = [
    "Item",
    "Received (UK time)",
    "Source",
    "Voice",
    "Question",
    "Text (personal details removed)",
    "Themes",
    "Sentiment",
    "Sentiment score",
    "Risk",
    "Workshop",
]
ORIGINAL_HEADING = "Original text (contains personal details)"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
Cell = str | int | float | datetime | None


def safe(value: Cell) -> Cell:
    """A cell value a spreadsheet will show as text, never run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def headings(include_original: bool) -> list[str]:
    return [*HEADINGS, ORIGINAL_HEADING] if include_original else list(HEADINGS)


def row(item: Item, include_original: bool) -> list[Cell]:
    """One item as spreadsheet cells (received as a naive UK-time datetime)."""
    cells: list[Cell] = [
        item.id,
        item.received.astimezone(UK).replace(tzinfo=None, microsecond=0),
        label_for(SOURCES, item.source),
        label_for(VOICES, item.voice),
        question_label(item.question),
        item.text,
        "; ".join(t.name for t in item.themes),
        label_for(SENTIMENTS, item.sentiment) or None,
        round(item.sentiment_score, 3) if item.sentiment_score is not None else None,
        label_for(RISKS, item.risk),
        item.workshop_id,
    ]
    if include_original:
        cells.append(item.original)
    return [safe(cell) for cell in cells]


def csv_chunks(f: ReportFilter, include_original: bool = False) -> Iterator[str]:
    """The export as CSV text in chunks (UTF-8 with a byte-order mark, so Excel reads it as
    UTF-8): stream it, the whole file is never in memory."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(headings(include_original))
    for number, item in enumerate(all_items(f, include_original), start=1):
        cells = row(item, include_original)
        cells[1] = f"{cells[1]:%Y-%m-%d %H:%M}"
        writer.writerow(cells)
        if number % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def xlsx_bytes(f: ReportFilter, include_original: bool = False) -> bytes:
    """The export as an Excel workbook (written row by row, in openpyxl's write-only mode)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Items")
    sheet.freeze_panes = "A2"
    header = []
    for heading in headings(include_original):
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for item in all_items(f, include_original):
        sheet.append(row(item, include_original))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_name(extension: str, include_original: bool = False, today: date | None = None) -> str:
    """The download's file name, saying when the original text is in it."""
    day = today or datetime.now(UK).date()
    kind = "original-text" if include_original else "redacted"
    return f"feedback-items-{kind}-{day:%Y-%m-%d}.{extension}"
