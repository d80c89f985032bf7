"""Learn a taxonomy's themes, and sentiment, from labelled feedback.

Text features: the text is prepared as for the phrase rules (``text.prepare``: tokenised,
normalised for contractions, spelling variants and numbers, Snowball-stemmed); the features
are TF-IDF weights of those stems and of their bigrams, TF-IDF weights of character
n-grams (which forgive misspellings, common in feedback), and the question answered ("what went
well", "what could be better" or other), which changes what the same words mean.

Themes: one linear SVM per theme (scikit-learn; on the public NHS benchmark it beats nltk's
Naive Bayes clearly, see ``bench/public_nhs.py``). Each theme's decision threshold is chosen by
cross-validation on the training data (the F1-best cut-off of the scores of texts the model did
not see), and its scores are turned into probabilities by a logistic fit on the same scores.
A theme needs ``MIN_POSITIVES`` labelled examples to be learned; the others are left to the rules.

Sentiment: a linear SVM over the same text features plus the VADER lexicon's scores, so the
model learns where the lexicon misreads health feedback ("could not fault them"). The classes are
weighted by their rarity, so the few neutral texts are not drowned by the many positive ones.
In 5-fold cross-validation on the training part of the public NHS benchmark it beat the logistic
regression it replaced on macro F1 (0.70 against 0.67) at the same accuracy (0.81), and trains
faster; its regularisation was chosen the same way.

Models are stored as bytes (``to_bytes``): a NumPy ``.npz`` archive of plain arrays and JSON,
read back with ``allow_pickle=False``, so loading bytes never runs code. Even so, only bytes
this app wrote (trained models in its own database) are loaded.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_curve
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.svm import LinearSVC
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from feedback_app.analysis.evaluation import theme_scores
from feedback_app.analysis.text import Document, prepare

QUESTION_TYPES = ("what_good", "could_improve", "other")
SENTIMENTS = ("positive", "neutral", "negative")
MIN_POSITIVES = 3  # labelled examples a theme needs before it can be learned
FOLDS = 5
SMALL_DATA = 100  # fewer texts than this: keep terms seen only once
THEME_C = 0.2  # SVM regularisation (smaller is smoother)
SENTIMENT_C = 0.2  # chosen by cross-validation on the NHS training part
FORMAT = 1  # bump when the stored layout changes


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


def _question_types(
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
        """The feature matrix (``docs``: the texts already prepared, if at hand)."""
        word_rows = [self._word_columns(doc) for doc in _documents(texts, docs)]
        return hstack(
            [
                self.word_weights.transform(_count_matrix(word_rows, len(self.word_index))),
                self.char_weights.transform(self.char_counts(texts)),
                _question_columns(question_types),
            ]
        ).tocsr()

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


def _pack(kind: str, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> bytes:
    header = json.dumps({"kind": kind, "format": FORMAT, **meta}).encode()
    buffer = io.BytesIO()
    np.savez_compressed(buffer, header=np.frombuffer(header, dtype=np.uint8), **arrays)
    return buffer.getvalue()


def _unpack(data: bytes, kind: str) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        meta = json.loads(arrays.pop("header").tobytes())
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        raise ValueError("these bytes are not a stored model") from error
    if meta.get("kind") != kind or meta.get("format") != FORMAT:
        raise ValueError(f"these bytes are not a stored {kind} model of format {FORMAT}")
    return meta, arrays


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class ThemeClassifier:
    """Multi-label theme tagger learned from labelled texts (see the module docstring)."""

    def __init__(
        self,
        slugs: Sequence[str],
        features: TextFeatures,
        weights: np.ndarray,  # (themes, features)
        bias: np.ndarray,  # (themes,)
        scale: np.ndarray,  # (themes, 2): probability = sigmoid(a * score + b)
        thresholds: np.ndarray,  # (themes,) probability at which a theme is tagged
    ) -> None:
        self.slugs = tuple(slugs)
        self.features = features
        self.weights = weights
        self.bias = bias
        self.scale = scale
        self.thresholds = thresholds
        self.tags_alone = True  # see themes.ThemeModel
        self._index = {slug: i for i, slug in enumerate(self.slugs)}

    @classmethod
    def train(
        cls,
        texts: Sequence[str],
        labels: Sequence[Sequence[str]],
        slugs: Sequence[str] | None = None,
        question_types: Sequence[str | None] | None = None,
    ) -> ThemeClassifier:
        """Learn every theme (of ``slugs``, default: all labels seen) with at least
        ``MIN_POSITIVES`` examples; raises ValueError when there is nothing to learn."""
        if len(labels) != len(texts):
            raise ValueError("labels must have one entry per text")
        question_types = _question_types(texts, question_types)
        wanted = list(slugs) if slugs is not None else sorted({s for row in labels for s in row})
        targets = {slug: np.array([slug in row for row in labels], dtype=int) for slug in wanted}
        learnable = [
            slug
            for slug, y in targets.items()
            if MIN_POSITIVES <= y.sum() <= len(y) - MIN_POSITIVES
        ]
        if not learnable:
            raise ValueError(f"no theme has {MIN_POSITIVES} labelled examples to learn from")
        docs = [prepare(text) for text in texts]
        features = TextFeatures.fit(texts, docs)
        matrix = features.transform(texts, question_types, docs)
        fitted = [_fit_theme(matrix, targets[slug]) for slug in learnable]
        return cls(
            learnable,
            features,
            weights=np.vstack([f[0] for f in fitted]),
            bias=np.array([f[1] for f in fitted]),
            scale=np.array([f[2] for f in fitted]),
            thresholds=np.array([f[3] for f in fitted]),
        )

    def _scores(
        self, texts: Sequence[str], question_types: Any, docs: Sequence[Document] | None
    ) -> np.ndarray:
        matrix = self.features.transform(texts, _question_types(texts, question_types), docs)
        decisions = matrix @ self.weights.T + self.bias
        return _sigmoid(decisions * self.scale[:, 0] + self.scale[:, 1])

    def predict_proba(
        self,
        texts: Sequence[str],
        question_types: Sequence[str | None] | None = None,
        docs: Sequence[Document] | None = None,
    ) -> list[dict[str, float]]:
        """Each text's probability of each learned theme (``docs``: the texts already
        prepared, if at hand)."""
        if not texts:
            return []
        scores = self._scores(texts, question_types, docs)
        return [dict(zip(self.slugs, map(float, row), strict=True)) for row in scores]

    def threshold(self, slug: str) -> float:
        """The probability from which ``slug`` is tagged (chosen by cross-validation)."""
        return float(self.thresholds[self._index[slug]])

    def predict(
        self, texts: Sequence[str], question_types: Sequence[str | None] | None = None
    ) -> list[list[str]]:
        """Each text's themes, most probable first."""
        if not texts:
            return []
        scores = self._scores(texts, question_types, None)
        return [
            [self.slugs[i] for i in np.argsort(-row) if row[i] >= self.thresholds[i]]
            for row in scores
        ]

    def evidence(self, doc: Document, slug: str, limit: int = 3) -> list[str]:
        """Words or phrases of the prepared text ``doc`` that pushed most towards ``slug``,
        strongest first."""
        weights = self.weights[self._index[slug]]
        index = self.features.word_index
        pushes: dict[str, float] = {}
        for term, start, end in terms_with_spans(doc):
            column = index.get(term)
            if column is not None and weights[column] > 0:
                quoted = doc.text[start:end]
                pushes[quoted] = max(pushes.get(quoted, 0.0), float(weights[column]))
        strongest = sorted(pushes, key=lambda quoted: -pushes[quoted])
        chosen: list[str] = []
        for quoted in strongest:  # a phrase and a word inside it are one piece of evidence
            if not any(quoted in other or other in quoted for other in chosen):
                chosen.append(quoted)
        return chosen[:limit]

    def to_bytes(self) -> bytes:
        meta, arrays = self.features.to_state()
        arrays.update(
            weights=self.weights.astype(np.float32),
            bias=self.bias,
            scale=self.scale,
            thresholds=self.thresholds,
        )
        return _pack("themes", {**meta, "slugs": list(self.slugs)}, arrays)

    @classmethod
    def from_bytes(cls, data: bytes) -> ThemeClassifier:
        """A classifier stored by ``to_bytes``. Only load bytes this app wrote (its own
        trained models); the format holds no code, but its contents are trusted."""
        meta, arrays = _unpack(data, "themes")
        return cls(
            meta["slugs"],
            TextFeatures.from_state(meta, arrays),
            weights=arrays["weights"].astype(np.float64),
            bias=arrays["bias"],
            scale=arrays["scale"],
            thresholds=arrays["thresholds"],
        )


