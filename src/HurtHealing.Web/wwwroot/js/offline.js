// Offline: on signed-in pages, the service worker and its shell (pages that hold no one's words); the log
// form's queue on this device, encrypted with the signed-in person's key; and sending that queue when the
// connection is back. A signed-out page lets the shell and the key go and keeps only the sealed queue,
// which is sent after the person signs in again. Sign-out and quick exit delete everything (app.js).
(function () {
  "use strict";
  var DB = "hh-offline";
  var DRAFT = "hh.incident-draft";
  var meta = document.querySelector("meta[name='hh-offline']");
  var works = !!(meta && window.indexedDB && window.crypto && window.crypto.subtle && window.fetch && window.Promise && window.TextEncoder);
  var signedIn = !!meta && meta.getAttribute("content") === "signed-in";
  var api = { queue: null, forget: forget };
  window.HurtHealingOffline = api;

  // unregister: sign-out and quick exit. A signed-out page only empties the caches: unregistering from there could
  // land after the next signed-in page has registered the worker again.
  function forgetShell(unregister) {
    if (window.caches) {
      caches.keys().then(function (names) { names.forEach(function (name) { caches.delete(name); }); });
    }
    if (unregister && navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
      navigator.serviceWorker.getRegistrations().then(function (list) { list.forEach(function (r) { r.unregister(); }); });
    }
  }

  // everything: sign-out, quick exit (the words go too). Otherwise (idle sign-out): the shell and the key go,
  // the sealed queue stays, unreadable until the person signs in again.
  function forget(everything) {
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    // The worker finishes even if this page is already leaving (quick exit).
    if (worker) { worker.postMessage({ type: "clear", queue: !!everything }); }
    if (everything && window.indexedDB) { indexedDB.deleteDatabase(DB); } else { dropKey(); }
    forgetShell(true);
  }

  if (!works) { return; }

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore("keys");
        request.result.createObjectStore("queue", { keyPath: "id" });
      };
      request.onsuccess = function () {
        var db = request.result;
        db.onversionchange = function () { db.close(); }; // never hold up a deletion
        resolve(db);
      };
      request.onerror = function () { reject(request.error); };
    });
  }
  function dbExists() {
    if (!indexedDB.databases) { return Promise.resolve(true); }
    return indexedDB.databases().then(function (list) {
      return list.some(function (d) { return d.name === DB; });
    }, function () { return true; });
  }
  function run(store, mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var request = work(tx.objectStore(store));
        tx.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }
  function dropKey() {
    if (!window.indexedDB) { return Promise.resolve(); }
    return dbExists().then(function (exists) {
      return exists ? run("keys", "readwrite", function (s) { return s.delete("current"); }) : null;
    }).catch(function () { /* nothing to drop */ });
  }
  function waiting() {
    return dbExists().then(function (exists) {
      return exists ? run("queue", "readonly", function (s) { return s.getAll(); }) : [];
    });
  }

  function bytes(base64url) {
    var text = atob(base64url.replace(/-/g, "+").replace(/_/g, "/"));
    var out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { out[i] = text.charCodeAt(i); }
    return out;
  }

  // The key: given to a signed-in session by the server, imported so script can use it but never read it.
  var SIGNED_OUT = "signed-out";
  function fetchKey() {
    // redirect "manual": signed out, the answer is a redirect to sign-in, which is not followed. Following it would
    // fetch the sign-in page, whose new antiforgery cookie could replace the one of a sign-in page open meanwhile.
    return fetch("/Offline?handler=Key", { credentials: "same-origin", cache: "no-store", redirect: "manual", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok || response.type === "opaqueredirect") { throw new Error(SIGNED_OUT); }
        return response.json();
      }).then(function (given) {
        return crypto.subtle.importKey("raw", bytes(given.key), { name: "AES-GCM" }, false, ["encrypt", "decrypt"])
          .then(function (key) {
            var record = { id: given.id, key: key };
            return run("keys", "readwrite", function (s) { return s.put(record, "current"); }).then(function () { return record; });
          });
      });
  }
  function theKey() {
    return run("keys", "readonly", function (s) { return s.get("current"); }).then(function (record) {
      return record || fetchKey();
    });
  }

  // A queued entry: the form as the log page collects it (incident-draft.js), sealed with AES-GCM; the
  // entry's own idempotency key is bound in as associated data, so a sealed form can't be moved to another entry.
  function seal(record, draft) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var plain = new TextEncoder().encode(JSON.stringify(draft));
    return crypto.subtle.encrypt({ name: "AES-GCM", iv: iv, additionalData: new TextEncoder().encode(draft.key) }, record.key, plain)
      .then(function (sealed) { return { id: draft.key, keyId: record.id, iv: iv, data: sealed, queuedAt: Date.now() }; });
  }
  function unseal(record, entry) {
    return crypto.subtle.decrypt({ name: "AES-GCM", iv: entry.iv, additionalData: new TextEncoder().encode(entry.id) }, record.key, entry.data)
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }

  function countText(n) {
    return n === 1 ? "1 entry is waiting on this device." : n + " entries are waiting on this device.";
  }

  // Saving without a connection: the same key twice (a double tap) is one entry.
  api.queue = function (draft) {
    if (!draft || !draft.key) { return Promise.reject(new Error("no key")); }
    return theKey().then(function (record) { return seal(record, draft); }).then(function (entry) {
      return run("queue", "readwrite", function (s) { return s.put(entry); });
    }).then(waiting).then(function (list) { return list.length; });
  };
  api.countText = countText;

  // One line at the top of the page about what waits on this device.
  function say(text, linkText, href) {
    var main = document.getElementById("main");
    if (!main) { return; }
    var line = document.querySelector("[data-offline-status]");
    if (!line) {
      line = document.createElement("p");
      line.className = "notice offline-status";
      line.setAttribute("role", "status");
      line.setAttribute("data-offline-status", "");
      main.insertBefore(line, main.firstChild);
    }
    line.textContent = text + " ";
    if (linkText) {
      var link = document.createElement("a");
      link.href = href;
      link.textContent = linkText;
      line.appendChild(link);
    }
    line.hidden = false;
  }

  function freshToken() {
    return fetch("/Incidents/Log", { credentials: "same-origin", cache: "no-store", redirect: "manual" }).then(function (response) {
      if (!response.ok || response.type === "opaqueredirect") { throw new Error(SIGNED_OUT); }
      return response.text();
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var input = page.querySelector("form[data-draft-form] input[name='__RequestVerificationToken']");
      if (!input) { throw new Error(SIGNED_OUT); }
      return input.value;
    });
  }

  function body(draft, token) {
    var form = new URLSearchParams();
    Object.keys(draft.fields || {}).forEach(function (name) { form.append(name, draft.fields[name]); });
    (draft.checked || []).forEach(function (pair) {
      var at = pair.indexOf("=");
      form.append(pair.slice(0, at), pair.slice(at + 1));
    });
    form.set("Input.IdempotencyKey", draft.key);
    form.set("__RequestVerificationToken", token);
    return form;
  }

  function remove(id) { return run("queue", "readwrite", function (s) { return s.delete(id); }); }

  // "sent", "look" (the server asked for a change: back in the form as a draft), "other" (another account's) or "later".
  function sendOne(record, token, entry) {
    if (entry.keyId !== record.id) { return Promise.resolve("other"); }
    return unseal(record, entry).then(function (draft) {
      return fetch("/Incidents/Log", { method: "POST", body: body(draft, token), credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          var saved = new URL(response.url).searchParams.get("saved");
          if (response.ok && saved && saved.toLowerCase() === entry.id.toLowerCase()) {
            return remove(entry.id).then(function () { return "sent"; });
          }
          if (response.redirected && new URL(response.url).pathname.toLowerCase().indexOf("/account/login") === 0) {
            throw new Error(SIGNED_OUT);
          }
          if (response.status === 400) {
            var store = null;
            try { store = window.localStorage; } catch (e) { /* storage disabled */ }
            if (store && !store.getItem(DRAFT)) {
              store.setItem(DRAFT, JSON.stringify(draft));
              return remove(entry.id).then(function () { return "look"; });
            }
          }
          return "later";
        });
    });
  }

  var sending = null;
  function send() {
    if (sending || navigator.onLine === false) { return sending; }
    sending = waiting().then(function (list) {
      if (!list.length) { return null; }
      if (!signedIn) { throw new Error(SIGNED_OUT); }
      return Promise.all([theKey(), freshToken()]).then(function (both) {
        var results = [];
        // One at a time, oldest first, so they arrive in the order they were written.
        list.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
        return list.reduce(function (chain, entry) {
          return chain.then(function () {
            return sendOne(both[0], both[1], entry).then(function (r) { results.push(r); });
          });
        }, Promise.resolve()).then(function () { return results; });
      });
    }).then(function (results) {
      if (!results) { return; }
      var sent = results.filter(function (r) { return r === "sent"; }).length;
      var look = results.indexOf("look") >= 0;
      var queued = document.querySelector("[data-queued-notice]");
      if (queued && sent) { queued.hidden = true; }
      if (look) {
        say("Something you wrote offline needs a small change before it can be saved.", "Open it", "/Incidents/Log");
      } else if (sent) {
        say(sent === 1 ? "What you wrote offline has been saved." : "The " + sent + " entries you wrote offline have been saved.", "See them", "/Incidents");
      }
    }).catch(function (error) {
      if (error && error.message === SIGNED_OUT) {
        return waiting().then(function (list) {
          if (!list.length) { return; }
          var onSignIn = location.pathname.toLowerCase().indexOf("/account/login") === 0;
          say(countText(list.length).replace("waiting on this device.", "waiting on this device, encrypted.") +
            (onSignIn ? " They will be sent once you sign in." : " Sign in to send them."),
            onSignIn ? null : "Sign in", "/Account/Login?returnUrl=%2FIncidents");
        });
      }
      return null; // no connection after all: tried again when it is back
    }).then(function () { sending = null; }, function () { sending = null; });
    return sending;
  }
  api.send = send;

  // A short, stable name for this mode and version of the shell, from the files every page shares.
  function shellId() {
    var parts = [];
    Array.prototype.forEach.call(document.querySelectorAll("link[rel=stylesheet], link[rel=manifest], script[src*='/js/app.js'], script[src*='/js/offline.js']"), function (el) {
      parts.push(el.getAttribute("href") || el.getAttribute("src"));
    });
    var text = parts.join("|");
    var hash = 5381;
    for (var i = 0; i < text.length; i++) { hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0; }
    return (meta.getAttribute("data-shell") === "plain" ? "plain" : "app") + "-" + hash.toString(36);
  }

  function keepShell() {
    if (!navigator.serviceWorker || document.documentElement.hasAttribute("data-leaving")) { return; }
    var id = shellId();
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (registration.active && !document.documentElement.hasAttribute("data-leaving")) {
        // The worker answers once this page's shell is complete: the page is then ready to be opened offline.
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          if (event.data && event.data.shell === "ready") { document.documentElement.setAttribute("data-offline-ready", ""); }
        };
        registration.active.postMessage({ type: "shell", id: id }, [channel.port2]);
      }
    }).catch(function () { /* no worker (private window, old browser): the app works online as before */ });
  }

  // After the page has loaded, so none of this competes with what the person came for.
  function start() {
    if (signedIn) {
      if (navigator.onLine !== false) {
        keepShell();
        // The key is needed offline, so it is fetched while there is a connection.
        theKey().catch(function () { /* tried again on the next page */ });
      }
    } else {
      dropKey();
      forgetShell(false);
    }
    var queued = document.querySelector("[data-queued-notice]");
    if (queued && navigator.onLine === false) {
      waiting().then(function (list) {
        if (!list.length) { return; }
        queued.querySelector("[data-queued-count]").textContent = "Not sent yet: " + countText(list.length);
        queued.hidden = false;
      }).catch(function () { /* nothing waiting */ });
    }
    send();
    window.addEventListener("online", send);
  }
  if (document.readyState === "complete") { start(); } else { window.addEventListener("load", start); }
})();
