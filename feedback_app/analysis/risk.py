"""Flag feedback that suggests a risk to someone's life or safety.

Levels: "urgent" when the text suggests a current risk (suicidal intent or plans, self-harm
happening now, intent to harm others, or someone at risk of abuse or neglect now); "mention" when
it talks about these things in the past, in general or to deny them; otherwise "none".

The urgent phrases live in risk_statements.py, risk_signals.py and risk_indirect.py, the other
words in risk_phrases.py. Urgent phrases are written in the present or future tense; a suicide or
self-harm word also counts as urgent in a present-tense clause about a person ("she has
overdosed"), but not as a topic ("the self-harm pathway", "after an overdose"). A match is
downgraded to a mention when it is negated ("I'm not going to kill myself"), framed as a question
or a general statement ("asked if I was suicidal", "people who are suicidal"), or put in the past
("used to", "last year", "was") with nothing that brings it back to now ("again", "tonight", or
later "I'm still sat here with it"). Recall of urgent items matters more than precision: when in
doubt a rule leans urgent.

When no phrase matches, a safety net reads each sentence: a danger word (NET_DANGER: die, knife,
overdose, not safe, goodbye ...) in a sentence about a person now is urgent unless the sentence is
an idiom ("my back is killing me"), about services, over or denied, or in the past. It is broad on
purpose, for the long tail of wordings the phrases do not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from feedback_app.analysis.regex_gate import LiteralGate, alternation
from feedback_app.analysis.risk_indirect import INDIRECT_RULES
from feedback_app.analysis.risk_phrases import (
    DANGER,
    DEPENDENT,
    MENTION,
    NEGLECT,
    NET_DANGER,
    NET_IDIOM,
    NET_LETOFF,
    NET_NOW,
    NET_NOW_AGAIN,
    NET_PAST,
    NET_PERSON,
    NET_SERVICES,
    SELF_HARM,
    STATE,
)
from feedback_app.analysis.risk_signals import SIGNAL_RULES
from feedback_app.analysis.risk_statements import STATEMENT_RULES
from feedback_app.analysis.spellings import RISK_SPELLINGS


@dataclass(frozen=True)
class Risk:
    level: str  # "none" | "mention" | "urgent"
    reasons: list[str]


_PRESENT_BEFORE = re.compile(
    r"\b(?:am|i'm|is|he's|she's|they're|are|feel|feels|feeling|keep|keeps|have|has|having|"
    r"i've|got|get|getting|still|now|currently|becoming|experiencing|suffering|living\s+with|"
    r"reports|reporting|disclosed|discloses|disclosing|expressing|describes|describing|states|"
    r"going\s+through)\b(?:\s+\w+){0,2}\s*$"
)
_PRESENT_AFTER = re.compile(
    r"^\s*(?:again|right\s+now|at\s+the\s+moment|tonight|today|getting\s+worse|are\s+back|"
    r"(?:has|have|is|are)\s+(?:come|coming)\s+back|(?:has|have)\s+returned|is\s+back|is\s+getting|"
    r"are\s+getting|every\s+(?:day|night)|all\s+the\s+time|constantly|most\s+days)\b"
)

_NEGATED = re.compile(
    r"(?:\b(?:not|never|nor|without|deny|denies|denied|denying)|n't)\s+"
    r"(?!and\b|but\b|so\b|stop\b|help\b)"
    r"(?:\w+\s+){0,2}$|\bno\s+(?:\w+\s+)?$"
    # "I'd stopped feeling suicidal", "she no longer wants to die"
    r"|\b(?:stopped|no\s+longer)\s+(?:feeling\s+|being\s+|wanting\s+to\s+|wants\s+to\s+)?$"
)
_FRAMED = re.compile(
    r"\b(?:asked|asking|asks|ask)\s+(?:me\s+|him\s+|her\s+|them\s+|us\s+)?(?:\w+\s+){0,3}"
    r"(?:if|whether|about)\b|\bif(?:\s+\w+){0,3}\s*$"
    r"|\b(?:people|patients|someone|anyone|those|callers|users|men|women|individuals|person)\s+"
    r"(?:(?:who|that)\s*|(?:who\s+|that\s+)?(?:\w+\s+){0,2})$"
    r"|\b(?:training|awareness|prevention|pathway|policy)\b"
    # a question put to someone: "the call handler asked 'have you thought about ending your life'"
    r"|\b(?:have|had|did|do|are|were)\s+you\s+(?:ever\s+)?(?:\w+\s+)?$"
    # a comparison, not an event: "they treat it like she's stood on a ledge"
    r"|\b(?:treat\w*|look\w*\s+at)\s+(?:\w+\s+){0,2}(?:like|as\s+if|as\s+though)\s+(?:[\w']+\s+){0,3}$"
    # "when a caller is at immediate risk we...": how a kind of case is handled, like "if"
    r"|\bwhen(?:ever)?\s+(?:an?\s+|the\s+)?(?:caller|patient|person|client|service\s+user)s?\s+"
    r"(?:\w+\s+){0,2}$"
)
_PAST_AUX = re.compile(
    r"\b(?:was|were|had|did|kept|used\s+to|wasn't|weren't)\s+(?:\w+\s+){0,1}$"
    r"|\b(?:said|told\s+\w+|thought)\s+(?:that\s+)?(?:i|he|she|they)\s+(?:was|were)\s+going\s+to\s+$"
    # reported speech in a story: "he kept saying I want to die"
    r"|\b(?:kept|was|were)\s+(?:saying|shouting|screaming|crying|telling\s+\w+)\s+(?:that\s+)?"
    r"(?:i|he|she|they|we)\s+$"
    r"|\bafter\s+(?:i|i'd|he|he'd|she|she'd|they|they'd|we|we'd)\s+(?:had\s+)?$"  # "after I took"
)
_PAST = re.compile(
    r"\b(?:(?:\d+|an?|a\s+few|few|several|many|a\s+couple\s+of|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+)?(?:years?|months?|weeks?)\s+ago"
    r"|\blast\s+(?:year|month|week|summer|winter|spring|autumn|christmas)\b|\bin\s+the\s+past\b"
    r"|\bused\s+to\b|\bas\s+a\s+(?:teenager|child|kid|student)\b|\bwhen\s+i\s+was\b"
    r"|\bback\s+(?:then|in)\b|\bpreviously\b|\bhistory\s+of\b|\bin\s+(?:19|20)\d\d\b"
    r"|\bat\s+the\s+time\b|(?<!\bthan\s)\bbefore\s*$|\bthat\s+(?:night|evening|morning|afternoon)\b|\b(?:a\s+)?long\s+time\s+(?:ago|back)\b"
    r"|\bwhen\s+(?:i|he|she|they)\s+(?:was|were)\b|\bin\s+(?:my|his|her|their)\s+(?:teens|twenties|"
    r"thirties|forties|youth)\b|\bat\s+(?:uni|university|college|school)\b|\bonce\s+before\b"
    r"|\byears\s+back\b|\bnot\s+any\s*more\b|\bgrown\s+out\s+of\b|\bbeen\s+(?:well|stable|"
    r"fine|safe)\s+(?:for|since|ever)\b|\bone\s+(?:night|evening|morning|afternoon)\b"
    r"|\bin\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b"
)
# Later in the text, a date or a recovery that puts the whole account before it in the past,
# however vividly it was told: "I'm on the bridge, legs dangling... That was 2019."
_DATED_LATER = re.compile(
    r"\b(?:that|this|it)\s+(?:was|were|'s|is)\s+(?:\w+\s+){0,2}?(?:(?:years?|months?)\s+ago|"
    r"(?:back\s+)?in\s+(?:19|20)\d\d|(?:19|20)\d\d\b|last\s+(?:year|summer|winter|spring|autumn|christmas))"
    r"|\b(?:it's|it\s+has)\s+(?:now\s+)?been\s+(?:\w+\s+){0,2}(?:years|months)\b"
    r"|\bbeen\s+(?:well|stable|fine|safe|clean)\s+(?:for|since|ever)\b|\b(?:years?|months?)\s+(?:free|clean)\b"
)
# A match that starts "I had ...", "she was ...": told in the past.
_PAST_START = re.compile(r"(?:i|he|she|they|we)\s+(?:had|was|were|used\s+to)\s+")
_RECENT = re.compile(
    r"\b(?:(?<!ago\s)now|tonight|today|currently|still|again|just|lately|recently|yesterday|can't\s+stop|"
    r"this\s+(?:morning|evening|afternoon|week|weekend)|last\s+night|all\s+week|"
    r"at\s+the\s+moment|an?\s+hour\s+ago|minutes\s+ago|"
    r"(?:come|coming)\s+back|(?:are|is|'re)\s+back|returned|on\s+hold|still\s+waiting|waiting\s+for\s+(?:the\s+)?(?:crew|ambulance|paramedics|police)|"
    r"(?:hasn't|haven't|has\s+not|didn't|never)\s+(?:come|arrived|turned\s+up|rung|called))\b"
)
_PRESENT_CLAUSE = re.compile(
    r"\b(?:am|i'm|is|are|he's|she's|they're|keep|keeps|has|have|i've|he's|she's|now|tonight|"
    r"today|currently|still|again|right\s+now|want|wants)\b"
)
_ABOUT_SERVICES = re.compile(
    r"\b(?:training|awareness|prevention|pathways?|policy|policies|rates?|figures|statistics|support|"
    r"services?|team|leaflets?|meetings?|workshops?|calls|history|scars|risks?|assessments?|charity|"
    r"group|line|helpline|lead|protocol|plans?|guidance|course|campaign\w*|bereave\w*|research\w*|"
    r"dissertation)\b"
)

_PERSON = re.compile(r"\b(?:i|i'm|i've|me|my|he|he's|his|him|she|she's|her|they|they're|their)\b")
# "never had thoughts of suicide", "tried to take his life", "admitted after an overdose"
_TOPIC_BEFORE = re.compile(
    r"\b(?:not|never|no|nor|without)\b|n't\b|\b(?:tried|attempted)\s+to\s+$"
    r"|\b(?:after|following|for|of|about|with|on|from|by|to|an?)\s+$"
)
# "after my overdose", "following an overdose": an event that is over, spoken of as a topic.
_AFTER_EVENT = re.compile(r"\b(?:after|following)\s+(?:an?|the|my|his|her|their)\s+$")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:patients?|people|person|men|women|callers?|individuals?|clients?)"
)

# Later in the text, words that bring a past account back to now ("... I'm still sat here").
_STILL_NOW = re.compile(
    r"\bstill\s+(?:sat|sitting|stood|standing|here\s+with|have|got|holding|with|feel|feeling|want|wants|"
    r"wanting|thinking|planning|going\s+to|at\s+home\s+with)\b"
)

# Every rule starts at a word or an apostrophe ("'ll"); saying so up front makes the scan faster.
_COMPILED = tuple(
    (label, re.compile(rf"(?=[\w'])(?:{pattern})"))
    for label, pattern in STATEMENT_RULES + SIGNAL_RULES + INDIRECT_RULES
)


_SPELLING = re.compile(rf"\b(?:{alternation(list(RISK_SPELLINGS))})\b")
# "2" for "to" before a verb: "want 2 die", "i dont want 2 b here".
_TO = re.compile(
    r"\b2\s+(?=(?:b|be|die|end|do|go|kill|hurt|harm|live|take|get|stay|wake|cut|jump|carry|keep)\b)"
)
# "'d" before a past participle is "had" (the past), not "would": "he'd swallowed batteries".
_HAD = re.compile(
    r"\b(i|he|she|they|we|you|it)'d(?=\s+(?:just\s+|already\s+|never\s+)?(?:(?![a-z]*eed\b)[a-z]+ed|"
    r"been|taken|done|gone|given|drunk|eaten|hidden|stolen|thrown|broken|seen|told|said|burnt|"
    r"got|made|left|lost|sent|spent|kept|found|felt|thought|brought|bought|fallen|written|shot|"
    r"hung)\b)"
)
# "ill" for "I'll" only before a verb: "i'm ill" stays ill.
_ILL = re.compile(
    r"\bill\s+(?=(?:do|kill|end|hurt|take|jump|be|make|go|never|just|not|probably)\b)"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", '"': None, "“": None, "”": None})
# A single quote that is a quotation mark, not an apostrophe: he's 'done'.
_QUOTE_MARK = re.compile(r"(?<![a-z0-9])'|'(?![a-z])")
_SPACES = re.compile(r"(?: [ \t]|\t)[ \t]*")  # runs of spaces and tabs, but for a lone space
# "She'll kill me if I don't give them five stars, haha": only threats to others are let off.
_JOKING = re.compile(r"\b(?:haha\w*|lol|lmao|jk|joking|only\s+kidding)\b|😂|🤣")
_VIOLENCE = frozenset({"threats of violence", "intent to harm others"})
_SENTENCE_END = re.compile(r"[.!?\n]")
# "... but the GP is aware": someone is already looking after it.
_CARE_IN_HAND = re.compile(
    r"\b(?:is|are|am|'s|'re)\s+(?:\w+\s+)?(?:aware|on\s+it|keeping\s+an\s+eye|looking\s+into|"
    r"sorting\s+it|involved)|\bkeep(?:s|ing)?\s+an\s+eye\b|\b(?:visit|visits|check|checks|pop\s+in)\s+"
    r"(?:on\s+(?:him|her|them)\s+)?(?:daily|every\s+day|twice\s+a\s+day)"
)
# Characters read around a match at most: far more than any real clause or sentence, but a text
# with no punctuation is one long "sentence", and reading all of it for every match made a long
# text repeating a phrase cost the square of its length.
CLAUSE_REACH = 300
SENTENCE_REACH = 600
_CLAUSES = re.compile(r"[.!?;\n]+|,|\bbut\b|\bhowever\b|\balthough\b")


# Every urgent rule is gated, and so are the word lists that are run on every text.
_GATE = LiteralGate(
    [pattern for _, pattern in _COMPILED]
    + [NEGLECT, STATE, DANGER, SELF_HARM, NET_DANGER, MENTION, _JOKING]
)


def _normalise(text: str) -> str:
    text = _SPACES.sub(" ", text.lower().translate(_QUOTES))
    if "'" in text:
        text = _HAD.sub(r"\1 had", _QUOTE_MARK.sub("", text))
    if "ill" in text:
        text = _ILL.sub("i'll ", text)
    if "2" in text:
        text = _TO.sub("to ", text)
    return _SPELLING.sub(lambda m: RISK_SPELLINGS[m.group()], text)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a match: from the last clause break before it to the next one after,
    at most ``CLAUSE_REACH`` characters either side."""
    left = max(0, start - CLAUSE_REACH)
    for brk in _CLAUSES.finditer(text, left, start):
        left = brk.end()
    after = _CLAUSES.search(text, end, end + CLAUSE_REACH)
    return left, (after.start() if after else min(len(text), end + CLAUSE_REACH))


