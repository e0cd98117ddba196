// Feeling window: a quiet countdown once minutes are chosen. The entry saves the same way with or without it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-feeling-window-form]");
  if (!form) { return; }
  var status = form.querySelector("[data-window-status]");
  var done = form.querySelector("[data-window-done]");
  var timer;

  function start(minutes) {
    window.clearInterval(timer);
    done.hidden = true;
    if (!minutes) { status.hidden = true; return; }
    var endsAt = Date.now() + minutes * 60000;
    var tick = function () {
      var left = Math.ceil((endsAt - Date.now()) / 60000);
      if (left <= 0) {
        window.clearInterval(timer);
        status.hidden = true;
        done.hidden = false;
        return;
      }
      status.textContent = left === 1 ? "About a minute left. No rush." : left + " minutes left.";
      status.hidden = false;
    };
    tick();
    timer = window.setInterval(tick, 15000);
  }

  Array.prototype.forEach.call(form.querySelectorAll("input[name='Input.FeelingWindowMinutes']"), function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) { start(parseInt(radio.value, 10) || 0); } });
  });
})();