def _fit_theme(matrix: Any, y: np.ndarray) -> tuple[np.ndarray, float, tuple[float, float], float]:
    """(weights, bias, probability scale, probability threshold) for one theme."""
    folds = StratifiedKFold(n_splits=min(FOLDS, int(y.sum())), shuffle=True, random_state=0)
    unseen = cross_val_predict(
        LinearSVC(C=THEME_C, random_state=0), matrix, y, cv=folds, method="decision_function"
    )
    calibration = LogisticRegression().fit(unseen.reshape(-1, 1), y)
    a, b = float(calibration.coef_[0, 0]), float(calibration.intercept_[0])
    precision, recall, cuts = precision_recall_curve(y, unseen)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best = int(np.argmax(f1[:-1]))
    # halfway to the next lower score, so a text scoring like the weakest positive still counts
    cut = (cuts[best] + cuts[best - 1]) / 2 if best > 0 else cuts[0] - 0.05
    threshold = float(_sigmoid(np.array(a * cut + b)))
    model = LinearSVC(C=THEME_C, random_state=0).fit(matrix, y)
    return model.coef_[0], float(model.intercept_[0]), (a, b), threshold


def evaluate(
    classifier: ThemeClassifier,
    texts: Sequence[str],
    labels: Sequence[Sequence[str]],
    question_types: Sequence[str | None] | None = None,
) -> dict[str, Any]:
    """Micro and macro precision, recall and F1, and per-theme figures, over the classifier's
    themes (gold labels it does not know are ignored)."""
    predicted = classifier.predict(texts, question_types)
    micro, macro_f1, per_theme = theme_scores(labels, predicted, classifier.slugs)
    count = len(per_theme) or 1
    return {
        "micro": {"precision": micro.precision, "recall": micro.recall, "f1": micro.f1},
        "macro": {
            "precision": sum(s.precision for s in per_theme.values()) / count,
            "recall": sum(s.recall for s in per_theme.values()) / count,
            "f1": macro_f1,
        },
        "themes": {
            slug: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support}
            for slug, s in per_theme.items()
        },
    }


