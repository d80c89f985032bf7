"""The bulk-entry parser: pasted lines and CSV files become notes, or reasons with line numbers."""

import re

import pytest

from feedback_app.workshops.bulk import (
    MAX_ROWS,
    BulkRow,
    decode_upload,
    find_question,
    find_voice,
    parse_csv,
    parse_pasted,
)

QUESTIONS = ["What works well?", "What gets in the way?", "What one thing would you change?"]


def reasons(parsed) -> dict[int, str]:
    return {problem.line: problem.reason for problem in parsed.problems}


def test_a_line_on_its_own_is_a_note_with_the_default_voice():
    parsed = parse_pasted("  The nurse listened  \n", QUESTIONS, "patient")
    assert parsed.rows == [BulkRow(1, None, None, "patient", "The nurse listened")]
    assert parsed.problems == []


def test_columns_give_question_group_note_and_voice():
    text = "2 | Table 1 | Hours waiting | police\n3|  | Change the phone line"
    parsed = parse_pasted(text, QUESTIONS, "carer")
    assert parsed.rows == [
        BulkRow(1, 1, "Table 1", "police", "Hours waiting"),
        BulkRow(2, 2, None, "carer", "Change the phone line"),
    ]


def test_tab_separated_lines_from_a_spreadsheet_work_too():
    parsed = parse_pasted("1\tTable 2\tCalm\tStaff", QUESTIONS, None)
    assert parsed.rows == [BulkRow(1, 0, "Table 2", "staff", "Calm")]


def test_blank_lines_are_skipped_but_still_counted():
    parsed = parse_pasted("\nFirst\n\n\nSecond\n", QUESTIONS, "staff")
    assert [(row.line, row.text) for row in parsed.rows] == [(2, "First"), (5, "Second")]


@pytest.mark.parametrize(
    ("reference", "position"),
    [("1", 0), ("3", 2), ("Q2", 1), ("2.", 1), ("what WORKS  well?", 0), ("", None)],
)
def test_questions_are_found_by_number_or_exact_text(reference, position):
    assert find_question(reference, QUESTIONS) == position


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("4", "There is no question 4 (this workshop has 3)"),
        ("0", "There is no question 0"),
        ("What works?", "No question is called “What works?”"),
    ],
)
def test_unknown_questions_are_explained(reference, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        find_question(reference, QUESTIONS)


@pytest.mark.parametrize(
    ("reference", "voice"),
    [
        ("police", "police"),
        ("Police", "police"),
        ("MH trust", "mh_trust"),
        ("Ambulance staff", "staff"),
    ],
)
def test_voices_are_found_by_value_or_label(reference, voice):
    assert find_voice(reference) == voice


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("1 | T1 |   ", "The note is empty"),
        ("9 | T1 | A note", "There is no question 9"),
        ("Nope | T1 | A note", "No question is called “Nope”"),
        ("1 | T1 | A note | my neighbour", "Unknown voice “my neighbour”"),
        ("1 | T1", "This line has 2 columns"),
        ("1 | 2 | 3 | 4 | 5", "This line has 5 columns"),
        ("1 | T1 | " + "x" * 5001, "The note is 5,001 characters long (at most 5,000)"),
        ("1 | " + "g" * 81 + " | A note", "The group name is longer than 80 characters"),
    ],
)
def test_bad_lines_are_reported_with_their_line_number(line, reason):
    parsed = parse_pasted(f"A good note\n\n{line}", QUESTIONS, "patient")
    assert [row.text for row in parsed.rows] == ["A good note"]
    assert reasons(parsed)[3].startswith(reason)


def test_without_a_default_every_line_must_name_its_voice():
    parsed = parse_pasted("No voice\n1 | | With a voice | carer", QUESTIONS, None)
    assert [row.line for row in parsed.rows] == [2]
    assert reasons(parsed) == {1: "No voice: add one to the line, or choose a voice for every note"}


def test_too_many_notes_are_left_out_from_the_first_one_over():
    text = "\n".join(f"Note {n}" for n in range(MAX_ROWS + 5))
    parsed = parse_pasted(text, QUESTIONS, "staff")
    assert len(parsed.rows) == MAX_ROWS
    assert list(reasons(parsed)) == [MAX_ROWS + 1]


def test_a_csv_maps_columns_by_their_header_in_any_order_and_case():
    text = "Text,VOICE,group,Question\nCalm voice,carer,Table 1,2\nKind,,,\n"
    parsed = parse_csv(text, QUESTIONS, "patient")
    assert parsed.rows == [
        BulkRow(2, 1, "Table 1", "carer", "Calm voice"),
        BulkRow(3, None, None, "patient", "Kind"),
    ]


def test_a_csv_needs_only_a_text_column():
    parsed = parse_csv("text\nOne\nTwo\n", QUESTIONS, "staff")
    assert [row.text for row in parsed.rows] == ["One", "Two"]


def test_csv_line_numbers_count_lines_in_the_file_across_quoted_line_breaks():
    text = 'text,voice\r\n"Line one\r\nline two",staff\r\n,staff\r\nLast,staff\r\n'
    parsed = parse_csv(text, QUESTIONS, None)
    assert [(row.line, row.text) for row in parsed.rows] == [
        (2, "Line one\nline two"),
        (5, "Last"),
    ]
    assert reasons(parsed) == {4: "The note is empty"}


def test_excel_files_with_a_byte_order_mark_semicolons_or_windows_encoding_are_read():
    data = "\ufefftext;voice\r\nCaf\u00e9 was open;patient\r\n".encode()
    parsed = parse_csv(decode_upload(data), QUESTIONS, None)
    assert parsed.rows == [BulkRow(2, None, None, "patient", "Café was open")]
    assert decode_upload("text\nCaf\u00e9 £5".encode("cp1252")) == "text\nCafé £5"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1,Table 1,patient,A note\n", "The first row must name the columns"),
        ("question,voice\n1,patient\n", "The first row must name the columns"),
        ("text,speaker\nA,B\n", "Unknown column: speaker"),
        ("text,text\nA,B\n", "The first row must name the columns"),
        ("", "The file is empty"),
        ("\ufeff\r\n \n", "The file is empty"),
    ],
)
def test_a_csv_without_a_proper_header_is_refused_as_a_whole(text, reason):
    parsed = parse_csv(text, QUESTIONS, "patient")
    assert parsed.rows == []
    assert reason in reasons(parsed)[1]


def test_csv_rows_with_the_wrong_number_of_columns_are_reported():
    parsed = parse_csv("text,voice\nFine,staff\nToo,many,cells\n", QUESTIONS, None)
    assert [row.text for row in parsed.rows] == ["Fine"]
    assert reasons(parsed) == {3: "This row has 3 columns but the header row has 2"}
