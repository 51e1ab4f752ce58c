"""The shop's settings over HTTP, and their effect on confirmations."""

from __future__ import annotations

import httpx

from core.services.confirmations import DEFAULT_QUIET_S
from tests.conftest import Account


async def test_defaults_and_changes(
    http: httpx.AsyncClient, account: Account, other_account: Account
) -> None:
    r = await http.get("/api/v1/settings", headers=account.headers)
    assert r.status_code == 200
    body = r.json()
    assert (body["country"], body["time_zone"], body["currency"]) == ("AL", "Europe/Tirane", "ALL")
    assert body["confirm_quiet_seconds"] == DEFAULT_QUIET_S
    assert body["required_fields"] == ["items", "phone", "address", "city"]
    assert set(body["default_templates"]) == {"sq", "en", "it", "de"}
    r = await http.put(
        "/api/v1/settings",
        headers=account.headers,
        json={
            "country": "xk",
            "currency": "EUR",
            "time_zone": "Europe/Belgrade",
            "confirm_quiet_seconds": 30,
            "required_fields": ["items", "customer_name", "phone"],
            "confirmation_templates": {"sq": "Faleminderit {{ name }}! Totali: {{ total }}"},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["country"], body["currency"], body["confirm_quiet_seconds"]) == ("XK", "EUR", 30)
    assert body["confirmation_templates"]["sq"].startswith("Faleminderit")
    assert body["confirmation_templates"]["en"] is None
    me = (await http.get("/api/v1/me", headers=account.headers)).json()["tenant"]
    assert me["country"] == "XK" and me["currency"] == "EUR"
    # the other shop is untouched
    other = (await http.get("/api/v1/settings", headers=other_account.headers)).json()
    assert other["currency"] == "ALL" and other["confirm_quiet_seconds"] == DEFAULT_QUIET_S


async def test_bad_settings_name_the_field_and_change_nothing(
    http: httpx.AsyncClient, account: Account
) -> None:
    bad = [
        ({"country": "Albania"}, "country"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"currency": "LEK"}, "currency"),
        ({"confirm_quiet_seconds": -1}, "confirm_quiet_seconds"),
        ({"confirm_quiet_seconds": True}, "confirm_quiet_seconds"),
        ({"required_fields": ["phone"]}, "required_fields"),
        ({"confirmation_templates": {"fr": "Merci"}}, "confirmation_templates.fr"),
        ({"confirmation_templates": {"en": "Thanks {{ name "}}, "confirmation_templates.en"),
        ({"colour": "blue"}, "colour"),
    ]
    for body, field in bad:
        r = await http.put("/api/v1/settings", headers=account.headers, json=body)
        assert r.status_code == 400, (body, r.text)
        assert field in r.json()["detail"], (body, r.text)
    assert (await http.get("/api/v1/settings", headers=account.headers)).json()["currency"] == "ALL"
    assert (await http.put("/api/v1/settings", json={"currency": "EUR"})).status_code == 401
