"""The dashboard over plain HTTP: redirects, session cookie, CSRF, language, privacy policy,
orders fragments and channel secrets. (The browser tests drive the same pages in Chromium.)"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import Platform, make_account
from web.i18n import LOCALES, SUPPORTED, Translator, catalogue, choose_language

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "web" / "templates"
PASSWORD = "correct horse battery"
ROWS = re.compile(r'<tr id="order-[0-9a-f-]+"')


class Dashboard:
    """A browser-like client: keeps cookies and sends the CSRF token the way forms do."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.email = f"dash-{uuid.uuid4().hex[:10]}@example.com"
        self.business = f"Butik {uuid.uuid4().hex[:6]}"

    @property
    def csrf(self) -> str:
        return self.client.cookies["csrftoken"]

    async def post(
        self, path: str, data: dict[str, str], headers: dict[str, str] | None = None
    ) -> httpx.Response:
        if "csrftoken" not in self.client.cookies:
            await self.client.get("/login")  # any page hands out the CSRF cookie
        body = {"_csrf_token": self.csrf, **data}
        return await self.client.post(path, data=body, headers=headers or {})

    async def sign_up(self) -> httpx.Response:
        await self.client.get("/signup")
        return await self.post(
            "/signup",
            {
                "email": self.email,
                "business_name": self.business,
                "phone": "069 234 5678",
                "password": PASSWORD,
            },
        )

    async def bearer(self) -> dict[str, str]:
        body = {"email": self.email, "password": PASSWORD}
        r = await self.client.post("/api/v1/token", json=body)
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
async def dash(platform: Platform) -> AsyncIterator[Dashboard]:
    async with httpx.AsyncClient(base_url=platform.base_url, timeout=30) as client:
        yield Dashboard(client)


@pytest.fixture
async def signed_in(dash: Dashboard) -> Dashboard:
    r = await dash.sign_up()
    assert r.status_code == 303 and r.headers["location"] == "/orders", r.text
    return dash


# --- redirects and the session cookie -------------------------------------------------


@pytest.mark.parametrize("path", ["/orders", "/channels", "/settings", "/settings/delete"])
async def test_pages_need_a_session(http: httpx.AsyncClient, path: str) -> None:
    r = await http.get(path)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    htmx = await http.get(path, headers={"HX-Request": "true"})
    assert htmx.status_code == 401 and htmx.headers["hx-redirect"] == "/login"
    stale = await http.get(path, headers={"Cookie": "porosia_session=not-a-token"})
    assert stale.status_code == 303 and stale.headers["location"] == "/login?notice=signed_out"
    assert "porosia_session=" in stale.headers.get("set-cookie", "")  # the stale one is dropped


async def test_public_pages(http: httpx.AsyncClient) -> None:
    for path in ("/login", "/signup", "/privacy"):
        r = await http.get(path)
        assert r.status_code == 200 and "text/html" in r.headers["content-type"], path
        assert '<script src="/static/htmx.min.js"' in r.text
    assert (await http.get("/")).headers["location"] == "/orders"
    js = await http.get("/static/htmx.min.js")
    assert js.status_code == 200 and "htmx 2." in js.text[:200] and "0BSD" in js.text[:200]
    assert (await http.get("/static/app.css")).status_code == 200


