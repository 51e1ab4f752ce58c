"""Connecting a shop's number with WhatsApp Embedded Signup (v4).

The page runs Meta's JS SDK (``FB.login`` with the Embedded Signup configuration); it hands
back a ``code`` (valid 30 seconds) and, in the ``WA_EMBEDDED_SIGNUP`` session message, the
``waba_id`` and ``phone_number_id`` the shop chose. :func:`onboard` then:

1. exchanges the code: ``GET {graph}/oauth/access_token?client_id&client_secret&code`` -> the
   shop's business token;
2. inspects it with ``GET {graph}/debug_token`` (app token ``app_id|app_secret``): it must be
   valid and issued to this app, the WABA the browser named must be among the token's
   ``granular_scopes`` targets (the ids came from the browser: never trust them alone), and
   ``data.user_id`` is recorded as the user the connection was authorised by;
3. reads ``GET {graph}/{phone_number_id}`` with the business token, which fails unless the
   token can reach that number.

The session message's ``event`` says how the signup ended (the page posts it as ``event``):
``FINISH`` (a number set up for Cloud API: the core then subscribes the WABA and registers
the number), ``FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING`` (coexistence: the shop keeps using the
WhatsApp Business app on the number; it is saved with ``coexistence`` on and never registered,
and the platform's app must receive the app's echoes and history, checked with ``GET
{graph}/{app_id}/subscriptions``), ``FINISH_ONLY_WABA`` (no phone number yet: nothing to
connect, the shop is told to add one). Webhook fields are the app's, one set for every
shop: a signup never changes them, it refuses a coexistence number the app cannot hear.
"""

from __future__ import annotations

import re

from core.plugin_api import (
    OAuthAnswer,
    OnboardingApp,
    OnboardingResult,
    json_dict,
    json_list,
    json_str,
    oauth_call,
)

ID_RE = re.compile(r"^[0-9]{1,64}$")
WABA_SCOPES = frozenset({"whatsapp_business_management", "whatsapp_business_messaging"})
COEXISTENCE_EVENT = "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"
ONLY_WABA_EVENT = "FINISH_ONLY_WABA"
# what the WhatsApp Business app's side of a coexistence number arrives on: the owner's own
# replies and the imported chat history (contacts, smb_app_state_sync, are not used)
COEXISTENCE_FIELDS = ("smb_message_echoes", "history")
NO_NUMBER = (
    "your WhatsApp Business Account was set up without a phone number: add a number to it "
    "(run the signup again and choose or add one, or add it in WhatsApp Manager), then "
    "connect again. Nothing was saved."
)


def _failed(step: str, answer: OAuthAnswer) -> OnboardingResult:
    detail = answer.error or "no answer"
    return OnboardingResult(ok=False, error=f"{step}: {detail}", error_code=answer.error_code)


def granted_wabas(data: dict[str, object]) -> set[str] | None:
    """The WABA ids the token's granular scopes name; ``None`` when it lists none."""
    targets: set[str] = set()
    listed = False
    for scope in json_list(data.get("granular_scopes")):
        scope = json_dict(scope)
        if scope.get("scope") in WABA_SCOPES:
            listed = True
            targets.update(json_str(t) for t in json_list(scope.get("target_ids")))
    return targets if listed else None


async def onboard(
    app: OnboardingApp, params: dict[str, str], redirect_uri: str
) -> OnboardingResult:
    code = (params.get("code") or "").strip()
    waba, number = params.get("waba_id", "").strip(), params.get("phone_number_id", "").strip()
    event = params.get("event", "").strip()
    if not code:
        return OnboardingResult(ok=False, error="the signup returned no authorization code")
    if event == ONLY_WABA_EVENT or (ID_RE.match(waba) and not number):
        return OnboardingResult(ok=False, error=NO_NUMBER)
    if not ID_RE.match(waba) or not ID_RE.match(number):
        return OnboardingResult(ok=False, error="the signup returned no WABA or phone number id")
    graph = app.urls["graph"].rstrip("/")
    exchanged = await oauth_call(
        "GET",
        f"{graph}/oauth/access_token",
        params={"client_id": app.client_id, "client_secret": app.client_secret, "code": code},
    )
    token = json_str(exchanged.body.get("access_token")) if exchanged.ok else ""
    if not token:
        return _failed("exchanging the code", exchanged)
    debug = await oauth_call(
        "GET",
        f"{graph}/debug_token",
        params={"input_token": token, "access_token": f"{app.client_id}|{app.client_secret}"},
    )
    data = json_dict(debug.body.get("data")) if debug.ok else {}
    if not data:
        return _failed("checking the token", debug)
    if data.get("is_valid") is not True or json_str(data.get("app_id")) != app.client_id:
        return OnboardingResult(ok=False, error="checking the token: not a valid token of this app")
    wabas = granted_wabas(data)
    if wabas is not None and waba not in wabas:
        return OnboardingResult(
            ok=False, error="the WhatsApp Business Account was not shared with the app"
        )
    phone = await oauth_call(
        "GET",
        f"{graph}/{number}",
        params={"fields": "display_phone_number,verified_name", "access_token": token},
    )
    if not phone.ok:
        return _failed("reading the phone number", phone)
    shared = event == COEXISTENCE_EVENT
    if shared:
        missing = await missing_app_fields(app, graph)
        if missing:
            return OnboardingResult(ok=False, error=missing)
    user = json_str(data.get("user_id"))
    return OnboardingResult(
        ok=True,
        # the platform's app signs this number's webhooks: an own-app secret would not match
        settings={
            "phone_number_id": number,
            "waba_id": waba,
            "access_token": token,
            "app_secret": None,
            "coexistence": shared,
        },
        meta_user_id=user or None,
    )


async def missing_app_fields(app: OnboardingApp, graph: str) -> str | None:
    """Why the platform's app would not hear a coexistence number (its WhatsApp webhook
    fields lack the Business app's echoes or history), or ``None`` when it would."""
    answer = await oauth_call(
        "GET",
        f"{graph}/{app.client_id}/subscriptions",
        params={"access_token": f"{app.client_id}|{app.client_secret}"},
    )
    if not answer.ok:
        return f"checking the app's webhook fields: {answer.error or 'no answer'}"
    fields: set[str] = set()
    for subscription in map(json_dict, json_list(answer.body.get("data"))):
        if subscription.get("object") == "whatsapp_business_account":
            fields.update(
                json_str(json_dict(f).get("name")) for f in json_list(subscription.get("fields"))
            )
    absent = [f for f in COEXISTENCE_FIELDS if f not in fields]
    if not absent:
        return None
    return (
        "this number is shared with the WhatsApp Business app, but the platform's Meta app does "
        f"not receive {' and '.join(absent)} yet, so replies typed in the app would be missed: "
        "the platform's operator must subscribe these WhatsApp webhook fields in the Meta app. "
        "Nothing was saved."
    )
