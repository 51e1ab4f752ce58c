"""WhatsApp Cloud API channel."""

from core.plugin_api import PluginInfo, SettingField

PLUGIN = PluginInfo(
    name="whatsapp",
    label="WhatsApp",
    kind="channel",
    routing_field="phone_number_id",
    settings=(
        SettingField("phone_number_id", "Phone number ID", required=True),
        SettingField("waba_id", "WhatsApp Business Account ID"),
        SettingField("access_token", "Access token", kind="secret", required=True),
        SettingField("app_secret", "App secret (only for your own Meta app)", kind="secret"),
        SettingField("template_name", "Approved confirmation template"),
        SettingField("template_language", "Template language (e.g. sq)"),
        SettingField(
            "pin",
            "Two-step verification PIN",
            kind="secret",
            help="6 digits. Leave it blank and we choose one when we register your number "
            "(shown to you once); type your own if the number already has one.",
        ),
        SettingField(
            "coexistence",
            "The number is also used in the WhatsApp Business app (coexistence)",
            kind="bool",
        ),
    ),
    description="Orders from WhatsApp Business messages.",
    # Meta's throughput per number counts messages in and out: 80/s by default, 20/s for a
    # number shared with the WhatsApp Business app (coexistence), the lowest it gives
    sends_per_second=20,
)
