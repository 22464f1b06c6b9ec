// After htmx refreshes the directory's results in place, keyboard and screen reader users continue from the
// results' heading (which announces the new count) instead of losing their place at the top of the page.
(function () {
  'use strict';
  document.addEventListener('htmx:afterSettle', function () {
    var heading = document.getElementById('results-heading');
    if (heading) {
      heading.focus();
    }
  });
}());
