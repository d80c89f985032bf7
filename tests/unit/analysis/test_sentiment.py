"""Sentiment per clause, with health-feedback phrases and the question answered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback_app.analysis import analyse, analyse_many
from feedback_app.analysis.sentiment import score_sentiment
from feedback_app.analysis.text import prepare

LABELLED = Path(__file__).resolve().parents[2] / "data" / "feedback_labelled.jsonl"


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


def test_the_question_sets_the_lean() -> None:
    assert label("More staff on at night.", question_type="could_improve") == "negative"
    assert label("The nurse came to the house.", question_type="what_good") == "positive"


def test_the_lexicon_reads_a_text_against_its_question_when_it_clearly_disagrees() -> None:
    """The lexicon's own reading, one of the learned model's inputs (which, from its data,
    trusts the question more: such answers are rare)."""

    def lexicon(text: str, question_type: str) -> str:
        return score_sentiment(prepare(text), question_type).label

    assert lexicon("Honestly brilliant, no complaints.", "could_improve") == "positive"
    assert lexicon("Awful, rude and we waited all night.", "what_good") == "negative"


def test_the_learned_model_beats_the_lexicon_on_held_out_feedback() -> None:
    """Behaviour floor: on the held-out labelled feedback the shipped model reads sentiment
    better than the lexicon alone (bench/analysis_quality.py measures 0.84 against 0.73)."""
    with open(LABELLED, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    heldout = [row for row in rows if row["split"] == "heldout"]
    results = analyse_many(
        [row["text"] for row in heldout], question_types=[row["question_type"] for row in heldout]
    )
    learned = sum(
        result.sentiment.label == row["sentiment"]
        for result, row in zip(results, heldout, strict=True)
    )
    lexicon = sum(
        score_sentiment(prepare(row["text"]), row["question_type"]).label == row["sentiment"]
        for row in heldout
    )
    assert learned >= lexicon + 0.05 * len(heldout)
