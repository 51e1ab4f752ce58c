"""`porosia parse`: run the live parser path over a corpus file (see shared/eval/FORMAT.md).

Every conversation goes through the plugin host's façade (``host.extracted_order``), exactly as
the live ingest job calls it. With ``--workers N`` the file is parsed by N processes, each with
its own plugin host; the output keeps the input order.

Bad input gives a clear error naming the file and line (non-UTF-8 bytes, bad JSON, an unknown
catalog id, a conversation without messages...) and exit status 2, never a traceback; nothing
is written to standard output unless the whole input is valid.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from core.money import parse_amount
from core.plugins import build_plugin_host
from core.types import Catalog, CatalogProduct, ConversationMessage, ExtractedOrder, ParseContext

MAX_LINE_BYTES = 5_000_000
CHUNK = 16
COUNTRY_OF_CURRENCY = {"ALL": "AL", "MKD": "MK"}


class CorpusError(ValueError):
    """A corpus or catalogs file that cannot be read; the message says where and why."""


# --- reading -------------------------------------------------------------------------


def catalog_from_json(data: dict[str, Any], where: str = "catalog") -> Catalog:
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: expected an object")
    rows = data.get("products") or ()
    if not isinstance(rows, list):
        raise CorpusError(f"{where}: 'products' must be a list")
    products = []
    for n, p in enumerate(rows):
        if not isinstance(p, dict) or "sku" not in p or "name" not in p:
            raise CorpusError(f"{where}: product {n} needs 'sku' and 'name'")
        try:
            price = parse_amount(p["price"]) if p.get("price") is not None else None
        except ValueError:
            raise CorpusError(
                f"{where}: product {n}: price {p.get('price')!r} is not a finite, "
                "non-negative number"
            ) from None
        products.append(
            CatalogProduct(
                sku=str(p["sku"]),
                name=str(p["name"]),
                aliases=tuple(str(a) for a in p.get("aliases") or ()),
                price=price,
                variants=tuple(str(v) for v in p.get("variants") or ()),
            )
        )
    return Catalog(currency=str(data.get("currency") or "ALL"), products=tuple(products))


def messages_from_json(
    rows: list[dict[str, Any]], where: str = "conversation"
) -> list[ConversationMessage]:
    out = []
    for n, row in enumerate(rows):
        if not isinstance(row, dict):
            raise CorpusError(f"{where}: message {n} is not an object")
        author = row.get("from")
        if author not in ("customer", "merchant", "bot"):
            raise CorpusError(
                f"{where}: message {n}: 'from' must be customer or merchant, not {author!r}"
            )
        at = row.get("at")
        try:
            when = (
                datetime.fromisoformat(str(at).replace("Z", "+00:00")) if at else datetime.now(UTC)
            )
        except ValueError:
            raise CorpusError(f"{where}: message {n}: bad timestamp {at!r}") from None
        if author == "bot":
            continue  # parsers never see the bot's lines
        out.append(ConversationMessage(author=author, text=str(row.get("text") or ""), at=when))
    return out


def load_catalogs(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(
            f"{path}: bad JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected an object keyed by catalog id")
    for cat_id, cat in data.items():
        catalog_from_json(cat, f"{path}: catalog {cat_id!r}")  # validate once, early
    return data


@dataclass(frozen=True)
class Job:
    line: int
    conv_id: str
    channel: str
    catalog_id: str | None
    messages: list[dict[str, Any]]


def read_jobs(path: str, catalogs: dict[str, Any]) -> list[Job]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror}") from None
    jobs: list[Job] = []
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if len(raw) > MAX_LINE_BYTES:
                raise CorpusError(f"{path}: line {lineno}: longer than {MAX_LINE_BYTES} bytes")
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise CorpusError(
                    f"{path}: line {lineno}: not UTF-8 (byte {exc.start} of the line)"
                ) from None
            if not line.strip():
                continue
            try:
                conv = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(
                    f"{path}: line {lineno}: bad JSON at column {exc.colno}: {exc.msg}"
                ) from None
            jobs.append(_job(path, lineno, conv, catalogs))
    return jobs


def _job(path: str, lineno: int, conv: Any, catalogs: dict[str, Any]) -> Job:
    where = f"{path}: line {lineno}"
    if not isinstance(conv, dict):
        raise CorpusError(f"{where}: expected a conversation object")
    if "id" not in conv:
        raise CorpusError(f"{where}: no 'id'")
    cat_id = conv.get("catalog")
    if cat_id is not None and cat_id not in catalogs:
        known = ", ".join(sorted(catalogs)[:10])
        raise CorpusError(f"{where}: unknown catalog {cat_id!r} (known: {known})")
    messages = conv.get("messages")
    if not isinstance(messages, list):
        raise CorpusError(f"{where}: 'messages' must be a list")
    if not messages:
        raise CorpusError(f"{where}: conversation {conv['id']!r} has no messages")
    messages_from_json(messages, where)  # validate
    channel = str(conv.get("channel") or "whatsapp")
    return Job(lineno, str(conv["id"]), channel, cat_id, messages)


def prediction(conv_id: str, order: ExtractedOrder | None) -> dict[str, Any]:
    if order is None or not order.is_order:
        return {
            "id": conv_id,
            "is_order": False,
            "items": [],
            "customer_name": None,
            "phone": None,
            "address": None,
            "city": None,
        }
    return {
        "id": conv_id,
        "is_order": True,
        "items": [
            {
                "product": i.product if i.product is not None else i.name,
                "quantity": i.quantity,
                "variant": i.variant,
            }
            for i in order.items
        ],
        "customer_name": order.customer_name,
        "phone": order.phone,
        "address": order.address,
        "city": order.city,
    }


class Runner:
    """Parses jobs with one plugin host; catalogs are built once per id (so are their indexes)."""

    def __init__(self, catalogs: dict[str, Any]) -> None:
        self.raw_catalogs = catalogs
        self.catalogs: dict[str, Catalog] = {}
        self.host = build_plugin_host()  # the same plugins, loaded the same way, as live

    def catalog(self, cat_id: str | None) -> Catalog:
        if cat_id is None:
            return Catalog()
        if cat_id not in self.catalogs:
            self.catalogs[cat_id] = catalog_from_json(self.raw_catalogs[cat_id], cat_id)
        return self.catalogs[cat_id]

    async def parse(self, jobs: Iterable[Job]) -> list[str]:
        out = []
        for job in jobs:
            catalog = self.catalog(job.catalog_id)
            context = ParseContext(
                channel=job.channel,
                country=COUNTRY_OF_CURRENCY.get(catalog.currency, "AL"),
                currency=catalog.currency,
            )
            messages = messages_from_json(job.messages)
            order = await self.host.extracted_order(messages, catalog, context)
            out.append(json.dumps(prediction(job.conv_id, order), ensure_ascii=False))
        return out


_WORKER: Runner | None = None


def _init_worker(catalogs: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Runner(catalogs)


def _work(jobs: list[Job]) -> list[str]:
    assert _WORKER is not None
    return asyncio.run(_WORKER.parse(jobs))


def _chunks(jobs: list[Job], size: int) -> Iterator[list[Job]]:
    for k in range(0, len(jobs), size):
        yield jobs[k : k + size]


def parse_jobs(jobs: list[Job], catalogs: dict[str, Any], out: TextIO, workers: int = 1) -> int:
    if workers <= 1 or len(jobs) <= CHUNK:
        for line in asyncio.run(Runner(catalogs).parse(jobs)):
            out.write(line + "\n")
        return len(jobs)
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(catalogs,)
    ) as pool:
        for lines in pool.map(_work, _chunks(jobs, CHUNK)):  # map keeps the input order
            for line in lines:
                out.write(line + "\n")
    return len(jobs)


def run(conversations_path: str, catalogs_path: str, workers: int = 1) -> int:
    try:
        catalogs = load_catalogs(catalogs_path)
        jobs = read_jobs(conversations_path, catalogs)
    except CorpusError as exc:
        print(f"porosia parse: error: {exc}", file=sys.stderr)
        return 2
    parse_jobs(jobs, catalogs, sys.stdout, max(1, int(workers or 1)))
    return 0
