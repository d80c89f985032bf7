"""Behaviour of assess_risk(): urgent, mention or none."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from feedback_app.analysis.risk import Risk, assess_risk

DATA = Path(__file__).resolve().parents[2] / "data" / "risk_labelled.jsonl"

URGENT = [
    # first person, present or future
    "when I am at immediate risk nobody answers",
    "My son is at immediate risk, please help",
    "I can't go on any more.",
    "I don't want to be here anymore",
    "I'm going to kill myself",
    "there's no point living like this",
    "I've got the pills ready on the table",
    "I keep cutting myself",
    "I'm thinking of ending it all tonight",
    "they'd all be better off without me",
    "i honestly just want to die",
    "I feel suicidal right now and nobody answers",
    "I've been having suicidal thoughts every day",
    "I've just swallowed a whole box of paracetamol",
    "I am planning to take my own life",
    "Im gonna end it all, I've had enough",
    "I'm cutting again and I can't stop",
    "I wish I was dead",
    "life is not worth living",
    "I'm stood on the bridge",
    # third person, current
    "my daughter says she wants to die",
    "He is threatening to jump off the multi-storey",
    "My son keeps talking about killing himself",
    "She has taken an overdose and is drowsy",
    "my brother is suicidal and the crisis team won't come",
    # harm to others and safeguarding
    "I am going to kill him",
    "My partner hits me and I'm scared to go home",
    "He's threatening to kill me",
    "the kids are being neglected, there is no food and they are left alone",
    "Mum's carer is stealing her pension",
    # typos and lower case
    "i dont wanna live anymore",
    "im going to kill my self",
    "been feeling sucidal all week",
]

MENTION = [
    "Last year I took an overdose and the crew were kind.",
    "The crew were trained in suicide prevention.",
    "He had self-harmed in the past.",
    "Suicide awareness training for call handlers would help.",
    "I am not suicidal, I just needed to talk.",
    "I have never had thoughts of suicide.",
    "Samaritans: warm transfer to 999 worked well when caller at immediate risk",
    "When a caller is at immediate risk we do a warm transfer to 999.",
    "He was sectioned after trying to hang himself in 2019.",
    "The self-harm pathway in A&E is a mess.",
    "I used to cut myself when I was at school.",
    "I tried to kill myself in 2015.",
    "The nurse asked if I was feeling suicidal and I said no.",
    "She wanted to die back then, but she is doing well now.",
    "I'm not going to hurt myself, I just need my medication sorted.",
    "The call handler asked whether I had any thoughts of ending my life.",
    "My dad died by suicide and the crew were gentle with us.",
    "There were no safeguarding concerns.",
    "Ten years ago I was in an abusive relationship.",
]

NONE = [
    "This wait nearly killed me.",
    "I was dying for a cup of tea.",
    "The crew were a lifesaver.",
    "I was so upset when they left.",
    "I thought I was going to die, but it was a panic attack.",
    "The service cuts are killing the NHS.",
    "It has taken 3 hours to get an ambulance.",
    "I could kill for a coffee after that night.",
    "My feet were killing me in A&E.",
    "They cut me off mid sentence and hung up.",
    "I wanted to end the call, it was going nowhere.",
    "I'm going to complain, this is a joke.",
    "I can't fault the paramedics.",
    "I need to take my tablets at 8pm, they let me.",
    "The stress of waiting will kill me one day.",
    "Funding cuts mean the car only runs until midnight.",
    "We have a plan to expand the service next year.",
    "Thank you for saving my life.",
    "I felt hopeless when nobody came, it was awful.",
    "i was left waiting for hours, not good enough",
    "The Samaritans were brilliant.",
]


@pytest.mark.parametrize("text", URGENT)
def test_current_risk_is_urgent(text: str) -> None:
    risk = assess_risk(text)
    assert risk.level == "urgent", risk
    assert risk.reasons


@pytest.mark.parametrize("text", MENTION)
def test_past_general_and_negated_mentions_are_mention(text: str) -> None:
    risk = assess_risk(text)
    assert risk.level == "mention", risk
    assert risk.reasons


@pytest.mark.parametrize("text", NONE)
def test_ordinary_feedback_carries_no_risk(text: str) -> None:
    assert assess_risk(text) == Risk("none", [])


def test_reasons_are_plain_labels_that_never_quote_the_text() -> None:
    risk = assess_risk("Honestly Bartholomew, I want to end my life tonight.")
    assert risk.level == "urgent"
    assert risk.reasons == list(dict.fromkeys(risk.reasons))
    for reason in risk.reasons:
        assert "bartholomew" not in reason.lower()
        assert "'" not in reason
        assert len(reason) < 60


@pytest.mark.parametrize(
    ("current", "past"),
    [
        ("I am suicidal", "I was suicidal"),
        ("I keep cutting myself", "I used to keep cutting myself"),
        ("I'm going to jump off the bridge", "I was going to jump off the bridge"),
        ("my son has taken an overdose", "my son had taken an overdose years ago"),
        # a crisis told as a story: "after I ...", a month, "one night"
        (
            "I took a lot of paracetamol an hour ago and my flatmate found me",
            "After I took a lot of paracetamol my flatmate found me",
        ),
        ("Dad has taken an overdose of his pills", "Dad took an overdose of his pills in March"),
        (
            "He told me he's been looking up ways to do it",
            "One night he told me he'd been looking up ways to do it",
        ),
    ],
)
def test_past_tense_turns_urgent_into_mention(current: str, past: str) -> None:
    assert assess_risk(current).level == "urgent"
    assert assess_risk(past).level == "mention"


@pytest.mark.parametrize(
    ("current", "not_now"),
    [
        # "'d" before a past participle is "had", before a verb "would"
        (
            "He says he'd kill himself if we left him",
            "He'd locked himself in the bathroom that time",
        ),
        (
            "The voices are telling me to hurt myself",
            "The voices had been telling me to hurt myself",
        ),
        ("I want to die", "I had stopped wanting to die by the time they came"),
        ("I have just taken an overdose", "My overdose was eight months ago now"),
        # a question put to someone, and a comparison, are not events
        ("My son wants to end his life", "The nurse asked him 'do you want to end your life'"),
        (
            "She is stood on a ledge over the motorway",
            "She panics and they treat her like she's stood on a ledge",
        ),
        # reported speech in a story, and surviving: "I'm still here"
        ("He keeps saying I want to die", "He kept saying I want to die, that night in August"),
        (
            "I've written my letters and I'm still here with the pills",
            "I'd written my letters. My sister found me. I'm still here, no thanks to the line.",
        ),
        # an event spoken of as over, and how a kind of case is handled
        ("My son has taken an overdose", "After my overdose the crisis team never called me"),
        ("He's taken something and he won't wake up", "Anyone who's taken something needs an ECG"),
        (
            "The caller says she has taken an overdose",
            "When a caller discloses an overdose we have to dial 999 ourselves",
        ),
    ],
)
def test_past_perfect_questions_and_comparisons_are_mentions(current: str, not_now: str) -> None:
    assert assess_risk(current).level == "urgent"
    assert assess_risk(not_now).level == "mention"


@pytest.mark.parametrize(
    ("affirmed", "negated"),
    [
        ("I want to kill myself", "I don't want to kill myself"),
        ("I am having suicidal thoughts", "I am not having suicidal thoughts"),
        ("I'm going to hurt myself", "I'm never going to hurt myself"),
    ],
)
def test_negation_turns_urgent_into_mention(affirmed: str, negated: str) -> None:
    assert assess_risk(affirmed).level == "urgent"
    assert assess_risk(negated).level == "mention"


@pytest.mark.parametrize(
    ("later_now", "later_past"),
    [
        (
            "I told them I was going to hurt myself. I'm still sat here with the blade.",
            "I told them I was going to hurt myself. That was years ago.",
        ),
    ],
)
def test_a_past_account_brought_back_to_now_is_urgent(later_now: str, later_past: str) -> None:
    assert assess_risk(later_now).level == "urgent"
    assert assess_risk(later_past).level == "mention"


@pytest.mark.parametrize(
    ("act", "topic"),
    [
        ("my sister is self harming and won't let me in", "The self-harm team is great."),
        ("He has overdosed, please send someone", "He was admitted after an overdose."),
        ("I'm feeling suicidal", "Suicidal patients wait too long in A&E."),
    ],
)
def test_present_tense_acts_are_urgent_but_topics_are_mentions(act: str, topic: str) -> None:
    assert assess_risk(act).level == "urgent"
    assert assess_risk(topic).level == "mention"


def test_labelled_data_urgent_recall_and_false_alarms() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    outcome = Counter((row["risk"], assess_risk(row["text"]).level) for row in rows)
    urgent = sum(n for (gold, _), n in outcome.items() if gold == "urgent")
    none = sum(n for (gold, _), n in outcome.items() if gold == "none")
    mention = sum(n for (gold, _), n in outcome.items() if gold == "mention")
    assert outcome[("urgent", "urgent")] / urgent >= 0.95
    assert outcome[("none", "urgent")] / none <= 0.1
    assert outcome[("mention", "mention")] / mention >= 0.85


@pytest.mark.parametrize(
    ("now", "then"),
    [
        ("I've been cutting again this week", "I used to cut myself as a teenager"),
        ("my partner hits me when he drinks", "my ex used to hit me but I left him in 2019"),
        ("I want to die", "In the past I wanted to die, but I'm in a good place now"),
        ("I've taken 20 of my tablets", "I took 20 of my tablets when I was at uni"),
    ],
)
def test_time_cues_separate_now_from_history(now: str, then: str) -> None:
    assert assess_risk(now).level == "urgent"
    assert assess_risk(then).level == "mention"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not safe on my own tonight",
        "I can't trust myself around the knives",
        "I'm scared of what I'll do to myself",
    ],
)
def test_saying_you_are_not_safe_is_urgent_even_though_it_is_negative(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just exhausted",
        "I would never hurt my kids, I just needed a break",
        "No thoughts of self harm at the moment",
    ],
)
def test_denials_are_mentions_at_most(text: str) -> None:
    assert assess_risk(text).level == "mention"


@pytest.mark.parametrize(
    ("neglect", "ordinary"),
    [
        (
            "nobody is checking on my mum and she's not eating",
            "my mum isn't eating much but the GP is keeping an eye on her",
        ),
        ("my nan's carers haven't come for days", "the ambulance hasn't come yet"),
    ],
)
def test_neglect_needs_a_dependent_person_and_care_not_given(neglect: str, ordinary: str) -> None:
    assert assess_risk(neglect).level == "urgent"
    assert assess_risk(ordinary).level != "urgent"


@pytest.mark.parametrize(
    ("threat", "joke"),
    [
        ("he said he'd kill me if I left", "she'll kill me for writing this, haha"),
        ("I'm going to make him pay.", "I'll make him pay for the taxi next time"),
    ],
)
def test_threats_are_urgent_but_jokes_and_idioms_are_not(threat: str, joke: str) -> None:
    assert assess_risk(threat).level == "urgent"
    assert assess_risk(joke).level != "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "An overdose of waiting, that's all I got",
        "We were killing time in the corridor",
        "The crisis team rang back within the hour",
        "As part of my training we covered suicide prevention",
        "The crew used a razor to shave my chest for the ECG",
        "I've got a plan for Friday's appointment now",
        "The car park feels unsafe at night",
    ],
)
def test_hard_negatives_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "omg my bf is saying hes gonna jump",
        "ive took a load of my nans tablets",
        "cnt stop crying n i jus want 2 b gone",
    ],
)
def test_text_speak_and_missing_apostrophes(text: str) -> None:
    assert assess_risk(text).level == "urgent"


def test_one_risky_sentence_in_a_long_message_is_enough() -> None:
    text = (
        "The crew arrived quickly and were kind to my husband, who has dementia. They explained "
        "everything and the call handler kept us calm. Parking at the hospital was a nightmare "
        "and the wait in the corridor was long. To be honest I'm not sure I'll still be here next "
        "week. Anyway, thank you all, and please pass on my thanks to the driver."
    )
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    ("current", "denied"),
    [
        (
            "Patient disclosed active suicidal ideation with a plan",
            "Patient denied current suicidal ideation",
        ),
        ("Service user reports DV, partner currently at the address", "No DV concerns noted"),
    ],
)
def test_professional_reports_of_current_risk(current: str, denied: str) -> None:
    assert assess_risk(current).level == "urgent"
    assert assess_risk(denied).level == "mention"
