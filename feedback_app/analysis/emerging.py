"""Emerging themes: recurring phrases in feedback that no theme of the taxonomy covers yet.

Two- and three-word collocations (nltk's collocation finders) are counted within sentences; a
phrase may not start or end with a stopword ("out of hours" is a phrase, "of the" is not). A
phrase is left out when the taxonomy already knows it: when one of the taxonomy's phrases (strong
or weak) matches inside it, or it is part of one of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

from feedback_app.analysis.taxonomy import Taxonomy
from feedback_app.analysis.text import Document, prepare
from feedback_app.analysis.themes import compile_rules

MIN_COUNT = 2
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few
    for from further get had has have having he her here hers herself him himself his how i if in
    into is it its itself just let me more most much my myself no nor not now of off on once only
    or other our ours out over own really same she should so some such than that the their them
    then there these they this those through to too under until up us very was we were what when
    where which while who whom why will with would you your yours yourself
    name phone email postcode address""".split()  # noqa: SIM905
)  # the last line: the redaction placeholders ([NAME], [PHONE]...) that reports pass in


class EmergingPhrase(NamedTuple):
    phrase: str  # its most common wording in the texts, lower-cased
    count: int  # how many times it occurs


def emerging_phrases(
    texts: Sequence[str], taxonomy: Taxonomy, limit: int = 10
) -> list[EmergingPhrase]:
    """Up to ``limit`` recurring phrases no theme covers, most frequent first."""
    docs = [prepare(text) for text in texts]
    sentences = [words for doc in docs for words in _sentence_words(doc)]
    rules = compile_rules(taxonomy)
    phrase_stems = [p.elements for p in rules.phrases.phrases if p.key in rules.slugs]
    found: list[tuple[tuple[str, ...], int]] = []
    for ngram, count in _collocations(sentences):
        if any(_inside(ngram, kept) for kept, _ in found):
            continue
        candidate = prepare(" ".join(ngram))
        if rules.score(candidate) or any(_inside(candidate.stems, p) for p in phrase_stems):
            continue
        found.append((ngram, count))
        if len(found) == limit:
            break
    wordings = _wordings(docs, {ngram for ngram, _ in found})
    return [EmergingPhrase(wordings[ngram], count) for ngram, count in found]


def _sentence_words(doc: Document) -> list[list[str]]:
    sentences: dict[int, list[str]] = {}
    for word, sentence in zip(doc.words, doc.sentences, strict=True):
        sentences.setdefault(sentence, []).append(word)
    return list(sentences.values())


def _useless(word: str) -> bool:
    return word in STOPWORDS or word.startswith("<") or len(word) < 2


def _collocations(sentences: list[list[str]]) -> list[tuple[tuple[str, ...], int]]:
    """(n-gram, count) for recurring bigrams and trigrams, best first; trigrams win ties."""
    scored: list[tuple[float, tuple[str, ...], int]] = []
    finders = (
        (TrigramCollocationFinder, TrigramAssocMeasures.likelihood_ratio),
        (BigramCollocationFinder, BigramAssocMeasures.likelihood_ratio),
    )
    for finder_class, measure in finders:
        finder = finder_class.from_documents(sentences)
        finder.apply_freq_filter(MIN_COUNT)
        finder.apply_ngram_filter(lambda *words: _useless(words[0]) or _useless(words[-1]))
        for ngram, score in finder.score_ngrams(measure):
            scored.append((score, ngram, finder.ngram_fd[ngram]))
    scored.sort(key=lambda item: (-item[2], -item[0], -len(item[1])))
    return [(ngram, count) for _, ngram, count in scored]


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    size = len(short)
    return any(long[i : i + size] == short for i in range(len(long) - size + 1))


def _wordings(docs: list[Document], ngrams: set[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """The most common original wording of each n-gram."""
    seen: dict[tuple[str, ...], Counter[str]] = {ngram: Counter() for ngram in ngrams}
    for doc in docs:
        for size in (2, 3):
            for i in range(len(doc.words) - size + 1):
                ngram = doc.words[i : i + size]
                if ngram in seen and doc.sentences[i] == doc.sentences[i + size - 1]:
                    seen[ngram][doc.span_text(i, i + size - 1).lower()] += 1
    return {ngram: counts.most_common(1)[0][0] for ngram, counts in seen.items()}
