"""Find people's names in free text: a first-name list combined with context and capitalisation.

First names come from the US census lists shipped in the `names` package (MIT) plus
`data/uk_first_names.txt` (UK names the census lists lack). Names that are also common English
words ("Will", "Hope", "Mark") need context: a title ("Dr Patel"), a role ("paramedic Sarah"), a
family word ("my son Daniel"), "called"/"named"/"my name is", or a capital letter mid-sentence.
The word lists behind these rules are in name_words.py.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from feedback_app.analysis.name_words import (
    ACTION_FOLLOWERS,
    AMBIGUOUS,
    AMBIGUOUS_FOLLOWERS,
    ARTICLES,
    CONTEXT_ONLY,
    FAMILY,
    NAME_FOLLOWERS,
    NEVER,
    NOT_SURNAME,
    NOT_SURNAME_ENDINGS,
    ORG_FOLLOWERS,
    ORG_PRECEDERS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PLACES,
    POSSESSIVES,
    ROLES,
    SEEN,
    STOP,
    SURNAME_FOLLOWERS,
    SURNAME_TITLES,
    TEXT_SPEAK,
    THANKS,
    THANKS_BEFORE_TO,
    TITLES_ANY_CASE,
    TITLES_CASED,
)

_LETTER = r"[^\W\d_]"  # any letter, accented ones included ("Siân", "Zoë")
# Letters with apostrophes among or after them, hyphenated parts joined: "O'Brien's", "Ella-Rose".
_TOKEN = re.compile(rf"{_LETTER}+(?:['’]+{_LETTER}*)*(?:-{_LETTER}+(?:['’]+{_LETTER}*)*)*")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O'|O’|D')(?=[^\W\d_])")
_JOINING_GAPS = frozenset({" ", ", ", ",", " (", "(", ": ", " - ", " – ", "] "})
# Letters NFKD does not split into a letter and an accent: "Stanisław" is looked up as "stanislaw".
_UNSPLIT_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss"})
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


class _Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str
    cap: bool  # written like a name: "Sarah", "McDonald", "O'Brien", "Ella-Rose"
    form: str  # as looked up in the first-name list (see _lookup_form)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The lower-case first-name list (loaded once)."""
    found: set[str] = set()
    census = resources.files("names")
    for filename in ("dist.male.first", "dist.female.first"):
        text = census.joinpath(filename).read_text(encoding="ascii")
        found.update(line.split(maxsplit=1)[0].lower() for line in text.splitlines() if line)
    extra = resources.files("feedback_app.analysis").joinpath("data/uk_first_names.txt")
    for line in extra.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            found.update(line.split())
    return frozenset(found - NEVER)


def _tokens(text: str, matches: list[str]) -> list[_Token]:
    """The tokens of ``text``, given the words that ``_TOKEN.findall`` found in it."""
    out = []
    start = 0
    for matched in matches:
        # No letter lies between two matches, so the next match is the first copy of its text.
        start = text.index(matched, start)
        word, lower, cap, form = _word_forms(matched)
        out.append(_Token(word, start, start + len(word), lower, cap, form))
        start += len(matched)
    return out


@lru_cache(maxsize=65536)
def _word_forms(matched: str) -> tuple[str, str, bool, str]:
    """A matched word without a possessive "'s" or trailing apostrophes; its lower case; whether
    it is written like a name; its first-name lookup form. Cached: words recur across texts."""
    word = matched
    if word[-2:] in ("'s", "’s") and len(word) > 2:
        word = word[:-2]
    word = word.rstrip("'’")
    lower = word.lower()
    return word, lower, _is_name_case(word), _lookup_form(lower)


@lru_cache(maxsize=65536)
def _may_matter(matched: str) -> bool:
    """Whether a matched word could be a name that _accept takes (two letters or more, written
    like a name or a listed first name, no everyday word), or a title that a name or an initial
    may follow. A quick test that spares a text with no such word the closer look: keep it in
    step with _accept."""
    word, lower, cap, form = _word_forms(matched)
    if lower in TITLES_ANY_CASE or word in TITLES_CASED:
        return True  # "Dr A. Sharma", "dr singh"
    return len(word) > 1 and (cap or form in first_names()) and not _is_word_not_name(lower)


def _is_name_case(word: str) -> bool:
    """Written like a name: "Sarah", "McDonald", "O'Brien", "Ella-Rose", "Siân"."""
    if word.islower():  # most words: no capital to start a name
        return False
    for part in word.split("-"):
        part = _NAME_PREFIX.sub("", part)
        rest = part[1:].replace("'", "").replace("’", "")
        if not (part[:1].isupper() and rest == rest.lower()):
            return False
    return True


def _lookup_form(lower: str) -> str:
    """Hyphenated first names ("Ella-Rose") are looked up by their first part, accents dropped."""
    first = lower.split("-", 1)[0]
    if first.isascii():
        return first
    first = first.translate(_UNSPLIT_LETTERS)
    return unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()


def _word_before(toks: list[_Token], j: int) -> str:
    """Token j in lower case, text-speak spelt out; "" before the text starts."""
    return TEXT_SPEAK.get(toks[j].lower, toks[j].lower) if j >= 0 else ""


