// WhatsApp Embedded Signup (v4) on the channels page: FB.login with the platform's
// configuration returns a code (valid 30 s); Meta's WA_EMBEDDED_SIGNUP message names the
// WABA and phone number the shop chose and how the signup ended (its event: FINISH, or
// FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING for a number kept in the WhatsApp Business app,
// FINISH_ONLY_WABA without a number). All go to the server, which exchanges and saves; when
// it registered the number with a PIN it chose, the PIN is shown before leaving the page.
(function () {
  "use strict";
  var box = document.getElementById("wa-signup");
  if (!box) return;
  var code = null;
  var chosen = null;
  var ended = "";

  function init() {
    FB.init({ appId: box.dataset.appId, autoLogAppEvents: true, xfbml: true, version: box.dataset.version });
  }
  // the SDK loads async: it calls fbAsyncInit when it comes after this script, or is there already
  if (typeof FB !== "undefined") init();
  else window.fbAsyncInit = init;

  function show(text) {
    var status = document.getElementById(box.dataset.status);
    if (!status) return null;
    status.textContent = text;
    status.hidden = false;
    return status;
  }

  // the number's new two-step verification PIN, once: the shop continues when it is noted
  function showPin(pin, target) {
    var status = show(box.dataset.pin.replace("{pin}", pin));
    if (!status) { window.location.assign(target); return; }
    status.setAttribute("role", "status");
    status.className = "notice pin-notice";
    var next = document.createElement("a");
    next.className = "btn btn-primary";
    next.href = target;
    next.textContent = box.dataset.pinContinue;
    status.appendChild(document.createTextNode(" "));
    status.appendChild(next);
  }

  function fromFacebook(origin) {
    try {
      var url = new URL(origin);
      return url.protocol === "https:" && (url.hostname === "facebook.com" || url.hostname.endsWith(".facebook.com"));
    } catch (e) {
      return false;
    }
  }

  function finish() {
    if (!code || !chosen) return; // wait for both the code and the session message
    var body = {
      code: code,
      waba_id: chosen.waba_id || "",
      phone_number_id: chosen.phone_number_id || "",
      event: ended,
    };
    code = null;
    fetch(box.dataset.endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-csrftoken": box.dataset.csrf },
      body: JSON.stringify(body),
    })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (answer) {
          if (r.ok && answer.redirect && answer.pin) showPin(String(answer.pin), answer.redirect);
          else if (r.ok && answer.redirect) window.location.assign(answer.redirect);
          else show((answer && answer.detail) || box.dataset.failed);
        });
      })
      .catch(function () { show(box.dataset.failed); });
  }

  window.addEventListener("message", function (event) {
    if (!fromFacebook(event.origin)) return;
    var data;
    try { data = JSON.parse(event.data); } catch (e) { return; }
    if (!data || data.type !== "WA_EMBEDDED_SIGNUP") return;
    if (data.event === "CANCEL") { show(box.dataset.cancelled); return; }
    if (typeof data.event === "string" && data.event.indexOf("FINISH") === 0) {
      chosen = data.data || {};
      ended = data.event;
      finish();
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-signup='whatsapp']");
    if (!button) return;
    if (typeof FB === "undefined") { show(box.dataset.unavailable); return; }
    FB.login(function (response) {
      if (response.authResponse && response.authResponse.code) {
        code = response.authResponse.code;
        finish();
      } else {
        show(box.dataset.cancelled);
      }
    }, {
      config_id: box.dataset.configId,
      response_type: "code",
      override_default_response_type: true,
      extras: { setup: {} },
    });
  });
})();
