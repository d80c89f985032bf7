"""Behaviour of redact() and find_personal_details()."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from feedback_app.analysis.redaction import PersonalDetail, find_personal_details, redact

DATA = Path(__file__).resolve().parents[2] / "data" / "redaction_labelled.jsonl"


def found(text: str) -> list[tuple[str, str]]:
    return [(d.kind, text[d.start : d.end]) for d in find_personal_details(text)]


def test_a_phone_number_in_brackets_is_redacted_without_them() -> None:
    text = "The paramedic took my details (07700 900 505) and said someone would ring."
    assert found(text) == [("PHONE", "07700 900 505")]
    assert "([PHONE])" in redact(text)


@pytest.mark.parametrize(
    "number",
    [
        "07700 900123",
        "07700900123",
        "07700-900-123",
        "07700 900 123",
        "+44 7700 900123",
        "+447700900123",
        "0044 7700 900123",
        "(020) 7946 0321",
        "020 7946 0321",
        "+44 (0)20 7946 0321",
        "0161-496-0555",
        "0161 496 0555",
        "0113.496.0123",
        "01632 960 123",
        "01632960123",
        "0800 890 567",
        "08081 570123",
        "0306 999 0123",
        "029 2018 0456",
    ],
)
def test_uk_phone_numbers_are_redacted(number: str) -> None:
    text = f"Please ring me on {number} after 6pm."
    assert found(text) == [("PHONE", number)]
    assert redact(text) == "Please ring me on [PHONE] after 6pm."


@pytest.mark.parametrize(
    "text",
    [
        "If you are in danger call 999 straight away.",
        "I rang NHS 111 option 2 and got through in minutes.",
        "The Samaritans are on 116 123, day or night.",
        "Childline is 0800 1111 and Papyrus HOPELINEUK is 0800 068 4141.",
        "CALM: 0800 58 58 58. SANEline: 0300 304 7000.",
        "National Domestic Abuse Helpline 0808 2000 247.",
        "Text SHOUT to 85258.",
        "Ring 101 if it is not an emergency.",
        "I waited 6 hours, from 14:30 until 20:45.",
        "3 years on the waiting list and 12 calls since 2019.",
        "On 12/03/2024 the crew arrived at 2.15am.",
        "My blood pressure was 150/90 and my pulse 120.",
        "Ref 2023/4567, incident 1234567.",
    ],
)
def test_help_lines_times_dates_and_counts_are_kept(text: str) -> None:
    assert find_personal_details(text) == []
    assert redact(text) == text


@pytest.mark.parametrize("fmt", ["{} {} {}", "{}-{}-{}", "{}{}{}"])
def test_nhs_number_with_a_valid_checksum_is_redacted(fmt: str) -> None:
    number = fmt.format("943", "476", "5919")  # check digit 9 is right
    assert found(f"Reference {number} please.") == [("NHS_NUMBER", number)]
    assert redact(f"NHS number {number}") == "NHS number [NHS NUMBER]"


def test_ten_digits_failing_the_checksum_are_not_an_nhs_number() -> None:
    assert found("Our incident number was 943 476 5918 apparently.") == []


def test_ten_digits_after_the_words_nhs_number_are_redacted_even_if_mistyped() -> None:
    assert found("My NHS number is 943 476 5918") == [("NHS_NUMBER", "943 476 5918")]


def test_ten_digit_phone_number_failing_the_checksum_is_a_phone_number() -> None:
    assert found("call 0800 890 567") == [("PHONE", "0800 890 567")]


@pytest.mark.parametrize(
    "address",
    [
        "j.smith84@example.com",
        "sarah_jones@example.co.uk",
        "KEVIN.BROWN@EXAMPLE.NET",
        "a.carer+nhs@example.nhs.uk",
    ],
)
def test_email_addresses_are_redacted(address: str) -> None:
    text = f"email me at {address}."
    assert found(text) == [("EMAIL", address)]
    assert redact(text) == "email me at [EMAIL]."


@pytest.mark.parametrize(
    "postcode", ["SW1A 1AA", "m1 1ae", "EC1A1BB", "LS6 2QT", "cf10 1ep", "B33 8TH", "G12 8QQ"]
)
def test_full_postcodes_are_redacted_in_any_case(postcode: str) -> None:
    text = f"We live in {postcode} and waited ages."
    assert found(text) == [("POSTCODE", postcode)]


def test_outward_code_alone_is_redacted_only_after_the_word_postcode() -> None:
    assert found("my postcode is E14 if that helps") == [("POSTCODE", "E14")]
    assert found("we live in the E14 area") == []
    assert found("stuck on the M6 for hours, B12 injections") == []


@pytest.mark.parametrize(
    "address",
    [
        "12 Acacia Avenue",
        "Flat 3, 12 Acacia Avenue",
        "221B Baker Street",
        "88 Station Rd",
        "45 high street",
        "16 St John's Square",
        "Flat 10, Brunswick Court",
        "16 Heol y Nant",
        "11 Ffordd Las",
        "109 Kingsway",
    ],
)
def test_street_addresses_are_redacted(address: str) -> None:
    text = f"I live at {address}, near the park."
    assert found(text) == [("ADDRESS", address)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 12/03/1985", "12/03/1985"),
        ("date of birth: 3rd May 1972", "3rd May 1972"),
        ("I was born on 14 February 1990.", "14 February 1990"),
        ("d.o.b. 01-07-1964", "01-07-1964"),
        ("D.O.B 1999-04-23", "1999-04-23"),
        ("my date of birth is March 12, 1985", "March 12, 1985"),
        ("born on the 5th of May 1979", "5th of May 1979"),
    ],
)
def test_dates_of_birth_are_redacted(text: str, date: str) -> None:
    assert found(text) == [("DATE_OF_BIRTH", date)]
    assert "[DATE OF BIRTH]" in redact(text)


def test_other_dates_are_not_dates_of_birth() -> None:
    assert found("We called on 12/03/2024 and again on 3rd May.") == []


def test_a_number_after_an_international_dialling_code_is_a_phone_number() -> None:
    assert found("call my dad on +44 121 496 0111") == [("PHONE", "+44 121 496 0111")]


def test_a_flat_number_marks_an_address_without_a_street_word() -> None:
    assert found("Flat 2b, 115 Kingsway") == [("ADDRESS", "Flat 2b, 115 Kingsway")]


@pytest.mark.parametrize(
    "number", ["0161 496 0123 ext 12", "0117 496 0666 x301", "020 7946 0000, extension 4"]
)
def test_an_extension_is_part_of_the_phone_number(number: str) -> None:
    assert found(f"Ring {number} and ask for the duty nurse.") == [("PHONE", number)]


@pytest.mark.parametrize(
    "address", ["Flat 3, Alder House, 12 Mill Lane", "Room 7, 40 Station Road"]
)
def test_a_flat_or_hostel_room_and_its_street_are_one_address(address: str) -> None:
    assert found(f"He lives at {address}, near the park.") == [("ADDRESS", address)]


def test_a_date_of_birth_given_as_such_is_redacted() -> None:
    text = "She gave her date of birth as 02/03/1981 to the crew."
    assert found(text) == [("DATE_OF_BIRTH", "02/03/1981")]


def test_details_are_sorted_non_overlapping_offsets_into_the_original() -> None:
    text = (
        "Paramedic Sarah Jones visited 12 Acacia Avenue, M1 1AE. NHS 943 476 5919, "
        "DOB 12/03/1985, call 07700 900123 or email sarah@example.com"
    )
    details = find_personal_details(text)
    assert all(isinstance(d, PersonalDetail) for d in details)
    assert [d.start for d in details] == sorted(d.start for d in details)
    assert all(a.end <= b.start for a, b in zip(details, details[1:], strict=False))
    assert {d.kind for d in details} == {
        "NAME",
        "ADDRESS",
        "POSTCODE",
        "NHS_NUMBER",
        "DATE_OF_BIRTH",
        "PHONE",
        "EMAIL",
    }
    assert redact(text) == (
        "Paramedic [NAME] visited [ADDRESS], [POSTCODE]. NHS [NHS NUMBER], "
        "DOB [DATE OF BIRTH], call [PHONE] or email [EMAIL]"
    )


def test_labelled_data_recall_and_over_redaction() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    hits, totals = Counter(), Counter()
    over_redacted = 0
    for row in rows:
        got = found(row["text"])
        for detail in row["details"]:
            totals[detail["kind"]] += 1
            hits[detail["kind"]] += (detail["kind"], detail["text"]) in got
        over_redacted += not row["details"] and bool(got)
    for kind, total in totals.items():
        assert hits[kind] / total >= (0.85 if kind == "NAME" else 0.95), kind
    assert over_redacted <= 0.05 * sum(not row["details"] for row in rows)


@pytest.mark.parametrize("text", ["tel.01632960712", "Mob.07700 900418", "ph.0113 496 0287"])
def test_a_phone_number_straight_after_an_abbreviation_dot_is_redacted(text: str) -> None:
    number = text.split(".", 1)[1]
    assert found(text) == [("PHONE", number)]


@pytest.mark.parametrize(
    "text",
    ["Take 2.5mg twice a day.", "running version 1.01632960712 of the app", "score 3.07700900418"],
)
def test_a_number_after_a_decimal_point_is_not_a_phone_number(text: str) -> None:
    assert found(text) == []


def test_an_apostrophe_inside_an_email_local_part_is_kept_in_the_address() -> None:
    text = "write to b.o'reilly@example.org or d'arcy.k@example.net"
    assert found(text) == [("EMAIL", "b.o'reilly@example.org"), ("EMAIL", "d'arcy.k@example.net")]


@pytest.mark.parametrize(
    ("text", "postcode"),
    [("my postcode is ls6 2nd", "ls6 2nd"), ("Post code: M14 1st", "M14 1st")],
)
def test_after_the_word_postcode_an_ordinal_looking_inward_half_is_kept(
    text: str, postcode: str
) -> None:
    assert found(text) == [("POSTCODE", postcode)]


def test_an_ordinal_after_an_outward_code_is_not_a_postcode_without_the_word() -> None:
    assert found("we met on the b12 2nd floor") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my birthday is 22nd june 1979", "22nd june 1979"),
        ("Birth date: 07/11/1993", "07/11/1993"),
        ("birthdate - march 3, 2001", "march 3, 2001"),
    ],
)
def test_birthday_and_birth_date_with_a_year_are_dates_of_birth(text: str, date: str) -> None:
    assert found(text) == [("DATE_OF_BIRTH", date)]


def test_a_birthday_without_a_year_is_not_a_date_of_birth() -> None:
    assert found("they came on my birthday, 9th october") == []


@pytest.mark.parametrize(
    "address", ["21 st. anne's road", "4 st john's close", "9 the crescent", "130 the green"]
)
def test_lower_case_addresses_with_saint_possessive_or_the(address: str) -> None:
    assert found(f"the car went to {address} first") == [("ADDRESS", address)]


@pytest.mark.parametrize(
    "text", ["the avenue of care was unclear", "they were on the green", "the crescent moon"]
)
def test_the_and_a_street_word_without_a_house_number_is_no_address(text: str) -> None:
    assert found(text) == []
