// Report job status: poll the JSON status while the job runs, show its progress, and reload the
// page once it has finished (the page then offers the download, or says what went wrong).
const box = document.querySelector("[data-job-status-url]");
const POLL_MS = 1500;

async function poll() {
  let state;
  try {
    const response = await fetch(box.dataset.jobStatusUrl, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) return; // signed out or gone: the refresh link still works
    state = await response.json();
  } catch {
    return window.setTimeout(poll, POLL_MS * 2);
  }
  if (state.status === "done" || state.status === "failed") {
    window.location.reload();
    return;
  }
  const bar = box.querySelector("progress");
  const message = box.querySelector("[data-job-message]");
  const percent = Math.round(state.progress * 100);
  if (bar) {
    bar.value = percent;
    bar.textContent = `${percent}%`;
  }
  if (message && message.textContent !== state.message) message.textContent = state.message;
  window.setTimeout(poll, POLL_MS);
}

if (box && (box.dataset.jobStatus === "queued" || box.dataset.jobStatus === "running")) {
  window.setTimeout(poll, POLL_MS);
}
