"""Learn a taxonomy's themes, and sentiment, from labelled feedback.

Text features: see ``features`` (stems, bigrams, character n-grams and the question type).

Themes: one linear SVM per theme (scikit-learn; on the public NHS benchmark it beats nltk's
Naive Bayes clearly, see ``bench/public_nhs.py``). Each theme's SVM sees the features scaled by
the square root of their Naive Bayes log-count ratio for that theme (NBSVM, Wang and Manning
2012), so words that tell the theme apart weigh more; in 4-fold cross-validation on the training
part of the NHS benchmark this lifted micro F1 from 0.679 to 0.692 and macro from 0.503 to 0.518
(the plain ratio, unrooted, did not help: 0.680). Each theme's decision threshold is chosen by
cross-validation on the training data (the F1-best cut-off of the scores of texts the model did
not see), and its scores are turned into probabilities by a logistic fit on the same scores.
A theme needs ``MIN_POSITIVES`` labelled examples to be learned; the others are left to the rules.

Sentiment: a linear SVM over the same text features plus the lexicon's reading of the text
(``sentiment.score_sentiment``: VADER per clause, with the domain words and the question's lean),
so the model learns where the lexicon misreads health feedback ("could not fault them"). The
classes are weighted by their rarity, so the few neutral texts are not drowned by the many
positive ones. In 5-fold cross-validation on the training part of the public NHS benchmark it
beat the logistic regression it replaced on macro F1 (0.70 against 0.67) at the same accuracy
(0.81); its regularisation was chosen the same way. The lexicon's reading replaced VADER's scores
of the whole text: in 4-fold cross-validation macro F1 held on the NHS training part (0.693
against 0.694) and rose on this project's labelled feedback (0.722 against 0.715), and analysis
runs VADER once instead of twice. Labels may be positive, neutral, negative and (where the data
has it) mixed.

Models are stored as bytes (``to_bytes``): a NumPy ``.npz`` archive of plain arrays and JSON,
read back with ``allow_pickle=False``, so loading bytes never runs code. Even so, only bytes
this app wrote (trained models in its own database) are loaded.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, diags, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_curve
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from feedback_app.analysis.evaluation import theme_scores
from feedback_app.analysis.features import (
    TextFeatures,
    known_question_types,
    terms_with_spans,
)
from feedback_app.analysis.sentiment import Sentiment, score_sentiment
from feedback_app.analysis.text import Document, prepare

SENTIMENTS = ("positive", "neutral", "negative")  # the 1-5 scale's three classes
SENTIMENT_LABELS = (*SENTIMENTS, "mixed")  # what a sentiment model may learn
MIN_POSITIVES = 3  # labelled examples a theme needs before it can be learned
FOLDS = 5
THEME_C = 0.2  # SVM regularisation (smaller is smoother)
SENTIMENT_C = 0.2  # chosen by cross-validation on the NHS training part
FORMATS = {"themes": 1, "sentiment": 2}  # bump a kind's number when its stored layout changes


def _pack(kind: str, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> bytes:
    header = json.dumps({"kind": kind, "format": FORMATS[kind], **meta}).encode()
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
    if meta.get("kind") != kind or meta.get("format") != FORMATS[kind]:
        raise ValueError(f"these bytes are not a stored {kind} model of format {FORMATS[kind]}")
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
        question_types = known_question_types(texts, question_types)
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
        matrix = self.features.transform(texts, known_question_types(texts, question_types), docs)
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
    unseen = np.empty(len(y))
    for seen, held_out in folds.split(matrix, y):
        weights, bias = _fit_svm(matrix[seen], y[seen])
        unseen[held_out] = matrix[held_out] @ weights + bias
    calibration = LogisticRegression().fit(unseen.reshape(-1, 1), y)
    a, b = float(calibration.coef_[0, 0]), float(calibration.intercept_[0])
    precision, recall, cuts = precision_recall_curve(y, unseen)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best = int(np.argmax(f1[:-1]))
    # halfway to the next lower score, so a text scoring like the weakest positive still counts
    cut = (cuts[best] + cuts[best - 1]) / 2 if best > 0 else cuts[0] - 0.05
    threshold = float(_sigmoid(np.array(a * cut + b)))
    weights, bias = _fit_svm(matrix, y)
    return weights, bias, (a, b), threshold


def _fit_svm(matrix: Any, y: np.ndarray) -> tuple[np.ndarray, float]:
    """A linear SVM's weights (for the unscaled features) and bias, learned on the features
    scaled by their log-count ratio (NBSVM)."""
    emphasis = _log_count_ratio(matrix, y)
    model = LinearSVC(C=THEME_C, random_state=0).fit(matrix @ diags(emphasis), y)
    return model.coef_[0] * emphasis, float(model.intercept_[0])


def _log_count_ratio(matrix: Any, y: np.ndarray) -> np.ndarray:
    """How strongly each feature's presence tells positives from negatives: the square root of
    the absolute log ratio of its (add-one smoothed) share of documents in each class."""
    present = (matrix > 0).astype(np.float64)
    p = 1.0 + np.asarray(present[y == 1].sum(axis=0)).ravel()
    q = 1.0 + np.asarray(present[y == 0].sum(axis=0)).ravel()
    return np.sqrt(np.abs(np.log((p / p.sum()) / (q / q.sum()))))


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


def _lexicon_columns(lexicon: Sequence[Sentiment]) -> csr_matrix:
    """The lexicon's reading of each text: its compound score (whole, positive part, negative
    part) and its label."""
    rows = [
        [scored.compound, max(scored.compound, 0.0), max(-scored.compound, 0.0)]
        + [float(scored.label == label) for label in SENTIMENT_LABELS]
        for scored in lexicon
    ]
    return csr_matrix(np.array(rows).reshape(len(lexicon), 3 + len(SENTIMENT_LABELS)))


def _sentiment_matrix(
    features: TextFeatures,
    texts: Sequence[str],
    question_types: Any,
    docs: Sequence[Document] | None = None,
    lexicon: Sequence[Sentiment] | None = None,
) -> Any:
    question_types = known_question_types(texts, question_types)
    docs = docs if docs is not None else [prepare(text) for text in texts]
    if lexicon is None:
        lexicon = [score_sentiment(doc, q) for doc, q in zip(docs, question_types, strict=True)]
    text_features = features.transform(texts, question_types, docs)
    return hstack([text_features, _lexicon_columns(lexicon)]).tocsr()


class SentimentClassifier:
    """positive / neutral / negative (/ mixed), learned from labelled texts (see the module
    docstring)."""

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
        """Learn from texts labelled positive, neutral, negative or mixed (map 1-5 scores
        first)."""
        unknown = set(labels) - set(SENTIMENT_LABELS)
        if unknown:
            raise ValueError(
                f"sentiment labels must be {', '.join(SENTIMENT_LABELS)}: not {unknown}"
            )
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
        self,
        texts: Sequence[str],
        question_types: Sequence[str | None] | None = None,
        docs: Sequence[Document] | None = None,
        lexicon: Sequence[Sentiment] | None = None,
    ) -> list[str]:
        """Each text's label (``docs`` and ``lexicon``: the texts already prepared and scored
        by ``score_sentiment``, if at hand)."""
        if not texts:
            return []
        matrix = _sentiment_matrix(self.features, texts, question_types, docs, lexicon)
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
