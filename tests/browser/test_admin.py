"""The admin pages in a real browser: accounts, a theme edit, and training a model from
labelled data through to switching it on."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Taxonomy, TrainedModel, User
from feedback_app.tagging.pipeline import analyse_comments
from tests.browser.conftest import serious_accessibility_violations, sign_in
from tests.factories import add_comment, make_feedback
from tests.labelled_files import as_csv, labelled_csv

pytestmark = pytest.mark.browser


def test_an_admin_adds_an_account_after_fixing_a_weak_password(page, make_user):
    sign_in(page, make_user("admin"))
    page.goto("/staff/admin/users/new")
    page.get_by_label("Email address").fill("charge.nurse@example.org")
    page.get_by_label("Facilitator").check()
    page.get_by_label("Quality lead").check()
    page.get_by_label("Password").fill("password1234")
    page.get_by_role("button", name="Add account").click()
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Password").fill("Harbour-Lantern-Quince-58")
    page.get_by_role("button", name="Add account").click()
    expect(page.get_by_role("table")).to_contain_text("charge.nurse@example.org")
    user = db.session.scalar(select(User).filter_by(email="charge.nurse@example.org"))
    assert user.role_set == {"facilitator", "quality_lead"}


def test_an_admin_changes_a_theme_and_sees_the_new_version(page, make_user):
    sign_in(page, make_user("admin"))
    page.goto("/staff/admin/taxonomies")
    page.get_by_role("link", name="Ambulance mental health themes").click()
    page.locator("a[href$='/themes/out-of-hours']").click()
    page.get_by_label("Phrases that rule it out").fill("night shift staff\nweekend rota")
    page.get_by_role("button", name="Save as a new version").click()
    expect(page.get_by_text("Saved as version 2")).to_be_visible()
    expect(page.locator("#versions + table")).to_contain_text("Changed the theme")
    assert serious_accessibility_violations(page) == []


def test_an_admin_trains_reads_the_card_and_switches_the_model_on(page, make_user, tmp_path):
    labelled = tmp_path / "labelled.csv"
    labelled.write_bytes(as_csv(labelled_csv()))
    sign_in(page, make_user("admin"))
    page.goto("/staff/admin/taxonomies/ambulance-mh/labelled")
    page.locator("input[type=file][name=labelled]").set_input_files(str(labelled))
    page.get_by_role("button", name="Preview the data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the labelled data before adding it"
    )
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Add 90 labelled texts").click()
    page.get_by_role("button", name="Train the tagger").click()
    # The progress page follows the job by itself until the model card is ready.
    page.get_by_role("button", name="Read the model card").click(timeout=60_000)
    expect(page.get_by_role("table")).to_contain_text("Police")
    assert serious_accessibility_violations(page) == []
    page.get_by_role("button", name="Switch this model on").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "All feedback has been analysed again", timeout=30_000
    )
    db.session.expire_all()
    assert db.session.scalar(select(TrainedModel.status)) == "active"


PUBLIC_DATA = Path(__file__).resolve().parents[3] / "shared/data/patient_feedback"


def v6_train_part() -> bytes:
    """The rows of the public NHS v6 file in the train part of the fixed split, as a CSV."""
    with open(PUBLIC_DATA / "split_v6.csv", encoding="utf-8") as handle:
        train = {row["Comment ID"] for row in csv.DictReader(handle) if row["part"] == "train"}
    with open(PUBLIC_DATA / "pxtextmining/v6framework_230831.csv", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
        writer.writeheader()
        writer.writerows(row for row in reader if row["Comment ID"] in train)
    return out.getvalue().encode("utf-8")


@pytest.mark.skipif(not PUBLIC_DATA.is_dir(), reason="needs ../shared/data/patient_feedback")
def test_the_national_framework_is_learned_from_public_nhs_data(page, make_user, tmp_path):
    labelled = tmp_path / "v6-train.csv"
    labelled.write_bytes(v6_train_part())
    sign_in(page, make_user("admin"))
    page.goto("/staff/admin/taxonomies")
    page.get_by_role("button", name="Switch on NHS FFT QDC framework (v7)").click()
    page.goto("/staff/admin/taxonomies/qdc-v7/labelled")
    page.locator("input[type=file][name=labelled]").set_input_files(str(labelled))
    page.get_by_role("button", name="Preview the data").click()
    page.locator("summary", has_text="Themes in the file").click()
    expect(page.get_by_role("table").first).to_contain_text("Staff manner & personal attributes")
    page.get_by_role("button", name=re.compile(r"^Add [\d,]+ labelled texts$")).click()
    page.get_by_role("button", name="Train the tagger").click()
    page.get_by_role("button", name="Read the model card").click(timeout=180_000)
    expect(page.get_by_role("table")).to_contain_text("Trusted")
    page.get_by_role("button", name="Switch this model on").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "All feedback has been analysed again", timeout=60_000
    )

    qdc = db.session.scalars(select(Taxonomy).filter_by(key="qdc-v7")).one()
    comment = add_comment(
        make_feedback(),
        "The crew were so kind and caring, they really put my mind at rest.",
        question_type="what_good",
        taxonomy=qdc,
    )
    analyse_comments([comment])
    db.session.commit()
    assert {tag.theme_slug for tag in comment.tags if tag.taxonomy_id == qdc.id}
