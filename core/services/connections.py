"""A tenant's channel connections as channel plugins see them (secrets opened)."""

from __future__ import annotations

from core import tenancy
from core.runtime_state import Services
from core.tables import ChannelSetting
from core.types import ChannelConnection


async def connections(services: Services, channel: str | None = None) -> list[ChannelConnection]:
    """The current tenant's channel connections (one channel's, if named), secrets opened."""
    tid = str(tenancy.current_tenant_id())
    query = tenancy.select(ChannelSetting)
    if channel is not None:
        query = query.where(ChannelSetting.plugin == channel)
    return [
        ChannelConnection(
            tenant_id=tid,
            channel=row["plugin"],
            settings={**(row["settings"] or {}), **services.secrets.open(row["secrets"])},
            account_id=row["account_id"],
            api_base=services.settings.api_base(row["plugin"]),
        )
        for row in await query
    ]
