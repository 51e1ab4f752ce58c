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
    if not code:
        return OnboardingResult(ok=False, error="the signup returned no authorization code")
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
    user = json_str(data.get("user_id"))
    return OnboardingResult(
        ok=True,
        # the platform's app signs this number's webhooks: an own-app secret would not match
        settings={
            "phone_number_id": number,
            "waba_id": waba,
            "access_token": token,
            "app_secret": None,
        },
        meta_user_id=user or None,
    )
