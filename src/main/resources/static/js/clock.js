/*
 * Shared by the self-test timer (timer.js) and the activity timer (activity-timer.js): how a number of
 * seconds is shown in digits and read out in words. Load it before either of them.
 */
(function () {
  'use strict';

  /** 0:00 style; counting down rounds up (so 0:00 means done), counting up rounds down. */
  function format(totalSeconds, roundUp) {
    var s = Math.max(0, roundUp ? Math.ceil(totalSeconds) : Math.floor(totalSeconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ':' + (r < 10 ? '0' : '') + r;
  }

  /** "1 minute 5 seconds", for screen-reader announcements. */
  function words(seconds) {
    if (seconds < 60) return seconds + (seconds === 1 ? ' second' : ' seconds');
    var m = Math.floor(seconds / 60), r = seconds % 60;
    return m + (m === 1 ? ' minute' : ' minutes') + (r ? ' ' + r + (r === 1 ? ' second' : ' seconds') : '');
  }

  window.BackrootClock = { format: format, words: words };
})();
