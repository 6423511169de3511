/*
 * Accessible self-test timer. Markup: templates/self-tests/test.html ([data-timer]).
 *   data-seconds  countdown length, or the upper limit of a count-up
 *   data-mode     countup | countdown
 *   data-copy-to  space-separated field ids the stopped time is copied into (whole seconds)
 *   data-focus    field to focus when a countdown ends
 * Large digits, Start/Stop/Reset, a polite announcement every 10 s, and a progress bar that is
 * hidden under prefers-reduced-motion (the digits still count in text).
 */
(function () {
  'use strict';

  var clock = window.BackrootClock;
  function format(totalSeconds) { return clock.format(totalSeconds, false); }
  var words = clock.words;

  function setup(root) {
    var limit = parseInt(root.dataset.seconds, 10) || 60;
    var countdown = root.dataset.mode === 'countdown';
    var copyTo = (root.dataset.copyTo || '').split(/\s+/).filter(Boolean);
    var digits = root.querySelector('[data-timer-digits]');
    var bar = root.querySelector('[data-timer-bar]');
    var status = root.querySelector('[data-timer-status]');
    var startBtn = root.querySelector('[data-timer-start]');
    var stopBtn = root.querySelector('[data-timer-stop]');
    var resetBtn = root.querySelector('[data-timer-reset]');

    var elapsedMs = 0, startedAt = 0, tick = null, lastAnnounced = 0;

    function elapsed() { return elapsedMs + (tick ? performance.now() - startedAt : 0); }
    function shown(sec) { return countdown ? limit - sec : sec; }

    function render() {
      var sec = Math.min(limit, Math.floor(elapsed() / 1000));
      digits.textContent = format(shown(sec));
      if (bar) bar.style.width = (Math.min(1, elapsed() / 1000 / limit) * 100).toFixed(1) + '%';
      return sec;
    }

    function announce(text) { status.textContent = text; }

    function target() {
      if (copyTo.length === 0) return null;
      var chosen = root.querySelector('[data-timer-target]:checked');
      return document.getElementById(chosen ? chosen.value : copyTo[0]);
    }

    function onTick() {
      var sec = render();
      if (sec > 0 && sec % 10 === 0 && sec !== lastAnnounced && sec < limit) {
        lastAnnounced = sec;
        announce(countdown ? words(limit - sec) + ' left' : words(sec));
      }
      if (sec >= limit) finish(true);
    }

    function start() {
      if (tick) return;
      if (elapsed() >= limit * 1000) reset(true);
      startedAt = performance.now();
      tick = setInterval(onTick, 200);
      root.classList.add('is-running');
      root.classList.remove('is-done');
      startBtn.hidden = true;
      stopBtn.hidden = false;
      stopBtn.focus();
      announce(countdown ? 'Started. ' + words(limit) + ' to go.' : 'Started.');
    }

    function pause() {
      if (!tick) return;
      elapsedMs += performance.now() - startedAt;
      clearInterval(tick);
      tick = null;
      root.classList.remove('is-running');
      stopBtn.hidden = true;
      startBtn.hidden = false;
    }

    function finish(reachedLimit) {
      pause();
      var sec = render();
      root.classList.add('is-done');
      startBtn.focus();
      if (countdown) {
        if (reachedLimit) {
          announce('Time is up. Type the number you counted.');
          if (navigator.vibrate && !matchMedia('(prefers-reduced-motion: reduce)').matches) navigator.vibrate(200);
          var f = document.getElementById(root.dataset.focus || '');
          if (f) f.focus();
        } else {
          announce('Stopped with ' + words(limit - sec) + ' left.');
        }
        return;
      }
      var field = target();
      if (field) {
        field.value = String(sec);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        var label = document.querySelector('label[for="' + field.id + '"]');
        announce('Stopped at ' + words(sec) + '. Saved in “' + (label ? label.textContent.trim() : field.id) + '”.');
        // Move the side choice on, so the next run times the other side.
        var radios = root.querySelectorAll('[data-timer-target]');
        for (var i = 0; i < radios.length; i++) {
          if (radios[i].checked && radios[i + 1]) { radios[i + 1].checked = true; break; }
        }
      } else {
        announce('Stopped at ' + words(sec) + '.');
      }
    }

    function reset(silent) {
      pause();
      elapsedMs = 0;
      lastAnnounced = 0;
      root.classList.remove('is-done');
      render();
      if (!silent) announce('Reset to ' + format(shown(0)) + '.');
    }

    startBtn.addEventListener('click', start);
    stopBtn.addEventListener('click', function () { finish(false); });
    resetBtn.addEventListener('click', function () { reset(false); });
    document.addEventListener('visibilitychange', function () { if (tick) onTick(); });

    render();
    root.hidden = false;
  }

  function init() {
    var timers = document.querySelectorAll('[data-timer]');
    for (var i = 0; i < timers.length; i++) setup(timers[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
