// Draws every chart of the page as SVG from the embedded JSON (no libraries, no network).
// Each chart element gets data-marks = the number of bars drawn, or data-error when it failed.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = ["#3182ce", "#dd6b20", "#c53030", "#38a169", "#805ad5"];
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function svg(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function text(parent, x, y, s, anchor) {
    var t = svg("text", { x: x, y: y, "text-anchor": anchor || "start" }, parent);
    t.textContent = s;
    return t;
  }

  function fmt(v) {
    if (v >= 1e9) return (v / 1e9).toFixed(2) + "G";
    if (v >= 1e6) return (v / 1e6).toFixed(2) + "M";
    if (v >= 1e4) return (v / 1e3).toFixed(1) + "k";
    return String(Math.round(v * 1000) / 1000);
  }

  function sum(values) {
    var s = 0;
    for (var i = 0; i < values.length; i++) s += values[i];
    return s;
  }

  function maxTotal(items) {
    var m = 0;
    for (var i = 0; i < items.length; i++) m = Math.max(m, sum(items[i].values));
    return m || 1;
  }

  function legend(fig, series) {
    if (series.length < 2) return;
    var div = document.createElement("div");
    div.className = "legend";
    for (var i = 0; i < series.length; i++) {
      var span = document.createElement("span");
      var box = document.createElement("i");
      box.style.background = COLORS[i % COLORS.length];
      span.appendChild(box);
      span.appendChild(document.createTextNode(series[i]));
      div.appendChild(span);
    }
    fig.appendChild(div);
  }

  function bar(parent, x, y, w, h, i, title) {
    var r = svg("rect", { x: x, y: y, width: Math.max(w, 0), height: Math.max(h, 0), fill: COLORS[i % COLORS.length] }, parent);
    svg("title", {}, r).textContent = title;
    return r;
  }

  // Categories: one horizontal stacked bar per item, label left, total right.
  function hbar(fig, c) {
    var labelW = 0;
    for (var i = 0; i < c.items.length; i++) labelW = Math.max(labelW, c.items[i].label.length);
    labelW = Math.min(260, 12 + labelW * 6.5);
    var rowH = 20, width = 900, plotW = width - labelW - 90, max = maxTotal(c.items);
    var root = svg("svg", { width: width, height: c.items.length * rowH + 10, role: "img" }, fig);
    var marks = 0;
    for (var j = 0; j < c.items.length; j++) {
      var it = c.items[j], y = 5 + j * rowH, x = labelW;
      text(root, labelW - 6, y + 13, it.label, "end");
      for (var s = 0; s < it.values.length; s++) {
        var w = plotW * it.values[s] / max;
        if (it.values[s] > 0) {
          bar(root, x, y + 2, Math.max(w, 1), rowH - 5, s, it.label + ": " + c.series[s] + " " + it.values[s].toLocaleString("en"));
          marks++;
        }
        x += w;
      }
      text(root, x + 5, y + 13, fmt(sum(it.values)));
    }
    svg("line", { x1: labelW, x2: labelW, y1: 0, y2: c.items.length * rowH + 8, "class": "axis" }, root);
    legend(fig, c.series);
    return marks;
  }

  // Bins or ordered categories: vertical stacked columns, labels below.
  function columns(fig, c) {
    var width = 900, height = 240, left = 50, bottom = 40, top = 18;
    var n = c.items.length, max = maxTotal(c.items);
    var colW = (width - left - 10) / Math.max(n, 1), plotH = height - bottom - top;
    var root = svg("svg", { width: width, height: height, role: "img" }, fig);
    svg("line", { x1: left, x2: width - 10, y1: top + plotH, y2: top + plotH, "class": "axis" }, root);
    svg("line", { x1: left, x2: left, y1: top, y2: top + plotH, "class": "axis" }, root);
    text(root, left - 4, top + 8, fmt(max), "end");
    text(root, left - 4, top + plotH, "0", "end");
    var every = Math.max(1, Math.ceil(n / 16));
    var marks = 0;
    for (var j = 0; j < n; j++) {
      var it = c.items[j], x = left + j * colW, y = top + plotH;
      for (var s = 0; s < it.values.length; s++) {
        var h = plotH * it.values[s] / max;
        if (it.values[s] > 0) {
          bar(root, x + 1, y - Math.max(h, 1), Math.max(colW - 2, 1), Math.max(h, 1), s,
              it.label + ": " + c.series[s] + " " + it.values[s].toLocaleString("en"));
          marks++;
        }
        y -= h;
      }
      if (n <= 24 && sum(it.values) > 0) text(root, x + colW / 2, Math.min(y, top + plotH - 1) - 3, fmt(sum(it.values)), "middle");
      if (j % every === 0) text(root, x + colW / 2, top + plotH + 14, it.label, "middle");
    }
    text(root, left + (width - left) / 2, height - 4, c.axis + " per bar; hover a bar for its count", "middle");
    legend(fig, c.series);
    return marks;
  }

  var kinds = { hbar: hbar, columns: columns };
  for (var i = 0; i < data.charts.length; i++) {
    var c = data.charts[i];
    var fig = document.getElementById("chart-" + c.id);
    if (!fig) continue;
    try {
      fig.setAttribute("data-marks", String(kinds[c.kind](fig, c)));
    } catch (e) {
      fig.setAttribute("data-marks", "0");
      fig.setAttribute("data-error", String(e));
    }
  }
})();
