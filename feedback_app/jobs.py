"""Background jobs: long work (reports, training, re-analysis) run away from the request.

The ``job`` table is the source of truth for status and progress. Jobs run in a small thread pool
inside the web process, or, when ``REDIS_URL`` is set, in RQ workers (``flask worker``), so
several web processes share one queue. Handlers get a :class:`JobRun` (ids and parameters), never
request globals, and run in their own application context.

Failures are recorded with a safe message: a handler may raise :class:`JobError` with a message
written for people; anything else becomes a generic message, and the log names only the job and
the exception type and where it was raised (exception text may quote free text, which is never
logged).
"""

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from sqlalchemy import update

from feedback_app.extensions import db
from feedback_app.models import Job
from feedback_app.models.base import utcnow

logger = logging.getLogger(__name__)

QUEUE_NAME = "feedback"
FAILED_MESSAGE = "Something went wrong. Try again, or ask an administrator to check the server log."
QUEUE_DOWN_MESSAGE = "The background queue is not available. Try again in a few minutes."
ABANDONED_MESSAGE = (
    "This job stopped before it finished (the server may have restarted). Try again."
)
JOB_TIMEOUT = 1800  # seconds; a job still unfinished after this has been abandoned
MESSAGE_LENGTH = 300


class JobError(Exception):
    """A failure whose message is safe to show people (no free text, no personal details)."""


@dataclass(frozen=True)
class JobRun:
    """What a handler knows about its job."""

    id: int
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    user_id: int | None = None

    def progress(self, fraction: float, message: str | None = None) -> None:
        report_progress(self.id, fraction, message)


# A handler does the work and returns the path of its result file, if it makes one.
Handler = Callable[[JobRun], str | None]
HANDLERS: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    """Register the function that runs jobs of ``kind``: ``@handler("report")``."""

    def register(function: Handler) -> Handler:
        HANDLERS[kind] = function
        return function

    return register


def submit(kind: str, params: dict[str, Any], user_id: int | None) -> Job:
    """Record a queued job and start it in the background; returns the job row."""
    if kind not in HANDLERS:
        raise ValueError(f"No handler for jobs of kind {kind!r}")
    job = Job(kind=kind, params=params, created_by_id=user_id, status="queued", progress=0.0)
    db.session.add(job)
    db.session.commit()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not app.config.get("REDIS_URL"):
        executor(app).submit(run_job, app, job.id)
        return job
    try:
        rq_queue(app).enqueue_call(
            run_queued, args=(job.id,), timeout=app.config.get("JOB_TIMEOUT", JOB_TIMEOUT)
        )
    except Exception as error:  # Redis down: the job fails visibly instead of waiting forever
        logger.error("Job %s could not be queued: %s", job.id, type(error).__name__)
        _update(job.id, status="failed", message=QUEUE_DOWN_MESSAGE, finished_at=utcnow())
        db.session.refresh(job)
    return job


def fail_if_abandoned(job: Job) -> None:
    """Mark a job failed if it is still unfinished long after any job could take: the process
    running it stopped (a thread-pool job dies with its web process), so it never will finish."""
    if job.status not in ("queued", "running"):
        return
    started = job.created_at if job.created_at.tzinfo else job.created_at.replace(tzinfo=UTC)
    limit = timedelta(seconds=current_app.config.get("JOB_TIMEOUT", JOB_TIMEOUT))
    if utcnow() - started > limit:
        _update(job.id, status="failed", message=ABANDONED_MESSAGE, finished_at=utcnow())
        db.session.refresh(job)


def report_progress(job_id: int, fraction: float, message: str | None = None) -> None:
    """Record how far a job has got (0..1), committed at once on its own connection, so the
    status page sees it while the handler's own transaction is still open."""
    values: dict[str, Any] = {"progress": min(max(float(fraction), 0.0), 1.0)}
    if message is not None:
        values["message"] = message[:MESSAGE_LENGTH]
    _update(job_id, **values)


def run_job(app: Flask, job_id: int) -> None:
    """Run one job to the end, in a fresh application context; never raises."""
    with app.app_context():
        try:
            job = db.session.get(Job, job_id)
            if job is None or job.status not in ("queued", "running"):
                return
            run = JobRun(
                id=job.id, kind=job.kind, params=dict(job.params or {}), user_id=job.created_by_id
            )
            db.session.rollback()
            _update(job_id, status="running", message="Started")
            result_path = HANDLERS[run.kind](run)
            db.session.rollback()
            _update(
                job_id,
                status="done",
                progress=1.0,
                message="Finished",
                result_path=result_path,
                finished_at=utcnow(),
            )
        except Exception as error:  # every failure must end the job cleanly
            db.session.rollback()
            message = str(error)[:MESSAGE_LENGTH] if isinstance(error, JobError) else FAILED_MESSAGE
            logger.error(
                "Job %s failed with %s at %s",
                job_id,
                type(error).__name__,
                " < ".join(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}"
                    for f in reversed(traceback.extract_tb(error.__traceback__))
                ),
            )
            _update(job_id, status="failed", message=message, finished_at=utcnow())
        finally:
            db.session.remove()


def run_queued(job_id: int) -> None:
    """The RQ entry point: the worker command has pushed the application context."""
    run_job(current_app._get_current_object(), job_id)  # type: ignore[attr-defined]


def _update(job_id: int, **values: Any) -> None:
    with db.engine.begin() as connection:
        connection.execute(update(Job).where(Job.id == job_id).values(**values))


def executor(app: Flask) -> ThreadPoolExecutor:
    """The app's thread pool, made on first use (``JOB_WORKERS`` threads, 2 by default)."""
    pool = app.extensions.get("jobs")
    if pool is None:
        pool = ThreadPoolExecutor(
            max_workers=app.config.get("JOB_WORKERS", 2), thread_name_prefix="job"
        )
        app.extensions["jobs"] = pool
    return pool


def rq_queue(app: Flask) -> Any:
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE_NAME, connection=Redis.from_url(app.config["REDIS_URL"]))


def wait(app: Flask) -> None:
    """Wait for the thread pool's submitted jobs to finish (tests, shutdown)."""
    pool = app.extensions.pop("jobs", None)
    if pool is not None:
        pool.shutdown(wait=True)


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker_command(burst: bool) -> None:
    """Run background jobs from the Redis queue (needs REDIS_URL)."""
    from rq import SimpleWorker

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not app.config.get("REDIS_URL"):
        raise click.ClickException("Set REDIS_URL: without it jobs run inside the web process.")
    queue = rq_queue(app)
    # SimpleWorker runs jobs in this process, inside this application context (no fork, so no
    # database connections shared across processes).
    SimpleWorker([queue], connection=queue.connection).work(burst=burst)
