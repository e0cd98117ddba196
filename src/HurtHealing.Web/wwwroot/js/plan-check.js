// The accusation check as the person types: the parts go to the page's Check handler, which runs the same
// C# rules as a save and answers with the findings partial. Without this script, saving shows the same findings.
(function () {
  "use strict";
  var form = document.querySelector("form[data-plan-check]");
  if (!form) { return; }
  var live = form.querySelector("[data-check-live]");
  var fields = ["Input.When", "Input.Felt", "Input.BecauseINeed", "Input.WouldYou"].map(function (name) {
    return form.elements.namedItem(name);
  });
  var url = form.action + (form.action.indexOf("?") < 0 ? "?" : "&") + "handler=Check";
  var timer, sent = 0;

  function check() {
    var ticket = ++sent;
    var body = new URLSearchParams(new FormData(form));
    fetch(url, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        // Only the answer to the latest text counts; a slower earlier answer is dropped.
        if (html === null || ticket !== sent) { return; }
        live.innerHTML = html;
      })
      .catch(function () { /* Offline or busy: saving still runs the check. */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  }

  fields.forEach(function (field) { if (field) { field.addEventListener("input", schedule); } });

  var undo = form.querySelector("[data-rewrite-undo]");
  var before = null;

  function hideUndo() {
    before = null;
    if (undo) { undo.hidden = true; }
  }

  fields.forEach(function (field) { if (field) { field.addEventListener("input", hideUndo); } });

  // One rewrite for the whole statement: only the parts it changed carry a value, the rest stay as typed.
  live.addEventListener("click", function (event) {
    var button = event.target.closest("[data-use-rewrite]");
    if (!button) { return; }
    var values = [button.dataset.when, button.dataset.felt, button.dataset.need, button.dataset.request];
    var changed = (button.dataset.changed || "").split(" ");
    var names = ["when", "felt", "need", "request"];
    before = fields.map(function (field) { return field ? field.value : ""; });
    var first = null;
    fields.forEach(function (field, i) {
      if (field && changed.indexOf(names[i]) >= 0) {
        field.value = values[i] || "";
        first = first || field;
      }
    });
    check();
    if (undo) { undo.hidden = false; }
    // A placeholder such as "[say when]" is what the person fills next: select it so typing replaces it.
    var withPlaceholder = fields.filter(function (field, i) {
      return field && changed.indexOf(names[i]) >= 0 && field.value.indexOf("[") >= 0;
    })[0];
    if (withPlaceholder) {
      var start = withPlaceholder.value.indexOf("[");
      var end = withPlaceholder.value.indexOf("]", start);
      withPlaceholder.focus();
      withPlaceholder.setSelectionRange(start, end < 0 ? withPlaceholder.value.length : end + 1);
    } else if (undo) {
      undo.querySelector("button").focus();
    } else if (first) { first.focus(); }
  });

  if (undo) {
    undo.querySelector("button").addEventListener("click", function () {
      if (!before) { return; }
      var saved = before;
      fields.forEach(function (field, i) { if (field) { field.value = saved[i]; } });
      hideUndo();
      check();
      if (fields[0]) { fields[0].focus(); }
    });
  }

  if (fields.some(function (field) { return field && field.value.trim() !== ""; })) { check(); }
})();
