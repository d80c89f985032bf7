"""Labelled data, training in the background, model cards and switching a model on, through the
admin pages (jobs run in the app's thread pool; each test waits for them)."""

import re

import pytest
from sqlalchemy import select

from feedback_app import jobs
from feedback_app.admin import training
from feedback_app.analysis import analyse, learning
from feedback_app.analysis.learning import SentimentClassifier
from feedback_app.analysis.taxonomy import load_default_taxonomy
from feedback_app.extensions import db
from feedback_app.models import Job, Taxonomy, TrainedModel, TrainingItem
from feedback_app.tagging.pipeline import analyse_comments
from tests.factories import add_comment, make_feedback
from tests.helpers import check_page, get_page
from tests.labelled_files import (
    BASE,
    MISREAD_PRAISE,
    PIECES,
    as_csv,
    confirm,
    labelled_csv,
    press,
    upload,
    with_sentiments,
)


def item_count() -> int:
    return db.session.scalar(select(db.func.count(TrainingItem.id)))


def latest(model_class):
    db.session.expire_all()
    return db.session.scalars(select(model_class).order_by(model_class.id.desc())).first()


@pytest.fixture
def trained(app, client, login):
    """An admin who has imported the labelled file and trained a model on it."""
    login("admin")
    confirm(client, check_page(upload(client, as_csv(labelled_csv()))))
    response = press(client, f"{BASE}/train", BASE)
    jobs.wait(app)
    return response


def test_the_preview_shows_the_mapping_and_problems_and_stores_nothing(client, login):
    login("admin")
    rows = labelled_csv(30)
    rows.append({**rows[0], "text": "   "})
    rows.append(dict(rows[1]))
    content = as_csv(rows).replace(b"staff-attitude", b"staff-manner")
    html = check_page(upload(client, content))
    assert "Check the labelled data before adding it" in html
    assert "staff-manner" in html  # a column that names no theme of this taxonomy
    assert "Police" in html  # a mapped theme, by its name
    assert "what went well" in html and "what could be better" in html
    assert "empty" in html.lower()
    assert "duplicate" in html.lower() or "twice" in html.lower()
    assert item_count() == 0


def test_confirming_stores_the_rows_once(client, login):
    login("admin")
    content = as_csv(labelled_csv(40))
    html = check_page(upload(client, content))
    response = confirm(client, html)
    assert response.status_code == 302
    assert item_count() == 40
    item = db.session.scalars(select(TrainingItem).order_by(TrainingItem.id)).first()
    assert set(item.labels) <= set(PIECES) and item.labels
    assert item.question_type in ("what_good", "could_improve")
    again = check_page(upload(client, content))
    assert "Nothing to add" in again
    assert 'name="token"' not in again
    assert item_count() == 40


def test_a_file_that_is_not_labelled_data_is_refused(client, login):
    login("admin")
    html = check_page(upload(client, b"\x89PNG\r\n", "picture.png"))
    assert "must be a CSV file" in html
    assert item_count() == 0


def test_training_needs_enough_labelled_texts(client, login):
    login("admin")
    confirm(client, check_page(upload(client, as_csv(labelled_csv(5)))))
    assert "Training needs at least 20 labelled texts" in get_page(client, BASE)
    response = press(client, f"{BASE}/train", f"{BASE}/labelled")  # a crafted request
    assert response.headers["Location"].startswith(BASE)
    assert db.session.scalar(select(db.func.count(Job.id))) == 0


def test_training_runs_in_the_background_and_makes_a_model_card(client, trained):
    assert re.search(r"/staff/admin/jobs/\d+$", trained.headers["Location"])
    job = latest(Job)
    assert (job.kind, job.status, job.progress) == ("train", "done", 1.0)
    model = latest(TrainedModel)
    assert model.status == "ready"
    card = model.card
    assert card["data"]["train"] + card["data"]["held_out"] == 90
    assert 9 <= card["data"]["held_out"] <= 27  # about a fifth
    assert {theme["slug"] for theme in card["themes"]} >= set(PIECES)
    for theme in card["themes"]:
        assert 0 <= theme["precision"] <= 1 and 0 <= theme["recall"] <= 1
    # the built-in taxonomy's first model is compared with the starter model shipped with it
    comparison = card["comparison"]
    assert comparison["model_id"] is None
    assert comparison["better"] == (card["micro_f1"] > comparison["micro_f1"])
    job_page = get_page(client, trained.headers["Location"])
    assert f"/staff/admin/models/{model.id}" in job_page
    html = get_page(client, f"/staff/admin/models/{model.id}")
    assert "Police partnership" in html or "Police" in html
    assert "held-out" in html
    assert "the starter model shipped with the app (in use when this one was trained)" in html
    assert "Switch this model on" in html


