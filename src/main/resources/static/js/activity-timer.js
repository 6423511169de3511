/*
 * Accessible session timer for an activity page. Markup: templates/activities/activity.html
 * ([data-activity-timer]).
 *   data-seconds     length of the session (counts down to 0:00)
 *   data-msg-start   label of the start button; data-msg-resume its label after a pause
 * Large digits (role="timer", not live), Start / Pause / Reset, a polite status line that announces
 * the start, every whole minute left, 30 s and 10 s left, pauses, resets and the end. The progress bar
 * is hidden under prefers-reduced-motion by app.css; the digits still count in text.
 *
 * Tells other tools on the page (the breathing pacer) what happens, by events on the timer element:
 *   activity-timer:start, activity-timer:pause, activity-timer:reset, activity-timer:done, and
 *   activity-timer:second (detail {second}) each time a new whole second of the session begins (0 at the start),
 *   so a timed voice guide follows this clock.
 */
(function () {
  'use strict';

  var clock = window.BackrootClock;
  function format(totalSeconds) { return clock.format(totalSeconds, true); }
  var words = clock.words;

  function setup(root) {
    var total = parseInt(root.dataset.seconds, 10) || 60;
    var digits = root.querySelector('[data-timer-digits]');
    var bar = root.querySelector('[data-timer-bar]');
    var status = root.querySelector('[data-timer-status]');
    var startBtn = root.querySelector('[data-timer-start]');
    var pauseBtn = root.querySelector('[data-timer-pause]');
    var resetBtn = root.querySelector('[data-timer-reset]');
    var startLabel = root.dataset.msgStart || 'Start';
    var resumeLabel = root.dataset.msgResume || 'Resume';

    var elapsedMs = 0, startedAt = 0, tick = null, lastAnnounced = null, lastSecond = -1;

    function elapsed() { return elapsedMs + (tick ? performance.now() - startedAt : 0); }
    function left() { return Math.max(0, total - elapsed() / 1000); }

    function emit(name) {
      root.dispatchEvent(new CustomEvent('activity-timer:' + name, { bubbles: true, detail: { elapsedMs: elapsed(), total: total } }));
    }

    function announce(text) { status.textContent = text; }

    function render() {
      var remaining = left();
      digits.textContent = format(remaining);
      if (bar) bar.style.width = (Math.min(1, elapsed() / 1000 / total) * 100).toFixed(1) + '%';
      return Math.ceil(remaining);
    }

    function secondBegins() {
      var second = Math.floor(elapsed() / 1000);
      if (second === lastSecond || second >= total) return;
      lastSecond = second;
      root.dispatchEvent(new CustomEvent('activity-timer:second', { bubbles: true, detail: { second: second } }));
    }

    function onTick() {
      var remaining = render();
      if (remaining <= 0) { finish(); return; }
      secondBegins();
      var due = (remaining % 60 === 0) || remaining === 30 || remaining === 10;
      if (due && remaining !== lastAnnounced && remaining < total) {
        lastAnnounced = remaining;
        announce(words(remaining) + ' left.');
      }
    }

    function start() {
      if (tick) return;
      if (left() <= 0) reset(true);
      var resuming = elapsedMs > 0;
      startedAt = performance.now();
      tick = setInterval(onTick, 200);
      root.classList.add('is-running');
      root.classList.remove('is-done', 'is-paused');
      startBtn.hidden = true;
      pauseBtn.hidden = false;
      pauseBtn.focus();
      announce(resuming ? 'Resumed. ' + words(Math.ceil(left())) + ' left.' : 'Started. ' + words(total) + ' to go.');
      emit('start');
      secondBegins();
    }

    function stopTicking() {
      if (!tick) return false;
      elapsedMs += performance.now() - startedAt;
      clearInterval(tick);
      tick = null;
      root.classList.remove('is-running');
      pauseBtn.hidden = true;
      startBtn.hidden = false;
      return true;
    }

    function pause() {
      if (!stopTicking()) return;
      render();
      root.classList.add('is-paused');
      startBtn.textContent = resumeLabel;
      startBtn.focus();
      announce('Paused at ' + format(left()) + '.');
      emit('pause');
    }

    function finish() {
      stopTicking();
      elapsedMs = total * 1000;
      render();
      root.classList.remove('is-paused');
      root.classList.add('is-done');
      startBtn.textContent = startLabel;
      startBtn.focus();
      announce('Time is up. Well done.');
      if (navigator.vibrate && !matchMedia('(prefers-reduced-motion: reduce)').matches) navigator.vibrate(200);
      emit('done');
    }

    function reset(silent) {
      stopTicking();
      elapsedMs = 0;
      lastAnnounced = null;
      lastSecond = -1;
      root.classList.remove('is-done', 'is-paused');
      startBtn.textContent = startLabel;
      render();
      if (!silent) {
        announce('Reset to ' + format(total) + '.');
        startBtn.focus();
      }
      emit('reset');
    }

    startBtn.addEventListener('click', start);
    pauseBtn.addEventListener('click', pause);
    resetBtn.addEventListener('click', function () { reset(false); });
    document.addEventListener('visibilitychange', function () { if (tick) onTick(); });

    render();
    root.hidden = false;
  }

  function init() {
    var timers = document.querySelectorAll('[data-activity-timer]');
    for (var i = 0; i < timers.length; i++) setup(timers[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
