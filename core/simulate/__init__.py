"""``porosia simulate``: realistic, correctly signed Meta webhooks for a running instance.

- :mod:`core.simulate.payloads`: Meta's webhook shapes and signing (also used by the tests).
- :mod:`core.simulate.traffic`: conversations → timed messages → deliveries.
- :mod:`core.simulate.demo`: a built-in demo shop for when no corpus file is at hand.
- :mod:`core.simulate.run`: the command (JSON API log-in, demo connections, replay, report).
"""