_vader = SentimentIntensityAnalyzer()


def _lexicon_columns(texts: Sequence[str]) -> csr_matrix:
    """VADER's compound, positive and negative scores for each text."""
    rows = []
    for text in texts:
        scores = _vader.polarity_scores(text)
        compound = scores["compound"]
        rows.append(
            [compound, max(compound, 0.0), max(-compound, 0.0), scores["pos"], scores["neg"]]
        )
    return csr_matrix(np.array(rows).reshape(len(texts), 5))


def _sentiment_matrix(
    features: TextFeatures,
    texts: Sequence[str],
    question_types: Any,
    docs: Sequence[Document] | None = None,
) -> Any:
    question_types = _question_types(texts, question_types)
    text_features = features.transform(texts, question_types, docs)
    return hstack([text_features, _lexicon_columns(texts)]).tocsr()


class SentimentClassifier:
    """positive / neutral / negative, learned from labelled texts (see the module docstring)."""

    def __init__(
        self,
        features: TextFeatures,
        labels: Sequence[str],
        weights: np.ndarray,  # (labels, features)
        bias: np.ndarray,  # (labels,)
    ) -> None:
        self.features = features
        self.labels = tuple(labels)
        self.weights = weights
        self.bias = bias

    @classmethod
    def train(
        cls,
        texts: Sequence[str],
        labels: Sequence[str],
        question_types: Sequence[str | None] | None = None,
    ) -> SentimentClassifier:
        """Learn from texts labelled positive, neutral or negative (map 1-5 scores first)."""
        unknown = set(labels) - set(SENTIMENTS)
        if unknown:
            raise ValueError(f"sentiment labels must be {', '.join(SENTIMENTS)}: not {unknown}")
        if len(set(labels)) < 2:
            raise ValueError("sentiment needs examples of at least two labels")
        docs = [prepare(text) for text in texts]
        features = TextFeatures.fit(texts, docs)
        # balanced: the few neutral texts count as much as the many positive ones
        model = LinearSVC(C=SENTIMENT_C, class_weight="balanced", max_iter=5000, random_state=0)
        model.fit(_sentiment_matrix(features, texts, question_types, docs), list(labels))
        weights, bias = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # one score for two labels: the second label's
            weights, bias = np.vstack([-weights, weights]), np.concatenate([-bias, bias])
        return cls(features, [str(label) for label in model.classes_], weights, bias)

    def predict(
        self, texts: Sequence[str], question_types: Sequence[str | None] | None = None
    ) -> list[str]:
        if not texts:
            return []
        matrix = _sentiment_matrix(self.features, texts, question_types)
        scores = matrix @ self.weights.T + self.bias
        return [self.labels[i] for i in np.argmax(scores, axis=1)]

    def to_bytes(self) -> bytes:
        meta, arrays = self.features.to_state()
        arrays.update(weights=self.weights, bias=self.bias)
        return _pack("sentiment", {**meta, "labels": list(self.labels)}, arrays)

    @classmethod
    def from_bytes(cls, data: bytes) -> SentimentClassifier:
        """A classifier stored by ``to_bytes`` (only load bytes this app wrote)."""
        meta, arrays = _unpack(data, "sentiment")
        features = TextFeatures.from_state(meta, arrays)
        return cls(features, meta["labels"], arrays["weights"], arrays["bias"])


def evaluate_sentiment(
    classifier: SentimentClassifier,
    texts: Sequence[str],
    labels: Sequence[str],
    question_types: Sequence[str | None] | None = None,
) -> dict[str, float]:
    """Macro F1 and accuracy against gold labels."""
    predicted = classifier.predict(texts, question_types)
    correct = sum(p == g for p, g in zip(predicted, labels, strict=True))
    return {
        "macro_f1": float(f1_score(list(labels), predicted, average="macro", zero_division=0)),
        "accuracy": correct / len(labels) if labels else 0.0,
    }
