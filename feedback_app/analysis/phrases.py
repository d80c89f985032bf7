"""Find taxonomy-style phrases in a prepared ``Document`` (the syntax is in ``taxonomy.py``).

A phrase is compiled once into a tuple of stems, with ``GAP`` for ``...``. All phrases of a set
are indexed by their first element and then by their second, so matching a text costs a few
dictionary look-ups per word plus a short walk for the few phrases that start there.
Third-person pronouns ("him", "her", "them", "his", "their") are one token on both sides, so a
phrase written for "him" also meets "her" and "them"; first person ("me", "my", "us") stays
apart, since who is meant matters there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from feedback_app.analysis.text import Document, prepare

GAP = ""  # "..." in a phrase: up to GAP_WORDS words of the same sentence
GAP_WORDS = 4
NUM = "<num>"
NIGHT = "<night>"
# Words that may be skipped (one at a time) between two words of a phrase.
FILLERS = frozenset(
    "the a an my his her their our your its this that these those some any really very so "  # noqa: SIM905
    "just quite all me him them us it also even still actually".split()
)
_NUMBER_ARTICLES = frozenset({"a", "an"})  # "an hour" matches "<num> hour"
PERSON = "<person>"
# Third-person pronouns are one word to a phrase, so "talked him down" also matches "talked her
# down" and "talked them down". First person stays apart: "asked me" (a carer asked) is not "asked
# him".
_PERSON_WORDS = frozenset({"him", "her", "them", "his", "their", "hers", "theirs"})
_AS_PERSON = dict.fromkeys(_PERSON_WORDS, PERSON)
_PLACEHOLDER = re.compile(r"(<num>|<night>|\.\.\.|…)")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One compiled phrase; ``key`` says what it belongs to (a theme, a sentiment weight...)."""

    source: str  # the phrase as written
    elements: tuple[str, ...]  # stems, NUM, NIGHT or GAP
    key: object
    presence: bool = False  # leading "!": does not count when negated
    weak: bool = False  # leading "?": a supporting cue only

    @property
    def later_tokens(self) -> frozenset[str]:
        """Elements after the first that the text must contain (a cheap test before matching)."""
        return frozenset(e for e in self.elements[1:] if e not in {GAP, NUM})


_Entry = tuple[int, Phrase, frozenset[str]]
_INDEX_SECOND_FROM = 16


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    first: int  # index of the first matched word
    last: int  # index of the last matched word
    negated: bool  # a negator outside the match covers its first word

    def evidence(self, doc: Document) -> str:
        """The matched text, with its negator ("not listened to") when the match is negated."""
        first = self.first
        if self.negated:
            first = doc.negated_by[self.first]
        return doc.span_text(first, self.last)


def compile_phrase(source: str, key: object, exact: bool = False) -> Phrase | None:
    """Compile one phrase; ``None`` when nothing is left of it (e.g. only punctuation).

    ``exact`` phrases keep whole normalised words instead of stems ("closely" then does not
    meet "closed"): for a ``PhraseSet(..., exact=True)``.
    """
    text = source.strip()
    presence = weak = False
    while text[:1] in {"!", "?"}:
        presence |= text[0] == "!"
        weak |= text[0] == "?"
        text = text[1:].lstrip()
    elements: list[str] = []
    for part in _PLACEHOLDER.split(text):
        if part in {"...", "…"}:
            if elements and elements[-1] != GAP:
                elements.append(GAP)
        elif part in {NUM, NIGHT}:
            elements.append(part)
        elif part.strip():
            prepared = prepare(part)
            elements.extend(_person(prepared.words if exact else prepared.stems))
    while elements and elements[-1] == GAP:
        elements.pop()
    if not elements:
        return None
    return Phrase(source, tuple(elements), key, presence, weak)


