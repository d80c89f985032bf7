"""Sentiment: VADER (the vaderSentiment package's lexicon) per clause, tuned for health feedback.

Scoring clause by clause ("the nurse was lovely" | "but we waited six hours") is what lets
mixed feedback come out ``mixed`` instead of averaging to neutral. On top of VADER:
- domain words it lacks or misjudges ("listened", "sectioned", "judged", "fobbed off");
- domain phrases that shift a clause ("could not fault", "no complaints" are praise; "waited
  six hours", "nobody rang back" are complaints), written in the taxonomy phrase syntax;
- the question answered: what people write under "what was good?" is praise unless it is
  clearly critical, and under "what could we improve?" a complaint unless it is clearly praise
  ("nothing, all good"); a bare "nothing" is praise to the first and a complaint to the second.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from feedback_app.analysis.phrases import PhraseSet, compile_phrase
from feedback_app.analysis.text import Document

_PUNCTUATION = string.punctuation
NEUTRAL_BELOW = 0.05  # |compound| under this is neutral (VADER's own convention)
MIXED_FROM = 0.3  # a clause this positive and another this negative make the whole mixed
TORN_FROM = 0.3  # a clause whose words are this much positive and negative is mixed itself
CLEARLY = 0.5  # how far a text must lean against its question to be read against it
# VADER's time grows with the square of a clause's words; a clause longer than this (text with
# no punctuation) is scored in pieces of this many words and the pieces averaged.
VADER_WORDS = 60

DOMAIN_WORDS = {  # VADER scale, -4..4
    "listened": 1.5,
    "listening": 1.0,
    "reassurance": 1.5,
    "professional": 1.5,
    "understanding": 1.3,
    "patient": 0.0,  # the person, far more often than the virtue
    "like": 0.3,  # "would like more training" is a suggestion, not praise
    "sectioned": -1.0,
    "detained": -0.8,
    "restrained": -1.2,
    "handcuffed": -1.8,
    "handcuffs": -1.2,
    "criminalised": -2.2,
    "judged": -1.6,
    "judgemental": -2.0,
    "dismissive": -2.0,
    "dismissed": -1.5,
    "abrupt": -1.4,
    "patronising": -2.0,
    "condescending": -2.0,
    "unhelpful": -1.8,
    "pointless": -1.6,
    "nightmare": -2.2,
    "lottery": -0.8,
    "fobbed": -1.8,
    "rushed": -1.0,
    "shut": -0.6,
    "delays": -1.3,
    "sighing": -1.0,
    "babysit": -0.8,
    # British praise VADER does not know
    "brill": 2.0,
    "ace": 1.8,
    "lush": 1.5,
    "decent": 1.0,
    "legend": 2.0,
    "legends": 2.0,
    "gem": 2.0,
    "angel": 1.8,
    "angels": 1.8,
    "superstar": 2.2,
    "superstars": 2.2,
}
# Phrase -> how much it moves its clause's compound score.
DOMAIN_PHRASES = {
    0.6: [
        "could not fault", "can not fault", "cannot fault", "nothing to fault", "not fault",
        "no complaints", "no complaint", "nothing to complain", "nothing to improve",
        "nothing could be improved", "nothing needs improving", "would not change",
        "not change a thing", "not a thing", "could not ask for more", "could not have asked",
        "could not have been", "above and beyond", "extra mile", "saved my life",
        "saved his life", "saved her life", "second to none", "feel safe", "felt safe",
        "put me at ease", "at ease", "took the time", "took time to", "made time", "with dignity",
        "keep doing", "keep up the good work", "carry on", "all good", "made a difference",
        "meant a lot", "meant the world", "listened to me", "listened to us", "arrived quickly",
        "came quickly", "within minutes", "in minutes", "straight away", "did not feel rushed",
        "never felt rushed", "did not feel judged", "never judged", "without judgement",
        "treated me like a person", "treated me as a person", "like a human", "as a human",
        "spot on", "top notch", "bang on", "absolute star", "was boss", "were boss", "tidy job",
        "night and day",
    ],
    -0.6: [
        "waited <num> hours", "wait of <num> hours", "<num> hours", "<num> hour wait", "hours for",
        "waited hours", "took hours", "hours to", "all night", "still waiting", "left waiting",
        "kept waiting", "nobody came", "never came", "never arrived", "never called back",
        "never rang back", "no call back", "nobody rang", "nobody called", "nobody checked",
        "no follow up", "heard nothing", "not taken seriously", "not listened to",
        "did not listen", "like a criminal", "waste of time", "fobbed off", "pillar to post",
        "sent away", "turned away", "nowhere to go", "nowhere to take", "on hold", "in a corridor",
        "on a trolley", "too long", "far too long", "nobody told", "nobody explained",
        "did not explain", "not explained", "left alone", "left on my own", "leaflet",
        "get cancelled", "gets cancelled", "was shut", "were shut", "nobody answered",
        "no answer", "could not get through", "no help", "did not help", "not helpful",
        "no support", "not enough", "did not check", "against my will", "like a burden",
        "time waster", "attention seeking", "rolled their eyes", "rolled his eyes",
        "rolled her eyes", "made to feel", "nobody said", "not a word", "no way to",
        "no one to talk", "nobody to talk", "that is it", "very little", "no training",
        "nobody asked", "never asked", "did not ask", "no contact", "nobody knew", "had no idea",
        "did not know", "had to chase", "had to ring", "nobody planned", "no plan", "no referral",
        "no safeguarding", "nobody to ring", "no number",
    ],
    -0.35: ["would like", "we need", "needs to", "need to", "should be", "should have"],
}  # fmt: skip
_NOTHING_ANSWERS = frozenset(
    {
        "nothing", "nothing really", "nothing at all", "nothing else", "nothing much",
        "no", "none", "not really", "no nothing", "nothing to be improved", "nothing it was",
    }
)  # fmt: skip
_NO_ANSWERS = frozenset(
    {"na", "n a", "nothing to add", "no comment", "no comments", "nothing to say", "not applicable"}
)


@dataclass(frozen=True)
class Sentiment:
    compound: float  # -1..1
    label: str  # "positive", "negative", "neutral" or "mixed"


@lru_cache(maxsize=1)
def _analyser() -> SentimentIntensityAnalyzer:
    analyser = SentimentIntensityAnalyzer()
    analyser.lexicon.update(DOMAIN_WORDS)  # this instance's own copy of the lexicon
    return analyser


@lru_cache(maxsize=1)
def _phrases() -> PhraseSet:
    compiled = (
        compile_phrase(phrase, shift) for shift, group in DOMAIN_PHRASES.items() for phrase in group
    )
    return PhraseSet(p for p in compiled if p is not None)


def is_stock_answer(doc: Document) -> bool:
    """A blank, a bare "n/a" or "nothing": its sentiment follows from the question alone."""
    answer = " ".join(doc.words)
    return not answer or answer in _NO_ANSWERS or answer in _NOTHING_ANSWERS


def score_sentiment(doc: Document, question_type: str | None = None) -> Sentiment:
    """The sentiment of one prepared text."""
    answer = " ".join(doc.words)
    if answer in _NO_ANSWERS or not answer:
        return Sentiment(0.0, "neutral")
    if answer in _NOTHING_ANSWERS:
        return _nothing_answer(question_type)
    shifts: dict[int, float] = {}
    for match in _phrases().find(doc):
        clause = doc.clauses[match.first]
        shifts[clause] = shifts.get(clause, 0.0) + float(match.phrase.key)
    clause_ids = sorted(set(doc.clauses))
    scores = []
    torn = False  # "kind crew, awful wait": praise and complaint in one clause
    analyser = _analyser()
    felt_clauses = _clauses_with_lexicon_words(doc, analyser.lexicon)
    for clause, (start, end) in zip(clause_ids, doc.clause_spans, strict=True):
        shift = shifts.get(clause, 0.0)
        if clause not in felt_clauses:
            scores.append(max(-1.0, min(1.0, shift)))
            continue
        vader = _vader_scores(analyser, doc.text[start:end])
        scores.append(max(-1.0, min(1.0, vader["compound"] + shift)))
        torn = torn or min(vader["pos"], vader["neg"]) >= TORN_FROM
    return _read_for_question(_combine(scores, torn), scores, question_type)


def _vader_scores(analyser: SentimentIntensityAnalyzer, clause: str) -> dict[str, float]:
    """VADER's scores of one clause; of a very long one, the mean over pieces of it."""
    words = clause.split()
    if len(words) <= VADER_WORDS:
        return analyser.polarity_scores(clause)
    pieces = [
        analyser.polarity_scores(" ".join(words[i : i + VADER_WORDS]))
        for i in range(0, len(words), VADER_WORDS)
    ]
    return {
        key: math.fsum(p[key] for p in pieces) / len(pieces) for key in ("compound", "pos", "neg")
    }


