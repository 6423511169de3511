/*
 * Voice guide for breathing and relaxation activities. Markup: templates/activities/activity.html
 * ([data-voice-guide], inside the session timer [data-activity-timer]).
 *   data-voice-script   what to say and when, built on the server (program.domain.VoiceScript):
 *                       {kind: 'breath'|'timed', lines: [{breath, phase, second, at, say, caption?}], end}
 *   data-msg-local|online|none   what the status line says about this device's voices
 *   data-msg-idle       the caption before anything is said
 * A thin player: it decides nothing about wording or timing. A breath script's line is said on the pacer's
 * pacer:beat event for its breath, phase and second; a timed script's line on the timer's activity-timer:second
 * event for its second (the latest line due, if seconds were skipped). So speech follows the same clock as the
 * circle and the digits and cannot drift from them.
 * Off by default; the switch is remembered on this device (localStorage). When on, each line is shown in a polite
 * live region (captions), whether or not the device can speak; speech uses the browser's speech synthesis,
 * preferring a voice on the device (localService), which works offline.
 */
(function () {
  'use strict';

  var STORE_KEY = 'backroot.voiceGuide';

  function remembered() {
    try { return window.localStorage.getItem(STORE_KEY) === 'on'; } catch (e) { return false; }
  }

  function remember(on) {
    try { window.localStorage.setItem(STORE_KEY, on ? 'on' : 'off'); } catch (e) { /* private mode: not remembered */ }
  }

  function setup(root) {
    var script = JSON.parse(root.dataset.voiceScript);
    var timer = root.closest('[data-activity-timer]') || root;
    var toggle = root.querySelector('[data-voice-toggle]');
    var status = root.querySelector('[data-voice-status]');
    var caption = root.querySelector('[data-voice-caption]');
    var synth = window.speechSynthesis || null;
    var voice = null;
    var byBeat = {};
    var nextTimed = 0;

    if (script.kind === 'breath') {
      script.lines.forEach(function (line) { byBeat[line.breath + ':' + line.phase + ':' + line.second] = line; });
    }

    /** The voice to speak with: the page's language first, a voice on the device before an online one. */
    function pickVoice() {
      var voices = synth && synth.getVoices ? (synth.getVoices() || []) : [];
      var lang = (document.documentElement.lang || 'en').toLowerCase().slice(0, 2);
      var same = voices.filter(function (v) { return (v.lang || '').toLowerCase().indexOf(lang) === 0; });
      var pool = same.length ? same : voices;
      var local = pool.filter(function (v) { return v.localService; });
      var chosen = local.filter(function (v) { return v.default; })[0] || local[0] || pool[0] || null;
      return chosen;
    }

    function describe() {
      voice = pickVoice();
      status.textContent = !voice ? root.dataset.msgNone : voice.localService ? root.dataset.msgLocal : root.dataset.msgOnline;
      root.dataset.voice = !voice ? 'none' : voice.localService ? 'local' : 'online';
    }

    function on() { return toggle.checked; }

    function silence() {
      if (synth && synth.cancel) synth.cancel();
    }

    function say(line) {
      if (!line || !on()) return;
      caption.textContent = line.caption || line.say;
      caption.classList.remove('is-idle');
      if (!synth || !voice || typeof window.SpeechSynthesisUtterance !== 'function') return;
      // A new line replaces whatever is still being said, so speech keeps time with the pacer.
      silence();
      var utterance = new window.SpeechSynthesisUtterance(line.say);
      utterance.voice = voice;
      utterance.lang = voice.lang || document.documentElement.lang || 'en';
      utterance.rate = 0.9;
      synth.speak(utterance);
    }

    function idle() {
      caption.textContent = root.dataset.msgIdle || '';
      caption.classList.add('is-idle');
    }

    function applyToggle() {
      caption.hidden = !on();
      root.classList.toggle('is-on', on());
      if (!on()) silence();
      idle();
    }

    toggle.addEventListener('change', function () {
      remember(on());
      applyToggle();
    });

    timer.addEventListener('pacer:beat', function (e) {
      if (script.kind !== 'breath') return;
      say(byBeat[e.detail.breath + ':' + e.detail.phase + ':' + e.detail.second]);
    });
    timer.addEventListener('activity-timer:second', function (e) {
      if (script.kind !== 'timed') return;
      var due = null;
      while (nextTimed < script.lines.length && script.lines[nextTimed].at <= e.detail.second) due = script.lines[nextTimed++];
      say(due);
    });
    timer.addEventListener('activity-timer:pause', silence);
    timer.addEventListener('activity-timer:reset', function () {
      silence();
      nextTimed = 0;
      idle();
    });
    timer.addEventListener('activity-timer:done', function () { say(script.end); });
    window.addEventListener('pagehide', silence);
    if (synth && synth.addEventListener) synth.addEventListener('voiceschanged', describe);

    toggle.checked = remembered();
    describe();
    applyToggle();
    root.hidden = false;
  }

  function init() {
    var guides = document.querySelectorAll('[data-voice-guide]');
    for (var i = 0; i < guides.length; i++) setup(guides[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
