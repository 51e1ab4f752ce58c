"""Channel secrets at rest: Fernet with a rotatable key list (first encrypts, all decrypt)."""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class SecretBox:
    def __init__(self, keys: tuple[str, ...]) -> None:
        self._fernet = MultiFernet([Fernet(k.encode()) for k in keys])

    def seal(self, data: dict[str, Any]) -> str:
        if not data:
            return ""
        return self._fernet.encrypt(json.dumps(data).encode()).decode()

    def open(self, token: str) -> dict[str, Any]:
        if not token:
            return {}
        try:
            return dict(json.loads(self._fernet.decrypt(token.encode())))
        except InvalidToken as exc:
            raise ValueError("stored secrets cannot be decrypted with ENCRYPTION_KEY") from exc

    def rotate(self, token: str) -> str:
        """Re-encrypt with the first key (after a new key was put in front)."""
        return self._fernet.rotate(token.encode()).decode() if token else token


def mask(value: str | None) -> str:
    """What the UI and logs show of a secret."""
    if not value:
        return ""
    return "••••" + value[-4:] if len(value) > 8 else "••••"
