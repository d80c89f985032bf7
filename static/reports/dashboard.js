// Dashboard charts: clicking a bar or a month opens the matching items. The same links are in
// the table under each chart, which is the way in for keyboard and screen-reader users.
for (const bar of document.querySelectorAll(".app-chart [data-href]")) {
  bar.addEventListener("click", () => {
    window.location.assign(bar.dataset.href);
  });
}
