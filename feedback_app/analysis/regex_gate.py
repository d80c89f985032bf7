"""A cheap gate before costly regexes: which of them can possibly match a text.

From each regex's parsed pattern we derive sets of literal strings such that every possible match
contains a member of each set ("want"/"wants", then "kill"/"end"...); a regex is only run on a
text that has a member of every set for one of the regex's alternatives. The sets come from the
patterns themselves, so the gate holds for any text (a regex it skips cannot match) and follows
every edit to the patterns. A "\\b" before a word is read as a mark, which the gate also puts
before every word of the text, so that "\\bod" is not let through by "good".
Patterns with no literal strings to key on, or compiled with IGNORECASE, always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as sre  # the regex parser's own names, to read the patterns
from re import _parser as sre_parse

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


def alternation(words: list[str]) -> str:
    """A regex alternation grouped by first letter, which Python's engine rejects much faster."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in by_first.items())


class LiteralGate:
    """Built once for some patterns; ``may_match(text)`` names those that might match ``text``.

    Each alternative of each pattern is keyed by the strings of its most telling needed set;
    patterns are named by their source text (hashing a compiled pattern is slow). Needed strings
    that hold whitespace are looked for in the whole text; the others word by word, since such a
    string can only occur inside one whitespace-separated word, and words repeat (cached).
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        # key string -> the alternatives it keys, as (pattern source, its other needed sets)
        self._keyed: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
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
                    self._keyed.setdefault(string, []).append((pattern.pattern, others))
                strings.update(*needed)
        self._always = frozenset(always)
        self._keys = frozenset(self._keyed)
        # the strings that hold whitespace, each with its marks taken out
        self._spaced = {s: s.replace(_MARK, "") for s in strings if any(c.isspace() for c in s)}
        in_words = sorted(strings - self._spaced.keys())
        # at each position, the longest string that starts there; and for each, the strings it
        # starts with (all those present at that position)
        self._finder = re.compile(rf"(?=({alternation(in_words)}))")
        self._starts_with = {
            found: frozenset(found[:end] for end in range(1, len(found) + 1)).intersection(in_words)
            for found in in_words
        }
        self._strings_in_word = lru_cache(maxsize=1 << 16)(self._strings_of_word)

    def _strings_of_word(self, word: str) -> frozenset[str]:
        """The needed strings without whitespace in ``word``, with its word starts marked."""
        found = self._finder.finditer(_WORD_STARTS.sub(_MARK, word))
        return frozenset().union(*(self._starts_with[match.group(1)] for match in found))

    def may_match(self, text: str) -> set[str]:
        """The sources of the patterns that might match ``text``; no other can."""
        present = set().union(*map(self._strings_in_word, set(text.split())))
        present.update(marked for marked, plain in self._spaced.items() if plain in text)
        chosen = set(self._always)
        for key in present.intersection(self._keys):
            for pattern, needed in self._keyed[key]:
                if pattern not in chosen and not any(map(present.isdisjoint, needed)):
                    chosen.add(pattern)
        return chosen
