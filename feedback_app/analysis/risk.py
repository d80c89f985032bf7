"""Flag feedback that suggests a risk to someone's life or safety.

Levels: "urgent" when the text suggests a current risk (suicidal intent or plans, self-harm
happening now, intent to harm others, or someone at risk of abuse or neglect now); "mention" when
it talks about these things in the past, in general or to deny them; otherwise "none".

The phrases live in risk_phrases.py. Urgent phrases are written in the present or future tense;
a suicide or self-harm word also counts as urgent in a present-tense clause about a person ("she
has overdosed"), but not as a topic ("the self-harm pathway", "after an overdose"). A match is
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
from dataclasses import dataclass
from re import _constants as sre  # the regex parser's own names, to read the urgent rules
from re import _parser as sre_parse

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
    URGENT_RULES,
)


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
)
_FRAMED = re.compile(
    r"\b(?:asked|asking|asks|ask)\s+(?:me\s+|him\s+|her\s+|them\s+|us\s+)?(?:\w+\s+){0,3}"
    r"(?:if|whether|about)\b|\bif\s+(?:\w+\s+){0,3}$"
    r"|\b(?:people|patients|someone|anyone|those|callers|users|men|women|individuals|person)\s+"
    r"(?:who\s+|that\s+)?(?:\w+\s+){0,2}$"
    r"|\b(?:training|awareness|prevention|pathway|policy)\b"
)
_PAST_AUX = re.compile(r"\b(?:was|were|had|did|used\s+to|wasn't|weren't)\s+(?:\w+\s+){0,1}$")
_PAST = re.compile(
    r"\b(?:\d+|a\s+few|few|several|many|two|three|four|five|ten)\s+(?:years?|months?|weeks?)\s+ago"
    r"|\blast\s+(?:year|month|week|summer|winter|spring|autumn|christmas)\b|\bin\s+the\s+past\b"
    r"|\bused\s+to\b|\bas\s+a\s+(?:teenager|child|kid|student)\b|\bwhen\s+i\s+was\b"
    r"|\bback\s+(?:then|in)\b|\bpreviously\b|\bhistory\s+of\b|\bin\s+(?:19|20)\d\d\b"
    r"|\bat\s+the\s+time\b|(?<!\bthan\s)\bbefore\s*$|\bthat\s+night\b|\b(?:a\s+)?long\s+time\s+(?:ago|back)\b"
    r"|\bwhen\s+(?:i|he|she|they)\s+(?:was|were)\b|\bin\s+(?:my|his|her|their)\s+(?:teens|twenties|"
    r"thirties|forties|youth)\b|\bat\s+(?:uni|university|college|school)\b|\bonce\s+before\b"
    r"|\byears\s+back\b|\bnot\s+any\s*more\b|\bgrown\s+out\s+of\b|\bbeen\s+(?:well|stable|"
    r"fine|safe)\s+(?:for|since|ever)\b"
)
_RECENT = re.compile(
    r"\b(?:now|tonight|today|currently|still|again|just|lately|recently|yesterday|"
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
    r"\b(?:training|awareness|prevention|pathway|policy|policies|rates?|figures|statistics|support|"
    r"services?|team|leaflets?|meetings?|workshops?|calls|history|scars|risks?|assessments?|charity|"
    r"group|line|helpline|lead|protocol|plans?|guidance|course|campaign\w*|bereave\w*|research)\b"
)

_PERSON = re.compile(r"\b(?:i|i'm|i've|me|my|he|he's|his|him|she|she's|her|they|they're|their)\b")
# "never had thoughts of suicide", "tried to take his life", "admitted after an overdose"
_TOPIC_BEFORE = re.compile(
    r"\b(?:not|never|no|nor|without)\b|n't\b|\b(?:tried|attempted)\s+to\s+$"
    r"|\b(?:after|following|for|of|about|with|on|from|by|to|an?)\s+$"
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:patients?|people|person|men|women|callers?|individuals?|clients?)"
)

# Later in the text, words that bring a past account back to now ("... I'm still sat here").
_STILL_NOW = re.compile(
    r"\bstill\s+(?:sat|sitting|stood|standing|here|have|got|holding|with|feel|feeling|want|wants|"
    r"wanting|thinking|planning|going\s+to|at\s+home\s+with)\b"
)

# Every rule starts at a word or an apostrophe ("'ll"); saying so up front makes the scan faster.
_COMPILED = tuple(
    (label, re.compile(rf"(?=[\w'])(?:{pattern})")) for label, pattern in URGENT_RULES
)

# A cheap gate before the urgent rules. From each rule's parsed regex we derive sets of literal
# strings such that every possible match contains a member of each set ("want"/"wants", then
# "kill"/"end"...); a rule is only run on a text that has a member of every set for one of the
# rule's alternatives. The sets come from the patterns themselves, so the gate holds for any text
# (a rule it skips cannot match) and follows every edit to risk_phrases.py.
_MAX_STRINGS = 64
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # consume nothing: skipped


def _joined(heads: set[str] | None, tails: set[str] | None) -> set[str] | None:
    if heads is None or tails is None or len(heads) * len(tails) > _MAX_STRINGS:
        return None
    return {head + tail for head in heads for tail in tails}


def _strings_of(items) -> set[str] | None:
    """Every string a run of regex items can match, when they are few and literal; else None."""
    strings: set[str] | None = {""}
    for op, arg in items:
        if op not in _ZERO_WIDTH:
            strings = _joined(strings, _item_strings(op, arg))
    return strings


def _item_strings(op, arg) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
        return {chr(code) for _, code in arg}
    if op is sre.SUBPATTERN and not arg[1]:  # a group with no inline flags
        return _strings_of(arg[-1])
    if op is sre.BRANCH:
        alternatives = [_strings_of(alt) for alt in arg[1]]
        if None in alternatives or sum(map(len, alternatives)) > _MAX_STRINGS:
            return None
        return set().union(*alternatives)
    if op is sre.MAX_REPEAT and arg[:2] == (0, 1):  # "x?"
        strings = _strings_of(arg[2])
        return None if strings is None else strings | {""}
    return None


def _needed(items) -> list[frozenset[str]]:
    """Sets of literal strings such that every match of ``items`` contains a member of each.

    Adjacent literal items are joined into strings ("want" from w, a, n, t).
    """
    needed = []
    run: set[str] = {""}
    for op, arg in [*items, (None, None)]:
        if op in _ZERO_WIDTH:
            continue
        strings = None if op is None else _item_strings(op, arg)
        longer = _joined(run, strings)
        if longer is not None:
            run = longer
            continue
        if "" not in run:
            needed.append(frozenset(run))
        run = {""} if strings is None else strings
        if op is not None and strings is None:
            needed += _item_needed(op, arg)
    return needed


def _item_needed(op, arg) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN and not arg[1]:
        return _needed(arg[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
        return _needed(arg[2])
    if op is sre.BRANCH:  # one set: the union of each alternative's most telling set
        alternatives = [_needed(alt) for alt in arg[1]]
        if all(alternatives):
            return [frozenset().union(*(max(alt, key=_telling) for alt in alternatives))]
    return []


def _telling(strings: frozenset[str]) -> tuple[int, int]:
    """Long strings, and few of them, are rarer in text."""
    return min(map(len, strings)), -len(strings)


def _alternatives(items) -> list:
    """The top-level alternatives of a regex (one match is a match of one of them)."""
    items = [(op, arg) for op, arg in items if op not in _ZERO_WIDTH]
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        return [alt for branch in items[0][1][1] for alt in _alternatives(branch)]
    if len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1]:
        return _alternatives(items[0][1][-1])
    return [items]


def _rule_gate():
    """Each rule alternative is keyed by the strings of its most telling needed set. Returns: the
    regex finding, at each position, the longest key starting there; for each key, the keys it
    starts with (all those present at that position); for each key, the alternatives it keys as
    (rule number, its other needed sets); and the rules that always run."""
    keyed: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
    always = set()
    for number, (_, pattern) in enumerate(URGENT_RULES):
        parsed = sre_parse.parse(pattern)
        for alternative in _alternatives(parsed):
            needed = _needed(alternative)
            if not needed or parsed.state.flags & re.IGNORECASE:
                always.add(number)
                continue
            key = max(needed, key=_telling)
            # the other sets, smallest first as they are the quickest to rule out
            others = tuple(sorted((s for s in needed if s != key), key=len))
            for string in key:
                keyed.setdefault(string, []).append((number, others))
    starts_with = {found: frozenset(s for s in keyed if found.startswith(s)) for found in keyed}
    gate = re.compile(rf"(?=({_alternation(sorted(keyed))}))")
    return gate, starts_with, keyed, frozenset(always)


def _rules_to_run(norm: str) -> list[tuple[str, re.Pattern[str]]]:
    """The urgent rules that might match ``norm``, in their order."""
    keys: set[str] = set()
    for found in _GATE.finditer(norm):
        keys |= _STARTS_WITH[found.group(1)]
    chosen = set(_ALWAYS_RUN)
    for key in keys:
        for number, needed in _KEYED[key]:
            if number not in chosen and all(any(s in norm for s in need) for need in needed):
                chosen.add(number)
    return [_COMPILED[i] for i in sorted(chosen)]


# Text-speak and missing apostrophes, so that one spelling of each phrase is enough.
_SPELLINGS = {
    **{
        w + "nt": w + "n't"
        for w in ("do", "does", "did", "is", "was", "were", "are", "has", "have", "had", "could")
        + ("would", "should")
    },
    "cant": "can't",
    "wont": "won't",
    "im": "i'm",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "ive": "i've",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "meself": "myself",
    "myslef": "myself",
    "my self": "myself",
    "me self": "myself",
    "him self": "himself",
    "her self": "herself",
    "over dose": "overdose",
    "cnt": "can't",
    "plz": "please",
    "want 2": "want to",
    "wants 2": "wants to",
    "going 2": "going to",
    "ded": "dead",
    "u": "you",
    "ur": "your",
}


def _alternation(words: list[str]) -> str:
    """A regex alternation grouped by first letter, which Python's engine rejects much faster."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in by_first.items())


