"""Tag themes by matching a taxonomy's phrases, and blend in a trained model when there is one.

Each theme collects its phrase matches in a text, minus those that overlap a match of one of its
exclusions ("bed rest" rules out "bed"; exclusions match whole words, not stems). Overlapping
matches count once (the longest is kept as evidence). Strong phrases tag the theme on their own;
weak (``?``) cues only add support, so one weak cue alone does not tag, two different ones do.
Confidence is a logistic function of the number of distinct strong and weak cues, fitted on the
training part of tests/data/feedback_labelled.jsonl so that it reads as a probability (one strong
phrase alone is right about 2 times in 3, two strong phrases about 19 times in 20).
A trained model, when given, is one more piece of evidence: its log-odds add to the rules' (see
``_blend``), so it can confirm a weak cue or overrule a lone generic phrase.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from feedback_app.analysis.phrases import Match, PhraseSet, compile_phrase
from feedback_app.analysis.taxonomy import Taxonomy
from feedback_app.analysis.text import Document

BIAS, STRONG_CUE, WEAK_CUE = -2.1, 2.6, 1.3  # logistic weights (log-odds)
REPORT_FROM = 0.5  # confidence needed to report a theme
# a little under REPORT_FROM in log-odds, as confidence is rounded (0.4996 reports as 0.5)
_REPORT_LOG_ODDS = math.log(REPORT_FROM / (1 - REPORT_FROM)) - 0.01
# Blending a trained model (see ``_blend``; cross-validated on the training data, where NO_CUE
# from -2.1 to -1.0 scores within 0.01 F1, so the value that lets reviews teach new wording wins):
MODEL_WEIGHT = 0.8  # the model's log-odds relative to the rules'
NO_CUE = -1.0  # the rules' log-odds for a theme none of its phrases supports
EVIDENCE_LIMIT = 3


@dataclass(frozen=True)
class ThemeMatch:
    slug: str
    confidence: float  # 0..1
    evidence: list[str] = field(default_factory=list)  # phrases quoted from the text


class ThemeModel(Protocol):
    """What a trained classifier offers (``learning.ThemeClassifier``)."""

    slugs: tuple[str, ...]
    tags_alone: bool  # whether the model alone may tag a theme no phrase suggests

    def predict_proba(
        self,
        texts: Sequence[str],
        question_types: Sequence[str | None] | None = None,
        docs: Sequence[Document] | None = None,
    ) -> list[dict[str, float]]: ...

    def threshold(self, slug: str) -> float: ...

    def evidence(self, doc: Document, slug: str, limit: int = 3) -> list[str]: ...


@dataclass(frozen=True)
class RuleScore:
    """What the phrases say about one theme in one text."""

    confidence: float
    evidence: list[str]


class ThemeRules:
    """A taxonomy compiled for matching (build once per taxonomy: see ``compile_rules``)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.slugs = tuple(taxonomy.slugs)
        phrases = [compile_phrase(p, t.slug) for t in taxonomy.themes for p in t.phrases]
        self.phrases = PhraseSet(p for p in phrases if p is not None)
        exclusions = [
            compile_phrase(p, t.slug, exact=True) for t in taxonomy.themes for p in t.exclusions
        ]
        # Exclusions match whole words: stemmed, "closely" would rule out "closed".
        self.exclusions = PhraseSet((p for p in exclusions if p is not None), exact=True)

    def score(self, doc: Document) -> dict[str, RuleScore]:
        """Rule confidence and evidence for each theme with any cue in ``doc``."""
        matches: dict[str, list[Match]] = {}
        for match in self.phrases.find(doc):
            matches.setdefault(match.phrase.key, []).append(match)
        if not matches:
            return {}
        exclusions = self.exclusions.find(doc)
        scores = {}
        for slug, found in matches.items():
            ruled_out = [x for x in exclusions if x.phrase.key == slug]
            kept = [m for m in found if not any(_overlap(m, x) for x in ruled_out)]
            if kept:
                scores[slug] = _rule_score(_longest_without_overlap(kept), doc)
        return scores


def _overlap(a: Match, b: Match) -> bool:
    return a.first <= b.last and b.first <= a.last


def _longest_without_overlap(matches: list[Match]) -> list[Match]:
    """Longest matches first; a match overlapping one already kept is dropped. (The words kept
    matches cover are remembered, so a long text repeating a phrase costs no more per match.)"""
    kept: list[Match] = []
    covered: set[int] = set()
    for match in sorted(matches, key=lambda m: (m.first - m.last, m.phrase.weak, m.first)):
        words = range(match.first, match.last + 1)
        if covered.isdisjoint(words):
            kept.append(match)
            covered.update(words)
    return kept


