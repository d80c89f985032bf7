"""Sentiment per clause, with health-feedback phrases and the question answered."""

from __future__ import annotations

import pytest

from feedback_app.analysis import analyse


def label(text: str, question_type: str | None = None) -> str:
    return analyse(text, question_type=question_type).sentiment.label


@pytest.mark.parametrize(
    "text",
    [
        "The nurse was lovely but we waited six hours.",
        "Kind crew, awful wait.",
        "The call handler was brilliant. The ambulance took all night and nobody rang back.",
    ],
)
def test_praise_and_complaint_together_is_mixed(text: str) -> None:
    assert label(text) == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing, all good.",
        "Could not fault them.",
        "No complaints at all.",
        "They listened to me and took the time to explain everything.",
        "The crew were legends.",
        "Nurse was spot on, proper gem.",
    ],
)
def test_health_feedback_praise_is_positive(text: str) -> None:
    assert label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "We waited 6 hours.",
        "I felt judged and was fobbed off with a leaflet.",
        "Nobody rang back.",
        "I was treated like a criminal.",
        # complaints with no feeling word: what nobody did
        "Nobody asked about his service history.",
        "No contact from the crisis team since Monday.",
    ],
)
def test_complaints_are_negative(text: str) -> None:
    assert label(text) == "negative"


def test_plain_statements_are_neutral() -> None:
    assert label("I was seen in June.") == "neutral"
    assert label("n/a") == "neutral"
    assert analyse("").sentiment.label == "neutral"


def test_a_bare_nothing_is_read_by_its_question() -> None:
    assert label("Nothing", question_type="could_improve") == "positive"
    assert label("Nothing", question_type="what_good") == "negative"
    assert label("Nothing") == "neutral"


def test_the_question_sets_the_lean_unless_the_text_clearly_disagrees() -> None:
    assert label("More staff on at night.", question_type="could_improve") == "negative"
    assert label("The nurse came to the house.", question_type="what_good") == "positive"
    assert label("Honestly brilliant, no complaints.", question_type="could_improve") == "positive"
    assert label("Awful, rude and we waited all night.", question_type="what_good") == "negative"


def test_compound_matches_the_label() -> None:
    assert analyse("Brilliant, kind, caring crew.").sentiment.compound > 0.3
    assert analyse("Rude and dismissive, a horrible experience.").sentiment.compound < -0.3
