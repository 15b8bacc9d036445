"use strict";
// Filters and keyboard navigation. Without this script every finding shows.
(function () {
  var root = document.documentElement;
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var controls = document.getElementById("controls");
  var shown = document.getElementById("shown");
  var boxes = Array.prototype.slice.call(controls.querySelectorAll("input[type=checkbox]"));
  function checked(name) {
    return boxes.filter(function (b) { return b.name === name && b.checked; }).map(function (b) { return b.value; });
  }
  function apply() {
    var severities = checked("severity"), codes = checked("code"), count = 0;
    findings.forEach(function (f) {
      f.hidden = severities.indexOf(f.dataset.severity) < 0 || codes.indexOf(f.dataset.code) < 0;
      if (!f.hidden) count++;
    });
    document.querySelectorAll(".story, .subject").forEach(function (s) {
      s.hidden = !s.querySelector("article.finding:not([hidden])");
    });
    shown.textContent = count + " of " + findings.length + " findings shown";
  }
  function visible() {
    return findings.filter(function (f) { return !f.hidden; });
  }
  function move(step) {
    var list = visible();
    if (!list.length) return;
    var current = document.activeElement && document.activeElement.closest ? document.activeElement.closest("article.finding") : null;
    var i = list.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + step));
    list[i].focus();
    list[i].scrollIntoView({ block: "start" });
  }
  controls.addEventListener("change", apply);
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable) return;
    if (/^(TEXTAREA|SELECT)$/.test(t.tagName) || (t.tagName === "INPUT" && t.type !== "checkbox")) return;
    var step = { j: 1, n: 1, k: -1, p: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    move(step);
  });
  controls.hidden = false;
  apply();
  root.dataset.factdiff = "ready";
})();
