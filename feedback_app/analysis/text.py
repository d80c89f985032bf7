"""Turn feedback text into normalised, stemmed words with offsets, clauses and negation scope.

Everything downstream (theme phrases, sentiment phrases, emerging phrases) works on the same
``Document`` so that a phrase written in a taxonomy is normalised exactly like the text it meets.

Normalisation, in order:
- lower-case; curly quotes straightened; hyphens inside words split ("follow-up" = "follow up");
- contractions expanded ("didn't" -> "did not", "I'm" -> "i am"), also without the apostrophe
  ("didnt", "cant", "im");
- spelling variants folded to one canonical word: A&E / A and E / A+E / ED / emergency
  department / casualty -> "ae"; s136 / section 136 / 136 -> "s136"; MH -> "mental health";
  OOH -> "out of hours"; MHA -> "mental health act"; text-speak ("pls", "u", "hrs"); common
  misspellings ("ambulence", "referal", "listend", "dismisive"); -ize -> -ise;
- numbers become "<num>" (except the service numbers 999, 111, 101, 116, 24/7) and clock times
  become "<night>" (6pm to 8am, "midnight") or "<clock>", so phrases can say "<num> hours";
- words are stemmed with the Snowball stemmer (cached: feedback has a small vocabulary).

Negation scope: a negator ("not", "no", "never", "n't", "nobody", "nothing", "without", "hardly",
"lack of", "failed to", ...) covers up to ``NEGATION_WINDOW`` following words, stopping early at
punctuation or a conjunction ("but", "and", "because", ...). ``negated_by[i]`` is the index of the
negator covering word ``i`` (or -1), so callers can show the negator as part of the evidence.

Clauses: sentences (split at . ! ? and line breaks, not after "Dr." and the like) further split at
";" and at contrastive words ("but", "however", "although", "though", "whereas", "yet"), which
is where mixed feedback turns ("the nurse was lovely but we waited six hours").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer

from feedback_app.analysis.spellings import (
    CONTRACTION_SUFFIXES,
    EXPAND,
    IRREGULAR,
    IRREGULAR_NOT,
    PHRASES,
    VARIANTS,
)

NEGATION_WINDOW = 6

_TOKEN = re.compile(
    r"[a-z][&+][a-z](?:['’]s)?(?![a-z])"  # A&E, A+E
    r"|\d+(?:[.:]\d+)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])"  # clock times: 3am, 10.30 pm
    r"|9\s?(?:-|–|to)\s?5(?![\d:.])"  # office hours
    r"|\d+(?:/\d+)?(?:st|nd|rd|th|s)?(?![a-z])"  # numbers, 24/7, 3rd, 1990s
    r"|[a-z0-9]+(?:['’][a-z]+)*"  # words, with contractions
    r"|\.{3}|…|[.!?;:,()\"&+/]|\s-\s|\s–\s|—",  # punctuation that structures text
    re.IGNORECASE,
)
_SENTENCE_END = frozenset({".", "!", "?", "...", "…"})
_CLAUSE_PUNCT = frozenset({";", ":"})
_CONTRAST = frozenset({"but", "however", "although", "though", "whereas", "yet"})
_SCOPE_END = _CONTRAST | frozenset(
    "and or so because cos as while whilst which who until till then when if since".split()  # noqa: SIM905
)
_ABBREVIATIONS = frozenset("dr mr mrs ms st etc eg ie vs approx no".split())  # noqa: SIM905

NEGATORS = frozenset(
    "not no never nobody nothing none noone nowhere without hardly barely neither nor "  # noqa: SIM905
    "lack lacked lacking fail failed fails unable".split()
)
# "no doubt", "not only", "nothing but praise": the next word undoes the negation.
_NOT_NEGATING_BEFORE = frozenset({"doubt", "only", "matter", "but", "wonder", "problem"})

_MAX_PHRASE = max(len(k) for k in PHRASES)
_PHRASE_FIRSTS = frozenset(k[0] for k in PHRASES)
_SERVICE_NUMBERS = frozenset({"999", "111", "101", "116", "24/7", "s136", "s135"})
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "  # noqa: SIM905
    "forty fifty sixty couple few several".split()
)
_CLOCK = re.compile(r"(\d+)(?:[.:](\d+))?\s?([ap])\.?m\.?$", re.IGNORECASE)
_IZE = re.compile(r"^(\w{3,})(iz|yz)(e|ed|es|ing|ation|ations|er|ers)$")
_NO_STEM = frozenset({"ae", "9to5"}) | _SERVICE_NUMBERS
# Words the stemmer would merge with an unrelated word ("caring" -> "care" as in "care plan").
_OWN_STEM = frozenset(
    {
        "caring",
        "accessible",
        "inaccessible",
        "racing",
        "secondment",
        "judgemental",
        "judgement",
        "office",
        "offices",
        "calmly",
        "accessibility",
        "professionalism",
        "responsibility",
        "responsibilities",
    }
)

_stemmer = SnowballStemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of one normalised word (canonical tokens are left alone)."""
    if word in _NO_STEM or word in _OWN_STEM or word.startswith("<"):
        return word
    return _stemmer.stem(word)


