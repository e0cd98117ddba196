// Healing pages: slider values beside their sliders, and chart points that show their value when tapped or focused.
(function () {
  "use strict";
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  each(document.querySelectorAll("[data-range-output]"), function (output) {
    var range = document.getElementById(output.getAttribute("data-range-output"));
    if (!range) { return; }
    var show = function () { output.textContent = range.value; };
    range.addEventListener("input", show);
    show();
  });

  each(document.querySelectorAll("[data-chart]"), function (chart) {
    var readout = chart.querySelector("[data-chart-readout]");
    if (!readout) { return; }
    each(chart.querySelectorAll("[data-value]"), function (point) {
      var show = function () {
        each(chart.querySelectorAll(".chosen"), function (p) { p.classList.remove("chosen"); });
        point.classList.add("chosen");
        readout.textContent = point.getAttribute("data-value");
      };
      point.addEventListener("focus", show);
      point.addEventListener("click", function () { point.focus(); show(); });
    });
  });
})();