def _downgrade(text: str, match: re.Match[str]) -> str | None:
    """Why an urgent-looking match is only a mention, or None when it stands as urgent."""
    left, right = _clause_bounds(text, match.start(), match.end())
    before, clause = text[left : match.start()], text[left:right]
    if _NEGATED.search(before):
        return "negated"
    if _FRAMED.search(before):
        return "asked about or spoken of in general"
    if (
        (
            _PAST_AUX.search(before)
            or _PAST.search(clause)
            or _PAST_START.match(text, match.start())
            or _DATED_LATER.search(text, right)
        )
        and not _RECENT.search(clause)
        and not _STILL_NOW.search(text, right, right + CLAUSE_REACH)
    ):
        return "in the past"
    return None


def _in_present_tense(text: str, match: re.Match[str]) -> bool:
    """A person's act now ("she has overdosed", "I'm self harming"), not a topic or a service."""
    left, right = _clause_bounds(text, match.start(), match.end())
    clause, before = text[left:right], text[left : match.start()]
    return bool(
        _PRESENT_CLAUSE.search(clause)
        and _PERSON.search(clause)
        and not _ABOUT_SERVICES.search(clause)
        and not _TOPIC_BEFORE.search(before)
        and not _AFTER_EVENT.search(before)
        and not _PEOPLE_AFTER.match(text, match.end())
    )