@dataclass(frozen=True, slots=True)
class Document:
    """A text as normalised words; all per-word tuples have the same length."""

    text: str
    words: tuple[str, ...]  # normalised words (punctuation removed)
    stems: tuple[str, ...]
    starts: tuple[int, ...]  # character offsets of each word in ``text``
    ends: tuple[int, ...]
    negated_by: tuple[int, ...]  # index of the negator whose scope covers the word, or -1
    sentences: tuple[int, ...]  # sentence number of each word
    clauses: tuple[int, ...]  # clause number of each word
    clause_spans: tuple[tuple[int, int], ...]  # character span of each clause

    def span_text(self, first: int, last: int) -> str:
        """The original text from word ``first`` to word ``last`` inclusive."""
        return self.text[self.starts[first] : self.ends[last]]


def _clock_word(raw: str) -> str:
    match = _CLOCK.match(raw)
    if not match:
        return "<clock>"
    hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
    return "<night>" if hour >= 18 or hour < 8 else "<clock>"


@lru_cache(maxsize=65536)
def normalise_word(raw: str) -> tuple[str, ...]:
    """One raw token -> its normalised words (usually one; contractions give two)."""
    word = raw.lower().replace("’", "'")
    if word in EXPAND:
        return tuple(w for part in EXPAND[word] for w in normalise_word(part))
    if "'" in word:
        if word in IRREGULAR_NOT:
            return (IRREGULAR_NOT[word], "not")
        for suffix, expansion in CONTRACTION_SUFFIXES.items():
            if word.endswith(suffix) and len(word) > len(suffix):
                head = normalise_word(word[: -len(suffix)])
                return head + (normalise_word(expansion) if expansion else ())
        word = word.replace("'", "")
    if word in VARIANTS:
        return (VARIANTS[word],)
    if word in IRREGULAR:
        return (IRREGULAR[word],)
    if word[0].isdigit():
        if word[0] == "9" and word[-1] == "5" and not word.isdigit():
            return ("9to5",)
        if word in _SERVICE_NUMBERS:
            return (word,)
        return (_clock_word(word) if word[-1] in "m." else "<num>",)
    if word in _NUMBER_WORDS:
        return ("<num>",)
    if word == "midnight":
        return ("<night>",)
    return (_IZE.sub(r"\1is\3", word) if "z" in word else word,)


