"""Training the tagger: the data it learns from, the ``train`` and ``reanalyse`` background jobs,
and switching a trained model on (the model card it is judged by: ``model_cards``).

A new model never replaces the one in use by itself. Training stores it as "ready", with a card
saying how well it did on held-out data and, when a model is in use (for the built-in taxonomy,
at first the starter model shipped with the app), whether it did better than that model on the
same held-out texts. An administrator then switches it on.

When enough labelled texts carry a sentiment, training also learns sentiment and stores it beside
the theme model, if it did better than the sentiment model shipped with the app on the held-out
texts; switched on with it, it sets each comment's sentiment label.
"""

import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from sklearn.metrics import f1_score
from sqlalchemy import exists, func, select

from feedback_app.admin.model_cards import active_model_row, compare, model_name, score
from feedback_app.analysis.learning import (
    MIN_POSITIVES,
    SENTIMENTS,
    SentimentClassifier,
    ThemeClassifier,
)
from feedback_app.analysis.starter import starter_sentiment_model
from feedback_app.extensions import db
from feedback_app.jobs import JobError, JobRun, handler, submit
from feedback_app.models import Comment, Job, Tag, Taxonomy, TrainedModel, TrainingItem
from feedback_app.models.base import utcnow
from feedback_app.tagging.pipeline import active_model, analyse_all, count_comments
from feedback_app.tagging.taxonomies import latest_version

TRAIN_JOB = "train"
REANALYSE_JOB = "reanalyse"
MIN_EXAMPLES = 20
HELDOUT_PERCENT = 20
MIN_SENTIMENT_EXAMPLES = 50  # labelled texts with a sentiment needed to learn sentiment


class TrainingError(ValueError):
    """A reason a model cannot be trained or switched on, worded for an administrator."""


@dataclass
class TrainingData:
    texts: list[str] = field(default_factory=list)
    labels: list[list[str]] = field(default_factory=list)
    question_types: list[str | None] = field(default_factory=list)
    sentiments: list[str | None] = field(default_factory=list)  # None: not labelled
    imported: int = 0
    reviewed: int = 0


def data_counts(taxonomy: Taxonomy) -> dict[str, int]:
    """How many labelled texts and reviewed comments training would use."""
    items = db.session.scalar(
        select(func.count(TrainingItem.id)).filter_by(taxonomy_id=taxonomy.id)
    )
    reviewed = db.session.scalar(select(func.count()).select_from(reviewed_comments(taxonomy)))
    return {"labelled": items or 0, "reviewed": reviewed or 0, "minimum": MIN_EXAMPLES}


def reviewed_comments(taxonomy: Taxonomy) -> Any:
    """Comments a person has reviewed that carry a tag of this taxonomy (accepted or rejected),
    so a reviewed comment with no accepted theme teaches "none of these themes"."""
    has_tag = exists().where(Tag.comment_id == Comment.id, Tag.taxonomy_id == taxonomy.id)
    return select(Comment).where(Comment.reviewed_at.is_not(None), has_tag).subquery()


def gather(taxonomy: Taxonomy) -> TrainingData:
    """Labelled texts for ``taxonomy``: imported items, then reviewed comments (their redacted
    text, labelled with the themes people accepted). Labels outside the latest version are
    dropped. Only imported texts carry a sentiment (a reviewed comment's is the tagger's)."""
    known = {theme["slug"] for theme in latest_version(taxonomy).definition["themes"]}
    data = TrainingData()
    items = db.session.execute(
        select(
            TrainingItem.text,
            TrainingItem.labels,
            TrainingItem.question_type,
            TrainingItem.sentiment,
        )
        .filter_by(taxonomy_id=taxonomy.id)
        .order_by(TrainingItem.id)
    )
    for text, labels, question_type, sentiment in items:
        data.texts.append(text)
        data.labels.append(sorted(set(labels or []) & known))
        data.question_types.append(question_type)
        data.sentiments.append(sentiment if sentiment in SENTIMENTS else None)
        data.imported += 1
    reviewed = reviewed_comments(taxonomy)
    accepted: dict[int, set[str]] = {}
    for comment_id, slug in db.session.execute(
        select(Tag.comment_id, Tag.theme_slug).where(
            Tag.taxonomy_id == taxonomy.id,
            Tag.status == "accepted",
            Tag.comment_id.in_(select(reviewed.c.id)),
        )
    ):
        accepted.setdefault(comment_id, set()).add(slug)
    for comment_id, text, redacted, question_type in db.session.execute(
        select(
            reviewed.c.id, reviewed.c.text, reviewed.c.redacted, reviewed.c.question_type
        ).order_by(reviewed.c.id)
    ):
        data.texts.append(redacted or text)
        data.labels.append(sorted(accepted.get(comment_id, set()) & known))
        data.question_types.append(question_type)
        data.sentiments.append(None)
        data.reviewed += 1
    return data