def _about_a_person(text: str, match: re.Match[str]) -> bool:
    """A clause about someone ("she's sat there with a razor"), not about a service."""
    left, right = _clause_bounds(text, match.start(), match.end())
    clause = text[left:right]
    return bool(_PERSON.search(clause) and not _ABOUT_SERVICES.search(clause))


def _state_is_current(text: str, match: re.Match[str]) -> bool:
    left, _ = _clause_bounds(text, match.start(), match.end())
    return bool(
        _PRESENT_BEFORE.search(text, left, match.start())
        or _PRESENT_AFTER.match(text[match.end() : match.end() + 40])
    )


def _neglect(text: str, matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The ``matches`` of NEGLECT (care not given) in a sentence that names someone who depends
    on others."""
    found = []
    for match in matches:
        left = max(text.rfind(end, 0, match.start()) for end in ".!?\n") + 1
        right = _SENTENCE_END.search(text, match.end())
        right = right.start() if right else len(text)
        if DEPENDENT.search(text, left, right) and not _CARE_IN_HAND.search(text, left, right):
            found.append(match)
    return found


def _net_let_off(text: str, match: re.Match[str]) -> bool:
    """Negated, general or an event that is over, in its clause; the past is judged on the whole
    sentence by the net."""
    left, _ = _clause_bounds(text, match.start(), match.end())
    before = text[left : match.start()]
    return bool(_NEGATED.search(before) or _FRAMED.search(before) or _AFTER_EVENT.search(before))


def _safety_net(text: str) -> bool:
    """A danger word in a sentence about a person now that nothing lets off (see NET_DANGER).

    Catches the long tail of urgent wordings the phrases miss, at some cost in precision.
    """
    for match in NET_DANGER.finditer(text):
        reach = match.start() - SENTENCE_REACH  # a sentence is never read further than this
        left = max(reach, *(text.rfind(end, 0, match.start()) for end in ".!?\n")) + 1
        right = _SENTENCE_END.search(text, match.end(), match.end() + SENTENCE_REACH)
        sentence = text[max(left, 0) : right.start() if right else match.end() + SENTENCE_REACH]
        if (
            NET_PERSON.search(sentence)
            and NET_NOW.search(sentence)
            and not NET_IDIOM.search(sentence)
            and not NET_SERVICES.search(sentence)
            and not NET_LETOFF.search(sentence)
            and not (
                (NET_PAST.search(sentence) or _PAST.search(sentence))
                and not NET_NOW_AGAIN.search(sentence)
            )
            and not _net_let_off(text, match)
            and not _DATED_LATER.search(text, match.end())
        ):
            return True
    return False


def assess_risk(text: str) -> Risk:
    """Assess one feedback text for suicide, self-harm, violence and safeguarding risk.

    Reasons are short labels for staff; they never quote the text, which may hold personal details.
    """
    norm = _normalise(text)
    may_match = _GATE.may_match(norm)  # the gated regexes that might match: no other can
    urgent: list[str] = []
    mention: list[str] = []

    def matches(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """The matches of a gated regex; none, without running it, where the gate rules it out."""
        return pattern.finditer(norm) if pattern.pattern in may_match else ()

    joking = any(matches(_JOKING))

    def weigh(label: str, match: re.Match[str]) -> None:
        if label in urgent:
            return  # another match already made this reason urgent: nothing to add
        why_not = _downgrade(norm, match)
        if why_not is None and joking and label in _VIOLENCE:
            why_not = "said as a joke"
        if why_not is None:
            urgent.append(label)
        else:
            mention.append(f"{label}, {why_not}")

    for label, pattern in _COMPILED:
        for match in matches(pattern):
            weigh(label, match)
    for match in _neglect(norm, matches(NEGLECT)):
        weigh("neglect of someone who depends on others", match)
    for match in matches(STATE):
        if _state_is_current(norm, match) and _downgrade(norm, match) is None:
            urgent.append("current suicidal feelings or abuse")
    for match in matches(DANGER):
        if _about_a_person(norm, match) and _downgrade(norm, match) is None:
            urgent.append("danger signs in the present tense")
    for match in matches(SELF_HARM):
        if _in_present_tense(norm, match) and _downgrade(norm, match) is None:
            urgent.append("suicide or self-harm in the present tense")
    if not urgent and not joking and NET_DANGER.pattern in may_match and _safety_net(norm):
        urgent.append("danger words about someone now")
    if urgent:
        return Risk("urgent", list(dict.fromkeys(urgent)))
    if any(matches(MENTION)):
        mention.append("talks about suicide, self-harm or abuse")
    if mention:
        return Risk("mention", list(dict.fromkeys(mention)))
    return Risk("none", [])
