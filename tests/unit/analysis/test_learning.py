"""Learning themes and sentiment from labelled texts: behaviour floors, storage, evaluation."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import CountVectorizer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from feedback_app.analysis.codebook import slugify
from feedback_app.analysis.labelled import question_type_of
from feedback_app.analysis.learning import (
    SentimentClassifier,
    ThemeClassifier,
    evaluate,
    evaluate_sentiment,
)
from feedback_app.analysis.text import prepare

DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "patient_feedback"
WAITING = ["we waited {} hours", "the ambulance took {} hours", "a long wait of {} hours"]
PARKING = ["nowhere to park, {} times round", "the car park was full {} times", "parking cost {}"]
KIND = ["the crew were so kind {} times", "a caring nurse held my hand {}", "kind and gentle {}"]
FILLER = ["it was a tuesday {}", "my mum went in {}", "we came back {} days later"]


def _synthetic(count: int, seed: int = 1) -> tuple[list[str], list[list[str]]]:
    """Texts of zero, one or two themes, each theme with its own words."""
    rng = random.Random(seed)
    pools = {"waiting": WAITING, "parking": PARKING, "kindness": KIND}
    texts, labels = [], []
    for _ in range(count):
        themes = rng.sample(sorted(pools), rng.choice([0, 1, 1, 2]))
        parts = [rng.choice(pools[t]).format(rng.randint(2, 9)) for t in themes]
        parts.append(rng.choice(FILLER).format(rng.randint(2, 9)))
        rng.shuffle(parts)
        texts.append(". ".join(parts))
        labels.append(themes)
    return texts, labels


@pytest.fixture(scope="module")
def classifier() -> ThemeClassifier:
    texts, labels = _synthetic(150)
    return ThemeClassifier.train(texts, labels, slugs=["waiting", "parking", "kindness", "food"])


def test_separable_themes_are_learned(classifier):
    texts, labels = _synthetic(60, seed=2)
    report = evaluate(classifier, texts, labels)
    assert report["micro"]["f1"] >= 0.95
    assert set(report["themes"]) == {"waiting", "parking", "kindness"}
    assert all(figures["support"] > 0 for figures in report["themes"].values())
    (both,) = classifier.predict(["We waited 6 hours. The car park was full"])
    assert sorted(both) == ["parking", "waiting"]


def test_themes_without_enough_examples_are_left_to_the_rules(classifier):
    assert set(classifier.slugs) == {"waiting", "parking", "kindness"}  # "food" had none
    with pytest.raises(ValueError, match="no theme"):
        ThemeClassifier.train(["a", "b", "c"], [["x"], [], []])


def test_probabilities_and_thresholds(classifier):
    (waiting_text, filler_text) = classifier.predict_proba(
        ["we waited 7 hours", "it was a tuesday"]
    )
    assert set(waiting_text) == set(classifier.slugs)
    assert all(0.0 <= p <= 1.0 for p in waiting_text.values())
    for slug in classifier.slugs:
        assert 0.0 < classifier.threshold(slug) < 1.0
    assert waiting_text["waiting"] >= classifier.threshold("waiting") > filler_text["waiting"]
    assert classifier.predict_proba([]) == [] and classifier.predict([]) == []


def test_evidence_quotes_the_words_that_pushed_towards_the_theme(classifier):
    text = "It was a Tuesday. We WAITED 5 hours and the car park was full"
    evidence = classifier.evidence(prepare(text), "waiting")
    assert evidence and all(quoted in text for quoted in evidence)
    assert any("WAITED" in quoted or "hours" in quoted for quoted in evidence)
    assert not any("park" in quoted for quoted in evidence)
    assert len(classifier.evidence(prepare(text), "parking", limit=1)) == 1


def test_a_stored_classifier_predicts_the_same(classifier):
    again = ThemeClassifier.from_bytes(classifier.to_bytes())
    texts, _ = _synthetic(20, seed=3)
    assert again.slugs == classifier.slugs
    assert again.predict(texts) == classifier.predict(texts)
    for mine, theirs in zip(
        again.predict_proba(texts), classifier.predict_proba(texts), strict=True
    ):
        assert mine == pytest.approx(theirs, abs=1e-5)
    assert again.threshold("parking") == classifier.threshold("parking")


def test_prepared_texts_give_the_same_probabilities(classifier):
    texts, _ = _synthetic(20, seed=5)
    docs = [prepare(text) for text in texts]
    assert classifier.predict_proba(texts, docs=docs) == classifier.predict_proba(texts)
    with pytest.raises(ValueError, match="one entry per text"):
        classifier.predict_proba(texts, docs=docs[:-1])


def test_the_features_of_the_last_prepared_batch_are_kept_for_that_batch_only(classifier):
    """Models sharing features turn a batch into features once; another batch, or the same
    texts prepared again or asked with other question types, are turned afresh."""
    features = classifier.features
    texts, _ = _synthetic(10, seed=6)
    docs = [prepare(text) for text in texts]
    first = features.transform(texts, [None] * len(texts), docs)
    assert features.transform(texts, [None] * len(texts), docs) is first
    again = features.transform(texts, [None] * len(texts), [prepare(text) for text in texts])
    assert again is not first and (again != first).nnz == 0
    asked = features.transform(texts, ["what_good"] * len(texts), docs)
    assert asked is not first and (asked != first).nnz > 0
    other, _ = _synthetic(10, seed=7)
    other_docs = [prepare(text) for text in other]
    assert (features.transform(other, [None] * 10, other_docs) != first).nnz > 0


def test_character_counts_are_those_of_scikit_learn(classifier):
    """The fast count (n-grams looked up per distinct word) gives CountVectorizer's counts."""
    texts, _ = _synthetic(50, seed=4)
    texts += ["", "A&E  at\t3am,\nWAITED waited", "I", "café naïve  x", "a b-c d'e ok"]
    features = classifier.features
    sklearn = CountVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), vocabulary=features.char_index
    ).transform(texts)
    ours = features.char_counts(texts)
    assert ours.shape == sklearn.shape and (ours != sklearn).nnz == 0
    assert ours.nnz > 0


