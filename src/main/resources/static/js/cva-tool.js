/*
 * Craniovertebral-angle photo tool. Markup: templates/self-tests/test.html ([data-cva-tool]).
 * The photo is drawn on a canvas from a local object URL and never leaves the device.
 * The person marks C7, then the tragus; the tool draws the horizontal through C7 and the line to
 * the tragus and fills the target field with the angle (one decimal; the average when several
 * photos are measured). Keyboard: Enter/Space places the next point at the centre, arrow keys
 * nudge the last point (Shift = 10 px), Backspace undoes.
 */
(function (global) {
  'use strict';

  /**
   * Angle in degrees (0-90, one decimal) between the horizontal through C7 and the line from C7
   * to the tragus. Points are {x, y} in image pixels (y grows downwards). Null if they coincide.
   */
  function cvaAngleDeg(c7, tragus) {
    var dx = Math.abs(tragus.x - c7.x);
    var dy = Math.abs(tragus.y - c7.y);
    if (dx === 0 && dy === 0) return null;
    var deg = Math.atan2(dy, dx) * 180 / Math.PI;
    return Math.round(deg * 10) / 10;
  }

  /** Mean of angles, one decimal; null for an empty list. */
  function meanDeg(list) {
    if (!list.length) return null;
    var sum = 0;
    for (var i = 0; i < list.length; i++) sum += list[i];
    return Math.round(sum / list.length * 10) / 10;
  }

  var api = { cvaAngleDeg: cvaAngleDeg, meanDeg: meanDeg };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  global.BackrootCva = api;
  if (typeof document === 'undefined') return;

  var MAX_W = 1200;
  var COLORS = { c7: '#d94f1e', tragus: '#1f6fd1', line: '#ffffff' };

  function setup(root) {
    var canvas = root.querySelector('[data-cva-canvas]');
    var ctx = canvas.getContext('2d');
    var file = root.querySelector('[data-cva-file]');
    var prompt = root.querySelector('[data-cva-prompt]');
    var out = root.querySelector('[data-cva-angle]');
    var avgOut = root.querySelector('[data-cva-average]');
    var field = document.getElementById(root.dataset.target);
    var msg = root.dataset;

    var image = null, objectUrl = null, points = [], saved = [];

    // canvas pixels per CSS pixel, so marks and labels keep the same size on screen
    function scale() { return canvas.clientWidth ? canvas.width / canvas.clientWidth : 1; }

    function draw() {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      if (image) {
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      } else {
        ctx.fillStyle = getComputedStyle(canvas).color || '#555';
        ctx.font = (17 * scale()) + 'px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.globalAlpha = 0.6;
        ctx.fillText('Your photo will appear here', canvas.width / 2, canvas.height / 2);
        ctx.globalAlpha = 1;
      }
      var lw = Math.max(2, 3 * scale());
      if (points.length >= 1) {
        var c7 = points[0];
        // horizontal through C7, dashed
        ctx.save();
        ctx.setLineDash([10 * scale(), 8 * scale()]);
        line(0, c7.y, canvas.width, c7.y, '#000000', lw + 2);
        line(0, c7.y, canvas.width, c7.y, COLORS.line, lw);
        ctx.restore();
      }
      if (points.length === 2) {
        line(points[0].x, points[0].y, points[1].x, points[1].y, '#000000', lw + 2);
        line(points[0].x, points[0].y, points[1].x, points[1].y, COLORS.line, lw);
        arc(points[0], points[1], lw);
      }
      points.forEach(function (p, i) {
        dot(p, i === 0 ? COLORS.c7 : COLORS.tragus, i === 0 ? msg.msgC7Label : msg.msgTragusLabel);
      });
    }

    function line(x1, y1, x2, y2, color, width) {
      ctx.beginPath();
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
    }

    function arc(c7, tragus, lw) {
      var r = 32 * scale();
      var toward = Math.atan2(tragus.y - c7.y, tragus.x - c7.x);
      var horizontal = tragus.x >= c7.x ? 0 : Math.PI;
      ctx.beginPath();
      ctx.strokeStyle = '#ffd23f';
      ctx.lineWidth = lw;
      var a = Math.min(horizontal, toward), b = Math.max(horizontal, toward);
      if (b - a > Math.PI) { var t = a; a = b; b = t + 2 * Math.PI; }
      ctx.arc(c7.x, c7.y, r, a, b);
      ctx.stroke();
    }

    function dot(p, color, label) {
      var r = 8 * scale();
      ctx.beginPath();
      ctx.fillStyle = color;
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = Math.max(2, 3 * scale());
      ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      ctx.font = 'bold ' + (15 * scale()) + 'px system-ui, sans-serif';
      ctx.textAlign = 'left';
      ctx.lineWidth = 4 * scale();
      ctx.strokeStyle = 'rgba(0,0,0,0.7)';
      // C7's label sits below its dot, clear of the angle arc; the tragus label sits above
      var ly = label === msg.msgC7Label ? p.y + r + 16 * scale() : p.y - r;
      ctx.strokeText(label, p.x + r + 4, ly);
      ctx.fillStyle = '#ffffff';
      ctx.fillText(label, p.x + r + 4, ly);
    }

    function update() {
      draw();
      if (points.length === 0) prompt.textContent = image ? msg.msgC7 : msg.msgPhoto;
      else if (points.length === 1) prompt.textContent = msg.msgTragus;
      else prompt.textContent = msg.msgDone;
      prompt.dataset.next = points.length === 0 ? 'c7' : points.length === 1 ? 'tragus' : 'done';

      var angle = points.length === 2 ? cvaAngleDeg(points[0], points[1]) : null;
      out.textContent = angle === null ? '–' : angle.toFixed(1) + '°';
      out.dataset.value = angle === null ? '' : angle.toFixed(1);

      var all = angle === null ? saved.slice() : saved.concat([angle]);
      var avg = meanDeg(all);
      avgOut.textContent = all.length > 1
        ? msg.msgAverage.replace('{0}', all.length).replace('{1}', avg.toFixed(1)) : '';
      if (avg !== null && angle !== null) {
        if (avg < 20 || avg > 80) avgOut.textContent = (avgOut.textContent + ' ' + msg.msgRange).trim();
        if (field) {
          field.value = avg.toFixed(1);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    }

    function place(x, y) {
      var p = { x: clamp(x, 0, canvas.width), y: clamp(y, 0, canvas.height) };
      if (points.length >= 2) points = [points[0]];
      points.push(p);
      update();
    }

    function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }

    canvas.addEventListener('click', function (e) {
      var rect = canvas.getBoundingClientRect();
      var x = (e.clientX - rect.left - canvas.clientLeft) * canvas.width / canvas.clientWidth;
      var y = (e.clientY - rect.top - canvas.clientTop) * canvas.height / canvas.clientHeight;
      place(x, y);
    });

    canvas.addEventListener('keydown', function (e) {
      var step = (e.shiftKey ? 10 : 1) * Math.max(1, Math.round(canvas.width / canvas.clientWidth));
      var last = points[points.length - 1];
      var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        place(canvas.width / 2, canvas.height / 2);
      } else if (moves[e.key] && last) {
        e.preventDefault();
        last.x = clamp(last.x + moves[e.key][0], 0, canvas.width);
        last.y = clamp(last.y + moves[e.key][1], 0, canvas.height);
        update();
      } else if (e.key === 'Backspace' || e.key === 'Delete') {
        e.preventDefault();
        undo();
      }
    });

    function undo() { points.pop(); update(); }

    function resetPoints() { points = []; update(); }

    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f) return;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = URL.createObjectURL(f);
      var img = new Image();
      img.onload = function () {
        var w = Math.min(MAX_W, img.naturalWidth);
        canvas.width = w;
        canvas.height = Math.round(img.naturalHeight * w / img.naturalWidth);
        image = img;
        points = [];
        update();
        canvas.focus({ preventScroll: true });
      };
      img.src = objectUrl;
    });

    root.querySelector('[data-cva-undo]').addEventListener('click', undo);
    root.querySelector('[data-cva-reset]').addEventListener('click', function () {
      saved = [];
      resetPoints();
    });
    root.querySelector('[data-cva-another]').addEventListener('click', function () {
      if (points.length === 2) {
        var a = cvaAngleDeg(points[0], points[1]);
        if (a !== null) saved.push(a);
      }
      image = null;
      file.value = '';
      resetPoints();
      file.focus();
    });
    window.addEventListener('pagehide', function () { if (objectUrl) URL.revokeObjectURL(objectUrl); });

    root.hidden = false;
    update();
  }

  function init() {
    var tools = document.querySelectorAll('[data-cva-tool]');
    for (var i = 0; i < tools.length; i++) setup(tools[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : globalThis);