def _rule_score(matches: list[Match], doc: Document) -> RuleScore:
    cues = {(m.phrase.elements, m.phrase.weak) for m in matches}  # a repeated phrase counts once
    log_odds = BIAS + sum(WEAK_CUE if weak else STRONG_CUE for _, weak in cues)
    ordered = sorted(matches, key=lambda m: (m.phrase.weak, m.first))
    evidence: list[str] = []
    for match in ordered:
        quote = match.evidence(doc)
        if quote not in evidence:
            evidence.append(quote)
    return RuleScore(round(_sigmoid(log_odds), 3), evidence[:EVIDENCE_LIMIT])


@lru_cache(maxsize=16)
def compile_rules(taxonomy: Taxonomy) -> ThemeRules:
    return ThemeRules(taxonomy)


def tag_themes(
    docs: Sequence[Document],
    taxonomy: Taxonomy,
    model: ThemeModel | None = None,
    question_types: Sequence[str | None] | None = None,
) -> list[list[ThemeMatch]]:
    """Themes for each document, best first."""
    rules = compile_rules(taxonomy)
    scores = [rules.score(doc) for doc in docs]
    if model is None:
        return [
            _best_first(
                ThemeMatch(slug, s.confidence, s.evidence)
                for slug, s in found.items()
                if s.confidence >= REPORT_FROM
            )
            for found in scores
        ]
    texts = [doc.text for doc in docs]
    probabilities = model.predict_proba(texts, question_types=question_types, docs=docs)
    cut_offs = {slug: _logit(model.threshold(slug)) for slug in model.slugs if slug in rules.slugs}
    # the probability from which the model alone tags a theme no phrase supports
    alone = {
        slug: _clip(_sigmoid(cut + (_REPORT_LOG_ODDS - NO_CUE) / MODEL_WEIGHT))
        for slug, cut in cut_offs.items()
        if model.tags_alone
    }
    return [
        _blend(doc, found, probability, cut_offs, alone, model)
        for doc, found, probability in zip(docs, scores, probabilities, strict=True)
    ]


def _blend(
    doc: Document,
    rule_scores: dict[str, RuleScore],
    probabilities: dict[str, float],
    cut_offs: dict[str, float],
    alone: dict[str, float],
    model: ThemeModel,
) -> list[ThemeMatch]:
    """Rules and model as two pieces of evidence: their log-odds add up.

    The model's part is how far its probability is above (or below) its own threshold
    (``cut_offs``, in log-odds), weighted by ``MODEL_WEIGHT``. A theme no phrase supports starts
    from ``NO_CUE``, so only a theme the model gives at least its ``alone`` probability can reach
    the report (none, for a model that does not ``tags_alone``). So a model that agrees lifts a
    weak cue over the line and one that disagrees can cancel a lone generic phrase, while the
    model alone tags only when it is well above its threshold (wording the phrases do not know,
    learned from reviews). Taking either opinion alone, as an "or", let every doubtful model
    guess through: on the labelled feedback that lost more precision than it gained recall.
    Themes the model was not trained on keep the rule confidence.
    """
    themes = []
    model_alone = [slug for slug, p in alone.items() if probabilities.get(slug, 0.0) >= p]
    for slug in {*rule_scores, *model_alone}:
        rule = rule_scores.get(slug)
        log_odds = _logit(rule.confidence) if rule else NO_CUE
        if slug in cut_offs:
            probability = probabilities.get(slug, 0.0)
            log_odds += MODEL_WEIGHT * (_logit(probability) - cut_offs[slug])
        confidence = round(_sigmoid(log_odds), 3)
        if confidence < REPORT_FROM:
            continue
        evidence = rule.evidence if rule else model.evidence(doc, slug, limit=EVIDENCE_LIMIT)
        themes.append(ThemeMatch(slug, confidence, list(evidence)))
    return _best_first(themes)


def _clip(probability: float) -> float:
    return min(max(probability, 1e-4), 1 - 1e-4)


def _sigmoid(log_odds: float) -> float:
    return 1 / (1 + math.exp(-log_odds))


def _logit(probability: float) -> float:
    probability = _clip(probability)
    return math.log(probability / (1 - probability))


def _best_first(themes: Iterable[ThemeMatch]) -> list[ThemeMatch]:
    return sorted(themes, key=lambda t: (-t.confidence, t.slug))
