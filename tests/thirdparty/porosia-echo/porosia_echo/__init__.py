"""Echo: a minimal third-party channel plugin for PorosiaIme.

It shows the whole contract with nothing Meta-specific: a settings schema with a routing
field and a secret, a JSON webhook authenticated by an HMAC header, a handshake, a send hook
and the lifecycle notifications. Installed through the ``porosia.plugins`` entry point.
"""

from core.plugin_api import PluginInfo, SettingField

PLUGIN = PluginInfo(
    name="echo",
    label="Echo",
    kind="channel",
    host_api=1,
    routing_field="account",
    settings=(
        SettingField("account", "Echo account", required=True, help="Your account on Echo."),
        SettingField(
            "app_secret",
            "Signing secret",
            kind="secret",
            required=True,
            help="Echo signs each webhook with it (X-Echo-Signature).",
        ),
        SettingField("greeting", "Greeting", help="Prepended to every message sent."),
    ),
    description="A test channel: JSON webhooks signed with HMAC-SHA256.",
    sends_per_second=2,  # Echo is a small service: two messages a second per account
)