def _clauses_with_lexicon_words(doc: Document, lexicon: dict[str, float]) -> set[int]:
    """Clauses VADER could score; the others score 0 without asking it (a speed-up).

    Tokens are read as VADER reads them (split at spaces, punctuation stripped, lower-cased).
    Emoji are not in the lexicon as such, so a text with any is scored clause by clause in full.
    """
    clause_ids = sorted(set(doc.clauses))
    if not doc.text.isascii():
        return set(clause_ids)
    return {
        clause
        for clause, (start, end) in zip(clause_ids, doc.clause_spans, strict=True)
        if any(
            token.lower() in lexicon or token.strip(_PUNCTUATION).lower() in lexicon
            for token in doc.text[start:end].split()
        )
    }


def _read_for_question(
    sentiment: Sentiment, scores: list[float], question_type: str | None
) -> Sentiment:
    if question_type == "what_good":
        if sentiment.compound <= -CLEARLY and max(scores) < MIXED_FROM:
            return sentiment
        return Sentiment(max(sentiment.compound, NEUTRAL_BELOW), "positive")
    if question_type == "could_improve":
        if sentiment.compound >= CLEARLY and min(scores) > -MIXED_FROM:
            return sentiment
        return Sentiment(min(sentiment.compound, -NEUTRAL_BELOW), "negative")
    return sentiment


def _combine(scores: list[float], torn: bool) -> Sentiment:
    felt = [s for s in scores if abs(s) >= NEUTRAL_BELOW]
    if not felt:
        return Sentiment(0.0, "mixed" if torn else "neutral")
    compound = round(math.fsum(felt) / len(felt), 4)
    if torn or (max(felt) >= MIXED_FROM and min(felt) <= -MIXED_FROM):
        return Sentiment(compound, "mixed")
    if compound >= NEUTRAL_BELOW:
        return Sentiment(compound, "positive")
    if compound <= -NEUTRAL_BELOW:
        return Sentiment(compound, "negative")
    return Sentiment(compound, "neutral")


def _nothing_answer(question_type: str | None) -> Sentiment:
    if question_type == "could_improve":
        return Sentiment(0.4, "positive")  # nothing needs improving
    if question_type == "what_good":
        return Sentiment(-0.4, "negative")  # nothing was good
    return Sentiment(0.0, "neutral")