def _context(text: str, toks: list[_Token], i: int, names_before: set[int]) -> str | None:
    """How strongly the words before token i suggest that it is a person's name."""
    if i == 0:
        return None
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    p1, p2, p3 = (_word_before(toks, j) for j in (i - 1, i - 2, i - 3))
    if (p1 in TITLES_ANY_CASE or prev.text in TITLES_CASED) and gap.strip() in ("", "."):
        return "title"
    if gap not in _JOINING_GAPS:
        return None
    if p1 in ("named", "names", "aka") or (p1 in ("is", "was") and p2 == "name"):
        return "strong"
    if p1 == "name" and (
        text[prev.end : prev.end + 2] in ("'s", "’s") or gap in (": ", "] ")
    ):  # "my name's Paddy", "Name: Chen Jing", "[Name] Chen Jing"
        return "strong"
    if p1 == "as" and p2 == "known":
        return "strong"
    if p1 == "called":
        return "strong" if p2 in PERSON_NOUNS or p2 in ("is", "was", "he's", "she's") else "weak"
    if p1 in ROLES:
        return "medium"
    if p1.endswith("s") and p1[:-1] in ROLES:  # "the paramedics, Chris and Sam"
        return "weak"
    if p1 in FAMILY and any(t.lower in POSSESSIVES for t in toks[max(0, i - 4) : i - 1]):
        return "medium"
    if p1 in ("i'm", "im", "i’m") or (p1 == "am" and p2 == "i") or (p1 == "is" and p2 == "this"):
        return "weak"
    if p1 == "by" and p2 in SEEN:  # "seen by Abbie"
        return "weak"
    if p1 in THANKS or (p1 == "you" and p2 in ("thank", "to")) or (p1 == "to" and p2 in THANKS):
        return "weak"
    if (p1 == "out" and p2 == "shout") or (p1 == "to" and (p2, p3) in THANKS_BEFORE_TO):
        return "weak"  # "shout out to Tendai", "thank u to Sophie"
    if (i - 2) in names_before and (p1 in ("and", "&") or gap.strip() in (",", "&")):
        return "weak"
    if (i - 1) in names_before and gap.strip() in (",", "&"):
        return "weak"
    return None


def _role_follows(text: str, toks: list[_Token], i: int) -> str | None:
    """ "Bartek the EMT", "Jo, our call handler", "Hope was the call handler": a role named
    just after the word."""
    if i + 2 >= len(toks) or text[toks[i].end : toks[i + 1].start] not in (" ", ", "):
        return None
    word = toks[i].text
    if not word.isalpha() or len(word) < 3 or word.endswith(("ly", "ing")):
        return None
    article = i + 2 if toks[i + 1].lower in ("was", "is") else i + 1
    if article >= len(toks) or toks[article].lower not in ("the", "our"):
        return None
    for role in toks[article + 1 : article + 3]:  # "the EMT", "our call handler"; not "the Dr's"
        if role.lower in ROLES and role.lower != "crew":
            possessive = text[role.end : role.end + 1] in ("'", "’")
            return None if possessive else "strong"
    return None


def _is_word_not_name(lower: str) -> bool:
    singular = lower[:-1] if lower.endswith("s") else lower
    return (
        lower in STOP
        or lower in ORG_FOLLOWERS
        or lower in FAMILY
        or singular in FAMILY
        or singular in ROLES
    )


def _is_lower_surname(lower: str, next_lower: str) -> bool:
    """ "dr singh was kind": a lower-case word after a title, when it is no common word."""
    return (
        len(lower) >= 3
        and next_lower in SURNAME_FOLLOWERS
        and lower not in NOT_SURNAME
        and lower not in PERSON_NOUNS
        and not lower.endswith(NOT_SURNAME_ENDINGS)
    )


def _accept(
    tok: _Token, context: str | None, sentence_start: bool, title_case: bool, next_lower: str
) -> bool:
    """Decide whether a single token is a name, given its context."""
    form = tok.form
    listed = form in first_names()
    plain = listed and form not in AMBIGUOUS and form not in CONTEXT_ONLY and form not in PLACES
    if context == "title" and len(tok.text) == 1 and tok.text.isupper():
        return tok.text != "I" or next_lower == "^"  # an initial ("Dr A. Sharma"), not "Dr I saw"
    if len(tok.text) < 2 or _is_word_not_name(tok.lower):
        return False
    if any(c.isupper() for c in tok.text[1:]) and not tok.cap:  # "TED", "IRIs"
        return context in ("title", "strong", "medium") and plain
    if not tok.cap:
        if context == "title" and not listed:
            return _is_lower_surname(tok.lower, next_lower)
        if context == "strong":  # "she was called rose"
            return listed and form not in CONTEXT_ONLY
        if context in ("title", "medium", "weak") or next_lower in NAME_FOLLOWERS:
            return plain and (len(tok.text) > 2 or context is not None)
        return False
    if context in ("title", "strong"):
        return True
    if context == "medium":  # "paramedic Olu", but not "psychiatrist Dismiss the woman"
        return listed or next_lower in AMBIGUOUS_FOLLOWERS
    if context == "weak":
        return listed and form not in CONTEXT_ONLY
    if sentence_start or title_case:  # "Frank from the crisis line", not "Will the car come"
        return plain or (listed and form not in CONTEXT_ONLY and next_lower in ACTION_FOLLOWERS)
    # Mid-sentence capitals: "Grace and Sandra were fab", but not "Doctor needs sacking Will sue".
    return plain or (
        listed
        and form not in CONTEXT_ONLY
        and form not in PLACES  # "48 Carlisle Road, Bradford, BD8"
        and next_lower in AMBIGUOUS_FOLLOWERS
    )


