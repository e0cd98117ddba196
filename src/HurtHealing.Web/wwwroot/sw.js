// HurtHealing service worker: lets the log form open and save without a connection.
// It keeps ONLY what holds no one's words: three pages it fetches itself (the "no connection" page, the log
// form's empty template and the help page), and the styles, scripts and icons those pages use. A page a
// person visits is never put in a cache: every page answer goes straight from the network to the page.
"use strict";

var SHELL = "hh-shell-";
var DONE = "/__hh-shell-complete";
var QUEUE_DB = "hh-offline";
// The allow-list: the only pages this worker ever keeps, and which offline navigation each one answers.
var PAGES = [
  { url: "/Offline", answers: function () { return true; } },
  { url: "/Incidents/Log?handler=Template", answers: function (path) { return path === "/incidents/log"; } },
  { url: "/Safety", answers: function (path) { return path === "/safety"; } }
];
var ASSET = /(?:src|href)="(\/(?:css|js|icons)\/[^"?#]+(?:\?v=[^"#]*)?|\/favicon[^"?#]*(?:\?v=[^"#]*)?|\/manifest[^"?#]*(?:\?v=[^"#]*)?)"/g;
var TOKEN = /(<input[^>]*name="__RequestVerificationToken"[^>]*value=")[^"]*(")/g;

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(Promise.all([
    self.clients.claim(),
    self.registration.navigationPreload ? self.registration.navigationPreload.enable() : null
  ]));
});

function shellCaches() {
  return caches.keys().then(function (names) {
    return names.filter(function (name) { return name.indexOf(SHELL) === 0; });
  });
}

function clearCaches() {
  return caches.keys().then(function (names) {
    return Promise.all(names.map(function (name) { return caches.delete(name); }));
  });
}

function deleteQueue() {
  return new Promise(function (resolve) {
    var request = indexedDB.deleteDatabase(QUEUE_DB);
    request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
  });
}

// One page of the allow-list, kept only if the server marks it as holding no one's words. Antiforgery
// tokens are blanked: the page asks for a fresh one when it sends anything.
function keepPage(cache, url) {
  return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
    if (!response.ok || response.redirected || response.type !== "basic") { throw new Error("not kept: " + url); }
    return response.text().then(function (html) {
      if (html.indexOf('<meta name="hh-offline-shell" content="no-personal-text"') < 0) { throw new Error("not marked: " + url); }
      var headers = new Headers(response.headers);
      return cache.put(url, new Response(html.replace(TOKEN, "$1$2"), { status: 200, headers: headers })).then(function () {
        var assets = [];
        html.replace(ASSET, function (all, path) { assets.push(path.replace(/&amp;/g, "&")); return all; });
        return assets;
      });
    });
  });
}

function keepAsset(cache, url) {
  return fetch(url, { credentials: "same-origin" }).then(function (response) {
    if (!response.ok || response.type !== "basic") { throw new Error("not kept: " + url); }
    return cache.put(url, response);
  });
}

// Fills the shell for one mode and version ("id"); a shell is used only once every part of it is in.
var filling = null;
function fillShell(id) {
  var name = SHELL + id;
  if (filling && filling.name === name) { return filling.promise; }
  var promise = caches.open(name).then(function (cache) {
    return cache.match(DONE).then(function (done) {
      if (done) { return null; }
      return Promise.all(PAGES.map(function (page) { return keepPage(cache, page.url); })).then(function (lists) {
        var seen = {};
        var assets = ["/icons/app-any-192.png", "/icons/plain-any-192.png"];
        lists.forEach(function (list) { assets = assets.concat(list); });
        assets = assets.filter(function (url) { if (seen[url]) { return false; } seen[url] = true; return true; });
        return Promise.all(assets.map(function (url) { return keepAsset(cache, url); }));
      }).then(function () {
        return cache.put(DONE, new Response("", { status: 200 }));
      });
    });
  }).then(function () {
    // Only one shell at a time: the other mode's or an older version's goes.
    return shellCaches().then(function (names) {
      return Promise.all(names.filter(function (other) { return other !== name; }).map(function (other) { return caches.delete(other); }));
    });
  }, function (error) {
    return caches.delete(name).then(function () { throw error; });
  });
  filling = { name: name, promise: promise };
  promise.then(function () { filling = null; }, function () { filling = null; });
  return promise;
}

function completeShell() {
  return shellCaches().then(function (names) {
    return names.reduce(function (found, name) {
      return found.then(function (cache) {
        if (cache) { return cache; }
        return caches.open(name).then(function (candidate) {
          return candidate.match(DONE).then(function (done) { return done ? candidate : null; });
        });
      });
    }, Promise.resolve(null));
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "shell" && typeof data.id === "string" && /^[a-z0-9-]{1,80}$/.test(data.id)) {
    var reply = event.ports && event.ports[0];
    event.waitUntil(fillShell(data.id).then(function () {
      if (reply) { reply.postMessage({ shell: "ready" }); }
    }, function () {
      if (reply) { reply.postMessage({ shell: "not-ready" }); } // offline or signed out: tried again on the next page
    }));
  } else if (data.type === "clear") {
    // Sign-out and quick exit: the page may already be gone, so this worker finishes the job itself.
    event.waitUntil(Promise.all([clearCaches(), data.queue ? deleteQueue() : null]).then(function () {
      return self.registration.unregister();
    }));
  }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }

  if (request.mode === "navigate") {
    // Pages always come from the network and are never stored; only without a connection does a kept page answer.
    event.respondWith(Promise.resolve(event.preloadResponse).then(function (preloaded) {
      return preloaded || fetch(request);
    }).catch(function () {
      return offlineAnswer(url.pathname.toLowerCase());
    }));
    return;
  }

  if (!/^\/(?:css|js|icons)\/|^\/favicon|^\/manifest/.test(url.pathname)) { return; }
  event.respondWith(completeShell().then(function (cache) {
    return (cache ? cache.match(request) : Promise.resolve(null)).then(function (kept) {
      return kept || fetch(request);
    });
  }));
});

function offlineAnswer(path) {
  return completeShell().then(function (cache) {
    if (!cache) { return Response.error(); }
    var page = PAGES.filter(function (candidate, index) { return index > 0 && candidate.answers(path); })[0] || PAGES[0];
    return cache.match(page.url).then(function (kept) { return kept || Response.error(); });
  });
}
