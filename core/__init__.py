"""PorosiaIme core: the host (settings, tables, tenancy, auth, plugin contract, services)."""

HOST_API_VERSION = 1
