"""Instagram Messaging channel."""

from core.plugin_api import PluginInfo, SettingField

PLUGIN = PluginInfo(
    name="instagram",
    label="Instagram",
    kind="channel",
    routing_field="account_id",
    settings=(
        SettingField("account_id", "Instagram account ID", required=True),
        SettingField("access_token", "Access token", kind="secret", required=True),
        SettingField("app_secret", "App secret (only for your own Meta app)", kind="secret"),
    ),
    sends_per_second=50,  # half the Send API's 100 text calls per second per account
    description="Orders from Instagram direct messages.",
)
