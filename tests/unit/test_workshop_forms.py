"""Parsing what facilitators type when they set up a workshop: times, attendance, agenda."""

from datetime import time

import pytest

from feedback_app.forms.workshops import parse_attendance, parse_questions, parse_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", time(14)),
        ("9.30", time(9, 30)),
        ("0930", time(9, 30)),
        ("10", time(10)),
        ("2pm", time(14)),
        ("2:30 p.m.", time(14, 30)),
        ("12am", time(0)),
        ("12 pm", time(12)),
        ("noon", time(12)),
    ],
)
def test_start_times_are_read_as_people_write_them(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "10:75", "13pm", "half ten", ""])
def test_times_that_do_not_exist_are_refused(text):
    assert parse_time(text) is None


def test_attendance_lines_give_names_and_head_counts():
    text = "Mind, 4\nNHS 111 team: 2\n\nPatients 6\nPolice\t3\nSamaritans - 2\nNHS-3"
    rows, problems = parse_attendance(text)
    assert rows == [
        ("Mind", 4), ("NHS 111 team", 2), ("Patients", 6), ("Police", 3), ("Samaritans", 2),
        ("NHS", 3),
    ]  # fmt: skip
    assert problems == []


def test_attendance_problems_name_the_line():
    rows, problems = parse_attendance("Mind, 4\nSamaritans\n, 3")
    assert rows == [("Mind", 4)]
    assert problems == [
        "Line 2: add how many people came, like “Samaritans, 4”",
        "Line 3: enter the name of the group before the number",
    ]


def test_agenda_questions_lose_the_numbers_people_typed():
    text = "1. What works well?\n\n2) What gets in the way?\nQ3 - One change?\nWhy 24/7?"
    assert parse_questions(text) == [
        "What works well?",
        "What gets in the way?",
        "One change?",
        "Why 24/7?",
    ]
