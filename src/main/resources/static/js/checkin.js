/* Daily check-in: picking another day loads that day's earlier answers, unless you have already started answering. */
(function () {
  'use strict';
  var form = document.querySelector('[data-checkin-form]');
  if (!form) return;
  var date = form.querySelector('#date');
  var touched = false;
  form.addEventListener('input', function (event) {
    if (event.target !== date) touched = true;
  });
  date.addEventListener('change', function () {
    if (touched || !date.value || !date.checkValidity()) return;
    window.location.assign(window.location.pathname + '?date=' + encodeURIComponent(date.value));
  });
})();
