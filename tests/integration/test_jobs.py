"""Background jobs: submitted, run in the thread pool (or RQ), with progress and safe failures."""

import logging
import shutil
import socket
import subprocess
import threading
import time

import pytest
from sqlalchemy import select

from feedback_app import jobs
from feedback_app.extensions import db
from feedback_app.models import Job


def fresh(job_id: int) -> Job:
    db.session.expire_all()
    return db.session.get(Job, job_id)


def run_to_end(app, kind: str, params: dict | None = None) -> Job:
    job = jobs.submit(kind, params or {}, None)
    jobs.wait(app)
    return fresh(job.id)


@pytest.fixture
def register(monkeypatch):
    """Register a handler for this test only."""

    def add(kind: str, function) -> None:
        monkeypatch.setitem(jobs.HANDLERS, kind, function)

    return add


def test_a_job_runs_in_the_background_and_records_its_result(app, register, tmp_path):
    seen = {}

    def write_file(run: jobs.JobRun) -> str:
        seen["thread"] = threading.current_thread().name
        path = tmp_path / f"{run.params['name']}.txt"
        path.write_text("made")
        return str(path)

    register("test-file", write_file)
    job = run_to_end(app, "test-file", {"name": "result"})
    assert job.status == "done"
    assert job.progress == 1.0
    assert job.result_path == str(tmp_path / "result.txt")
    assert job.finished_at is not None
    assert seen["thread"].startswith("job")


def test_progress_is_visible_while_the_job_runs(app, register):
    halfway, release = threading.Event(), threading.Event()

    def slow(run: jobs.JobRun) -> None:
        run.progress(0.5, "Half way")
        halfway.set()
        release.wait(10)

    register("test-slow", slow)
    job = jobs.submit("test-slow", {}, None)
    assert halfway.wait(10)
    running = fresh(job.id)
    assert (running.status, running.progress, running.message) == ("running", 0.5, "Half way")
    release.set()
    jobs.wait(app)
    assert fresh(job.id).status == "done"


def test_progress_is_kept_between_0_and_1_and_messages_short(app):
    job = Job(kind="test", params={})
    db.session.add(job)
    db.session.commit()
    jobs.report_progress(job.id, 1.7, "x" * 400)
    stored = fresh(job.id)
    assert stored.progress == 1.0
    assert len(stored.message) == jobs.MESSAGE_LENGTH
    jobs.report_progress(job.id, -0.2)
    assert fresh(job.id).progress == 0.0


def test_an_unexpected_failure_is_recorded_without_its_text(app, register, caplog, monkeypatch):
    # Alembic's fileConfig (run by the migrations) disables loggers that existed before it.
    monkeypatch.setattr(jobs.logger, "disabled", False)

    def fail(run: jobs.JobRun) -> None:
        raise RuntimeError("could not parse: call Jane on 07700 900123")  # e.g. quoting a note

    register("test-fail", fail)
    with caplog.at_level(logging.ERROR):
        job = run_to_end(app, "test-fail")
    assert job.status == "failed"
    assert job.message == jobs.FAILED_MESSAGE
    assert job.finished_at is not None
    assert "RuntimeError" in caplog.text
    assert "test_jobs.py" in caplog.text  # where it happened
    assert "07700" not in caplog.text and "Jane" not in caplog.text


def test_a_job_error_shows_its_own_message(app, register):
    def refuse(run: jobs.JobRun) -> None:
        raise jobs.JobError("That workshop no longer exists.")

    register("test-refuse", refuse)
    job = run_to_end(app, "test-refuse")
    assert (job.status, job.message) == ("failed", "That workshop no longer exists.")


def test_unknown_kinds_are_refused_before_anything_is_stored(app):
    with pytest.raises(ValueError):
        jobs.submit("no-such-kind", {}, None)
    assert db.session.scalars(select(Job)).all() == []


def test_a_finished_job_is_not_run_again(app, register):
    calls = []
    register("test-once", lambda run: calls.append(run.id))
    job = run_to_end(app, "test-once")
    jobs.run_job(app, job.id)
    assert calls == [job.id]


# --- RQ, when REDIS_URL is set -------------------------------------------------------------


@pytest.fixture
def redis_url():
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


def test_with_redis_jobs_go_to_the_queue_and_a_worker_runs_them(
    app, register, redis_url, monkeypatch
):
    monkeypatch.setitem(app.config, "REDIS_URL", redis_url)
    register("test-queued", lambda run: f"made by {run.kind}")
    job = jobs.submit("test-queued", {}, None)
    assert fresh(job.id).status == "queued"
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    finished = fresh(job.id)
    assert (finished.status, finished.result_path) == ("done", "made by test-queued")


def test_the_worker_needs_redis(app, monkeypatch):
    monkeypatch.setitem(app.config, "REDIS_URL", None)
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code != 0
    assert "REDIS_URL" in result.output


def test_if_redis_is_down_the_job_fails_visibly(app, register, monkeypatch):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setitem(app.config, "REDIS_URL", f"redis://127.0.0.1:{port}/0")
    register("test-queued", lambda run: None)
    job = jobs.submit("test-queued", {}, None)
    assert (job.status, job.message) == ("failed", jobs.QUEUE_DOWN_MESSAGE)