def active_models() -> set[int]:
    """Ids of taxonomies with a trained model in use."""
    return set(db.session.scalars(select(TrainedModel.taxonomy_id).filter_by(status="active")))


def models_of(taxonomy: Taxonomy) -> list[TrainedModel]:
    return list(
        db.session.scalars(
            select(TrainedModel).filter_by(taxonomy_id=taxonomy.id).order_by(TrainedModel.id.desc())
        )
    )


def start_training(taxonomy: Taxonomy, user_id: int | None) -> Job:
    """Start training in the background, or return the training already under way for this
    taxonomy (a second press of the button does not train twice)."""
    counts = data_counts(taxonomy)
    if counts["labelled"] + counts["reviewed"] < MIN_EXAMPLES:
        raise TrainingError(f"Training needs at least {MIN_EXAMPLES} labelled texts")
    params = {"taxonomy_id": taxonomy.id}
    return unfinished_job(TRAIN_JOB, params) or submit(TRAIN_JOB, params, user_id)


def unfinished_job(kind: str, params: dict[str, Any]) -> Job | None:
    """A job of this kind and these parameters that is queued or running."""
    jobs = db.session.scalars(
        select(Job).filter_by(kind=kind).where(Job.status.in_(("queued", "running")))
    )
    return next((job for job in jobs if job.params == params), None)


def start_reanalysis(user_id: int | None) -> Job:
    """Re-analyse everything, unless a re-analysis is waiting to start (it will see the latest
    taxonomies and models when it does)."""
    waiting = unfinished_job(REANALYSE_JOB, {})
    if waiting is not None and waiting.status == "queued":
        return waiting
    return submit(REANALYSE_JOB, {}, user_id)


@handler(REANALYSE_JOB)
def reanalyse_job(run: JobRun) -> None:
    """Analyse every stored comment again, reporting how far it has got."""
    total = count_comments()
    done = 0
    run.progress(0.0, f"Analysing {total:,} comments")

    def progress(batch: int) -> None:
        nonlocal done
        done += batch
        run.progress(done / total if total else 1.0, f"{done:,} of {total:,} comments analysed")

    analyse_all(progress=progress)


@handler(TRAIN_JOB)
def train_job(run: JobRun) -> None:
    """Learn the taxonomy from its labelled texts, score the model on texts it did not see, and
    store it with its model card ("ready": an administrator switches it on)."""
    taxonomy = db.session.get(Taxonomy, run.params["taxonomy_id"])
    if taxonomy is None:
        raise JobError("The taxonomy has been deleted")
    version = latest_version(taxonomy)
    slugs = [theme["slug"] for theme in version.definition["themes"]]
    run.progress(0.05, "Gathering labelled texts")
    data = gather(taxonomy)
    if len(data.texts) < MIN_EXAMPLES:
        raise JobError(f"Training needs at least {MIN_EXAMPLES} labelled texts")
    train, held_out = split(data)
    run.progress(0.15, f"Learning from {len(train.texts):,} texts")
    started = time.perf_counter()
    try:
        model = ThemeClassifier.train(
            train.texts, train.labels, slugs, question_types=train.question_types
        )
    except ValueError as error:
        raise JobError(
            f"No theme has enough labelled examples to learn from: each theme needs at least "
            f"{MIN_POSITIVES} texts with it and {MIN_POSITIVES} without it"
        ) from error
    seconds = time.perf_counter() - started
    run.progress(0.75, f"Checking the model on {len(held_out.texts):,} held-out texts")
    scores = score(model, held_out, slugs)
    run.progress(0.85, "Learning sentiment")
    sentiment_model, sentiment_card = train_sentiment(train, held_out)
    in_use = active_model(taxonomy)
    current = active_model_row(taxonomy.id)
    card: dict[str, Any] = {
        "job_id": run.id,
        "taxonomy_version": version.number,
        "trained_at": utcnow().isoformat(),
        "training_seconds": round(seconds, 1),
        "data": {
            "imported": data.imported,
            "reviewed": data.reviewed,
            "train": len(train.texts),
            "held_out": len(held_out.texts),
        },
        **scores,
        "comparison": (
            compare(in_use, current.id if current else None, scores, held_out, slugs)
            if in_use
            else None
        ),
        "sentiment": sentiment_card,
    }
    db.session.add(
        TrainedModel(
            taxonomy_id=taxonomy.id,
            status="ready",
            model=model.to_bytes(),
            sentiment_model=sentiment_model.to_bytes() if sentiment_model else None,
            card=card,
            created_by_id=run.user_id,
        )
    )
    db.session.commit()


