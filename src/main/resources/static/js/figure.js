/*
 * Plays an exercise figure (org.backroot.figure.domain.FigureRenderer; markup in templates/figures/figure.html).
 * The root carries data-figure-player; the SVG shows the first pose as served. Its data-figure attribute holds the sampled frames:
 *   t  time of each frame in ms from the start of the loop
 *   k  1 where a frame is a key pose
 *   v  each frame's values, one per channel
 * Each moving element lists its channels in data-k ("x1 0 y1 1 ..."). Playing blends straight between
 * neighbouring frames (the server samples them closely enough that limbs keep their length) and loops.
 * The Play button (aria-pressed) starts and stops it. It plays on its own unless the person asked for reduced
 * motion; then it stays still, and Play steps from key pose to key pose without gliding.
 */
(function () {
  'use strict';

  var reduce = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  function reduced() { return !!(reduce && reduce.matches); }

  function setup(root) {
    var svg = root.querySelector('[data-figure-svg]');
    var button = root.querySelector('[data-figure-play]');
    if (!svg || !button) return;
    var data;
    try { data = JSON.parse(svg.getAttribute('data-figure')); } catch (e) { return; }
    if (!data || !data.t || data.t.length < 2) return;

    var elements = Array.prototype.map.call(svg.querySelectorAll('[data-k]'), function (el) {
      var parts = el.getAttribute('data-k').split(' ');
      var channels = [];
      for (var i = 0; i + 1 < parts.length; i += 2) channels.push([parts[i], parseInt(parts[i + 1], 10)]);
      return { el: el, channels: channels };
    });
    var total = data.t[data.t.length - 1];
    var playing = false, shownMs = 0, startedAt = 0, frame = 0;

    function draw(ms) {
      var t = total > 0 ? ms % total : 0;
      var i = 0;
      while (i < data.t.length - 2 && data.t[i + 1] <= t) i++;
      var a = data.v[i], b = data.v[i + 1];
      var span = data.t[i + 1] - data.t[i];
      var f = span > 0 ? (t - data.t[i]) / span : 0;
      if (reduced()) {
        var k = i;
        while (k > 0 && !data.k[k]) k--;
        a = data.v[k];
        b = a;
        f = 0;
      }
      for (var e = 0; e < elements.length; e++) {
        var item = elements[e];
        for (var c = 0; c < item.channels.length; c++) {
          var ch = item.channels[c];
          var value = a[ch[1]] + (b[ch[1]] - a[ch[1]]) * f;
          item.el.setAttribute(ch[0], value.toFixed(1));
        }
      }
    }

    function loop(now) {
      if (!playing) return;
      shownMs = now - startedAt;
      draw(shownMs);
      frame = window.requestAnimationFrame(loop);
    }

    function play() {
      playing = true;
      button.setAttribute('aria-pressed', 'true');
      startedAt = performance.now() - shownMs;
      frame = window.requestAnimationFrame(loop);
    }

    function pause() {
      playing = false;
      button.setAttribute('aria-pressed', 'false');
      if (frame) window.cancelAnimationFrame(frame);
    }

    button.hidden = false;
    button.addEventListener('click', function () { if (playing) pause(); else play(); });
    if (reduce && reduce.addEventListener) {
      reduce.addEventListener('change', function () { if (reduced() && playing) pause(); });
    }
    if (!reduced()) play();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-figure-player]'), setup);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