def test_a_model_no_better_than_the_starter_model_is_not_switched_on(app, trained):
    first = latest(TrainedModel)
    first.card = {**first.card, "comparison": {**first.card["comparison"], "better": False}}
    db.session.commit()
    problem = training.switch_on_problem(first)
    assert problem == (
        "This model did not do better than the starter model shipped with the app, which is in use"
    )
    with pytest.raises(training.TrainingError):
        training.switch_on(first, None)
    first.card = {**first.card, "comparison": {**first.card["comparison"], "better": True}}
    db.session.commit()
    assert training.switch_on_problem(first) is None


def train_on(app, client, content: bytes) -> TrainedModel:
    confirm(client, check_page(upload(client, content)))
    press(client, f"{BASE}/train", BASE)
    jobs.wait(app)
    return latest(TrainedModel)


def test_no_sentiment_model_is_learned_without_sentiment_labels(client, trained):
    model = latest(TrainedModel)
    assert model.sentiment_model is None
    assert "needs at least 50" in model.card["sentiment"]["skipped"]
    html = get_page(client, f"/staff/admin/models/{model.id}")
    assert "No sentiment model was learned. 0 labelled texts have a sentiment" in html


@pytest.mark.parametrize(
    ("rows", "scores", "reason"),
    [(40, "13524", "needs at least 50"), (60, "12", "only one sentiment")],
)
def test_too_little_sentiment_data_learns_no_sentiment_model(
    app, client, login, rows, scores, reason
):
    login("admin")
    model = train_on(app, client, with_sentiments(rows, scores))
    assert model.sentiment_model is None
    assert reason in model.card["sentiment"]["skipped"]


def test_training_with_sentiment_labels_stores_a_sentiment_model(app, client, login):
    login("admin")
    model = train_on(app, client, with_sentiments())
    assert model.sentiment_model
    sentiment = model.card["sentiment"]
    assert sentiment["train"] + sentiment["held_out"] == 60
    assert sentiment["held_out"] > 0
    # 1-2 positive, 3 neutral, 4-5 negative
    assert sentiment["classes"] == {"positive": 24, "neutral": 12, "negative": 24}
    for figures in (sentiment, sentiment["shipped"]):
        assert 0 <= figures["accuracy"] <= 1 and 0 <= figures["macro_f1"] <= 1
    assert sentiment["better"] is True
    assert sentiment["macro_f1"] > sentiment["shipped"]["macro_f1"]
    html = get_page(client, f"/staff/admin/models/{model.id}")
    assert "The learned model" in html
    assert "The sentiment model shipped with the app" in html
    assert f"macro F1 {sentiment['shipped']['macro_f1']:.2f}" in html
    assert "it sets each comment" in html
    # a card written before the shipped sentiment model compared with the lexicon alone
    older = {key: value for key, value in sentiment.items() if key != "shipped"}
    older["lexicon"] = {"accuracy": 0.5, "macro_f1": 0.41}
    model.card = {**model.card, "sentiment": older}
    db.session.commit()
    html = get_page(client, f"/staff/admin/models/{model.id}")
    assert "The lexicon (word lists)" in html and "macro F1 0.41" in html


def test_a_sentiment_model_switched_on_sets_the_sentiment(app, client, login):
    login("admin")
    model = train_on(app, client, with_sentiments())
    comment = add_comment(
        make_feedback(), MISREAD_PRAISE, taxonomy=ambulance_themes(), unredacted=True
    )
    analyse_comments([comment])
    db.session.commit()
    before = (comment.sentiment_label, comment.sentiment_compound)
    assert before[0] != "positive"  # the shipped sentiment model misreads this praise
    training.switch_on(model, None)
    jobs.wait(app)
    db.session.expire_all()
    assert comment.sentiment_label == "positive"
    assert comment.sentiment_compound == before[1]  # the score stays the lexicon's


def test_a_sentiment_model_stored_in_an_older_layout_is_passed_over(
    app, client, login, monkeypatch
):
    login("admin")
    model = train_on(app, client, with_sentiments())
    learned = SentimentClassifier.from_bytes(model.sentiment_model)
    monkeypatch.setitem(learning.FORMATS, "sentiment", 1)  # as stored before the layout changed
    model.sentiment_model = learned.to_bytes()
    monkeypatch.undo()
    db.session.commit()
    training.switch_on(model, None)
    jobs.wait(app)
    comment = add_comment(
        make_feedback(), MISREAD_PRAISE, taxonomy=ambulance_themes(), unredacted=True
    )
    analyse_comments([comment])
    shipped = analyse(MISREAD_PRAISE, question_type="nonspecific").sentiment.label
    assert comment.sentiment_label == shipped
    assert learned.predict([MISREAD_PRAISE], ["nonspecific"]) != [shipped]  # it would differ


