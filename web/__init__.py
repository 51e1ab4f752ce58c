"""The Litestar app: composition root, JSON API, dashboard and webhooks."""
