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


def test_reasons_quote_the_words_that_raised_the_risk() -> None:
    risk = assess_risk("Honestly I want to end my life.")
    assert any(
        "i want to end my life" in reason or "want to end my life" in reason
        for reason in risk.reasons
    )


@pytest.mark.parametrize(
    ("current", "past"),
    [
        ("I am suicidal", "I was suicidal"),
        ("I keep cutting myself", "I used to keep cutting myself"),
        ("I'm going to jump off the bridge", "I was going to jump off the bridge"),
        ("my son has taken an overdose", "my son had taken an overdose years ago"),
    ],
)
def test_past_tense_turns_urgent_into_mention(current: str, past: str) -> None:
    assert assess_risk(current).level == "urgent"
    assert assess_risk(past).level == "mention"


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


@pytest.mark.parametrize(
    "text",
    ["want 2 die", "cnt cope anymore", "im gonna do something stupid", "ill end it tonight"],
)
def test_text_speak_is_understood(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I'd be dead without the crew, they were amazing.",
        "There's no way out of the car park at night.",
        "What's the point in a crisis line if nobody answers?",
        "I can't cope with the waiting times any longer, sort it out.",
        "The paramedic took all my tablets to show the doctors.",
    ],
)
def test_figures_of_speech_and_complaints_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


def test_labelled_data_urgent_recall_and_false_alarms() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    outcome = Counter((row["risk"], assess_risk(row["text"]).level) for row in rows)
    urgent = sum(n for (gold, _), n in outcome.items() if gold == "urgent")
    none = sum(n for (gold, _), n in outcome.items() if gold == "none")
    mention = sum(n for (gold, _), n in outcome.items() if gold == "mention")
    assert outcome[("urgent", "urgent")] / urgent >= 0.95
    assert outcome[("none", "urgent")] / none <= 0.1
    assert outcome[("mention", "mention")] / mention >= 0.85
