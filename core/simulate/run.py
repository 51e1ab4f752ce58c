"""``porosia simulate``: log in over the JSON API, connect demo channels if needed, post the
traffic as signed webhooks, then show the orders the platform made of it.

The simulator never touches the database: everything goes through the public HTTP API and the
webhook endpoints, exactly as a shop's owner and Meta would.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.simulate import demo
from core.simulate.payloads import signed
from core.simulate.shop import Api, SimulateError, connect, list_orders, upload_catalog
from core.simulate.traffic import (
    Connection,
    Conversation,
    catalog_body,
    choose_catalog,
    groups,
    messages,
    payload,
    read_catalogs,
    read_conversations,
)

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "eval" / "dev"


@dataclass(frozen=True)
class Options:
    url: str
    email: str
    password: str
    conversations: Path | None = None
    catalogs: Path | None = None
    catalog_id: str | None = None
    limit: int | None = None
    channel: str | None = None
    batch: int = 1
    redeliver: bool = False
    app_secret: str | None = None
    wait: float = 90.0
    demo: bool = False  # the built-in demo shop even when the corpus is at hand


@dataclass(frozen=True)
class Traffic:
    conversations: list[Conversation]
    catalog: dict[str, Any] | None
    catalog_explicit: bool  # given on the command line: upload even over an existing catalog
    source: str


# --- what to replay ------------------------------------------------------------------------


def load_traffic(opts: Options) -> Traffic:
    path = opts.conversations
    if path is None and not opts.demo and (CORPUS / "conversations.jsonl").exists():
        path = CORPUS / "conversations.jsonl"
    if path is None:
        convs, catalog, source = list(demo.CONVERSATIONS), demo.CATALOG, "built-in demo shop"
        catalog_path = opts.catalogs
    else:
        convs, catalog, source = read_conversations(path), None, str(path)
        catalog_path = opts.catalogs or _beside(path)
    if catalog_path is not None:
        catalogs = read_catalogs(catalog_path)
        chosen = choose_catalog(convs, catalogs, opts.catalog_id)
        catalog = catalog_body(catalogs[chosen])
        # a shop has one catalog: replay the conversations that were about it
        convs = [c for c in convs if c.catalog == chosen]
        source += f" (catalog {chosen} from {catalog_path})"
    if opts.limit is not None:
        convs = convs[: opts.limit]
    return Traffic(convs, catalog, opts.catalogs is not None, source)


def _beside(conversations: Path) -> Path | None:
    """The corpus's catalogs.json next to its conversations file, if any."""
    candidate = conversations.parent / "catalogs.json"
    return candidate if candidate.exists() else None


# --- replay and report -------------------------------------------------------------------


def post_all(
    api: Api, traffic: Traffic, conns: dict[str, Connection], opts: Options
) -> tuple[int, Counter[int]]:
    """POST every delivery (twice with ``--redeliver``); ``(posted, statuses)``."""
    statuses: Counter[int] = Counter()
    posted = 0
    for group in groups(messages(traffic.conversations, opts.channel), opts.batch):
        conn = conns[group[0].channel]
        body, headers = signed(payload(conn, group), conn.app_secret)
        for _ in range(2 if opts.redeliver else 1):
            statuses[api.call("POST", conn.path, content=body, headers=headers).status_code] += 1
            posted += 1
    return posted, statuses


def expected_orders(conversations: list[Conversation]) -> int | None:
    """How many orders the conversations' labels expect (None when some are unlabelled)."""
    labels = [c.is_order for c in conversations]
    return None if None in labels else labels.count(True)


def wait_for_orders(
    api: Api, before: set[str], wait: float, expected: int | None, say: Any
) -> list[dict[str, Any]]:
    """New orders, once their number has not changed for a few seconds and (with labels) has
    reached the expected count, or when ``wait`` ends."""
    deadline = time.monotonic() + wait
    last, stable_since, told = -1, time.monotonic(), False
    while True:
        new = [o for o in list_orders(api) if o["id"] not in before]
        now = time.monotonic()
        if len(new) != last:
            last, stable_since = len(new), now
        stable = bool(new) and now - stable_since >= 3
        if (stable and (expected is None or len(new) >= expected)) or now >= deadline:
            return new
        if stable and not told:
            say(
                f"waiting for orders: {len(new)} of {expected} expected so far (up to "
                f"{wait:g} s; the platform's reconciler picks up late messages within a minute)"
            )
            told = True
        time.sleep(0.5)


def _order_line(order: dict[str, Any]) -> str:
    items = ", ".join(
        f"{i['quantity']}× {i['name'] or i['product']}"
        + (f" ({i['variant']})" if i["variant"] else "")
        for i in order["items"]
    )
    c = order["customer"]
    who = ", ".join(str(v) for v in (c.get("name"), c.get("phone"), c.get("city")) if v)
    return f"  [{order['channel']}] {items or '(no items yet)'} — {who or 'customer unknown'}"


def report(
    orders: list[dict[str, Any]], conversations: list[Conversation], say: Any, shown: int = 5
) -> None:
    expected = expected_orders(conversations)
    label = "" if expected is None else f" ({expected} expected by the conversations' labels)"
    say(f"orders: {len(orders)} new{label}")
    for order in list(reversed(orders))[:shown]:  # the API lists newest first
        say(_order_line(order))
    if len(orders) > shown:
        say(f"  … and {len(orders) - shown} more (GET /api/v1/orders or the dashboard)")


def simulate(opts: Options, say: Any = print) -> int:
    traffic = load_traffic(opts)
    if not traffic.conversations:
        raise SimulateError("nothing to replay (no conversations left after the filters)")
    api = Api(opts.url)
    api.login(opts.email, opts.password)
    say(f"logged in to {api.base} as {opts.email}")
    wanted = {opts.channel} if opts.channel else {c.channel for c in traffic.conversations}
    entries = {e["name"]: e for e in api.json("GET", "/api/v1/channels")["items"]}
    missing = sorted(wanted - entries.keys())
    if missing:
        raise SimulateError(f"this server has no {', '.join(missing)} channel plugin")
    conns = {
        name: connect(api, entries[name], opts.password, opts.app_secret, say)
        for name in sorted(wanted)
    }
    if traffic.catalog is not None:
        upload_catalog(api, traffic.catalog, traffic.catalog_explicit, say)
    before = {o["id"] for o in list_orders(api)}
    say(f"replaying {len(traffic.conversations)} conversations from {traffic.source}")
    posted, statuses = post_all(api, traffic, conns, opts)
    codes = ", ".join(f"{n}× HTTP {code}" for code, n in sorted(statuses.items()))
    say(f"webhooks posted: {posted} ({codes})")
    if 200 not in statuses:
        raise SimulateError(
            f"no webhook was accepted ({codes}); 403 means the signature did not match the "
            "connection's app secret"
        )
    expected = expected_orders(traffic.conversations)
    report(wait_for_orders(api, before, opts.wait, expected, say), traffic.conversations, say)
    say(
        "confirmations: sent to the customer once an order is complete and the customer has "
        "been quiet for the shop's quiet time (120 s by default); not in chats where the shop "
        "replied itself. With `porosia run --fake-meta` see them at the fake's /_sent URL."
    )
    if set(statuses) != {200}:
        say("warning: some webhooks were not accepted (see the HTTP statuses above)")
    return 0 if set(statuses) == {200} else 1
