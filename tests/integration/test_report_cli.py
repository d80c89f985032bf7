"""`flask report workshop|period`: PDFs made from the command line."""

import pytest
from pypdf import PdfReader

from tests.integration.test_pdf_period import quarter as quarter  # noqa: F401 - a fixture
from tests.integration.test_pdf_reports import KEY_MESSAGE, PHONE
from tests.integration.test_pdf_reports import workshop as workshop  # noqa: F401 - a fixture


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def read(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_workshop_summary_from_the_command_line(runner, workshop, tmp_path):
    out = tmp_path / "summary.pdf"
    result = runner.invoke(args=["report", "workshop", str(workshop.id), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out} (7 notes" in result.output
    text = read(out)
    assert KEY_MESSAGE in text
    assert PHONE not in text


def test_an_unknown_workshop_is_a_clear_error(runner, app, tmp_path):
    out = tmp_path / "none.pdf"
    result = runner.invoke(args=["report", "workshop", "424242", "--out", str(out)])
    assert result.exit_code == 1
    assert "That workshop no longer exists." in result.output
    assert not out.exists()


def test_the_output_file_is_required(runner, workshop):
    result = runner.invoke(args=["report", "workshop", str(workshop.id)])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_an_output_folder_that_does_not_exist_is_a_clear_error(runner, workshop, tmp_path):
    out = tmp_path / "missing" / "summary.pdf"
    result = runner.invoke(args=["report", "workshop", str(workshop.id), "--out", str(out)])
    assert result.exit_code == 1
    assert f"Could not write {out}: No such file or directory" in result.output


def test_period_report_from_the_command_line(runner, quarter, tmp_path):
    out = tmp_path / "staff.pdf"
    args = ["report", "period", "--from", "2026-04-01", "--to", "2026-06-30"]
    result = runner.invoke(
        args=[*args, "--theme", "out-of-hours", "--voice", "staff", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Making the report" in result.output
    assert f"Wrote {out} (2 comments" in result.output
    text = read(out)
    assert (
        "Received from 1 April 2026 to 30 June 2026; Voice: Ambulance staff; "
        "Theme: Out-of-hours access" in text
    )


def test_period_dates_are_checked(runner, app, tmp_path):
    out = str(tmp_path / "x.pdf")
    backwards = ["report", "period", "--from", "2026-06-30", "--to", "2026-04-01", "--out", out]
    assert "--to must not be before --from" in runner.invoke(args=backwards).output
    not_a_date = ["report", "period", "--from", "April", "--to", "2026-04-01", "--out", out]
    assert runner.invoke(args=not_a_date).exit_code == 2
    too_early = ["report", "period", "--from", "1900-01-01", "--to", "2026-04-01", "--out", out]
    result = runner.invoke(args=too_early)
    assert result.exit_code == 2
    assert "The start date must be the same as or after 1 January 2000" in result.output


def test_an_unknown_theme_lists_the_themes(runner, quarter, tmp_path):
    args = ["report", "period", "--from", "2026-04-01", "--to", "2026-06-30", "--theme", "parking"]
    result = runner.invoke(args=[*args, "--out", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert "no theme 'parking'" in result.output
    assert "out-of-hours" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_a_report_with_nothing_in_it_still_reads_well(runner, app, tmp_path):
    out = tmp_path / "empty.pdf"
    args = ["report", "period", "--from", "2020-01-01", "--to", "2020-01-31", "--out", str(out)]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    text = read(out)
    assert "No themes were found in the feedback in this report." in text
    assert "No ratings in this feedback" in text