def _is_title_case(toks: list[_Token]) -> bool:
    """Text Like This, where a capital letter says nothing about names."""
    long_words = [t for t in toks if len(t.text) > 3]
    return len(long_words) >= 4 and sum(t.cap for t in long_words) > 0.6 * len(long_words)


def _next_word(text: str, toks: list[_Token], i: int) -> str:
    """The next word in lower case; "" at the end of a clause or text, "^" before a capital."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start].strip(" ") not in ("", "&"):
        return ""
    following = toks[i + 1]
    return "^" if following.cap and following.lower not in STOP else following.lower


def _extension_gaps(tok: _Token) -> tuple[str, ...]:
    """Gaps allowed between parts of one name: "Sarah Jones", "J. Smith"."""
    return (" ", ". ") if len(tok.text) == 1 else (" ",)


def _is_shouting(text: str) -> bool:
    """WRITTEN ALL IN CAPITALS, where capitals say nothing about names."""
    if sum(map(str.isupper, text)) < 7:  # too few capitals for 80% of 8 or more letters
        return False
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 8 and sum(map(str.isupper, letters)) > 0.8 * len(letters)


def find_names(text: str) -> list[tuple[int, int]]:
    """Character spans of people's names (titles such as "Dr" stay outside the span)."""
    if _is_shouting(text) and len(text.lower()) == len(text):
        text = text.lower()  # judged like lower-case text: "sarah was brilliant"
    matches = _TOKEN.findall(text)
    if not any(map(_may_matter, matches)):
        return []  # about half of all texts
    return _names_in(text, matches)


def _names_in(text: str, matches: list[str]) -> list[tuple[int, int]]:
    """``find_names`` past its quick test."""
    toks = _tokens(text, matches)
    names = first_names()
    title_case = _is_title_case(toks)
    spans: list[tuple[int, int]] = []
    names_at: set[int] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        after_title = i > 0 and toks[i - 1].lower in SURNAME_TITLES
        if not tok.cap and not after_title and tok.form not in names:
            i += 1
            continue
        context = _context(text, toks, i, names_at) or _role_follows(text, toks, i)
        gap = text[toks[i - 1].end : tok.start] if i else ""
        sentence_start = i == 0 or bool(_SENTENCE_BREAK.search(gap))
        next_lower = _next_word(text, toks, i)
        if not _accept(tok, context, sentence_start, title_case, next_lower):
            i += 1
            continue
        prev_lower = toks[i - 1].lower if i else ""
        prev_is_acronym = (  # "NHS Grace Ward", "GP. Saw", but not "our CPN Gareth"
            i > 0
            and toks[i - 1].text.isupper()
            and len(toks[i - 1].text) > 1
            and not (prev_lower in ROLES and gap == " ")
        )
        if context != "title" and (
            prev_lower in ORG_PRECEDERS or prev_lower in ARTICLES or prev_is_acronym
        ):
            i += 1
            continue
        if prev_lower in PLACE_PREPOSITIONS and tok.form in PLACES:
            i += 1
            continue
        last = i
        while (
            last + 1 < len(toks)
            and last - i < 2
            and toks[last + 1].cap
            and toks[last + 1].lower not in STOP
            and toks[last + 1].lower not in ORG_FOLLOWERS
            and text[toks[last].end : toks[last + 1].start] in _extension_gaps(toks[last])
        ):
            last += 1
        after = toks[last + 1] if last + 1 < len(toks) else None
        if (
            after
            and (after.lower in ORG_FOLLOWERS or (after.text.isupper() and len(after.text) > 1))
            and text[toks[last].end : after.start] == " "
        ):
            i = last + 1
            continue
        spans.append((tok.start, toks[last].end))
        names_at.update(range(i, last + 1))
        i = last + 1
    return _with_other_mentions(toks, spans, names_at)


def _with_other_mentions(
    toks: list[_Token], spans: list[tuple[int, int]], names_at: set[int]
) -> list[tuple[int, int]]:
    """Once context shows a word is someone's name, it is a name wherever else the text writes
    it with a capital: "I am Grace's mum. Grace is 14"."""
    known = {toks[i].text for i in names_at}
    others = [
        (tok.start, tok.end)
        for i, tok in enumerate(toks)
        if tok.cap and tok.text in known and i not in names_at
    ]
    return sorted(spans + others) if others else spans
