"""How a text becomes features for the learned models (``learning``).

The text is prepared as for the phrase rules (``text.prepare``: tokenised, normalised for
contractions, spelling variants and numbers, Snowball-stemmed); the features are TF-IDF weights
of those stems and of their bigrams, TF-IDF weights of character n-grams (which forgive
misspellings, common in feedback), and the question answered ("what went well", "what could be
better" or other), which changes what the same words mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from feedback_app.analysis.text import Document, prepare

QUESTION_TYPES = ("what_good", "could_improve", "other")
SMALL_DATA = 100  # fewer texts than this: keep terms seen only once


def document_terms(doc: Document) -> list[str]:
    """The stems of a prepared text and their bigrams: the words the phrase rules see."""
    stems = doc.stems
    return [*stems, *(f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False))]


def terms_with_spans(doc: Document) -> list[tuple[str, int, int]]:
    """``document_terms`` of ``doc``, each with the character span it came from."""
    stems = list(zip(doc.stems, doc.starts, doc.ends, strict=True))
    bigrams = [(f"{a} {b}", s, e) for (a, s, _), (b, _, e) in zip(stems, stems[1:], strict=False)]
    return stems + bigrams


def _question_columns(question_types: Sequence[str | None]) -> csr_matrix:
    return csr_matrix(
        np.array([[float(q == known) for known in QUESTION_TYPES] for q in question_types])
    )


def known_question_types(
    texts: Sequence[str], question_types: Sequence[str | None] | None
) -> list[str | None]:
    """One known question type (or None) per text."""
    if question_types is None:
        return [None] * len(texts)
    if len(question_types) != len(texts):
        raise ValueError("question_types must have one entry per text")
    return [q if q in QUESTION_TYPES else "other" if q else None for q in question_types]


def _documents(texts: Sequence[str], docs: Sequence[Document] | None) -> Sequence[Document]:
    if docs is None:
        return [prepare(text) for text in texts]
    if len(docs) != len(texts):
        raise ValueError("docs must have one entry per text")
    return docs


def _count_matrix(rows: list[np.ndarray], width: int) -> csr_matrix:
    """Term counts from each row's array of term columns (a column may repeat)."""
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
    indptr = np.cumsum([0, *map(len, rows)])
    counts = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), width))
    counts.sum_duplicates()
    return counts


class TextFeatures:
    """Word, bigram and character TF-IDF plus the question type (fitted on training texts).

    scikit-learn finds the vocabulary and the weights when fitting. New texts are counted here,
    because analysis runs on every saved comment: a word's character n-grams are looked up once
    per distinct word (a text's n-grams are those of its words), several times faster than
    ``CountVectorizer.transform`` and with the same counts (a test compares them).
    """

    def __init__(
        self,
        word_index: dict[str, int],
        word_weights: TfidfTransformer,
        char_index: dict[str, int],
        char_weights: TfidfTransformer,
    ) -> None:
        self.word_index = word_index
        self.word_weights = word_weights
        self.char_index = char_index
        self.char_weights = char_weights
        char_grams = _chars().build_analyzer()

        @lru_cache(maxsize=65536)
        def char_columns(word: str) -> np.ndarray:
            grams = char_grams(word)
            return np.array([char_index[g] for g in grams if g in char_index], np.int32)

        self._char_columns = char_columns
        self._last: tuple[Sequence[Document], list[str | None], Any] | None = None

    @classmethod
    def fit(cls, texts: Sequence[str], docs: Sequence[Document] | None = None) -> TextFeatures:
        """Learn the vocabulary; terms must recur to count, except in very small data sets."""
        small = len(texts) < SMALL_DATA
        words = CountVectorizer(analyzer=_identity, min_df=1 if small else 2)
        word_counts = words.fit_transform([document_terms(d) for d in _documents(texts, docs)])
        chars = _chars(min_df=1 if small else 3)
        char_counts = chars.fit_transform([t.lower() for t in texts])
        return cls(
            words.vocabulary_,
            TfidfTransformer(sublinear_tf=True).fit(word_counts),
            chars.vocabulary_,
            TfidfTransformer(sublinear_tf=True).fit(char_counts),
        )

    def transform(
        self,
        texts: Sequence[str],
        question_types: Sequence[str | None],
        docs: Sequence[Document] | None = None,
    ) -> Any:
        """The feature matrix (``docs``: the texts already prepared, if at hand). The last
        matrix made from given ``docs`` is kept: the theme and sentiment models shipped with
        the app share these features, and analysis asks for the same batch twice."""
        last = self._last  # read once: another thread may replace it meanwhile
        if last and last[0] is docs and last[1] == list(question_types):
            return last[2]
        word_rows = [self._word_columns(doc) for doc in _documents(texts, docs)]
        matrix = hstack(
            [
                self.word_weights.transform(_count_matrix(word_rows, len(self.word_index))),
                self.char_weights.transform(self.char_counts(texts)),
                _question_columns(question_types),
            ]
        ).tocsr()
        if docs is not None:
            self._last = (docs, list(question_types), matrix)
        return matrix

    def char_counts(self, texts: Sequence[str]) -> csr_matrix:
        """Character n-gram counts of ``texts``, as ``CountVectorizer`` would give them: the
        texts' word counts times each distinct word's n-gram counts."""
        place: dict[str, int] = {}
        word_rows = [
            np.array([place.setdefault(w, len(place)) for w in t.lower().split()], np.int32)
            for t in texts
        ]
        grams = [self._char_columns(word) for word in place]
        return _count_matrix(word_rows, len(place)) @ _count_matrix(grams, len(self.char_index))

    def _word_columns(self, doc: Document) -> np.ndarray:
        index = self.word_index
        return np.array([index[term] for term in document_terms(doc) if term in index], np.int32)

    def same_as(self, other: TextFeatures) -> bool:
        """Whether ``other`` makes the same features (fitted on the same texts)."""
        return (
            self.word_index == other.word_index
            and self.char_index == other.char_index
            and np.array_equal(self.word_weights.idf_, other.word_weights.idf_)
            and np.array_equal(self.char_weights.idf_, other.char_weights.idf_)
        )

    def to_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        meta = {
            "word_terms": _in_order(self.word_index),
            "char_terms": _in_order(self.char_index),
        }
        return meta, {"word_idf": self.word_weights.idf_, "char_idf": self.char_weights.idf_}

    @classmethod
    def from_state(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> TextFeatures:
        return cls(
            {term: i for i, term in enumerate(meta["word_terms"])},
            _weights(arrays["word_idf"]),
            {term: i for i, term in enumerate(meta["char_terms"])},
            _weights(arrays["char_idf"]),
        )


def _chars(min_df: int = 1) -> CountVectorizer:
    return CountVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=min_df, max_features=60000
    )


def _weights(idf: np.ndarray) -> TfidfTransformer:
    weights = TfidfTransformer(sublinear_tf=True)
    weights.idf_ = idf
    return weights


def _identity(terms: list[str]) -> list[str]:
    return terms


def _in_order(index: dict[str, int]) -> list[str]:
    return [term for term, _ in sorted(index.items(), key=lambda kv: kv[1])]
