"""Server-side SVG charts: accessible, script-free, the same in the browser and in a PDF.

Each chart is an ``<svg role="img" aria-labelledby="…">`` with a ``<title>`` and a ``<desc>``
that says what it shows, every text has an explicit font-family (WeasyPrint has no browser
default), and colours carry no meaning on their own: every bar is labelled with its number, and
changes with an arrow and a number (▲ 3). Presentation attributes only (no ``style``), so the
strict Content-Security-Policy allows them and print renders them. Put the same numbers in a
table under each chart (``templates/components/charts.html`` has a macro for that).

Bars and columns may carry ``href``: drawn as ``data-href`` for the dashboard's script to follow
on click (``static/reports/dashboard.js``). Links are not put inside the SVG because an
``role="img"`` element's content is hidden from assistive technology; the table under the chart
holds the same links for keyboard and screen-reader users.

    bar_chart(chart_id, title, description, bars)        horizontal bars, e.g. themes
    column_chart(chart_id, title, description, columns)  vertical columns, e.g. items per month
    sparkline(chart_id, title, values, labels)           a small trend line, e.g. a theme by month
    themes_chart(summary, link) / months_chart(summary, link)   the dashboard's two charts
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from feedback_app.reports.queries import Summary, ThemeCount

FONT = "Frutiger W01, Arial, Helvetica, sans-serif"
TEXT_COLOUR = "#212b32"  # NHS black
SECONDARY_COLOUR = "#4c6272"  # NHS dark grey
BAR_COLOUR = "#005eb8"  # NHS blue: 7:1 on white
AXIS_COLOUR = "#768692"  # NHS mid grey: 3.3:1 on white


@dataclass(frozen=True)
class Bar:
    """One bar or column: its label, its value, an optional note after the value (such as a
    change, "▲ 3 (+50%)") and an optional drill-down link."""

    label: str
    value: int
    note: str = ""
    href: str | None = None


def svg_open(chart_id: str, title: str, description: str, width: int, height: int) -> str:
    chart_id = str(escape(chart_id))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" id="{chart_id}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'font-family="{FONT}" font-size="14" fill="{TEXT_COLOUR}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
    )


def text(
    x: float, y: float, content: str, anchor: str = "start", size: int = 14, **extra: str
) -> str:
    """An SVG text element with its font given explicitly (print has no default font)."""
    attributes = "".join(f' {name.replace("_", "-")}="{escape(v)}"' for name, v in extra.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-family="{FONT}" '
        f'font-size="{size}"{attributes}>{escape(content)}</text>'
    )


def link_attribute(href: str | None) -> str:
    return f' data-href="{escape(href)}" cursor="pointer"' if href else ""


def wrap(label: str, width: int, lines: int = 2) -> list[str]:
    """Split a label into at most ``lines`` lines of about ``width`` characters (… if cut)."""
    words, out, current = label.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return [line if len(line) <= width else line[: width - 1] + "…" for line in out]


def bar_chart(
    chart_id: str,
    title: str,
    description: str,
    bars: Sequence[Bar],
    width: int = 640,
    label_width: int = 230,
) -> Markup:
    """Horizontal bars, one a row, longest scale at the largest value; each labelled with its
    value and note."""
    row, top = 36, 8
    height = top * 2 + row * max(len(bars), 1)
    note_space = 150
    scale_width = width - label_width - note_space
    largest = max((b.value for b in bars), default=0) or 1
    parts = [svg_open(chart_id, title, description, width, height)]
    for index, bar in enumerate(bars):
        y = top + index * row
        lines = wrap(bar.label, label_width // 8)
        parts.append(f'<g class="app-chart__bar"{link_attribute(bar.href)}>')
        first = y + row / 2 + 5 - (len(lines) - 1) * 8
        for number, line in enumerate(lines):
            parts.append(text(label_width - 10, first + number * 16, line, "end", 13))
        length = scale_width * bar.value / largest
        parts.append(
            f'<rect x="{label_width}" y="{y + 6}" width="{length:.1f}" height="{row - 12}" '
            f'fill="{BAR_COLOUR}"/>'
        )
        value = f"{bar.value:,}" + (f"  {bar.note}" if bar.note else "")
        parts.append(text(label_width + length + 6, y + row / 2 + 5, value, size=13))
        parts.append("</g>")
    parts.append(
        f'<line x1="{label_width}" y1="{top}" x2="{label_width}" y2="{height - top}" '
        f'stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(
    chart_id: str,
    title: str,
    description: str,
    columns: Sequence[Bar],
    width: int = 640,
    height: int = 260,
) -> Markup:
    """Vertical columns left to right (e.g. months), each with its value above it. Labels
    "Apr 2026" are printed as "Apr" with the year under January and the first column."""
    top, bottom, left = 24, 44, 8
    plot_height = height - top - bottom
    slot = (width - 2 * left) / max(len(columns), 1)
    every = max(1, round(len(columns) / 24))  # thin the labels when there are many columns
    largest = max((c.value for c in columns), default=0) or 1
    parts = [svg_open(chart_id, title, description, width, height)]
    baseline = top + plot_height
    for index, column in enumerate(columns):
        x = left + index * slot
        middle = x + slot / 2
        length = plot_height * column.value / largest
        parts.append(f'<g class="app-chart__bar"{link_attribute(column.href)}>')
        parts.append(
            f'<rect x="{x + slot * 0.15:.1f}" y="{baseline - length:.1f}" '
            f'width="{slot * 0.7:.1f}" height="{length:.1f}" fill="{BAR_COLOUR}"/>'
        )
        if slot >= 18 or index % every == 0:
            parts.append(text(middle, baseline - length - 5, f"{column.value:,}", "middle", 11))
        if index % every == 0:
            name, _, year = column.label.partition(" ")
            parts.append(text(middle, baseline + 16, name, "middle", 12))
            if year and (index == 0 or name == "Jan"):
                parts.append(text(middle, baseline + 32, year, "middle", 12))
        parts.append("</g>")
    parts.append(
        f'<line x1="{left}" y1="{baseline}" x2="{width - left}" y2="{baseline}" '
        f'stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def sparkline(
    chart_id: str,
    title: str,
    values: Sequence[int],
    labels: Sequence[str],
    width: int = 120,
    height: int = 32,
) -> Markup:
    """A small line of ``values`` (one a label, e.g. a month), its last point marked; the
    description lists every value, so the line is never the only way to read them."""
    description = ", ".join(
        f"{label}: {value}" for label, value in zip(labels, values, strict=True)
    )
    parts = [svg_open(chart_id, title, description or "No items", width, height)]
    if values:
        largest = max(values) or 1
        step = (width - 8) / max(len(values) - 1, 1)
        points = [
            (4 + i * step, height - 4 - (height - 8) * value / largest)
            for i, value in enumerate(values)
        ]
        joined = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(
            f'<polyline points="{joined}" fill="none" stroke="{BAR_COLOUR}" stroke-width="2"/>'
        )
        x, y = points[-1]
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{BAR_COLOUR}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def themes_chart(
    summary: Summary,
    link: Callable[[ThemeCount], str] | None = None,
    limit: int = 15,
    chart_id: str = "themes-chart",
) -> Markup:
    """The dashboard's theme bar chart for a ``Summary``: the ``limit`` most raised themes,
    each with its count and, when there is a previous period, its change (▲ 3 (+50%))."""
    shown = [t for t in summary.themes if t.count][:limit]
    bars = [
        Bar(t.name, t.count, t.change.text if t.change else "", link(t) if link else None)
        for t in shown
    ]
    more = len([t for t in summary.themes if t.count]) - len(shown)
    description = (
        f"Items per theme, most raised first, of {summary.items:,} items. "
        + "; ".join(
            f"{t.name}: {t.count}" + (f", {t.change.words}" if t.change else "") for t in shown
        )
        + (f"; and {more} more themes." if more > 0 else ".")
    )
    return bar_chart(chart_id, "Items by theme", description, bars)


def months_chart(
    summary: Summary,
    link: Callable[[str], str] | None = None,
    chart_id: str = "months-chart",
) -> Markup:
    """Items received each month for a ``Summary``; ``link`` gets the month ("2026-04")."""
    labels = summary.month_labels
    columns = [
        Bar(label, count, "", link(month) if link else None)
        for month, label, count in zip(summary.months, labels, summary.items_by_month, strict=True)
    ]
    description = "Items received each month. " + "; ".join(
        f"{label}: {count}" for label, count in zip(labels, summary.items_by_month, strict=True)
    )
    return column_chart(chart_id, "Items by month received", description, columns)
