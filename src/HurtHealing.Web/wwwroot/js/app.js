// HurtHealing shell: quick exit, idle sign-out, no stale pages from the back/forward cache.
(function () {
  "use strict";
  var body = document.body;
  var exitUrl = body.getAttribute("data-quick-exit-url") || "about:blank";
  var form = document.getElementById("quick-exit");

  // keepSealedQueue: idle sign-out keeps entries queued offline (encrypted, their key gone) for the next sign-in.
  function forgetLocalTraces(keepSealedQueue) {
    document.documentElement.setAttribute("data-leaving", ""); // tells page scripts (drafts) not to write again
    try { window.localStorage.clear(); } catch (e) { /* storage may be disabled */ }
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
    // The offline shell, the queue and its key (offline.js; the server also sends Clear-Site-Data).
    if (window.HurtHealingOffline) { window.HurtHealingOffline.forget(keepSealedQueue !== true); }
  }

  function quickExit() {
    forgetLocalTraces();
    if (form && navigator.sendBeacon) {
      // The beacon ends the session on the server even though the page is leaving.
      navigator.sendBeacon(form.action, new FormData(form));
    }
    window.location.replace(exitUrl);
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      if (!navigator.sendBeacon) { return; } // plain form post does the same job
      event.preventDefault();
      quickExit();
    });
  }

  // Signing out ends drafts kept on this device too (the server also sends Clear-Site-Data).
  Array.prototype.forEach.call(document.querySelectorAll("form[action='/Account/Logout']"), function (signOut) {
    signOut.addEventListener("submit", function () { forgetLocalTraces(); });
  });

  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1500) { quickExit(); }
    lastEscape = now;
  });

  // A page restored from the back/forward cache could show private text after sign-out: reload it.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { window.location.reload(); }
  });

  // "Show" beside password fields: easier than typing a long password twice on a phone.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-reveal]"), function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "reveal";
    button.textContent = "Show";
    button.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-label", "Show password");
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? "Hide" : "Show";
      button.setAttribute("aria-pressed", show ? "true" : "false");
    });
    var wrap = document.createElement("div");
    wrap.className = "reveal-wrap";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(button);
  });

  var idleSeconds = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);
  if (idleSeconds > 0) {
    var timer;
    var resetIdle = function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        forgetLocalTraces(true); // drafts kept on the device end with the session
        // Like quick exit: a screen left alone ends on the neutral site, never on a page that names this app.
        var leave = function () { window.location.replace(exitUrl); };
        var signOut = document.getElementById("sign-out");
        if (!signOut || !window.fetch) { leave(); return; } // the server ends an idle session on its own too
        // Signing out is a same-origin POST (the server checks the Origin; the layout's forms carry no token); the page that says so only displays.
        window.fetch(signOut.action, {
          method: "POST", body: new FormData(signOut), credentials: "same-origin", redirect: "manual", keepalive: true
        }).then(leave, leave);
      }, idleSeconds * 1000);
    };
    ["pointerdown", "keydown", "scroll", "touchstart"].forEach(function (name) {
      window.addEventListener(name, resetIdle, { passive: true });
    });
    resetIdle();
  }
})();
