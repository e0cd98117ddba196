// Incident pages: number read-outs beside sliders, the time zone from the browser, and a draft of the
// log form kept on this device until the server confirms it has the incident.
(function () {
  "use strict";
  var DRAFT = "hh.incident-draft";

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // The server has the incident: forget the draft that carried its key.
  var saved = document.querySelector("[data-saved-draft-key]");
  if (saved && store()) {
    try {
      var kept = JSON.parse(store().getItem(DRAFT) || "null");
      if (!kept || kept.key === saved.getAttribute("data-saved-draft-key")) { store().removeItem(DRAFT); }
    } catch (e) { store().removeItem(DRAFT); }
  }

  // Sliders show their number.
  function showValue(range, output) {
    var show = function () { output.textContent = range.value; };
    range.addEventListener("input", show);
    show();
    return show;
  }
  var refreshers = [];
  each(document.querySelectorAll("[data-range-output]"), function (output) {
    var range = document.getElementById(output.getAttribute("data-range-output"));
    if (range) { refreshers.push(showValue(range, output)); }
  });
  each(document.querySelectorAll(".intensity"), function (wrap) {
    var range = wrap.querySelector("input[type=range]");
    var output = wrap.querySelector("output");
    if (range && output) { refreshers.push(showValue(range, output)); }
  });
  function refresh() { refreshers.forEach(function (fn) { fn(); }); }

  // An empty time zone field takes the browser's own zone.
  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* old browser: the server uses the saved zone or UTC */ }
  each(document.querySelectorAll("[data-time-zone]"), function (field) {
    if (field.value || !zone) { return; }
    if (field.tagName === "SELECT") {
      if (Array.prototype.some.call(field.options, function (o) { return o.value === zone; })) { field.value = zone; }
      return;
    }
    field.value = zone;
    var label = document.querySelector("[data-time-zone-label]");
    if (label) { label.textContent = zone; }
  });

  var form = document.querySelector("form[data-draft-form]");
  var storage = store();
  var timer;
  if (!form || !storage) { return; }
  var keyField = form.querySelector("[data-draft-key]");
  var notice = document.querySelector("[data-draft-notice]");

  // The empty form kept for offline use has no key and an old "today": each entry gets its own key here.
  var EMPTY_KEY = /^(0{8}-0{4}-0{4}-0{4}-0{12})?$/;
  function newKey() {
    if (keyField && window.crypto && window.crypto.randomUUID) { keyField.value = window.crypto.randomUUID(); }
  }
  if (keyField && EMPTY_KEY.test(keyField.value)) {
    newKey();
    var now = new Date();
    var today = now.getFullYear() + "-" + ("0" + (now.getMonth() + 1)).slice(-2) + "-" + ("0" + now.getDate()).slice(-2);
    each(form.querySelectorAll("input[type=date][max]"), function (field) { field.max = today; });
  }

  function skip(el) {
    return !el.name || el.name === "__RequestVerificationToken" || el.type === "submit" || el.type === "button";
  }
  function collect() {
    var draft = { key: keyField ? keyField.value : "", fields: {}, checked: [] };
    each(form.elements, function (el) {
      if (skip(el)) { return; }
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) { draft.checked.push(el.name + "=" + el.value); }
        return;
      }
      draft.fields[el.name] = el.value;
    });
    return draft;
  }
  function hasWords(draft) {
    var what = draft.fields["Input.WhatHappened"] || "";
    return what.trim().length > 0 || draft.checked.some(function (c) { return c.indexOf(".Chosen=") > 0; });
  }
  function apply(draft) {
    each(form.elements, function (el) {
      if (skip(el)) { return; }
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = draft.checked.indexOf(el.name + "=" + el.value) >= 0;
      } else if (Object.prototype.hasOwnProperty.call(draft.fields, el.name)) {
        el.value = draft.fields[el.name];
      }
    });
    each(form.querySelectorAll("details"), function (d) {
      if (d.querySelector("input:checked") || Array.prototype.some.call(d.querySelectorAll("input[type=text]"), function (i) { return i.value; })) {
        d.open = true;
      }
    });
    refresh();
  }
  // Quick exit and sign-out clear storage (app.js marks the page as leaving); a pending save must not undo that.
  var leaving = false;
  document.addEventListener("submit", function (event) {
    if (event.target !== form) { leaving = true; window.clearTimeout(timer); }
  }, true);
  function save() {
    if (leaving || document.documentElement.hasAttribute("data-leaving")) { return; }
    var draft = collect();
    try {
      if (hasWords(draft)) { storage.setItem(DRAFT, JSON.stringify(draft)); }
    } catch (e) { /* full or disabled storage: the form still posts */ }
  }

  // A page the server sent back with messages already holds what was posted; keep it as it is.
  var serverAnswered = form.querySelector("[aria-invalid=true], .validation-summary-errors");
  if (!serverAnswered) {
    try {
      var draft = JSON.parse(storage.getItem(DRAFT) || "null");
      if (draft && draft.fields && hasWords(draft)) {
        apply(draft);
        if (notice) { notice.hidden = false; }
      }
    } catch (e) { storage.removeItem(DRAFT); }
  } else {
    save();
  }

  function saveSoon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 250);
  }
  form.addEventListener("input", saveSoon);
  form.addEventListener("change", saveSoon);
  // Saved before the post leaves: if the connection drops, the words are still here.
  form.addEventListener("submit", save);

  // Without a connection the post would end on the browser's error page: stay on the form and say what happened.
  // With the offline queue (offline.js) the entry waits on this device, sealed, and is sent when the connection is back.
  var offline = form.querySelector("[data-offline-notice]");
  var queued = document.querySelector("[data-queued-notice]");
  var what = form.querySelector("textarea[name='Input.WhatHappened']");
  function needWords() {
    var message = document.getElementById("Input_WhatHappened-error") || (what && what.parentNode.querySelector(".field-error"));
    if (message) { message.textContent = "Please write a few words about what happened."; }
    if (what) {
      // Read out with the field, as the server's own message is.
      if (message) {
        if (!message.id) { message.id = "Input_WhatHappened-error"; }
        var described = (what.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (described.indexOf(message.id) < 0) { described.push(message.id); what.setAttribute("aria-describedby", described.join(" ")); }
      }
      what.setAttribute("aria-invalid", "true");
      what.focus();
    }
  }
  function queuedOnDevice(count) {
    storage.removeItem(DRAFT);
    form.reset();
    newKey();
    refresh();
    if (notice) { notice.hidden = true; }
    if (offline) { offline.hidden = true; }
    if (what) {
      what.removeAttribute("aria-invalid");
      var message = document.getElementById("Input_WhatHappened-error");
      if (message) { message.textContent = ""; }
    }
    if (queued) {
      queued.querySelector("[data-queued-count]").textContent = "Not sent yet: " + window.HurtHealingOffline.countText(count);
      queued.hidden = false;
      queued.scrollIntoView({ block: "start" });
    }
  }
  if (offline) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine !== false) { offline.hidden = true; return; }
      event.preventDefault();
      window.clearTimeout(timer);
      save();
      var draft = collect();
      var queue = window.HurtHealingOffline && window.HurtHealingOffline.queue;
      if (!queue || !keyField || EMPTY_KEY.test(keyField.value)) { offline.hidden = false; return; }
      if (!(draft.fields["Input.WhatHappened"] || "").trim()) { needWords(); return; }
      queue(draft).then(queuedOnDevice, function () { offline.hidden = false; });
    });
    window.addEventListener("online", function () { offline.hidden = true; });
  }

  var discard = document.querySelector("[data-draft-discard]");
  if (discard) {
    discard.addEventListener("click", function () {
      storage.removeItem(DRAFT);
      form.reset();
      refresh();
      if (notice) { notice.hidden = true; }
      var first = form.querySelector("textarea");
      if (first) { first.focus(); }
    });
  }
})();
