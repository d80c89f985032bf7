"""Risk read from indirect signs (text-speak, quoted words, preparations, final arrangements),
the everyday uses of the same words, and the safety net that catches danger words no phrase knows;
and the gate that lets only the regexes that could match run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback_app.analysis.risk import Risk, _normalise, _safety_net, assess_risk

DATA = Path(__file__).resolve().parents[2] / "data" / "risk_labelled.jsonl"


# Each kind of signal, in wording that does not rely on one fixed phrase.
SIGNALS = {
    "farewell": [
        "I've said my goodbyes to the family",
        "she left a note saying sorry and her phone is off",
        "I've sorted out my will and given the cat to my neighbour",
        "this is my last message. thank you for trying",
    ],
    "means or plan": [
        "there's a belt in my wardrobe and I keep staring at it",
        "I've been saving up my dad's morphine",
        "he's gone down to the river and won't answer",
        "I've got a plan for tonight and the means",
        "she's holding a knife to her own throat",
    ],
    "hopelessness": [
        "there's no future for me",
        "I'm a waste of space and they'd all be relieved",
        "it would be easier for everyone if I wasn't around",
        "I just want the pain to be over with",
        "I can't promise I'll still be alive by the weekend",
    ],
    "self-harm": [
        "been burning my arms again",
        "I'm starving myself on purpose",
        "he keeps banging his head against the wall until it bleeds",
        "I scratched my wrists tonight",
    ],
    "harm to others": [
        "if he comes near me again I'll break his jaw",
        "I'm scared I'll hurt the baby",
        "he's got a machete and says he's going after the neighbour",
        "my ex says he'll burn the flat down with us in it",
    ],
    "abuse": [
        "my stepdad comes into my room at night",
        "her boyfriend controls her money and she has a black eye",
        "he put his hands round my throat last night",
        "a 13 year old is staying at the flat with older men",
    ],
    "neglect": [
        "nobody is checking on my nan and she's got no food in",
        "Grandad's carers haven't turned up for three days",
        "the toddler next door is left on his own while she goes drinking",
        "my dad is bedbound and lying in his own mess",
    ],
}


@pytest.mark.parametrize(
    "text", [text for texts in SIGNALS.values() for text in texts], ids=lambda t: t[:40]
)
def test_each_kind_of_current_signal_is_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", assess_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "want 2 die",
        "cnt cope anymore",
        "im gonna do something stupid",
        "ill end it tonight",
        "nobody rang. i dont want 2 b here anymore",
    ],
)
def test_text_speak_is_understood(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        'Her dad told us this morning he "has a plan" and he has been to the viaduct twice.',
        "A client texted saying she's 'done' and she's at the reservoir now.",
        "Tonight my brother gave me his bank card and told me where his will is.",
        "My ex has the kids this weekend and he's been saying scary stuff about them.",
        "The child is still with her psychotic mum and there's no safeguarding referral made yet.",
    ],
)
def test_quoted_words_final_arrangements_and_unmet_safeguarding_are_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "The waiting list is 20 weeks. I won't last that long, I've picked the date.",
        "She's picked Saturday. The crew's notes never reached us.",
        "My dad has cleared out his flat and paid his rent up to June.",
        "He asked where the life insurance is kept and if it pays out whatever happens.",
        "Please make sure someone feeds the cat. Thank you for trying.",
        "cnt stop cuttin 2nite n nobody answers",
        "sewerslide is all i think about atm",
        "ma boy's greetin sayin he disnae want tae be here nae mair",
        "I'm typing this from the bridge near the station.",
        "Tell Sam I'm sorry. The nurse was kind.",
        "If nobody sees me soon I'm going to finish what I started.",
        "He keeps saying he'll make her stop for good.",
        "Three kids in the house, mum collapsed drunk, no other adult here.",
        "She posted 'last post x' with a photo of a pile of tablets.",
        "i've got what i need now. discharged last week for engaging well",
        "My family would manage fine without me.",
    ],
)
def test_indirect_signs_of_risk_now_are_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "Lately I keep thinking about the railway bridge near my work.",
        "i'm sat on the roof of the multi storey. nobody is answering",
        "Some days I want to get in the car and just not stop.",
        "Honestly it would be simpler not to be here any more.",
        "I need someone to talk me out of it before the weekend.",
        "I really don't know how much longer I can keep going.",
        "Tell the crisis team I won't need anyone after tonight.",
        "He locks her in when he goes to work and the baby is with her.",
        "Two toddlers in the flat and dad is in no fit state to look after them.",
    ],
)
def test_places_dwelt_on_last_straws_and_unsafe_homes_are_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", assess_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to do it after work and nobody can stop me",
        "No point sending the car, by the time they get there it'll be over.",
        "Waiting on the platform, the fast train is due in ten minutes.",
        "He texted that he's going to drive off the M62 on his way home.",
        "Is 30 of my sertraline enough? Just tell me.",
        "Bought a rope this morning.",
        "Make sure the cat goes to my neighbour.",
        "Two kids in the flat since lunchtime, no adult present.",
        "I know where he lives and I'll make sure he never touches anyone again.",
        "If that nurse comes near me again I can't be responsible for what I do.",
        "She said she would take the kids with her if she goes.",
        "Her mum isn't feeding her properly and she's only 5 months.",
        "I don't plan on still being here by Christmas.",
        "Honestly not sure I can hold on until my appointment.",
        "On the way out she said she'd sort it herself if we went.",
        "My grandson is 6 and they left the two of them on their own all night.",
        "They would all probably be better off.",
        "How many co-codamol does it take? I've got plenty.",
        "Can I still donate my organs if I do it myself?",
        "Gave away my bike and my records today.",
        "The baby is on her own upstairs and mum is passed out drunk.",
        "Since the funeral he keeps saying he wants to be with his wife, who died in May.",
    ],
)
def test_plans_means_and_threats_in_new_wordings_are_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", assess_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager will kill me for saying it, but the crew were lovely.",
        "The hub is drowning in an overdose of paperwork.",
        "I'm a survivor of abuse and I'm not in any danger now, the paramedic was kind.",
        "I told the call handler I was going to drive into the canal. That was in March.",
        "We will do it tonight: the rota for the new car goes out after the meeting.",
        "What kills us is the four hours stood in A&E.",
        "His passport says he can't cope with crowds or noise.",
        "Overdosed on mince pies again, so I'm running for your charity.",
        "Sick to death of being passed around. I'm safe, just fed up.",
        "I could have died of embarrassment when they saw my messy flat.",
        "I'm researching self-harm pathways for a dissertation.",
        "Is 40 of the staff enough to cover nights?",
        "The crew found a place to park and were going in within minutes.",
        "The kids were on their own in the lounge while I was using the phone.",
        "The ward locks the door at night for everyone's safety.",
        "Back then he was taking her money and not feeding her. She is safe in a care home now.",
    ],
)
def test_figures_of_speech_and_past_plans_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", assess_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crew parked on the top floor of the car park at the hospital.",
        "We were thinking about the bridge closures when we planned the route.",
        "She'd cut her arm that evening and the nurse dressed it properly.",
        "The call handler cut across me every time I tried to explain.",
        "Honestly he'd have been better off at home than on a trolley in A&E.",
        "Then the question 'is she a danger to herself?' and twenty minutes on hold.",
    ],
)
def test_the_same_words_in_the_past_or_in_passing_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", assess_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "We picked the date for the next workshop.",
        "I have written the letters of complaint to the trust.",
        "Make sure someone tells the GP.",
        "Love you all at the hub, thank you.",
        "The wait for a bed killed any hope of sleep, honestly.",
    ],
)
def test_everyday_uses_of_those_words_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I rated it 2 out of 5 because we waited 2 hours.",
        "The 'safeguarding' module in our training was useful.",
        "The paramedic said some lovely things about my kids.",
        "He gave me his card so I could ring the team back.",
    ],
)
def test_numbers_quotes_and_kind_words_are_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent"


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


def test_the_gate_never_skips_a_regex_that_matches():
    """The gate is derived from the regexes' own patterns; over every labelled text, sentence by
    sentence and whole, each gated regex that matches must be among those the gate lets run."""
    from feedback_app.analysis.risk import (
        _COMPILED,
        _GATE,
        _JOKING,
        DANGER,
        MENTION,
        NEGLECT,
        NET_DANGER,
        SELF_HARM,
        STATE,
        _normalise,
    )

    gated = [pattern for _, pattern in _COMPILED]
    gated += [NEGLECT, STATE, DANGER, SELF_HARM, NET_DANGER, MENTION, _JOKING]
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.parent.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    matched = set()
    for text in texts + [s for t in texts for s in t.split(". ")]:
        norm = _normalise(text)
        may_match = _GATE.may_match(norm)
        for pattern in gated:
            if pattern.search(norm):
                matched.add(pattern.pattern)
                assert pattern.pattern in may_match, (pattern.pattern[:60], text)
    assert len(matched) >= len(gated) - 3  # the data exercises nearly every regex


# Wordings the safety net must catch by itself, whether or not a phrase also knows them.
NET_CATCHES = [
    "Support worker here: one of our residents is stood on the edge of the multi storey roof.",
    "My brother keeps punching the walls and says he'll sort his ex out with a hammer tonight.",
    "She's hoarding her tablets in a sock under the bed and won't say why.",
    "cant cope with anything no more. been scratching my arms till they bleed",
    "Carer here, the lady I visit says she'd rather be dead than go into a home and she means it.",
    "Long wait, crew were nice. Anyway my son is sat in his room with a knife right now.",
]

NET_HARD_NEGATIVES = [
    "My back is killing me after lying on that trolley.",
    "The paramedic cut my jeans off to look at my knee and was lovely about it.",
    "I thought I was going to die, it turned out to be a panic attack and they were brilliant.",
    "The ambulance got stuck on the bridge for an hour because of roadworks.",
    "He's dead against the station closing and so am I.",
    "They explained my blood pressure tablets and how to take them.",
    "Hang in there, everyone, you're doing a great job.",
    "Staff who deal with suicide calls every night need proper debriefs.",
    "My son used to cut himself when he was at school but he's fine now.",
    "I'm not going to hurt myself, I just need my medication reviewed.",
]


@pytest.mark.parametrize("text", NET_CATCHES)
def test_the_safety_net_catches_danger_words_about_someone_now(text: str) -> None:
    assert _safety_net(_normalise(text))
    assert assess_risk(text).level == "urgent"


def test_the_safety_net_is_a_reason_when_no_phrase_matches() -> None:
    risk = assess_risk("My brother says he'll sort his ex out with a hammer tonight.")
    assert risk == Risk("urgent", ["danger words about someone now"])


@pytest.mark.parametrize("text", NET_HARD_NEGATIVES)
def test_the_safety_net_lets_off_idioms_the_past_denials_and_services(text: str) -> None:
    assert not _safety_net(_normalise(text))
    assert assess_risk(text).level != "urgent"


def test_long_unpunctuated_text_is_judged_like_short_text() -> None:
    """A clause or sentence is read at most a few hundred characters around a match, so text
    with no punctuation at all is still judged near each match, the same as short text."""
    filler = "we waited and waited and nobody came and the phone just rang out " * 40
    assert assess_risk(filler + "i want to die tonight").level == "urgent"
    assert assess_risk("i want to die tonight " + filler).level == "urgent"
    assert assess_risk("I used to want to die when I was a teenager " * 100).level == "mention"
    assert assess_risk("I want to die " * 300) == assess_risk("I want to die")


@pytest.mark.parametrize(
    "text",
    [
        "I won't be needing anybody after Friday, so don't bother ringing",
        "This is the last thing I'll write. Tell mum I love her",
        "I've arranged for my sister to take the dog",
        "Got the tablets out on the table and nobody is answering",
        "Still got the rest of the packet from last time in the drawer",
        "I looked up what dose would do it",
        "He keeps driving to the top of the car park to look at the drop",
        "He's sat in the garage with a hose to the exhaust",
        "I'm going to finish it all this weekend",
        "If nobody deals with him I will, and I mean it",
        "My ex keeps saying he must save the kids from demons and they're with him tonight",
        "The 3yo is on her own with nothing in the fridge",
        "am no wantin tae be here anymair",
    ],
)
def test_more_indirect_signs_of_risk_now_are_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I'm on the roof, shaking, and the nurse just talks to me. That was back in 2018.",
        "It's midnight, I'm in the bath cutting myself. It's been six years now and I'm well.",
        "I'm stood on the bridge and a police officer sits down next to me. Two years clean now.",
    ],
)
def test_a_vivid_story_dated_later_in_the_text_is_a_mention(text: str) -> None:
    assert assess_risk(text).level == "mention"


@pytest.mark.parametrize(
    "text",
    [
        "My son is cutting down on the energy drinks now",
        "The car has cut the number of times officers sit in A&E",
        "Hanging about in A&E for five hours is soul destroying",
    ],
)
def test_cutting_down_and_hanging_about_are_not_self_harm(text: str) -> None:
    assert assess_risk(text).level == "none"
