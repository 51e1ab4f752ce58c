"""Settings → Delete Account: confirm, get logged out, and every trace goes."""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Any

import httpx
import pytest
from playwright.async_api import expect

from core import tenancy
from core.tables import TENANT_TABLES, Tenant
from tests.browser.conftest import api_token, log_in, new_shop, sign_up
from tests.conftest import Platform

pytestmark = pytest.mark.browser


async def _rows_left(tenant_id: uuid.UUID) -> int:
    with tenancy.unscoped():
        count = int(await Tenant.count().where(Tenant.id == tenant_id))
        for table in TENANT_TABLES:
            column = table._meta.get_column_by_name("tenant")
            count += int(await table.count().where(column == tenant_id))
    return count


def _mails_to(platform: Platform, address: str) -> list[str]:
    folder = platform.var_dir / "mail"
    if not folder.exists():
        return []
    texts = [p.read_text(errors="replace") for p in folder.glob("*.eml")]
    return [t for t in texts if address in t]


async def test_delete_account(page: Any, platform: Platform, db: Any) -> None:
    shop = new_shop(f"Butik {uuid.uuid4().hex[:6]}")
    await sign_up(page, shop)
    await expect(page).to_have_url(re.compile(r"/orders$"))
    headers = await api_token(platform, shop)
    async with httpx.AsyncClient(base_url=platform.base_url) as client:
        me = (await client.get("/api/v1/me", headers=headers)).json()
        order = await client.post(
            "/api/v1/orders",
            headers=headers,
            json={"items": [{"name": "Fustan", "quantity": 1, "unit_price": "2500"}]},
        )
        assert order.status_code == 201, order.text
    tenant_id = uuid.UUID(me["tenant"]["id"])
    await page.goto("/channels")  # creates the channel settings rows too
    assert await _rows_left(tenant_id) > 3

    await page.get_by_role("link", name="Settings").click()
    await page.get_by_role("link", name="Delete account").click()
    await expect(page.get_by_role("heading", name="Delete your account")).to_be_visible()
    confirm = page.get_by_label("To confirm, type your business name")

    await confirm.fill("Another shop")
    await page.get_by_role("button", name="Delete my account permanently").click()
    await expect(page.get_by_role("alert")).to_contain_text("not your business name")
    assert await _rows_left(tenant_id) > 3  # nothing happened

    await page.get_by_label("To confirm, type your business name").fill(shop.business)
    await page.get_by_role("button", name="Delete my account permanently").click()
    await expect(page).to_have_url(re.compile(r"/login\?notice=deleted$"))
    await expect(page.get_by_role("status")).to_contain_text("Your account is being deleted")
    assert not [c for c in await page.context.cookies() if c["name"] == "porosia_session"]
    await page.goto("/orders")
    await expect(page).to_have_url(re.compile(r"/login$"))

    await log_in(page, shop.email, shop.password)
    await expect(page.get_by_role("alert")).to_have_text("Wrong email or password.")

    for _ in range(100):
        if await _rows_left(tenant_id) == 0 and _mails_to(platform, shop.email):
            break
        await asyncio.sleep(0.1)
    assert await _rows_left(tenant_id) == 0
    mails = _mails_to(platform, shop.email)
    assert len(mails) == 1
    assert shop.business in mails[0] and "deleted" in mails[0]