_SPELLING = re.compile(rf"\b(?:{_alternation(list(_SPELLINGS))})\b")
# "ill" for "I'll" only before a verb: "i'm ill" stays ill.
_ILL = re.compile(
    r"\bill\s+(?=(?:do|kill|end|hurt|take|jump|be|make|go|never|just|not|probably)\b)"
)
_QUOTES = str.maketrans("’‘`´", "''''")
_SPACES = re.compile(r"[ \t]+")
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
_CLAUSES = re.compile(r"[.!?;\n]+|,|\bbut\b|\bhowever\b|\balthough\b")
_GATE, _STARTS_WITH, _KEYED, _ALWAYS_RUN = _rule_gate()


def _normalise(text: str) -> str:
    text = _SPACES.sub(" ", text.lower().translate(_QUOTES))
    text = _ILL.sub("i'll ", text)
    return _SPELLING.sub(lambda m: _SPELLINGS[m.group()], text)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a match: from the last clause break before it to the next one after."""
    left = 0
    for brk in _CLAUSES.finditer(text, 0, start):
        left = brk.end()
    after = _CLAUSES.search(text, end)
    return left, (after.start() if after else len(text))


def _downgrade(text: str, match: re.Match[str]) -> str | None:
    """Why an urgent-looking match is only a mention, or None when it stands as urgent."""
    left, right = _clause_bounds(text, match.start(), match.end())
    before, clause = text[left : match.start()], text[left:right]
    if _NEGATED.search(before):
        return "negated"
    if _FRAMED.search(before):
        return "asked about or spoken of in general"
    if (
        (_PAST_AUX.search(before) or _PAST.search(clause))
        and not _RECENT.search(clause)
        and not _STILL_NOW.search(text, right)
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


def _neglect(text: str) -> list[re.Match[str]]:
    """Care not given, in a sentence that names someone who depends on others."""
    found = []
    for match in NEGLECT.finditer(text):
        left = max(text.rfind(end, 0, match.start()) for end in ".!?\n") + 1
        right = _SENTENCE_END.search(text, match.end())
        right = right.start() if right else len(text)
        if DEPENDENT.search(text, left, right) and not _CARE_IN_HAND.search(text, left, right):
            found.append(match)
    return found


def _net_let_off(text: str, match: re.Match[str]) -> bool:
    """Negated or general in its clause; the past is judged on the whole sentence by the net."""
    left, _ = _clause_bounds(text, match.start(), match.end())
    before = text[left : match.start()]
    return bool(_NEGATED.search(before) or _FRAMED.search(before))


def _safety_net(text: str) -> bool:
    """A danger word in a sentence about a person now that nothing lets off (see NET_DANGER).

    Catches the long tail of urgent wordings the phrases miss, at some cost in precision.
    """
    for match in NET_DANGER.finditer(text):
        left = max(text.rfind(end, 0, match.start()) for end in ".!?\n") + 1
        right = _SENTENCE_END.search(text, match.end())
        sentence = text[left : right.start() if right else len(text)]
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
        ):
            return True
    return False


def assess_risk(text: str) -> Risk:
    """Assess one feedback text for suicide, self-harm, violence and safeguarding risk.

    Reasons are short labels for staff; they never quote the text, which may hold personal details.
    """
    norm = _normalise(text)
    urgent: list[str] = []
    mention: list[str] = []

    joking = _JOKING.search(norm)

    def weigh(label: str, match: re.Match[str]) -> None:
        why_not = _downgrade(norm, match)
        if why_not is None and joking and label in _VIOLENCE:
            why_not = "said as a joke"
        if why_not is None:
            urgent.append(label)
        else:
            mention.append(f"{label}, {why_not}")

    for label, pattern in _rules_to_run(norm):
        for match in pattern.finditer(norm):
            weigh(label, match)
    for match in _neglect(norm):
        weigh("neglect of someone who depends on others", match)
    for match in STATE.finditer(norm):
        if _state_is_current(norm, match) and _downgrade(norm, match) is None:
            urgent.append("current suicidal feelings or abuse")
    for match in DANGER.finditer(norm):
        if _about_a_person(norm, match) and _downgrade(norm, match) is None:
            urgent.append("danger signs in the present tense")
    for match in SELF_HARM.finditer(norm):
        if _in_present_tense(norm, match) and _downgrade(norm, match) is None:
            urgent.append("suicide or self-harm in the present tense")
    if not urgent and not joking and _safety_net(norm):
        urgent.append("danger words about someone now")
    if urgent:
        return Risk("urgent", list(dict.fromkeys(urgent)))
    if MENTION.search(norm):
        mention.append("talks about suicide, self-harm or abuse")
    if mention:
        return Risk("mention", list(dict.fromkeys(mention)))
    return Risk("none", [])
