/* Backroot: tiny site-wide helpers. htmx requests carry the CSRF token from the page's meta tags. */
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) event.detail.headers[header.content] = token.content;
  });
  // Bring the error summary into view and focus after a failed submit.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) summary.focus();
  });
})();