class PhraseSet:
    """Many phrases, indexed for matching against documents (on stems, or on words if exact)."""

    def __init__(self, phrases: Iterable[Phrase], exact: bool = False) -> None:
        self.phrases = tuple(phrases)
        self.exact = exact
        # first element -> (phrases that may go on with any word, {second element: phrases});
        # each phrase as (its place in the set, the phrase, its later tokens). Only a first
        # element that starts many phrases is worth the second look-up.
        by_first: dict[str, list[_Entry]] = {}
        for place, phrase in enumerate(self.phrases):
            entry = (place, phrase, phrase.later_tokens)
            by_first.setdefault(phrase.elements[0], []).append(entry)
        self._by_first: dict[str, tuple[list[_Entry], dict[str, list[_Entry]]]] = {}
        for first, entries in by_first.items():
            any_next, by_next = self._by_first[first] = ([], {})
            for entry in entries:
                elements = entry[1].elements
                second = elements[1] if len(elements) > 1 else GAP
                if len(entries) < _INDEX_SECOND_FROM or second in {GAP, NUM}:
                    any_next.append(entry)
                else:
                    by_next.setdefault(second, []).append(entry)

    def find(self, doc: Document) -> list[Match]:
        """Every match of every phrase (overlaps included), in text order."""
        found: list[Match] = []
        words = doc.words
        tokens = _person(words if self.exact else doc.stems)
        present = frozenset(tokens)
        index = self._by_first
        for i, first in enumerate(tokens):
            candidates = _starting(index[first], i, tokens, words) if first in index else []
            if words[i] in _NUMBER_ARTICLES and NUM in index:
                candidates = [*candidates, *_starting(index[NUM], i, tokens, words)]
            for _, phrase, later_tokens in candidates:
                if not later_tokens <= present:
                    continue
                last = _match_from(phrase.elements, 1, i, tokens, doc)
                if last < 0:
                    continue
                negator = doc.negated_by[i]
                negated = negator >= 0 and negator < i
                if phrase.presence and negated:
                    continue
                found.append(Match(phrase, i, last, negated))
        return found


def _starting(
    entry: tuple[list[_Entry], dict[str, list[_Entry]]],
    i: int,
    tokens: tuple[str, ...],
    words: tuple[str, ...],
) -> list[_Entry]:
    """The phrases of ``entry`` (those with one first element) that may match from word ``i``, in
    set order: those whose second element is the next word (or the one after a filler, as in
    ``_match_from``), or any word."""
    any_next, by_next = entry
    if not by_next:
        return any_next
    after = i + 3 if i + 1 < len(words) and words[i + 1] in FILLERS else i + 2
    more = [by_next[t] for t in set(tokens[i + 1 : after]) if t in by_next]
    if not more:
        return any_next
    if not any_next and len(more) == 1:
        return more[0]
    return sorted(chain(any_next, *more), key=itemgetter(0))


def _person(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(_AS_PERSON.get, tokens, tokens))  # each token, or PERSON for "him", "her" ...


def _element_matches(element: str, token: str, word: str) -> bool:
    if element == NUM:
        return token == NUM or word in _NUMBER_ARTICLES
    return token == element


def _match_from(
    elements: tuple[str, ...], k: int, previous: int, tokens: tuple[str, ...], doc: Document
) -> int:
    """Match ``elements[k:]`` after word ``previous``; the index of the last word, or -1."""
    if k == len(elements):
        return previous
    sentence = doc.sentences[previous]
    size = len(tokens)
    if elements[k] == GAP:
        k += 1
        reach = GAP_WORDS + 1
    else:
        reach = 2 if previous + 1 < size and doc.words[previous + 1] in FILLERS else 1
    for position in range(previous + 1, min(previous + 1 + reach, size)):
        if doc.sentences[position] != sentence:
            break
        if _element_matches(elements[k], tokens[position], doc.words[position]):
            last = _match_from(elements, k + 1, position, tokens, doc)
            if last >= 0:
                return last
    return -1
