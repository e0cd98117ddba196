// Passkeys: "Sign in with this phone's lock". The browser and the device do the WebAuthn work; this site only
// hands out one-time options (a POST to the page's Options handler) and checks what comes back. Nothing here
// talks to any other site.
(function () {
  "use strict";
  var supported = !!(window.PublicKeyCredential && navigator.credentials &&
    typeof navigator.credentials.create === "function" && typeof navigator.credentials.get === "function" &&
    window.AbortController && window.fetch);

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    var binary = atob(base64 + "===".slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes.buffer;
  }

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function withIds(list) {
    return (list || []).map(function (c) { return Object.assign({}, c, { id: toBytes(c.id) }); });
  }

  // Browsers from 2024 on parse the JSON themselves; older ones (Safari 17) need the byte fields decoded here.
  function creationOptions(json) {
    if (typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function") {
      return PublicKeyCredential.parseCreationOptionsFromJSON(json);
    }
    return Object.assign({}, json, {
      challenge: toBytes(json.challenge),
      user: Object.assign({}, json.user, { id: toBytes(json.user.id) }),
      excludeCredentials: withIds(json.excludeCredentials),
    });
  }

  function requestOptions(json) {
    if (typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function") {
      return PublicKeyCredential.parseRequestOptionsFromJSON(json);
    }
    return Object.assign({}, json, { challenge: toBytes(json.challenge), allowCredentials: withIds(json.allowCredentials) });
  }

  function credentialJson(credential) {
    if (typeof credential.toJSON === "function") {
      return JSON.stringify(credential.toJSON());
    }
    var r = credential.response;
    var response = { clientDataJSON: toBase64Url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toBase64Url(r.attestationObject);
      response.transports = typeof r.getTransports === "function" ? r.getTransports() : [];
    } else {
      response.authenticatorData = toBase64Url(r.authenticatorData);
      response.signature = toBase64Url(r.signature);
      response.userHandle = r.userHandle ? toBase64Url(r.userHandle) : null;
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || null,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: response,
    });
  }

  // The page's own form (antiforgery token included) posted to one of its handlers.
  function postTo(form, handler) {
    var url = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    url.searchParams.set("handler", handler);
    return fetch(url.toString(), {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
  }

  function say(element, text) {
    if (!element) { return; }
    element.textContent = text;
    element.hidden = !text;
  }

  // Account → Sign in with this phone's lock: name and password first, then the device makes the passkey.
  var createForm = document.querySelector("form[data-passkey-create]");
  if (createForm) {
    var made = createForm.querySelector("input[name='Input.CredentialJson']");
    var createMessage = document.getElementById("Input_CredentialJson-error");
    if (!supported) {
      createForm.querySelector("[data-passkey-unsupported]").hidden = false;
    }
    createForm.addEventListener("submit", function (event) {
      if (!supported || made.value) { return; } // the server answers a browser that made no passkey
      event.preventDefault();
      var button = createForm.querySelector("button[type=submit]");
      button.disabled = true;
      ["Input_Name-error", "Input_Password-error"].forEach(function (id) { say(document.getElementById(id), ""); });
      say(createMessage, "");
      (async function () {
        var response = await postTo(createForm, "Options");
        if (response.status === 400) {
          var errors = (await response.json()).errors || {};
          Object.keys(errors).forEach(function (name) {
            say(document.getElementById(name.replace(/[^A-Za-z0-9_-]/g, "_") + "-error"), errors[name]);
          });
          var firstWrong = createForm.querySelector("[name='" + Object.keys(errors)[0] + "']");
          if (firstWrong) { firstWrong.focus(); }
          return;
        }
        if (!response.ok) { throw new Error("options " + response.status); }
        var credential = await navigator.credentials.create({ publicKey: creationOptions(await response.json()) });
        made.value = credentialJson(credential);
        createForm.submit();
      })().catch(function () {
        say(createMessage, "This device didn't make a passkey, so nothing has changed. You can try again, or keep signing in with your password.");
      }).finally(function () {
        button.disabled = false;
      });
    });
  }

  // Sign in: a button, and the passkey offered in the email field's suggestions where the browser can.
  var signInForm = document.querySelector("form[data-passkey-signin]");
  if (signInForm && supported) {
    signInForm.hidden = false;
    var answer = signInForm.querySelector("input[name='credentialJson']");
    var signInMessage = signInForm.querySelector("[data-passkey-error]");
    var pending = null;

    var getAndSubmit = async function (conditional) {
      if (pending) { pending.abort(); }
      var controller = new AbortController();
      pending = controller;
      var response = await postTo(signInForm, "PasskeyOptions");
      if (!response.ok) { throw new Error("options " + response.status); }
      var options = requestOptions(await response.json());
      var request = { publicKey: options, signal: controller.signal };
      if (conditional) { request.mediation = "conditional"; }
      var credential = await navigator.credentials.get(request);
      answer.value = credentialJson(credential);
      signInForm.submit();
    };

    signInForm.addEventListener("submit", function (event) {
      if (answer.value) { return; }
      event.preventDefault();
      say(signInMessage, "");
      getAndSubmit(false).catch(function (error) {
        if (error && error.name === "AbortError") { return; }
        say(signInMessage, "No passkey was used. You can try again, or use your email and password.");
      });
    });

    if (typeof PublicKeyCredential.isConditionalMediationAvailable === "function") {
      PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
        if (available) { getAndSubmit(true).catch(function () { /* offered quietly; a refusal needs no message */ }); }
      }).catch(function () { /* not offered */ });
    }
  }
})();