async def test_sign_up_sets_a_strict_http_only_session(dash: Dashboard) -> None:
    r = await dash.sign_up()
    assert r.status_code == 303 and r.headers["location"] == "/orders"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("porosia_session=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # SECURE_COOKIES=false in the tests (plain http)
    page = await dash.client.get("/orders")
    assert page.status_code == 200 and dash.email in page.text and dash.business in page.text
    assert page.headers["cache-control"] == "no-store"
    # signed in, the log-in and sign-up pages send you on
    assert (await dash.client.get("/login")).headers["location"] == "/orders"
    assert (await dash.client.get("/signup")).headers["location"] == "/orders"


async def test_sign_up_form_errors(dash: Dashboard, http: httpx.AsyncClient) -> None:
    await dash.client.get("/signup")
    form = {"email": dash.email, "business_name": "Shop", "phone": "12", "password": PASSWORD}
    r = await dash.post("/signup", form)
    assert r.status_code == 400
    assert "Enter a phone number we can call" in r.text
    assert f'value="{dash.email}"' in r.text and 'value="12"' in r.text
    assert PASSWORD not in r.text
    taken = await make_account(http)
    r = await dash.post("/signup", {**form, "phone": "069 234 5678", "email": taken.email})
    assert r.status_code == 409 and "already registered" in r.text
    r = await dash.post("/signup", {**form, "phone": "069 234 5678", "password": "short"})
    assert r.status_code == 400 and "at least 10 characters" in r.text
    assert "porosia_session" not in dash.client.cookies


async def test_log_in_answers_alike_and_shares_the_api_rate_limit(
    dash: Dashboard, http: httpx.AsyncClient
) -> None:
    acc = await make_account(http)
    await dash.client.get("/login")
    wrong = await dash.post("/login", {"email": acc.email, "password": "nope"})
    ghost = await dash.post("/login", {"email": "ghost-" + acc.email, "password": "nope"})
    assert wrong.status_code == ghost.status_code == 401
    assert "Wrong email or password." in wrong.text and "Wrong email or password." in ghost.text
    # the API and the dashboard count attempts in the same Redis buckets
    for _ in range(8):
        await http.post("/api/v1/token", json={"email": acc.email, "password": "nope"})
    limited = await dash.post("/login", {"email": acc.email, "password": acc.password})
    assert limited.status_code == 429 and "Too many attempts" in limited.text
    assert "porosia_session" not in dash.client.cookies


# --- CSRF -----------------------------------------------------------------------------


async def test_state_changing_posts_need_the_csrf_token(signed_in: Dashboard) -> None:
    client = signed_in.client
    session = client.cookies["porosia_session"]
    for path, data in [
        ("/logout", {}),
        ("/settings/delete", {"confirm": signed_in.business}),
        ("/channels/whatsapp/enabled", {"enabled": "true"}),
        ("/login", {"email": signed_in.email, "password": PASSWORD}),
    ]:
        assert (await client.post(path, data=data)).status_code == 403, path
        forged = {**data, "_csrf_token": "0" * 128}
        assert (await client.post(path, data=forged)).status_code == 403, path
    htmx = await client.post(
        "/channels/whatsapp/enabled", data={"enabled": "true"}, headers={"HX-Request": "true"}
    )
    assert htmx.status_code == 403
    # nothing happened: still signed in, account still there
    assert (await client.get("/orders")).status_code == 200

    # with the token (as the header htmx sends, or the form field) it works
    r = await client.post("/logout", headers={"x-csrftoken": signed_in.csrf, "HX-Request": "true"})
    assert r.status_code == 200 and r.headers["hx-redirect"] == "/login?notice=logged_out"
    # log-out revoked the token itself, not only the cookie
    async with httpx.AsyncClient(
        base_url=str(client.base_url), cookies={"porosia_session": session}
    ) as replay:
        revoked = await replay.get("/orders")
    assert revoked.status_code == 303
    assert revoked.headers["location"] == "/login?notice=signed_out"


# --- language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "lang", "heading"),
    [
        ("sq-AL,sq;q=0.9,en;q=0.8", "sq", "Hyr"),
        ("sq", "sq", "Hyr"),
        ("de-DE,de;q=0.9,sq;q=0.5", "sq", "Hyr"),
        ("en-GB,en;q=0.9,sq;q=0.8", "en", "Log in"),
        ("en;q=0.4,sq;q=0.9", "sq", "Hyr"),
        ("fr-FR", "en", "Log in"),
        ("", "en", "Log in"),
    ],
)
async def test_language_follows_accept_language(
    http: httpx.AsyncClient, header: str, lang: str, heading: str
) -> None:
    r = await http.get("/login", headers={"Accept-Language": header})
    assert f'<html lang="{lang}">' in r.text
    assert f'<h1 id="login-title">{heading}</h1>' in r.text
    assert "Accept-Language" in r.headers["vary"]
    assert choose_language(header) == lang


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    en, sq = catalogue("en"), catalogue("sq")
    assert set(en) == set(sq), set(en) ^ set(sq)
    for key in en:
        assert set(re.findall(r"{(\w+)}", en[key])) == set(re.findall(r"{(\w+)}", sq[key])), key
        assert en[key].strip() and sq[key].strip(), key
    assert sorted(p.stem for p in LOCALES.glob("*.json")) == sorted(SUPPORTED)
    for path in LOCALES.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_every_key_the_templates_and_handlers_use_exists() -> None:
    used = set()
    for path in TEMPLATES.rglob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]*\w)["']\s*[,)]""", path.read_text()))
    # keys built at run time by the handlers and templates
    used |= {f"status.{s}" for s in ("new", "confirmed", "shipped", "delivered", "cancelled")}
    used |= {f"notice.{n}" for n in ("logged_out", "deleted", "signed_out")}
    used |= {f"signup.error.{f}" for f in ("email", "business_name", "phone", "password")}
    used |= {"signup.error.form", "signup.error.taken", "signup.error.rate_limited"}
    states = ("off", "ok", "waiting", "broken", "incomplete", "unsubscribed")
    used |= {f"channels.health.{s}" for s in states}
    used |= {"channels.saved", "channels.on_saved", "channels.off_saved", "channels.fill_first"}
    used |= {"login.failed", "login.rate_limited", "delete.mismatch"}
    assert len(used) > 100
    for lang in SUPPORTED:
        missing = sorted(k for k in used if k not in catalogue(lang))
        assert not missing, (lang, missing)
    assert Translator("xx").lang == "en"


