"""CSV and XLSX exports of the filtered items, read back: redacted for everyone; the original
text only for an administrator who asks for it."""

import csv
import io
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from feedback_app.extensions import db
from feedback_app.reports.exports import HEADINGS, ORIGINAL_HEADING, safe
from tests.factories import add_comment, make_feedback
from tests.integration.report_data import ORIGINAL_H1, Q2, REDACTED_H1, make_quarters


@pytest.fixture
def quarters(app):
    return make_quarters()


def read_csv(response) -> list[dict[str, str]]:
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.get_data().decode("utf-8-sig"))))


def read_xlsx(response) -> list[dict[str, object]]:
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.get_data()))["Items"]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_csv_of_a_quarter_is_redacted(client, login, quarters):
    login("quality_lead")
    response = client.get("/staff/reports/export.csv?" + Q2.query_string())
    assert "attachment" in response.headers["Content-Disposition"]
    assert "redacted" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert list(rows[0]) == HEADINGS
    assert len(rows) == 7
    by_id = {int(r["Item"]): r for r in rows}
    h1 = by_id[quarters.comments["h1"].id]
    assert h1["Text (personal details removed)"] == REDACTED_H1
    assert h1["Themes"] == "Kindness and compassion"
    assert (h1["Sentiment"], h1["Voice"], h1["Received (UK time)"]) == (
        "Positive",
        "Patient",
        "2026-06-12 13:00",
    )
    g1 = by_id[quarters.comments["g1"].id]
    assert g1["Themes"] == "Police involvement; Waiting for a mental health bed"
    assert (g1["Risk"], g1["Source"]) == ("Risk mentioned", "Workshop")
    e1 = by_id[quarters.comments["e1"].id]
    assert e1["Themes"] == "Waiting for a mental health bed"  # the rejected theme is left out
    body = response.get_data(as_text=True)
    assert "Sarah" not in body and "07700" not in body


def test_filters_apply_to_the_export(client, login, quarters):
    login("quality_lead")
    rows = read_csv(client.get("/staff/reports/export.csv?theme=waiting&sentiment=negative"))
    keys = {"b", "c", "d2", "g1"}
    assert {int(r["Item"]) for r in rows} == {quarters.comments[k].id for k in keys}


def test_xlsx_of_a_quarter_is_redacted(client, login, quarters):
    login("quality_lead")
    response = client.get("/staff/reports/export.xlsx?" + Q2.query_string())
    assert response.mimetype.endswith("spreadsheetml.sheet")
    rows = read_xlsx(response)
    assert len(rows) == 7 and list(rows[0]) == HEADINGS
    h1 = next(r for r in rows if r["Item"] == quarters.comments["h1"].id)
    assert h1["Text (personal details removed)"] == REDACTED_H1
    assert h1["Received (UK time)"] == datetime(2026, 6, 12, 13, 0)
    assert all("Sarah" not in str(value) for row in rows for value in row.values())


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_admin_may_include_the_original_text(client, login, quarters, extension):
    login("admin")
    response = client.get(f"/staff/reports/export.{extension}?original=y&theme=kindness")
    assert "original-text" in response.headers["Content-Disposition"]
    rows = read_csv(response) if extension == "csv" else read_xlsx(response)
    h1 = next(r for r in rows if int(r["Item"]) == quarters.comments["h1"].id)
    assert h1[ORIGINAL_HEADING] == ORIGINAL_H1
    assert h1["Text (personal details removed)"] == REDACTED_H1


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_only_admins_may_include_the_original_text(client, login, quarters, extension):
    login("quality_lead")
    assert client.get(f"/staff/reports/export.{extension}?original=y").status_code == 403


def test_admin_export_without_the_option_is_redacted(client, login, quarters):
    login("admin")
    rows = read_csv(client.get("/staff/reports/export.csv"))
    assert ORIGINAL_HEADING not in rows[0]
    assert len(rows) == 11


def test_the_dashboard_offers_the_option_to_admins_only(client, login, quarters):
    login("quality_lead")
    assert 'name="original"' not in client.get("/staff/reports/").get_data(as_text=True)
    client.post("/staff/logout")
    login("admin")
    assert 'name="original"' in client.get("/staff/reports/").get_data(as_text=True)


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"])
def test_formulas_in_free_text_are_neutralised(client, login, app, text):
    add_comment(make_feedback("patient", created_at=datetime(2026, 5, 1, tzinfo=UTC)), text)
    db.session.commit()
    login("quality_lead")
    [row] = read_csv(client.get("/staff/reports/export.csv"))
    assert row["Text (personal details removed)"] == "'" + text
    [row] = read_xlsx(client.get("/staff/reports/export.xlsx"))
    assert row["Text (personal details removed)"] == "'" + text


def test_safe_leaves_numbers_and_ordinary_text():
    assert safe(-0.5) == -0.5 and safe("Kind crew") == "Kind crew" and safe(None) is None
