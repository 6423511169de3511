/* Insights charts. Reads the page's <script type="application/json" id="insights-chart-data"> block and draws
   each <canvas data-chart="id"> with Chart.js (webjar). Without JavaScript the canvases stay hidden and the
   text summaries and tables beside them carry the same numbers.

   Honest visuals: every y axis starts at zero, 0-10 scales end at 10, axes are titled with their unit, flares
   are marked with triangles and plan phase changes with dashed vertical lines, both in the legend. */
(function () {
  'use strict';

  if (typeof document === 'undefined') return;
  var source = document.getElementById('insights-chart-data');
  if (!source || typeof window.Chart === 'undefined') return;
  var data;
  try {
    data = JSON.parse(source.textContent);
  } catch (e) {
    return;
  }
  var specs = data.charts || {};
  var text = data.text || {};

  var style = getComputedStyle(document.documentElement);
  function token(name, fallback) {
    var v = style.getPropertyValue(name).trim();
    return v || fallback;
  }
  var colors = {
    text: token('--c-text', '#1e2a2d'),
    muted: token('--c-muted', '#545f63'),
    grid: token('--c-border', '#d9d0c3'),
    primary: token('--c-primary', '#0d5c58'),
    flare: token('--c-urgent', '#a3201b'),
    phase: token('--c-see-doctor-edge', '#c98a12')
  };
  var palette = [colors.primary, '#b5651d', '#6a4c93', '#2e6b3f', '#a3201b', '#1f5fbf'];
  var pointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];
  var dashes = [[], [6, 3], [2, 3], [10, 4], [4, 2, 1, 2], [1, 2]];
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var lang = document.documentElement.lang || 'en';
  var dayMonth = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  var dayMonthYear = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  /** "2026-03-14" → "14 Mar" (or with the year). */
  function dateLabel(iso, withYear) {
    var p = String(iso).split('-');
    if (p.length !== 3) return iso;
    var d = new Date(Date.UTC(+p[0], +p[1] - 1, +p[2]));
    return (withYear ? dayMonthYear : dayMonth).format(d);
  }

  /** Draws a dashed vertical line at each plan phase change. */
  var phaseLines = {
    id: 'backrootPhaseLines',
    afterDatasetsDraw: function (chart, args, options) {
      var indexes = (options && options.indexes) || [];
      if (!indexes.length) return;
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = options.color;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      indexes.forEach(function (i) {
        var px = x.getPixelForValue(i);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
      });
      ctx.restore();
    }
  };

  function datasets(spec) {
    var many = spec.lines.length > 1;
    var sets = spec.lines.map(function (line, i) {
      var color = palette[i % palette.length];
      return {
        label: line.label,
        data: line.values,
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2,
        borderDash: many ? dashes[i % dashes.length] : [],
        pointStyle: many ? pointStyles[i % pointStyles.length] : 'circle',
        pointRadius: spec.daily && spec.labels.length > 40 ? 1.5 : 3,
        pointHoverRadius: 5,
        spanGaps: !spec.daily,
        tension: 0
      };
    });
    var markers = spec.markers || [];
    var flares = markers.filter(function (m) { return m.kind === 'flare'; });
    if (flares.length && spec.lines.length) {
      var values = spec.lines[0].values;
      var flareData = spec.labels.map(function () { return null; });
      flares.forEach(function (m) {
        var v = values[m.index];
        flareData[m.index] = v === null || v === undefined ? 0 : v;
      });
      sets.push({
        label: text.flare || 'Flare',
        data: flareData,
        showLine: false,
        pointStyle: 'triangle',
        pointRadius: 7,
        pointHoverRadius: 8,
        borderColor: colors.flare,
        backgroundColor: colors.flare
      });
    }
    if (markers.some(function (m) { return m.kind === 'phase'; })) {
      sets.push({
        label: text.phase || 'Plan phase change',
        data: [],
        borderColor: colors.phase,
        backgroundColor: 'transparent',
        borderDash: [6, 4],
        borderWidth: 2,
        pointStyle: 'line',
        pointRadius: 0
      });
    }
    return sets;
  }

  function draw(canvas) {
    var spec = specs[canvas.getAttribute('data-chart')];
    if (!spec) return;
    var wrap = canvas.closest('[data-chart-wrap]');
    if (wrap) wrap.hidden = false;
    var withYear = !spec.daily;
    var phaseIndexes = (spec.markers || []).filter(function (m) { return m.kind === 'phase'; }).map(function (m) { return m.index; });
    var sets = datasets(spec);
    var chart = new window.Chart(canvas, {
      type: 'line',
      data: { labels: spec.labels.map(function (l) { return dateLabel(l, withYear); }), datasets: sets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            ticks: { color: colors.muted, autoSkip: true, maxTicksLimit: canvas.clientWidth < 420 ? 5 : 8, maxRotation: 0 },
            grid: { display: false }
          },
          y: {
            beginAtZero: true,
            min: 0,
            max: spec.max === null || spec.max === undefined ? undefined : spec.max,
            ticks: { color: colors.muted, precision: 0 },
            grid: { color: colors.grid },
            title: { display: true, text: spec.axisTitle, color: colors.text }
          }
        },
        plugins: {
          legend: {
            display: sets.length > 1,
            position: 'bottom',
            labels: { color: colors.text, usePointStyle: true, boxWidth: 10 }
          },
          backrootPhaseLines: { indexes: phaseIndexes, color: colors.phase }
        }
      },
      plugins: [phaseLines]
    });
    canvas.setAttribute('data-rendered', 'true');
    return chart;
  }

  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
})();
