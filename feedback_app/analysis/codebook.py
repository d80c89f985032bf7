"""Codebooks in and out: a taxonomy as a CSV file or a REFI-QDA codebook (``.qdc``).

CSV: one theme a row, with a header. Columns (header spellings vary; see ``CSV_COLUMNS``): theme
name (required), description, example phrases (separated by ``;`` or ``|``), parent category,
slug, exclusions. A UTF-8 file with or without a byte-order mark, or an Excel file in Windows-1252,
separated by commas, semicolons or tabs. Slugs are made from the names when absent.

REFI-QDA (the exchange format of NVivo, ATLAS.ti, MAXQDA, Taguette): ``<CodeBook>`` in namespace
``urn:QDA-XML:codebook:1.0``; codes with no child codes are themes, and a theme's parent code
is its category. The standard has no place for phrases, so an export writes them (and the slug
and exclusions) as labelled lines at the end of the description, and an import reads them back.
Documents with a DTD are refused, so no entity is ever expanded.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from feedback_app.analysis.taxonomy import Taxonomy, ThemeDefinition

QDC_V7_FILE = Path(__file__).parent / "data" / "qdc_v7_framework.csv"
QDC_NAMESPACE = "urn:QDA-XML:codebook:1.0"
CSV_COLUMNS = {  # field -> header spellings (compared lower-case, spaces/underscores folded)
    "name": ("theme", "theme name", "name", "code", "code name", "sub category", "label"),
    "description": ("description", "theme description", "sub category description", "memo"),
    "phrases": ("example phrases", "examples", "phrases", "keywords", "example", "cues"),
    "category": ("category", "parent category", "parent", "group", "theme group"),
    "slug": ("slug", "id", "key", "theme id"),
    "exclusions": ("exclusions", "exclusion phrases", "excludes"),
}
_QDC_FIELDS = {"Example phrases": "phrases", "Exclusions": "exclusions", "Slug": "slug"}
_LIST_SEPARATOR = re.compile(r"[;|]")


class CodebookError(ValueError):
    """A codebook file that cannot be read; the message names the line where possible."""


def slugify(name: str) -> str:
    """ "Transport to/ from services" -> "transport-to-from-services"."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return "-".join(words)


def header_key(header: str) -> str:
    """A header folded for matching: "Sub-category_Description " -> "sub category description"."""
    return " ".join(re.findall(r"[a-z0-9]+", header.lower()))


def decode_csv(data: bytes) -> list[list[str]]:
    """Rows of a CSV file (UTF-8 with or without BOM, or Windows-1252 from Excel; comma,
    semicolon or tab separated). Raises CodebookError for files that are not text CSV."""
    if b"\x00" in data[:4096]:
        raise CodebookError("this is not a CSV file (it looks like a spreadsheet or binary file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return list(reader)
    except csv.Error as error:
        raise CodebookError(f"line {reader.line_num}: {error}") from error


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _LIST_SEPARATOR.split(value) if part.strip())