def test_the_job_status_is_available_as_json(client, trained):
    job = latest(Job)
    status = client.get(f"/staff/admin/jobs/{job.id}/status").get_json()
    assert status["status"] == "done"
    assert status["progress"] == 1.0


def ambulance_themes() -> Taxonomy:
    return db.session.scalars(select(Taxonomy).filter_by(key="ambulance-mh")).one()


def test_the_built_in_taxonomy_uses_the_starter_model_until_one_is_switched_on(app, trained):
    text = "We waited five hours for the ambulance and nobody rang back."
    comment = add_comment(make_feedback(), text, taxonomy=ambulance_themes(), unredacted=True)
    analyse_comments([comment])
    expected = {t.slug: t.confidence for t in analyse(text, question_type="nonspecific").themes}
    rules = analyse(text, taxonomy=load_default_taxonomy(), question_type="nonspecific").themes
    assert expected != {t.slug: t.confidence for t in rules}
    tagged = {tag.theme_slug: tag.confidence for tag in comment.tags if tag.source == "tagger"}
    assert tagged == pytest.approx(expected, abs=1e-3)
    training.switch_on(latest(TrainedModel), None)
    jobs.wait(app)
    db.session.expire_all()
    assert {tag.theme_slug: tag.confidence for tag in comment.tags} != tagged


def test_switching_a_model_on_reanalyses_all_feedback(app, client, trained):
    comment = add_comment(
        make_feedback(),
        "At 3am the crisis team was closed.",
        taxonomy=ambulance_themes(),
        unredacted=True,
    )
    db.session.commit()
    model = latest(TrainedModel)
    page = f"/staff/admin/models/{model.id}"
    response = press(client, f"{page}/switch-on", page)
    assert re.search(r"/staff/admin/jobs/\d+$", response.headers["Location"])
    jobs.wait(app)
    assert latest(TrainedModel).status == "active"
    job = latest(Job)
    assert (job.kind, job.status) == ("reanalyse", "done")
    db.session.expire_all()
    assert comment.analysed_at is not None
    assert "In use" in get_page(client, "/staff/admin/taxonomies")


def test_a_new_model_is_compared_with_the_one_in_use(app, client, trained):
    first = latest(TrainedModel)
    training.switch_on(first, None)
    jobs.wait(app)
    press(client, f"{BASE}/train", BASE)
    jobs.wait(app)
    second = latest(TrainedModel)
    assert second.id != first.id
    comparison = second.card["comparison"]
    assert comparison["model_id"] == first.id
    assert set(comparison["themes"]) >= set(PIECES)
    html = get_page(client, f"/staff/admin/models/{second.id}")
    assert f"F1 of model {first.id}" in html
    # Trained the same way on the same data, it scores the same: a tie keeps the model in use.
    assert comparison["micro_f1"] == second.card["micro_f1"]
    assert comparison["better"] is False
    assert "did not do better" in html
    refused = press(client, f"/staff/admin/models/{second.id}/switch-on", BASE)
    assert refused.headers["Location"].endswith(f"/staff/admin/models/{second.id}")
    db.session.expire_all()
    assert db.session.get(TrainedModel, first.id).status == "active"


def test_only_a_better_model_replaces_the_one_in_use(app, trained):
    first = latest(TrainedModel)
    training.switch_on(first, None)
    jobs.wait(app)
    candidate = TrainedModel(
        taxonomy_id=first.taxonomy_id,
        model=first.model,
        card={**first.card, "comparison": {"model_id": first.id, "better": False}},
    )
    db.session.add(candidate)
    db.session.commit()
    assert "did not do better" in training.switch_on_problem(candidate)
    candidate.card = {**first.card, "comparison": {"model_id": first.id, "better": True}}
    db.session.commit()
    assert training.switch_on_problem(candidate) is None
    training.switch_on(candidate, None)
    jobs.wait(app)
    db.session.expire_all()
    assert db.session.get(TrainedModel, first.id).status == "retired"
    assert db.session.get(TrainedModel, candidate.id).status == "active"


def test_reviewed_comments_are_training_data(app, trained):
    comment = add_comment(
        make_feedback(),
        "The police stayed with us all night.",
        themes=[("police-partnership", 1.0, "accepted"), ("out-of-hours", 0.4, "rejected")],
        taxonomy=ambulance_themes(),
    )
    comment.reviewed_at = comment.feedback.created_at
    db.session.commit()
    data = training.gather(ambulance_themes())
    assert (data.imported, data.reviewed) == (90, 1)
    assert data.texts[-1] == "The police stayed with us all night."
    assert data.labels[-1] == ["police-partnership"]
