/*
 * Fills empty fields marked data-browser-time-zone with this device's IANA time zone (Europe/Berlin), so a
 * person's "today" is their own date from the start. Without JavaScript the field stays empty and the server uses UTC.
 */
(function () {
  'use strict';
  var zone = '';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch (e) {
    zone = '';
  }
  document.querySelectorAll('[data-browser-time-zone]').forEach(function (field) {
    if (zone && !field.value) field.value = zone;
  });
  document.querySelectorAll('[data-browser-time-zone-text]').forEach(function (el) {
    if (zone) {
      el.textContent = zone;
      el.closest('[hidden]') && el.closest('[hidden]').removeAttribute('hidden');
    }
  });
})();