# --- privacy policy -------------------------------------------------------------------


@pytest.mark.parametrize("header", ["en", "sq"])
async def test_privacy_policy_says_what_the_software_does(
    http: httpx.AsyncClient, header: str
) -> None:
    r = await http.get("/privacy", headers={"Accept-Language": header})
    assert r.status_code == 200
    text = r.text
    assert "argon2id" in text
    assert "bcrypt" not in text.lower()
    for fact in ("JWT", "HttpOnly", "SameSite=Strict", "Fernet", "CSRF", "Meta"):
        assert fact in text, fact
    en = header == "en"
    # the session lifetime shown is the configured one (TOKEN_TTL_SECONDS default: 8 hours)
    assert ("after 8 hours" if en else "pas 8 orësh") in text
    assert ("business name" if en else "emrin e biznesit") in text
    assert ("never the text of a message" if en else "kurrë tekstin e një mesazhi") in text
    assert ("we email the account owner" if en else "i dërgojmë një email pronarit") in text


# --- orders ---------------------------------------------------------------------------


async def test_orders_pages_and_fragments(signed_in: Dashboard) -> None:
    client = signed_in.client
    headers = await signed_in.bearer()
    for i in range(30):
        r = await client.post(
            "/api/v1/orders",
            headers=headers,
            json={
                "status": "delivered" if i % 3 == 0 else "new",
                "customer": {"name": f"Klient {i:02d}"},
                "items": [{"name": "Fustan", "quantity": 2, "unit_price": "1250.50"}],
            },
        )
        assert r.status_code == 201, r.text
    page = await client.get("/orders")
    assert len(ROWS.findall(page.text)) == 25
    assert "Klient 29" in page.text and "Klient 04" not in page.text
    assert "2 × Fustan" in page.text and "2,501.00 ALL" in page.text
    cursor = re.search(r'hx-get="/orders\?cursor=([^"]+)"', page.text)
    assert cursor is not None

    more = await client.get(f"/orders?cursor={cursor.group(1)}", headers={"HX-Request": "true"})
    assert more.status_code == 200 and "<html" not in more.text
    assert len(ROWS.findall(more.text)) == 5 and "Klient 00" in more.text
    assert 'id="load-more"' not in more.text

    filtered = await client.get(
        "/orders?status=delivered",
        headers={"HX-Request": "true", "HX-Target": "order-results"},
    )
    assert filtered.text.lstrip().startswith('<div id="order-results"')
    assert len(ROWS.findall(filtered.text)) == 10
    assert "Klient 01" not in filtered.text

    # a hand-edited cursor or status does not break the page
    assert len(ROWS.findall((await client.get("/orders?cursor=garbage")).text)) == 25
    assert len(ROWS.findall((await client.get("/orders?status=nonsense")).text)) == 25