def taxonomy_from_csv(data: bytes, name: str = "Imported codebook") -> Taxonomy:
    """Read a CSV codebook; raises CodebookError listing every bad line."""
    rows = decode_csv(data)
    header_at = next((i for i, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
    if header_at is None:
        raise CodebookError("the file is empty")
    headers = [header_key(cell) for cell in rows[header_at]]
    columns = {
        field: headers.index(spelling)
        for field, spellings in CSV_COLUMNS.items()
        for spelling in reversed(spellings)  # the first spelling listed wins
        if spelling in headers
    }
    if "name" not in columns:
        raise CodebookError(
            f"line {header_at + 1}: no theme name column (name it 'theme' or 'name')"
        )
    themes: list[ThemeDefinition] = []
    errors: list[str] = []
    first_line_of: dict[str, int] = {}
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = {field: row[i].strip() if i < len(row) else "" for field, i in columns.items()}
        if not any(cells.values()):
            continue
        slug = slugify(cells.get("slug") or cells["name"])
        if not cells["name"]:
            errors.append(f"line {number}: the theme name is empty")
        elif not slug:
            errors.append(f"line {number}: the theme name {cells['name']!r} has no letters")
        elif slug in first_line_of:
            errors.append(
                f"line {number}: theme {cells['name']!r} is already on line {first_line_of[slug]}"
            )
        else:
            first_line_of[slug] = number
            themes.append(_theme(slug, cells))
    if errors:
        raise CodebookError("; ".join(errors))
    if not themes:
        raise CodebookError("the file has a header but no themes")
    return Taxonomy(name=name, version=1, themes=tuple(themes))


def _theme(slug: str, fields: dict[str, str]) -> ThemeDefinition:
    return ThemeDefinition(
        slug=slug,
        name=fields["name"],
        description=fields.get("description", ""),
        phrases=_split_list(fields.get("phrases", "")),
        exclusions=_split_list(fields.get("exclusions", "")),
        category=fields.get("category") or None,
    )


def taxonomy_to_csv(taxonomy: Taxonomy) -> bytes:
    """The taxonomy as a CSV codebook (UTF-8 with a BOM, so Excel reads it correctly)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["theme", "description", "example phrases", "category", "slug", "exclusions"])
    for theme in taxonomy.themes:
        writer.writerow(
            [
                theme.name,
                theme.description,
                "; ".join(theme.phrases),
                theme.category or "",
                theme.slug,
                "; ".join(theme.exclusions),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def taxonomy_from_qdc(data: bytes, name: str = "Imported codebook") -> Taxonomy:
    """Read a REFI-QDA codebook; raises CodebookError with the line of an XML error."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise CodebookError("codebooks with a DTD or entities are not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0]
        raise CodebookError(f"line {line}: this is not valid XML ({error.msg})") from error
    ns = {"q": QDC_NAMESPACE}
    if root.tag != f"{{{QDC_NAMESPACE}}}CodeBook":
        raise CodebookError(f"this is not a REFI-QDA codebook (no CodeBook in {QDC_NAMESPACE})")
    themes: list[ThemeDefinition] = []
    seen: set[str] = set()

    def visit(code: ET.Element, category: str | None) -> None:
        code_name = (code.get("name") or "").strip()
        children = code.findall("q:Code", ns)
        if not code_name:
            raise CodebookError("a Code has no name")
        for child in children:
            visit(child, code_name)
        if children:
            return
        fields = _description_fields(code.findtext("q:Description", "", ns))
        slug = slugify(fields.get("slug") or code_name)
        if slug in seen:
            raise CodebookError(f"the code {code_name!r} appears twice")
        seen.add(slug)
        themes.append(_theme(slug, {**fields, "name": code_name, "category": category or ""}))

    for code in root.findall("q:Codes/q:Code", ns):
        visit(code, None)
    if not themes:
        raise CodebookError("the codebook has no codes")
    return Taxonomy(name=name, version=1, themes=tuple(themes))


def _description_fields(description: str) -> dict[str, str]:
    """The description, and the labelled lines an export adds after it."""
    fields: dict[str, str] = {}
    kept = []
    for line in description.strip().splitlines():
        label, _, value = line.partition(":")
        if label in _QDC_FIELDS and value.strip():
            fields[_QDC_FIELDS[label]] = value.strip()
        else:
            kept.append(line)
    fields["description"] = "\n".join(kept).strip()
    return fields


def taxonomy_to_qdc(taxonomy: Taxonomy) -> bytes:
    """The taxonomy as a REFI-QDA codebook: categories are codes holding their themes' codes."""
    ET.register_namespace("", QDC_NAMESPACE)
    root = ET.Element(f"{{{QDC_NAMESPACE}}}CodeBook", origin="Feedback platform")
    codes = ET.SubElement(root, f"{{{QDC_NAMESPACE}}}Codes")
    parents: dict[str, ET.Element] = {}
    for theme in taxonomy.themes:
        parent = codes
        if theme.category:
            if theme.category not in parents:
                parents[theme.category] = _code(codes, theme.category, "category", codable=False)
            parent = parents[theme.category]
        code = _code(parent, theme.name, theme.slug, codable=True)
        lines = [theme.description, ""] if theme.description else []
        lines.append(f"Slug: {theme.slug}")
        if theme.phrases:
            lines.append(f"Example phrases: {'; '.join(theme.phrases)}")
        if theme.exclusions:
            lines.append(f"Exclusions: {'; '.join(theme.exclusions)}")
        ET.SubElement(code, f"{{{QDC_NAMESPACE}}}Description").text = "\n".join(lines)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _code(parent: ET.Element, name: str, key: str, codable: bool) -> ET.Element:
    """A Code element with a guid that stays the same from one export to the next."""
    guid = uuid.uuid5(uuid.NAMESPACE_URL, f"feedback-platform:{key}:{name}")
    return ET.SubElement(
        parent,
        f"{{{QDC_NAMESPACE}}}Code",
        guid=str(guid),
        name=name,
        isCodable="true" if codable else "false",
    )


@lru_cache(maxsize=1)
def load_qdc_v7_taxonomy() -> Taxonomy:
    """The NHS FFT QDC framework v7 (10 categories, 33 sub-categories), shipped as CSV."""
    return taxonomy_from_csv(QDC_V7_FILE.read_bytes(), name="NHS FFT QDC framework (v7)")
