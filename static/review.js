// Keyboard shortcuts for fast review: a number picks a theme row, "a" accepts it, "x" rejects
// it, "n" finishes the comment. Ignored while typing in a form field. Each theme's decision
// cell (holding its buttons) carries data-tag-row; its table row is outlined when picked.
let selected = document.querySelector("[data-tag-row]");

function mark(cell) {
  document.querySelectorAll(".app-selected").forEach((r) => r.classList.remove("app-selected"));
  selected = cell;
  if (cell) {
    cell.closest("tr")?.classList.add("app-selected");
    cell.querySelector("button")?.focus();
  }
}

document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target.matches("input, textarea, select")) return;
  const row = document.querySelector(`[data-tag-row="${event.key}"]`);
  if (row) return mark(row);
  const actions = { a: "accept", x: "reject", n: "next" };
  const shortcut = actions[event.key];
  if (!shortcut) return;
  const scope = shortcut === "next" ? document : selected;
  scope?.querySelector(`[data-shortcut="${shortcut}"]`)?.click();
});