# --- channels -------------------------------------------------------------------------


async def test_channel_secrets_never_reach_the_page(
    signed_in: Dashboard, platform: Platform
) -> None:
    client = signed_in.client
    await client.get("/channels")
    account_id = str(random.randrange(10**14, 10**15))
    secret = f"IGQ-secret-{uuid.uuid4().hex}-4321"
    htmx = {"HX-Request": "true"}
    r = await signed_in.post(
        "/channels/instagram/settings",
        {"account_id": account_id, "access_token": secret, "app_secret": ""},
        headers=htmx,
    )
    assert r.status_code == 200 and "<html" not in r.text
    assert r.text.lstrip().startswith('<section class="card channel')
    assert secret not in r.text and "••••4321" in r.text
    assert f'value="{account_id}"' in r.text
    page = await client.get("/channels")
    assert secret not in page.text and 'type="password"' in page.text

    # a blank secret keeps the stored one; the switch then turns the channel on
    r = await signed_in.post(
        "/channels/instagram/settings",
        {"account_id": account_id, "access_token": "", "app_secret": ""},
        headers=htmx,
    )
    assert "••••4321" in r.text
    r = await signed_in.post("/channels/instagram/enabled", {"enabled": "true"}, headers=htmx)
    assert 'aria-checked="true"' in r.text
    listed = await client.get("/api/v1/channels", headers=await signed_in.bearer())
    instagram = next(c for c in listed.json()["items"] if c["name"] == "instagram")
    assert instagram["enabled"] is True and instagram["settings"]["access_token"]["set"]

    # another shop sees none of it
    async with httpx.AsyncClient(base_url=platform.base_url) as other_client:
        other = Dashboard(other_client)
        await other.sign_up()
        theirs = await other_client.get("/channels")
    assert account_id not in theirs.text and "••••4321" not in theirs.text
    assert 'aria-checked="true"' not in theirs.text


async def test_channel_errors_show_on_the_card(signed_in: Dashboard, platform: Platform) -> None:
    htmx = {"HX-Request": "true"}
    await signed_in.client.get("/channels")
    # switching on without the required fields is refused and names them
    r = await signed_in.post("/channels/whatsapp/enabled", {"enabled": "true"}, headers=htmx)
    assert 'aria-checked="false"' in r.text and 'role="alert"' in r.text
    assert "Phone number ID" in r.text and "Access token" in r.text
    # a routing id another shop already uses is refused; what was typed stays in the form
    phone_number_id = str(random.randrange(10**14, 10**15))
    form = {"phone_number_id": phone_number_id, "access_token": "tok-1234567890"}
    saved = await signed_in.post("/channels/whatsapp/settings", form, headers=htmx)
    assert 'role="status"' in saved.text
    async with httpx.AsyncClient(base_url=platform.base_url) as other_client:
        other = Dashboard(other_client)
        await other.sign_up()
        taken = await other.post("/channels/whatsapp/settings", form, headers=htmx)
        assert 'role="alert"' in taken.text and "already connected" in taken.text
        assert f'value="{phone_number_id}"' in taken.text
        assert "tok-1234567890" not in taken.text
        # without htmx the same form answers with the whole page and the same message
        plain = await other.post("/channels/whatsapp/settings", form)
        assert plain.status_code == 200 and "<html" in plain.text
        assert "already connected" in plain.text


async def test_dashboard_pages_carry_a_content_security_policy(http: httpx.AsyncClient) -> None:
    """No inline script runs on the dashboard: a page may load the app's own files (and Meta's
    SDK for Embedded Signup), and no other site may frame it."""
    page = await http.get("/login")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self' https://connect.facebook.net" in policy
    assert "frame-ancestors 'none'" in policy and "style-src 'self'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    api = await http.get("/healthz")
    assert "content-security-policy" not in api.headers  # the JSON API and /schema are not pages
