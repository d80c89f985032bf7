"""Learned themes and sentiment on public NHS feedback, on the fixed benchmark split.

Trains on the train part of ../shared/data/patient_feedback/split_v6.csv (the v6 framework file of
the NHS pxtextmining project: an ambulance trust and a mental health trust) and scores the test
part: the v6 theme columns with at least 5 training and 1 test positive, and how well the theme
probabilities are calibrated; then 3-class sentiment (1-2 positive, 3 neutral, 4-5 negative).
nltk's Naive Bayes is trained on the same features for comparison. Run from the repository root:
.venv/bin/python bench/public_nhs.py [--data DIR] [--themes] (--themes prints every theme's
figures).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nltk.classify import NaiveBayesClassifier  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from feedback_app.analysis.codebook import slugify  # noqa: E402
from feedback_app.analysis.evaluation import theme_scores  # noqa: E402
from feedback_app.analysis.features import document_terms  # noqa: E402
from feedback_app.analysis.labelled import question_type_of, sentiment_of  # noqa: E402
from feedback_app.analysis.learning import (  # noqa: E402
    SentimentClassifier,
    ThemeClassifier,
    evaluate,
    evaluate_sentiment,
)
from feedback_app.analysis.text import prepare  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "patient_feedback"
FIRST_THEME_COLUMN = "Not assigned"  # the v6 file's theme columns run from here to the end
NB_TERMS = 300
REFERENCE = {  # published on exactly this split (issue 6)
    "themes, TF-IDF + linear SVM (pxtextmining SVC)": "micro F1 0.69, macro F1 0.43",
    "themes, nltk Naive Bayes": "micro F1 about 0.44",
    "sentiment, VADER alone": "macro F1 0.46, accuracy 0.56",
    "sentiment, TF-IDF + logistic regression": "macro F1 0.68, accuracy 0.80",
    "targets": "themes 0.72 / 0.48; sentiment 0.72 / 0.82; < 60 s training; > 2,000 items/s",
}


def load(data: Path) -> tuple[list[dict], list[dict], list[str]]:
    """(train items, test items, scored theme slugs); an item is text, labels, question
    type and sentiment."""
    with open(data / "split_v6.csv", encoding="utf-8-sig") as handle:
        part = {row["Comment ID"]: row["part"] for row in csv.DictReader(handle)}
    with open(data / "pxtextmining" / "v6framework_230831.csv", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        theme_columns = columns[columns.index(FIRST_THEME_COLUMN) :]
        items = {"train": [], "test": []}
        for row in reader:
            if row["Comment ID"] in part:
                items[part[row["Comment ID"]]].append(
                    {
                        "text": row["FFT answer"],
                        "labels": [slugify(c) for c in theme_columns if row[c].strip() == "1"],
                        "question_type": question_type_of(row["FFT question"]),
                        "sentiment": sentiment_of(row["Comment sentiment"]),
                    }
                )
    train_counts = Counter(s for item in items["train"] for s in item["labels"])
    test_counts = Counter(s for item in items["test"] for s in item["labels"])
    slugs = [
        slugify(c)
        for c in theme_columns
        if train_counts[slugify(c)] >= 5 and test_counts[slugify(c)] >= 1
    ]
    return items["train"], items["test"], slugs


def column(items: list[dict], key: str) -> list:
    return [item[key] for item in items]


def bench_themes(train: list[dict], test: list[dict], slugs: list[str], every: bool) -> None:
    started, cpu_started = time.perf_counter(), time.process_time()
    model = ThemeClassifier.train(
        column(train, "text"), column(train, "labels"), slugs, column(train, "question_type")
    )
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    started, cpu_started = time.perf_counter(), time.process_time()
    model.predict(column(test, "text"), column(test, "question_type"))
    rate = len(test) / (time.perf_counter() - started)
    cpu_rate = len(test) / (time.process_time() - cpu_started)
    report = evaluate(
        model, column(test, "text"), column(test, "labels"), column(test, "question_type")
    )
    micro, macro = report["micro"], report["macro"]
    print(f"Themes: {len(slugs)} v6 themes, {len(train):,} training and {len(test):,} test texts")
    for name, figures in (("linear SVM  micro", micro), ("            macro", macro)):
        p, r, f1 = figures["precision"], figures["recall"], figures["f1"]
        print(f"  {name} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    print(f"              training {seconds:.1f} s ({cpu_seconds:.1f} s of CPU, one core)")
    print(f"              prediction {rate:,.0f} items/s ({cpu_rate:,.0f} per CPU second)")
    print(f"  model size  {len(model.to_bytes()) / 1e6:.1f} MB stored")
    calibration(model, test, slugs)
    nb_micro, nb_macro = naive_bayes(train, test, slugs)
    print(f"  nltk NB     micro F1 {nb_micro:.3f}, macro F1 {nb_macro:.3f} ({NB_TERMS} terms)")
    winner = "linear SVM" if micro["f1"] > nb_micro else "nltk Naive Bayes"
    print(f"  winner: {winner}")
    themes = sorted(report["themes"].items(), key=lambda kv: -kv[1]["support"])
    print("  per theme (F1, test support):")
    for slug, figures in themes if every else themes[:12]:
        print(f"    {figures['f1']:.2f}  {figures['support']:4d}  {slug}")
    if not every:
        print(f"    ... {len(themes) - 12} more (--themes prints them all)")


def calibration(model: ThemeClassifier, test: list[dict], slugs: list[str]) -> None:
    """How often a theme is right in each band of predicted probability, over every pair of
    test text and scored theme: a calibrated 0.8 is right about 4 times in 5."""
    probabilities = model.predict_proba(column(test, "text"), column(test, "question_type"))
    pairs = [
        (row[slug], slug in item["labels"])
        for item, row in zip(test, probabilities, strict=True)
        for slug in slugs
        if slug in row
    ]
    bands = []
    for low in (0.0, 0.2, 0.4, 0.6, 0.8):
        band = [(p, right) for p, right in pairs if low <= p < low + 0.2 or p == low + 0.2 == 1]
        if band:
            mean = sum(p for p, _ in band) / len(band)
            share = sum(right for _, right in band) / len(band)
            bands.append(
                f"{low:.1f}-{low + 0.2:.1f}: mean {mean:.2f}, right {share:.2f} ({len(band):,})"
            )
    print("  calibration (pairs of test text and theme, by predicted probability):")
    for band in bands:
        print(f"    {band}")


def naive_bayes(train: list[dict], test: list[dict], slugs: list[str]) -> tuple[float, float]:
    """nltk's Naive Bayes, one yes/no classifier per theme, on the same stems and bigrams (the
    nltk book's recipe: has-term features for the most frequent terms, plus the question)."""
    terms = [set(document_terms(prepare(item["text"]))) for item in train + test]
    vocabulary = [
        t
        for t, _ in Counter(t for found in terms[: len(train)] for t in found).most_common(NB_TERMS)
    ]
    features = [
        {"question": item["question_type"], **{t: t in found for t in vocabulary}}
        for item, found in zip(train + test, terms, strict=True)
    ]
    train_features, test_features = features[: len(train)], features[len(train) :]
    predicted: list[list[str]] = [[] for _ in test]
    for slug in slugs:
        classifier = NaiveBayesClassifier.train(
            [(f, slug in item["labels"]) for f, item in zip(train_features, train, strict=True)]
        )
        for labels, features in zip(predicted, test_features, strict=True):
            if classifier.classify(features):
                labels.append(slug)
    micro, macro, _ = theme_scores(column(test, "labels"), predicted, slugs)
    return micro.f1, macro


