"""Sign-up, tokens, /me and log-out over real HTTP."""

from __future__ import annotations

import uuid

import httpx

from tests.conftest import Account, make_account


async def test_signup_token_me(http: httpx.AsyncClient, account: Account) -> None:
    r = await http.get("/api/v1/me", headers=account.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["user"]["email"] == account.email
    assert body["user"]["phone"] == "+355692345678"
    assert body["tenant"]["id"] == account.tenant_id
    assert body["tenant"]["name"] == "Butik Test"
    assert (body["tenant"]["country"], body["tenant"]["time_zone"], body["tenant"]["currency"]) == (
        "AL",
        "Europe/Tirane",
        "ALL",
    )


async def test_duplicate_email_is_409(http: httpx.AsyncClient, account: Account) -> None:
    r = await http.post(
        "/api/v1/signup",
        json={
            "email": account.email.upper(),
            "password": "another long password",
            "business_name": "Copy",
            "phone": "069 111 2233",
        },
    )
    assert r.status_code == 409


async def test_signup_rejects_bad_fields(http: httpx.AsyncClient) -> None:
    base = {
        "email": f"x-{uuid.uuid4().hex[:6]}@example.com",
        "password": "long enough pw",
        "business_name": "Shop",
        "phone": "+355692345678",
    }
    for field, value in [
        ("email", "not-an-email"),
        ("password", "short"),
        ("business_name", "  "),
        ("phone", "12"),
    ]:
        r = await http.post("/api/v1/signup", json={**base, field: value})
        assert r.status_code == 400, (field, r.text)
        assert field in r.text
    r = await http.post(
        "/api/v1/signup", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 400


async def test_wrong_password_and_unknown_email_answer_alike(
    http: httpx.AsyncClient, account: Account
) -> None:
    wrong = await http.post("/api/v1/token", json={"email": account.email, "password": "nope"})
    unknown = await http.post(
        "/api/v1/token",
        json={"email": f"ghost-{uuid.uuid4().hex[:6]}@example.com", "password": "nope"},
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


async def test_login_is_rate_limited_per_email(http: httpx.AsyncClient, account: Account) -> None:
    codes = []
    for _ in range(11):  # the fixture's own log-in was the first attempt of the window
        r = await http.post("/api/v1/token", json={"email": account.email, "password": "bad"})
        codes.append(r.status_code)
    assert codes[:9] == [401] * 9
    assert codes[9:] == [429, 429]
    # the right password is refused too while the window lasts
    r = await http.post(
        "/api/v1/token", json={"email": account.email, "password": account.password}
    )
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) > 0


async def test_no_token_bad_token_cookie_only(http: httpx.AsyncClient, account: Account) -> None:
    assert (await http.get("/api/v1/me")).status_code == 401
    bad = {"Authorization": "Bearer " + account.token[:-3] + "abc"}
    assert (await http.get("/api/v1/me", headers=bad)).status_code == 401
    # the API ignores the dashboard cookie: Bearer only
    cookie = {"Cookie": f"porosia_session={account.token}"}
    assert (await http.get("/api/v1/me", headers=cookie)).status_code == 401


async def test_logout_revokes_outstanding_tokens(http: httpx.AsyncClient) -> None:
    acc = await make_account(http)
    second = (
        await http.post("/api/v1/token", json={"email": acc.email, "password": acc.password})
    ).json()
    assert (await http.post("/api/v1/logout", headers=acc.headers)).status_code == 204
    assert (await http.get("/api/v1/me", headers=acc.headers)).status_code == 401
    other = {"Authorization": f"Bearer {second['access_token']}"}
    assert (await http.get("/api/v1/me", headers=other)).status_code == 401
    fresh = await http.post("/api/v1/token", json={"email": acc.email, "password": acc.password})
    new = {"Authorization": f"Bearer {fresh.json()['access_token']}"}
    assert (await http.get("/api/v1/me", headers=new)).status_code == 200


async def test_health(http: httpx.AsyncClient) -> None:
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = await http.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] and ready.json()["redis"]
    schema = await http.get("/schema/openapi.json")
    assert schema.status_code == 200
    assert "/api/v1/signup" in schema.json()["paths"]
