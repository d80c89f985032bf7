"""Codebooks: CSV and REFI-QDA (.qdc) import and export, and the shipped QDC v7 framework."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET

import pytest

from feedback_app.analysis.codebook import (
    QDC_NAMESPACE,
    CodebookError,
    load_qdc_v7_taxonomy,
    slugify,
    taxonomy_from_csv,
    taxonomy_from_qdc,
    taxonomy_to_csv,
    taxonomy_to_qdc,
)
from feedback_app.analysis.taxonomy import load_default_taxonomy

NS = {"q": QDC_NAMESPACE}


def _themes(taxonomy):
    return [
        (t.slug, t.name, t.description, t.phrases, t.exclusions, t.category)
        for t in taxonomy.themes
    ]


def test_the_qdc_v7_framework_has_33_sub_categories_in_10_categories():
    taxonomy = load_qdc_v7_taxonomy()
    assert len(taxonomy.themes) == 33
    assert len({theme.category for theme in taxonomy.themes}) == 10
    assert len(set(taxonomy.slugs)) == 33
    by_slug = {theme.slug: theme for theme in taxonomy.themes}
    assert by_slug["mental-health-act"].category == "Mental health specifics"
    assert "sectioned" in by_slug["mental-health-act"].description
    assert "free parking" in by_slug["parking"].phrases


@pytest.mark.parametrize("taxonomy", [load_default_taxonomy(), load_qdc_v7_taxonomy()])
@pytest.mark.parametrize(
    "there, back",
    [(taxonomy_to_csv, taxonomy_from_csv), (taxonomy_to_qdc, taxonomy_from_qdc)],
    ids=["csv", "qdc"],
)
def test_a_taxonomy_exported_and_imported_again_is_unchanged(taxonomy, there, back):
    assert _themes(back(there(taxonomy))) == _themes(taxonomy)


def test_csv_to_qdc_to_csv_keeps_every_theme():
    original = taxonomy_from_csv(
        b"theme,description,example phrases,category\n"
        b"Waiting times,How long people waited,waited hours; took ages|delay,Access\n"
        b"Kindness,,kind; caring,\n"
    )
    again = taxonomy_from_csv(taxonomy_to_csv(taxonomy_from_qdc(taxonomy_to_qdc(original))))
    assert _themes(again) == _themes(original)
    assert original.themes[0].phrases == ("waited hours", "took ages", "delay")
    assert original.themes[1].category is None


def test_the_qdc_export_is_a_refi_qda_codebook_with_unique_guids():
    root = ET.fromstring(taxonomy_to_qdc(load_qdc_v7_taxonomy()))
    assert root.tag == f"{{{QDC_NAMESPACE}}}CodeBook"
    categories = root.findall("q:Codes/q:Code", NS)
    assert len(categories) == 10
    assert all(c.get("isCodable") == "false" for c in categories)
    codes = root.findall(".//q:Code", NS)
    guids = [uuid.UUID(code.get("guid")) for code in codes]
    assert len(set(guids)) == len(codes) == 43
    assert all(code.get("name") for code in codes)


def test_a_qdc_codebook_from_another_tool_reads_nested_codes_as_categories():
    data = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="{QDC_NAMESPACE}" origin="NVivo">
  <Codes>
    <Code guid="{uuid.uuid4()}" name="Staff" isCodable="true">
      <Description>About staff</Description>
      <Code guid="{uuid.uuid4()}" name="Staff attitude" isCodable="true">
        <Description>How staff behaved: kind or rude.</Description>
      </Code>
    </Code>
    <Code guid="{uuid.uuid4()}" name="Parking &amp; travel" isCodable="true"/>
  </Codes>
</CodeBook>""".encode()
    taxonomy = taxonomy_from_qdc(data)
    assert _themes(taxonomy) == [
        ("staff-attitude", "Staff attitude", "How staff behaved: kind or rude.", (), (), "Staff"),
        ("parking-and-travel", "Parking & travel", "", (), (), None),
    ]


@pytest.mark.parametrize(
    "data",
    [
        "\ufeffTheme Name,Description,Examples\nWaiting,Long waits,waited\n".encode(),
        b"Name;Sub-category description;Keywords\nWaiting;Long waits;waited\n",
        "theme\tdescription\tphrases\nWaiting\tLong waits\twaited\n".encode("cp1252"),
        b"\n\nTHEME,DESCRIPTION,EXAMPLE PHRASES\r\nWaiting,Long waits,waited\r\n,,\r\n",
    ],
    ids=["bom", "excel-semicolons", "tabs", "blank-lines-and-crlf"],
)
def test_csv_header_and_format_variants_are_understood(data):
    (theme,) = taxonomy_from_csv(data).themes
    assert (theme.slug, theme.name, theme.description, theme.phrases) == (
        "waiting",
        "Waiting",
        "Long waits",
        ("waited",),
    )


def test_windows_1252_text_from_excel_is_read():
    data = "theme,description\nCafé,Food – drink\n".encode("cp1252")
    assert taxonomy_from_csv(data).themes[0].description == "Food – drink"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"description,phrases\nx,y\n", "line 1: no theme name column"),
        (b"theme,description\nWaiting,x\n,only a description\n", "line 3: the theme name is empty"),
        (b"theme\nWaiting\nKind\nwaiting\n", "line 4: theme 'waiting' is already on line 2"),
        (b"theme\n", "no themes"),
        (b"PK\x03\x04\x00\x00binary", "not a CSV file"),
        (b'theme,description\nWaiting,"unclosed\n', "line"),
    ],
)
def test_bad_csv_codebooks_are_refused_with_the_line(data, message):
    with pytest.raises(CodebookError, match=message):
        taxonomy_from_csv(data)


def test_every_bad_csv_line_is_reported_at_once():
    with pytest.raises(CodebookError) as error:
        taxonomy_from_csv(b"theme,description\n,only a description\nA,\na,\n")
    assert "line 2" in str(error.value) and "line 4" in str(error.value)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"<CodeBook><Codes>", "line 1: this is not valid XML"),
        (b"<?xml version='1.0'?>\n<CodeBook>\n<Codes></Cod>", "line 3"),
        (b"<CodeBook><Codes/></CodeBook>", "not a REFI-QDA codebook"),
        (f'<CodeBook xmlns="{QDC_NAMESPACE}"><Codes/></CodeBook>'.encode(), "no codes"),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            b'"&lol;&lol;&lol;">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0">&lol2;</CodeBook>',
            "DTD",
        ),
    ],
    ids=["truncated", "mismatched-tag", "wrong-namespace", "no-codes", "entity-expansion"],
)
def test_bad_qdc_codebooks_are_refused(data, message):
    with pytest.raises(CodebookError, match=message):
        taxonomy_from_qdc(data)


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Transport to/ from services", "transport-to-from-services"),
        ("Food & drink provision & facilities", "food-and-drink-provision-and-facilities"),
        ("  Staff   attitude ", "staff-attitude"),
    ],
)
def test_slugs_are_made_from_names(name, slug):
    assert slugify(name) == slug
    assert taxonomy_from_csv(f"theme\n{name}\n".encode()).themes[0].slug == slug
