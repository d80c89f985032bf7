"""Names found by redact(): context, titles, roles and text-speak, and the everyday words,
places and organisations that are not names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback_app.analysis.redaction import find_personal_details, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(d.kind, text[d.start : d.end]) for d in find_personal_details(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Paramedic Sarah was amazing with my mum.", ["Sarah"]),
        ("The nurse, Tom, listened to me.", ["Tom"]),
        ("Dr Patel rang me back.", ["Patel"]),
        ("PC Jones stayed with us.", ["Jones"]),
        ("my son Daniel has autism", ["Daniel"]),
        ("there was a lady called Mags on the phone", ["Mags"]),
        ("Hi, my name is Karen Whitfield.", ["Karen Whitfield"]),
        ("I'm Jo and I use the service.", ["Jo"]),
        ("Thanks to Siobhan and Gareth.", ["Siobhan", "Gareth"]),
        ("mental health nurse priya was fab", ["priya"]),
        ("Sgt Okafor didn't cuff him.", ["Okafor"]),
        ("My husband Mark was in a bad way.", ["Mark"]),
        ("I would like to thank Hope who answered my call.", ["Hope"]),
        ("Dr. Emma Clarke from the home treatment team", ["Emma Clarke"]),
        ("Mr O'Connor was treated with dignity.", ["O'Connor"]),
    ],
)
def test_peoples_names_are_found(text: str, names: list[str]) -> None:
    assert found(text) == [("NAME", name) for name in names]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("My name's Declan and I rang twice.", ["Declan"]),
        ("I'm Rose's dad. Rose is 15 and was seen at school.", ["Rose", "Rose"]),
        ("Frank was the paramedic and he was very calm.", ["Frank"]),
        ("the woman on the line was called grace i think", ["grace"]),
        ("The staff member called Summer rang me back.", ["Summer"]),
        ("Miss Adeyemi from the ward rang to thank the crew.", ["Adeyemi"]),
        ("Thank you Dai, Iolo and Wei.", ["Dai", "Iolo", "Wei"]),
        ("Will was brilliant, and he will never know it.", ["Will"]),
        ("sgt patel stayed calm with my uncle.", ["patel"]),
        ("Name: Chen Jing, carer", ["Chen Jing"]),
        ("Stanisław and Zoë came out to me.", ["Stanisław", "Zoë"]),
    ],
)
def test_names_shown_by_context_elsewhere_in_the_text_or_in_a_role(
    text: str, names: list[str]
) -> None:
    assert found(text) == [("NAME", name) for name in names]


@pytest.mark.parametrize(
    "text",
    [
        "The grace period was short and the will to help was there.",
        "Tel: 0161 496 0123 Jun 2024",
        "I miss the old service. Miss a call and you wait all day.",
        "Hope is hard to hold on to when you wait five hours.",
        "We were taken from Stonebridge, Carlton, to the hospital.",
    ],
)
def test_words_like_names_without_context_stay(text: str) -> None:
    assert not [name for kind, name in found(text) if kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Siân from the crisis team rang me back", ["Siân"]),
        ("Thanks to Zoë and Seán", ["Zoë", "Seán"]),
        ("SARAH WAS BRILLIANT", ["SARAH"]),
        ("I was seen by Dr A. Sharma", ["A. Sharma"]),
        ("Bartek the EMT was great", ["Bartek"]),
        ("Jo, our call handler, was lovely", ["Jo"]),
        ("Carol from the crisis line rings me every week.", ["Carol"]),
        ("Owain and Temi from the ambulance were kind", ["Owain", "Temi"]),
        ("Mikhail was patient and didn't judge me", ["Mikhail"]),
        ("Caoimhe and Kabir, thank you for looking after my gran", ["Caoimhe", "Kabir"]),
    ],
)
def test_names_in_other_spellings_and_contexts_are_found(text: str, names: list[str]) -> None:
    assert found(text) == [("NAME", name) for name in names]


@pytest.mark.parametrize(
    "text",
    [
        "See my mental health nurse every two weeks",
        "Send a better driver.",
        "Pity the Dr's attitude.",
        "Sometimes the paramedic is rude",
        "the best MH Dr I've ever had",
        "Marie Curie nurses came at night",
        "The ambulance went to Milton Keynes by mistake.",
        "WE WAITED SIX HOURS FOR AN AMBULANCE",
    ],
)
def test_sentence_openers_charities_and_places_are_not_names(text: str) -> None:
    assert found(text) == []


def test_titles_stay_outside_the_name_placeholder() -> None:
    assert redact("Dr Patel and PC Amir Hussain came.") == "Dr [NAME] and PC [NAME] came."


@pytest.mark.parametrize(
    "text",
    [
        "I will never forget their kindness.",
        "I hope they get more funding.",
        "They handled it with such grace.",
        "May was a terrible month but June was better.",
        "Will the car be available at weekends?",
        "Mark my words, someone will get hurt.",
        "Hope House gave me a bed for the night.",
        "MIND and the Samaritans both helped me.",
        "The Metropolitan Police were called.",
        "I was detained under Section 136 and taken to A&E.",
        "They took me to St Thomas' Hospital.",
        "Queen Elizabeth Hospital had no beds.",
        "I was five minutes from Victoria station.",
        "We had a frank discussion about the bill.",
        "The Crisis Resolution and Home Treatment Team never rang.",
        "THE CREW WERE BRILLIANT THANK YOU",
    ],
)
def test_everyday_words_and_organisations_are_not_names(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("my AMHP Imogen Price came quickly", ["Imogen Price"]),
        ("the HCA Dominic was kind", ["Dominic"]),
        ("dr okonkwo was so patient", ["okonkwo"]),
        ("Mrs brennan rang me back", ["brennan"]),
        ("big shout out to harriet on nights", ["harriet"]),
        ("cheers u 2, thank u to ellie n declan", ["ellie", "declan"]),
    ],
)
def test_names_after_upper_case_roles_titles_and_text_speak_thanks(
    text: str, names: list[str]
) -> None:
    assert found(text) == [("NAME", name) for name in names]


@pytest.mark.parametrize(
    "text",
    [
        "the dr said to rest",
        "my dr appointment got moved",
        "Dr explained everything",
        "she has ms fatigue most days",
        "The crew came from Devon and knew the roads.",
        "I moved to Kent last year.",
        "My GP (Larchfield) knows nothing about it.",
    ],
)
def test_words_after_dr_and_county_names_are_not_names(text: str) -> None:
    assert found(text) == []


def test_the_quick_test_before_name_finding_never_skips_a_name():
    """``find_names`` skips texts where no word could be a name (``_may_matter``); over every
    labelled text, in its own case, lower case and title case, the full search must find
    nothing in each text skipped."""
    from feedback_app.analysis.person_names import _TOKEN, _may_matter, _names_in

    data = Path(__file__).resolve().parents[2] / "data"
    texts = [
        json.loads(line)["text"]
        for path in sorted(data.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    skipped = 0
    for text in (variant for t in texts for variant in (t, t.lower(), t.title())):
        matches = _TOKEN.findall(text)
        if not any(map(_may_matter, matches)):
            skipped += 1
            assert _names_in(text, matches) == [], text
    assert skipped > 500  # the quick test is exercised, not bypassed