def bench_sentiment(train: list[dict], test: list[dict]) -> None:
    train = [item for item in train if item["sentiment"]]
    test = [item for item in test if item["sentiment"]]
    started = time.perf_counter()
    model = SentimentClassifier.train(
        column(train, "text"), column(train, "sentiment"), column(train, "question_type")
    )
    seconds = time.perf_counter() - started
    gold = column(test, "sentiment")
    scores = evaluate_sentiment(model, column(test, "text"), gold, column(test, "question_type"))
    print(f"\nSentiment: 3 classes, {len(train):,} training and {len(test):,} test texts")
    print(
        f"  learned     macro F1 {scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f}"
        f" (training {seconds:.1f} s)"
    )
    analyser = SentimentIntensityAnalyzer()
    vader = [_vader_label(analyser.polarity_scores(t)["compound"]) for t in column(test, "text")]
    accuracy = sum(v == g for v, g in zip(vader, gold, strict=True)) / len(gold)
    macro_f1 = f1_score(gold, vader, average="macro")
    print(f"  VADER alone macro F1 {macro_f1:.3f}, accuracy {accuracy:.3f}")


def _vader_label(compound: float) -> str:
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA, help="the patient_feedback folder")
    parser.add_argument("--themes", action="store_true", help="print every theme's figures")
    args = parser.parse_args()
    if not (args.data / "split_v6.csv").exists():
        sys.exit(f"No benchmark data at {args.data} (see its README in the shared data folder)")
    train, test, slugs = load(args.data)
    bench_themes(train, test, slugs, args.themes)
    bench_sentiment(train, test)
    print("\nReference figures on this split:")
    for name, figures in REFERENCE.items():
        print(f"  {name}: {figures}")


if __name__ == "__main__":
    main()
