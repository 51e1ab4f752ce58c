"""The default rule-based order parser: lexicons, catalog matching and conversation rules."""

from core.plugin_api import PluginInfo

PLUGIN = PluginInfo(
    name="parser_rules",
    label="Rule-based order parser",
    kind="parser",
    default_enabled=True,
    description="Reads Albanian, English, Italian and German conversations with the catalog.",
)
