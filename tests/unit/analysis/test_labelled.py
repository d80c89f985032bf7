"""Reading labelled feedback files: column mapping, labels, question types and problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedback_app.analysis.codebook import load_qdc_v7_taxonomy
from feedback_app.analysis.labelled import (
    LabelledDataError,
    Problem,
    question_type_of,
    read_labelled_csv,
    sentiment_of,
)

KNOWN = ["waiting", "staff-attitude", "parking"]
V6_FILE = (
    Path(__file__).resolve().parents[4]
    / "shared/data/patient_feedback/pxtextmining/v6framework_230831.csv"
)


def test_one_column_per_theme_by_slug_or_name():
    data = (
        b"ID,Comment,Question,Waiting,Staff attitude,parking,Safeguarding?,Notes\n"
        b"1,We waited hours,What could we do better?,1,0,,0,x1\n"
        b"2,Lovely crew,What was good?,0,1,0,1,\n"
        b"3,Nowhere to park and a long wait,,1,,yes,,\n"
    )
    labelled = read_labelled_csv(data, KNOWN)
    assert [(r.line, r.text, r.labels, r.question_type) for r in labelled.rows] == [
        (2, "We waited hours", ["waiting"], "could_improve"),
        (3, "Lovely crew", ["staff-attitude"], "what_good"),
        (4, "Nowhere to park and a long wait", ["parking", "waiting"], None),
    ]
    assert labelled.text_column == "Comment"
    assert labelled.question_column == "Question"
    assert labelled.theme_columns == {
        "Waiting": "waiting",
        "Staff attitude": "staff-attitude",
        "parking": "parking",
        "Safeguarding?": "",
    }
    assert labelled.unknown_themes == ["Safeguarding?"]
    assert labelled.ignored_columns == ["ID", "Notes"]
    assert labelled.problems == []
    assert ("Safeguarding?", "unknown theme, left out") in labelled.mapping


def test_a_label_list_column_separated_by_semicolons_or_bars():
    data = (
        b"text,labels,sentiment\n"
        b"We waited hours,waiting,5\n"
        b"Kind staff but no parking,Staff attitude | parking,3\n"
        b"The food was cold,food;waiting,negative\n"
        b"Nothing to add,,\n"
    )
    labelled = read_labelled_csv(data, KNOWN)
    assert [(r.labels, r.sentiment) for r in labelled.rows] == [
        (["waiting"], "negative"),
        (["parking", "staff-attitude"], "neutral"),
        (["waiting"], "negative"),
        ([], None),
    ]
    assert labelled.label_column == "labels"
    assert labelled.sentiment_column == "sentiment"
    assert labelled.unknown_themes == ["food"]


def test_rows_that_cannot_be_used_are_left_out_with_their_line():
    data = (
        b"feedback,waiting,parking,sentiment\n"
        b"We waited hours,1,0,4\n"
        b"  ,1,0,4\n"
        b"we  waited HOURS,1,0,4\n"
        b"No parking,maybe,1,4\n"
        b"Parking was fine,0,1,very nice\n"
        b"A long wait,1,0,2\n"
    )
    labelled = read_labelled_csv(data, KNOWN)
    assert [r.line for r in labelled.rows] == [2, 7]
    assert labelled.problems == [
        Problem(3, "the text is empty"),
        Problem(4, "the text duplicates line 2"),
        Problem(5, "the value 'maybe' in column 'waiting' is not 1 or 0"),
        Problem(6, "the sentiment 'very nice' is not 1-5 or positive/neutral/negative"),
    ]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"id,waiting\n1,1\n", "no text column"),
        (b"text,notes\nWe waited,long\n", "no themes found"),
        (b"\x00\x01binary", "not a CSV file"),
    ],
)
def test_files_that_cannot_be_read_raise_a_clear_error(data, message):
    with pytest.raises(LabelledDataError, match=message):
        read_labelled_csv(data, KNOWN)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("What was good?", "what_good"),
        ("What went well?", "what_good"),
        ("what_good", "what_good"),
        ("How could we improve?", "could_improve"),
        ("What could we do better?", "could_improve"),
        ("could_improve", "could_improve"),
        ("what_improve", "could_improve"),
        ("FFT Why?", "other"),
        ("other", "other"),
        ("", None),
    ],
)
def test_question_types(value, expected):
    assert question_type_of(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [("1", "positive"), ("2.0", "positive"), ("3", "neutral"), ("Mixed", "neutral")]
    + [("5", "negative"), (" Negative ", "negative"), ("", None)],
)
def test_sentiments(value, expected):
    assert sentiment_of(value) == expected


@pytest.mark.skipif(
    not V6_FILE.exists(), reason="the shared NHS data folder is not beside the repo"
)
def test_the_public_nhs_file_reads_against_the_qdc_framework():
    labelled = read_labelled_csv(V6_FILE.read_bytes(), load_qdc_v7_taxonomy().slugs)
    assert labelled.text_column == "FFT answer"
    assert labelled.question_column == "FFT question"
    assert labelled.sentiment_column == "Comment sentiment"
    assert labelled.theme_columns["Timeliness of care"] == "timeliness-of-care"
    assert "Number & deployment of staff" in labelled.unknown_themes  # a v6-only column
    assert len(labelled.rows) > 5000
    assert {r.question_type for r in labelled.rows} == {"what_good", "could_improve", "other"}
    assert sum("timeliness-of-care" in r.labels for r in labelled.rows) > 500