def _raw_tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for words and structuring punctuation; newlines end sentences."""
    tokens: list[tuple[str, int, int]] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        if "\n" in text[previous_end:start] and tokens:
            tokens.append((".", previous_end, previous_end))
        token = match.group()
        if token.isspace() or token.strip() in {"-", "–"}:
            token = ";"
        tokens.append((token, start, match.end()))
        previous_end = match.end()
    return tokens


def _is_ed(raw: str, previous: str) -> bool:
    """ "ED" is the emergency department; "Ed" is a name; "ed" only after "the", "to", "in"..."""
    return raw == "ED" or (raw == "ed" and previous in {"the", "to", "in", "at", "into", "from"})


def prepare(text: str) -> Document:
    """Tokenise, normalise and stem ``text``, with sentence, clause and negation structure."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentences: list[int] = []
    clauses: list[int] = []
    breaks: list[bool] = []  # a scope/clause break falls just before this word
    sentence = clause = 0
    pending_break = False
    for raw, start, end in _raw_tokens(text):
        if not raw[0].isalnum():
            if raw in _SENTENCE_END and not (
                raw == "." and words and words[-1] in _ABBREVIATIONS and ends[-1] == start
            ):
                sentence += 1
                clause += 1
            elif raw in _CLAUSE_PUNCT and words and clauses[-1] == clause:
                clause += 1
            if raw in {"&", "+"}:
                words.append(raw)
                starts.append(start)
                ends.append(end)
                sentences.append(sentence)
                clauses.append(clause)
                breaks.append(pending_break)
            pending_break = True
            continue
        previous = words[-1] if words else ""
        normalised = ("ae",) if _is_ed(raw, previous) else normalise_word(raw)
        if normalised and normalised[0] in _CONTRAST and words and clauses[-1] == clause:
            clause += 1
        for word in normalised:
            words.append(word)
            starts.append(start)
            ends.append(end)
            sentences.append(sentence)
            clauses.append(clause)
            breaks.append(pending_break or word in _SCOPE_END)
            pending_break = False
    _merge_phrases(words, starts, ends, sentences, clauses, breaks)
    stems = tuple(stem(w) for w in words)
    return Document(
        text=text,
        words=tuple(words),
        stems=stems,
        starts=tuple(starts),
        ends=tuple(ends),
        negated_by=_negation(words, breaks),
        sentences=tuple(sentences),
        clauses=tuple(clauses),
        clause_spans=_clause_spans(text, starts, clauses),
    )


def _merge_phrases(
    words: list[str],
    starts: list[int],
    ends: list[int],
    sentences: list[int],
    clauses: list[int],
    breaks: list[bool],
) -> None:
    """Replace multi-word variants in place ("a and e" -> "ae"); drops leftover & and +."""
    i = 0
    while i < len(words):
        longest = min(_MAX_PHRASE, len(words) - i) if words[i] in _PHRASE_FIRSTS else 1
        for size in range(longest, 1, -1):
            key = tuple(words[i : i + size])
            if key in PHRASES:
                replacement = PHRASES[key]
                end = ends[i + size - 1]
                words[i : i + size] = replacement
                for column in (starts, sentences, clauses, breaks):
                    column[i : i + size] = [column[i]] * len(replacement)
                ends[i : i + size] = [end] * len(replacement)
                break
        if words[i] in {"&", "+"}:
            for column in (words, starts, ends, sentences, clauses, breaks):
                del column[i]
            continue
        i += 1


def _negation(words: list[str], breaks: list[bool]) -> tuple[int, ...]:
    negated_by = [-1] * len(words)
    for i, word in enumerate(words):
        if word not in NEGATORS:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if following in _NOT_NEGATING_BEFORE:
            continue
        for j in range(i + 1, min(i + 1 + NEGATION_WINDOW, len(words))):
            if breaks[j]:
                break
            negated_by[j] = i
    return tuple(negated_by)


def _clause_spans(text: str, starts: list[int], clauses: list[int]) -> tuple[tuple[int, int], ...]:
    """Each clause runs from its first word to just before the next clause's first word."""
    firsts: list[int] = []
    for i, clause in enumerate(clauses):
        if i == 0 or clause != clauses[i - 1]:
            firsts.append(starts[i])
    if not firsts:
        return ()
    bounds = [*firsts[1:], len(text)]
    return tuple((start, end) for start, end in zip(firsts, bounds, strict=True))
