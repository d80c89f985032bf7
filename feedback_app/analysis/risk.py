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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
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
    # "when a caller is at immediate risk we...": how a kind of case is handled, like "if"
    r"|\bwhen(?:ever)?\s+(?:an?\s+|the\s+)?(?:caller|patient|person|client|service\s+user)s?\s+"
    r"(?:is\s+|are\s+)?$"
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

# A cheap gate before the costly regexes: the urgent rules, and the word lists run on every text.
# From each regex's parsed pattern we derive sets of literal strings such that every possible
# match contains a member of each set ("want"/"wants", then "kill"/"end"...); a regex is only run
# on a text that has a member of every set for one of the regex's alternatives. The sets come from
# the patterns themselves, so the gate holds for any text (a regex it skips cannot match) and
# follows every edit to risk_phrases.py. A "\b" before a word is read as a mark, which the gate
# also puts before every word of the text, so that "\bod" is not let through by "good".
_MAX_STRINGS = 64
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # consume nothing: skipped
_MARK = "\0"  # where a word starts
_AT_WORD = "at a word"  # our own regex item: a "\b" before a word, which matches _MARK
_WORD_STARTS = re.compile(r"\b(?=\w)")
_INNER_WORD_STARTS = re.compile(r"(?<=\W)(?=\w)")


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
    if op is _AT_WORD:
        return {_MARK}
    if op is sre.LITERAL and chr(arg) != _MARK:
        return {chr(arg)}
    if op is sre.IN and all(kind is sre.LITERAL and chr(code) != _MARK for kind, code in arg):
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
    for op, arg in [*_at_words(items), (None, None)]:
        if op in _ZERO_WIDTH:
            continue
        strings = None if op is None else _item_strings(op, arg)
        longer = _joined(run, strings)
        if longer is not None:
            run = longer
            continue
        if "" not in run:
            needed.append(frozenset(map(_marked, run)))
        run = {""} if strings is None else strings
        if op is not None and strings is None:
            needed += _item_needed(op, arg)
    return needed


def _at_words(items) -> list:
    """``items`` with each "\\b" that comes before a word made an item of its own (_AT_WORD)."""
    items = list(items)
    found = []
    for i, (op, arg) in enumerate(items):
        if op is sre.AT and arg is sre.AT_BOUNDARY:
            after = [item for item in items[i + 1 :] if item[0] not in _ZERO_WIDTH][:1]
            strings = _item_strings(*after[0]) if after else None
            if strings and all(_WORD_STARTS.match(string) for string in strings):
                op = _AT_WORD
        found.append((op, arg))
    return found


def _marked(string: str) -> str:
    """``string`` as it reads in a text marked before every word: marks inside it where a word
    starts, and one before it where the regex said so ("\\b")."""
    inner = _INNER_WORD_STARTS.sub(_MARK, string.replace(_MARK, ""))
    return _MARK + inner if string.startswith(_MARK) else inner


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
    """The top-level alternatives of a regex (one match is a match of one of them), each with
    the zero-width items ("\\b") around them."""
    items = list(items)
    consuming = [i for i, (op, _) in enumerate(items) if op not in _ZERO_WIDTH]
    if len(consuming) != 1:
        return [items]
    before, (op, arg), after = items[: consuming[0]], items[consuming[0]], items[consuming[0] + 1 :]
    if op is sre.BRANCH:
        inner = [alt for branch in arg[1] for alt in _alternatives(branch)]
    elif op is sre.SUBPATTERN and not arg[1]:
        inner = _alternatives(arg[-1])
    else:
        return [items]
    return [before + alt + after for alt in inner]


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


def _literal_gate(patterns: list[re.Pattern[str]]):
    """Each alternative of each pattern is keyed by the strings of its most telling needed set;
    patterns are named by their source text (hashing a compiled pattern is slow). Returns: for
    each key, the alternatives it keys as (pattern source, its other needed sets); the sources of
    the patterns that always run; the needed strings that hold whitespace, each with its marks
    taken out (they are looked for in the whole text); and, for the other strings (looked for
    word by word), the regex finding at each position the longest one that starts there, and for
    each of those the strings it starts with (all those present at that position)."""
    keyed: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
    always = set()
    strings: set[str] = set()
    for pattern in patterns:
        for alternative in _alternatives(sre_parse.parse(pattern.pattern, pattern.flags)):
            needed = _needed(alternative)
            if not needed or pattern.flags & re.IGNORECASE:
                always.add(pattern.pattern)
                continue
            key = max(needed, key=_telling)
            # the other sets, smallest first as they are the quickest to rule out
            others = tuple(sorted((s for s in needed if s != key), key=len))
            for string in key:
                keyed.setdefault(string, []).append((pattern.pattern, others))
            strings.update(*needed)
    spaced = {s: s.replace(_MARK, "") for s in strings if any(c.isspace() for c in s)}
    in_words = sorted(strings - spaced.keys())
    finder = re.compile(rf"(?=({_alternation(in_words)}))")
    starts_with = {
        found: frozenset(found[:end] for end in range(1, len(found) + 1)).intersection(in_words)
        for found in in_words
    }
    return keyed, frozenset(always), spaced, finder, starts_with


# Every urgent rule is gated, and so are the word lists that are run on every text.
_KEYED, _ALWAYS_RUN, _SPACED, _FINDER, _STARTS_WITH = _literal_gate(
    [pattern for _, pattern in _COMPILED]
    + [NEGLECT, STATE, DANGER, SELF_HARM, NET_DANGER, MENTION, _JOKING]
)
_KEYS = frozenset(_KEYED)


@lru_cache(maxsize=1 << 16)
def _strings_in_word(word: str) -> frozenset[str]:
    """The needed strings without whitespace that occur in ``word`` (text between whitespace),
    with the word's word starts marked."""
    found = _FINDER.finditer(_WORD_STARTS.sub(_MARK, word))
    return frozenset().union(*(_STARTS_WITH[match.group(1)] for match in found))


def _may_match(norm: str) -> set[str]:
    """The sources of the gated patterns that might match ``norm``.

    A needed string without whitespace can only occur inside one whitespace-separated word, so
    the strings of each word are looked up once (words repeat) and the few others in the text.
    """
    present = set().union(*map(_strings_in_word, set(norm.split())))
    present.update(marked for marked, plain in _SPACED.items() if plain in norm)
    chosen = set(_ALWAYS_RUN)
    for key in present.intersection(_KEYS):
        for pattern, needed in _KEYED[key]:
            if pattern not in chosen and not any(map(present.isdisjoint, needed)):
                chosen.add(pattern)
    return chosen


def _normalise(text: str) -> str:
    text = _SPACES.sub(" ", text.lower().translate(_QUOTES))
    if "ill" in text:
        text = _ILL.sub("i'll ", text)
    return _SPELLING.sub(lambda m: _SPELLINGS[m.group()], text)


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
        (_PAST_AUX.search(before) or _PAST.search(clause))
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
    """Negated or general in its clause; the past is judged on the whole sentence by the net."""
    left, _ = _clause_bounds(text, match.start(), match.end())
    before = text[left : match.start()]
    return bool(_NEGATED.search(before) or _FRAMED.search(before))


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
        ):
            return True
    return False


def assess_risk(text: str) -> Risk:
    """Assess one feedback text for suicide, self-harm, violence and safeguarding risk.

    Reasons are short labels for staff; they never quote the text, which may hold personal details.
    """
    norm = _normalise(text)
    may_match = _may_match(norm)  # the gated regexes that might match: no other can
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
