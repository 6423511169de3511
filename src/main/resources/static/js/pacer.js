/*
 * Breathing pacer for an activity page. Markup: templates/activities/activity.html ([data-pacer],
 * inside the session timer [data-activity-timer], whose Start / Pause / Reset drive it through the
 * activity-timer:* events).
 *   data-inhale, data-exhale   seconds in and out (e.g. 4 and 6 = 6 breaths a minute)
 *   data-msg-ready|in|out|done the phase words; data-msg-beats-in|out the short words of the count line
 * A circle grows while you breathe in and shrinks while you breathe out, with "Breathe in" /
 * "Breathe out" in it (a polite live region, so screen readers hear each phase) and the second of the
 * phase counted below. Under prefers-reduced-motion the circle keeps still and the count leads:
 * "in 1, 2, 3, 4 — out 1 … 6", the current beat marked.
 * The phase element carries data-phase = ready | in | out | done for tests and styles.
 * Each new beat (a new phase or a new second within it) is told to other tools on the page (the voice guide) by a
 * pacer:beat event, detail {breath: 1.., phase: 'in'|'out', second: 1..}, so they follow this clock, not their own.
 */
(function () {
  'use strict';

  var reducedMotion = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

  /** Where in the breath we are after elapsedMs: {breath: 1.., phase: 'in'|'out', second: 1.., remainingMs}. */
  function position(elapsedMs, inhaleSec, exhaleSec) {
    var cycle = (inhaleSec + exhaleSec) * 1000;
    var t = ((elapsedMs % cycle) + cycle) % cycle;
    var breath = Math.floor(Math.max(0, elapsedMs) / cycle) + 1;
    if (t < inhaleSec * 1000) {
      return { breath: breath, phase: 'in', second: Math.floor(t / 1000) + 1, remainingMs: inhaleSec * 1000 - t };
    }
    var u = t - inhaleSec * 1000;
    return { breath: breath, phase: 'out', second: Math.floor(u / 1000) + 1, remainingMs: exhaleSec * 1000 - u };
  }

  function setup(root) {
    var inhale = parseInt(root.dataset.inhale, 10) || 4;
    var exhale = parseInt(root.dataset.exhale, 10) || 6;
    var msg = {
      ready: root.dataset.msgReady || 'Ready',
      in: root.dataset.msgIn || 'Breathe in',
      out: root.dataset.msgOut || 'Breathe out',
      done: root.dataset.msgDone || 'Done',
      beatsIn: root.dataset.msgBeatsIn || 'in',
      beatsOut: root.dataset.msgBeatsOut || 'out'
    };
    var phaseEl = root.querySelector('[data-pacer-phase]');
    var countEl = root.querySelector('[data-pacer-count]');
    var circle = root.querySelector('.pacer__circle');
    var beatsEl = root.querySelector('[data-pacer-beats]');
    var timer = root.closest('[data-activity-timer]') || root;

    var elapsedMs = 0, startedAt = 0, tick = null, shown = { phase: 'ready', second: 0 };
    var beatEls = { in: [], out: [] };

    // "in 1 2 3 4 — out 1 2 3 4 5 6": the count line, mainly for reduced motion.
    function buildBeats() {
      if (!beatsEl) return;
      beatsEl.textContent = '';
      [['in', inhale, msg.beatsIn], ['out', exhale, msg.beatsOut]].forEach(function (part, index) {
        var group = document.createElement('span');
        group.className = 'pacer__beats-group';
        if (index > 0) {
          beatsEl.appendChild(document.createTextNode(' '));
          var sep = document.createElement('span');
          sep.className = 'pacer__beats-sep';
          sep.textContent = '—';
          group.appendChild(sep);
          group.appendChild(document.createTextNode(' '));
        }
        var word = document.createElement('span');
        word.className = 'pacer__beats-word';
        word.textContent = part[2];
        group.appendChild(word);
        for (var i = 1; i <= part[1]; i++) {
          var n = document.createElement('span');
          n.className = 'pacer__beat';
          n.textContent = String(i);
          group.appendChild(document.createTextNode(' '));
          group.appendChild(n);
          beatEls[part[0]].push(n);
        }
        beatsEl.appendChild(group);
      });
    }

    function elapsed() { return elapsedMs + (tick ? performance.now() - startedAt : 0); }

    function setPhase(phase, text) {
      phaseEl.dataset.phase = phase;
      phaseEl.textContent = text;
      root.dataset.phase = phase;
    }

    function markBeat(pos) {
      ['in', 'out'].forEach(function (p) {
        beatEls[p].forEach(function (el, i) {
          el.classList.toggle('is-current', pos !== null && p === pos.phase && i + 1 === pos.second);
        });
      });
    }

    function render() {
      var pos = position(elapsed(), inhale, exhale);
      if (pos.phase !== shown.phase) {
        // the circle eases over what is left of this phase (all of it, except after a resume)
        if (circle) circle.style.transitionDuration = (pos.remainingMs / 1000).toFixed(2) + 's';
        root.classList.toggle('is-in', pos.phase === 'in');
        root.classList.toggle('is-out', pos.phase === 'out');
        setPhase(pos.phase, pos.phase === 'in' ? msg.in : msg.out);
      }
      if (pos.phase !== shown.phase || pos.second !== shown.second) {
        countEl.textContent = String(pos.second);
        markBeat(pos);
        root.dispatchEvent(new CustomEvent('pacer:beat', { bubbles: true, detail: { breath: pos.breath, phase: pos.phase, second: pos.second } }));
      }
      shown = pos;
    }

    function start() {
      if (tick) return;
      startedAt = performance.now();
      shown = { phase: 'ready', second: 0 };
      root.classList.add('is-running');
      tick = setInterval(render, 100);
      render();
    }

    function pause() {
      if (!tick) return;
      elapsedMs += performance.now() - startedAt;
      clearInterval(tick);
      tick = null;
      root.classList.remove('is-running');
      // hold the circle where it is
      if (circle) {
        var size = getComputedStyle(circle).transform;
        circle.style.transitionDuration = '0s';
        circle.style.transform = size === 'none' ? '' : size;
      }
    }

    function resume() {
      if (circle) circle.style.transform = '';
      start();
    }

    function stop(phase, text) {
      pause();
      elapsedMs = 0;
      shown = { phase: phase, second: 0 };
      if (circle) {
        circle.style.transform = '';
        circle.style.transitionDuration = '';
      }
      root.classList.remove('is-in', 'is-out');
      setPhase(phase, text);
      countEl.textContent = '';
      markBeat(null);
    }

    function applyMotionPreference() {
      root.classList.toggle('is-reduced', !!(reducedMotion && reducedMotion.matches));
    }

    timer.addEventListener('activity-timer:start', function () { if (elapsedMs > 0) resume(); else start(); });
    timer.addEventListener('activity-timer:pause', pause);
    timer.addEventListener('activity-timer:reset', function () { stop('ready', msg.ready); });
    timer.addEventListener('activity-timer:done', function () { stop('done', msg.done); });
    if (reducedMotion) {
      if (reducedMotion.addEventListener) reducedMotion.addEventListener('change', applyMotionPreference);
      else if (reducedMotion.addListener) reducedMotion.addListener(applyMotionPreference);
    }

    buildBeats();
    applyMotionPreference();
    setPhase('ready', msg.ready);
    root.hidden = false;
  }

  function init() {
    var pacers = document.querySelectorAll('[data-pacer]');
    for (var i = 0; i < pacers.length; i++) setup(pacers[i]);
  }

  if (typeof window !== 'undefined') window.BackrootPacer = { position: position };
  if (typeof module !== 'undefined' && module.exports) module.exports = { position: position };
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
