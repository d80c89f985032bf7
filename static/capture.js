// Fast note capture: Enter saves (Shift+Enter for a new line), the note appears in the list at
// once, and the box is cleared and focused for the next one. Question, group and voice stay as
// chosen. If saving fails the text stays in the box. Without JavaScript the form posts normally.
const form = document.querySelector("[data-capture-form]");

if (form) {
  const text = form.querySelector("[data-capture-text]");
  const status = document.getElementById("capture-status");
  const error = document.getElementById("capture-error");
  const notes = document.getElementById("notes");
  const hint = document.getElementById(`${text.id}-hint`);
  let saving = false;

  if (hint) hint.textContent = "Press Enter to save the note. Shift and Enter starts a new line.";

  const announce = (message) => {
    // Clear first so the same words ("Note saved") are announced again for every note.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  };

  const showError = (message) => {
    error.textContent = message ? `Error: ${message}` : "";
  };

  const failure = (response, data) => {
    if (data && data.errors) return Object.values(data.errors).join(". ");
    if (response.status === 401) {
      return "You have been signed out. Copy your note, sign in again in a new tab, then save it.";
    }
    if (response.status === 400) return "The page has expired. Copy your note, then reload the page.";
    return "The note was not saved. Try again in a moment.";
  };

  // Keep the sticky choices in the address, so reloading the page keeps them too.
  const rememberChoices = () => {
    const params = new URLSearchParams();
    for (const name of ["question", "group", "voice"]) {
      const value = form.elements[name].value;
      if (value) params.set(name, value);
    }
    const query = params.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  };

  text.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    form.requestSubmit();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (saving) return;
    if (!text.value.trim()) {
      showError("Enter the note");
      text.focus();
      return;
    }
    saving = true;
    showError("");
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json", "X-CSRFToken": form.elements.csrf_token.value },
        credentials: "same-origin",
      });
      const data = await response.json().catch(() => null);
      if (!response.ok || !data || !data.html) {
        showError(failure(response, data));
        return;
      }
      notes.insertAdjacentHTML("afterbegin", data.html);
      document.getElementById("no-notes")?.setAttribute("hidden", "");
      text.value = "";
      text.dispatchEvent(new Event("input", { bubbles: true })); // update the character count
      rememberChoices();
      announce(data.message);
    } catch {
      showError("The note was not saved: check the connection, then press Enter to try again.");
    } finally {
      saving = false;
      text.focus();
    }
  });
}