@pytest.mark.parametrize("data", [b"", b"not a model", b"PK\x03\x04garbage"])
def test_bytes_that_are_not_a_model_are_refused(data):
    with pytest.raises(ValueError, match="not a stored"):
        ThemeClassifier.from_bytes(data)


def test_the_question_type_is_a_feature():
    """The same words mean praise under "what was good?" and a complaint under "what could
    be better?": only the question type tells them apart."""
    texts = [f"the staff {i}" for i in range(40)]
    question_types = ["what_good", "could_improve"] * 20
    labels = [["praise"] if q == "what_good" else ["complaint"] for q in question_types]
    model = ThemeClassifier.train(texts, labels, question_types=question_types)
    assert model.predict(["the staff 99", "the staff 98"], ["what_good", "could_improve"]) == [
        ["praise"],
        ["complaint"],
    ]
    with pytest.raises(ValueError, match="one entry per text"):
        model.predict(["a", "b"], ["what_good"])


def _sentiment_examples() -> tuple[list[str], list[str]]:
    staff = ["the crew", "the nurse", "the call handler", "everyone", "the paramedics", "staff"]
    texts, labels = [], []
    for who in staff:
        texts += [f"nothing to improve, {who} were great", f"no complaints about {who}"]
        labels += ["positive"] * 2
        texts += [f"{who} were not bothered", f"{who} ignored us for hours", f"{who} were slow"]
        labels += ["negative"] * 3
        texts += [f"{who} came on a monday", f"{who} asked for my address"]
        labels += ["neutral"] * 2
    return texts, labels


def test_sentiment_learns_what_the_lexicon_misreads():
    texts, labels = _sentiment_examples()
    model = SentimentClassifier.train(texts, labels)
    probes = ["nothing to improve", "the doctor was not bothered"]
    vader = [SentimentIntensityAnalyzer().polarity_scores(p)["compound"] for p in probes]
    assert vader[0] < 0 < vader[1]  # the lexicon reads them the wrong way round
    assert model.predict(probes) == [
        "positive",
        "negative",
    ]
    assert evaluate_sentiment(model, texts, labels)["accuracy"] >= 0.9
    again = SentimentClassifier.from_bytes(model.to_bytes())
    assert again.predict(texts) == model.predict(texts)
    with pytest.raises(ValueError, match="not a stored sentiment"):
        SentimentClassifier.from_bytes(ThemeClassifier.train(*_synthetic(30)).to_bytes())


def test_sentiment_with_two_labels_only():
    examples = zip(*_sentiment_examples(), strict=True)
    texts, labels = map(list, zip(*[(t, s) for t, s in examples if s != "neutral"], strict=True))
    model = SentimentClassifier.train(texts, labels)
    assert model.labels == ("negative", "positive")
    assert model.predict(["no complaints about the nurse", "the crew ignored us for hours"]) == [
        "positive",
        "negative",
    ]
    again = SentimentClassifier.from_bytes(model.to_bytes())
    assert again.predict(texts) == model.predict(texts)


@pytest.mark.parametrize(
    "labels, message", [(["positive", "good"], "must be"), (["positive", "positive"], "two")]
)
def test_sentiment_refuses_unusable_labels(labels, message):
    with pytest.raises(ValueError, match=message):
        SentimentClassifier.train(["a", "b"], labels)


def _public_nhs(part: str, limit: int) -> list[dict]:
    with open(DATA / "split_v6.csv", encoding="utf-8-sig") as handle:
        wanted = {r["Comment ID"] for r in csv.DictReader(handle) if r["part"] == part}
    with open(DATA / "pxtextmining" / "v6framework_230831.csv", encoding="utf-8-sig") as handle:
        rows = [r for r in csv.DictReader(handle) if r["Comment ID"] in wanted][:limit]
    themes = ["Timeliness of care", "Parking", "Staff manner & personal attributes"]
    return [
        {
            "text": r["FFT answer"],
            "labels": [slugify(t) for t in themes if r[t].strip() == "1"],
            "question_type": question_type_of(r["FFT question"]),
        }
        for r in rows
    ]


@pytest.mark.skipif(not DATA.exists(), reason="the shared NHS data folder is not beside the repo")
def test_real_nhs_feedback_is_learned_well_above_chance():
    train, test = _public_nhs("train", 1200), _public_nhs("test", 400)
    model = ThemeClassifier.train(
        [i["text"] for i in train],
        [i["labels"] for i in train],
        question_types=[i["question_type"] for i in train],
    )
    report = evaluate(
        model,
        [i["text"] for i in test],
        [i["labels"] for i in test],
        [i["question_type"] for i in test],
    )
    assert report["micro"]["f1"] >= 0.7
    assert report["themes"]["timeliness-of-care"]["f1"] >= 0.7
    # calibrated: in each half of the probability range, about as many right as predicted
    probabilities = model.predict_proba(
        [i["text"] for i in test], [i["question_type"] for i in test]
    )
    pairs = [
        (row[s], s in i["labels"]) for i, row in zip(test, probabilities, strict=True) for s in row
    ]
    for low, high in ((0.0, 0.5), (0.5, 1.01)):
        band = [(p, right) for p, right in pairs if low <= p < high]
        predicted = sum(p for p, _ in band) / len(band)
        assert sum(right for _, right in band) / len(band) == pytest.approx(predicted, abs=0.1)