def split(data: TrainingData) -> tuple[TrainingData, TrainingData]:
    """(training part, held-out part). Whether a text is held out depends on the text alone, so
    it stays held out however the data grows: no model trained here has seen the texts a later
    model is tested on, and the two are compared fairly."""
    held = {
        i
        for i, text in enumerate(data.texts)
        if zlib.crc32(text.encode("utf-8")) % 100 < HELDOUT_PERCENT
    } or {len(data.texts) - 1}
    return (
        subset(data, [i for i in range(len(data.texts)) if i not in held]),
        subset(data, sorted(held)),
    )


def subset(data: TrainingData, positions: list[int]) -> TrainingData:
    return TrainingData(
        texts=[data.texts[i] for i in positions],
        labels=[data.labels[i] for i in positions],
        question_types=[data.question_types[i] for i in positions],
        sentiments=[data.sentiments[i] for i in positions],
    )


def with_sentiment(data: TrainingData) -> TrainingData:
    return subset(data, [i for i, sentiment in enumerate(data.sentiments) if sentiment])


def train_sentiment(
    train: TrainingData, held_out: TrainingData
) -> tuple[SentimentClassifier | None, dict[str, Any]]:
    """Learn sentiment from the texts labelled with one and score it on the held-out ones,
    beside the sentiment model shipped with the app (what sets sentiment until a learned one is
    switched on) on the same texts. The model is kept only when its macro F1 beats the shipped
    model's; otherwise (or when there is too little to learn from) it is None and the card
    says why."""
    learn, test = with_sentiment(train), with_sentiment(held_out)
    labelled = learn.sentiments + test.sentiments
    card: dict[str, Any] = {
        "train": len(learn.texts),
        "held_out": len(test.texts),
        "classes": {label: labelled.count(label) for label in SENTIMENTS},
    }
    if len(labelled) < MIN_SENTIMENT_EXAMPLES:
        skipped = (
            f"{len(labelled):,} labelled texts have a sentiment: learning sentiment needs at "
            f"least {MIN_SENTIMENT_EXAMPLES}"
        )
    elif len(set(learn.sentiments)) < 2:
        skipped = "The labelled texts have only one sentiment: learning needs at least two"
    elif not test.texts:
        skipped = "None of the texts with a sentiment was held out to test a model on"
    else:
        skipped = None
    if skipped:
        return None, {**card, "skipped": skipped}
    model = SentimentClassifier.train(learn.texts, learn.sentiments, learn.question_types)
    learned = sentiment_figures(test.sentiments, model.predict(test.texts, test.question_types))
    shipped = sentiment_figures(test.sentiments, shipped_sentiments(test))
    better = learned["macro_f1"] > shipped["macro_f1"]
    card.update(learned, shipped=shipped, better=better)
    return (model if better else None), card


def shipped_sentiments(data: TrainingData) -> list[str]:
    """The shipped sentiment model's labels, its "mixed" read as neutral (as the labelled data
    reads it)."""
    labels = starter_sentiment_model().predict(data.texts, data.question_types)
    return ["neutral" if label == "mixed" else label for label in labels]


def sentiment_figures(gold: list[str | None], predicted: list[str]) -> dict[str, float]:
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    macro_f1 = f1_score(gold, predicted, average="macro", zero_division=0)
    return {"accuracy": round(correct / len(gold), 3), "macro_f1": round(float(macro_f1), 3)}


def model_of_job(job: Job) -> TrainedModel | None:
    """The model a finished training job stored (its card names the job)."""
    if job.kind != TRAIN_JOB or job.status != "done":
        return None
    candidates = db.session.scalars(
        select(TrainedModel)
        .filter_by(taxonomy_id=job.params.get("taxonomy_id"))
        .order_by(TrainedModel.id.desc())
    )
    return next((m for m in candidates if m.card.get("job_id") == job.id), None)


def switch_on_problem(model: TrainedModel) -> str | None:
    """Why ``model`` may not be switched on (None when it may): it must have done better than
    the model in use on the same held-out texts, unless no model is in use."""
    if model.status == "active":
        return "This model is already in use"
    current = active_model_row(model.taxonomy_id)
    comparison = model.card.get("comparison")
    if current is None and not comparison:
        return None  # nothing was in use, neither a trained model nor the starter model
    in_use = model_name(current.id if current else None)
    if comparison is None or comparison.get("model_id") != (current.id if current else None):
        return (
            f"{in_use.capitalize()} came into use after this one was trained, so they were not "
            "compared: train again to compare them"
        )
    if not comparison.get("better"):
        return f"This model did not do better than {in_use}, which is in use"
    return None


def switch_on(model: TrainedModel, user_id: int | None) -> Job:
    """Put ``model`` in use (the one before it is retired), then re-analyse all feedback."""
    problem = switch_on_problem(model)
    if problem:
        raise TrainingError(problem)
    current = active_model_row(model.taxonomy_id)
    if current is not None:
        current.status = "retired"
        db.session.flush()
    model.status = "active"
    db.session.commit()
    return start_reanalysis(user_id)
