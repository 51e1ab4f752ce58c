from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from core.crypto import SecretBox, mask


def test_seal_open_and_rotate() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed = SecretBox((old,)).seal({"access_token": "EAAG-secret"})
    assert "EAAG" not in sealed
    rotated_box = SecretBox((new, old))
    assert rotated_box.open(sealed) == {"access_token": "EAAG-secret"}
    rotated = rotated_box.rotate(sealed)
    assert SecretBox((new,)).open(rotated) == {"access_token": "EAAG-secret"}
    with pytest.raises(ValueError, match="ENCRYPTION_KEY"):
        SecretBox((new,)).open(sealed)


def test_mask_shows_only_the_tail() -> None:
    assert mask("EAAGabcdefgh1234") == "••••1234"
    assert mask("short") == "••••"
    assert mask(None) == ""
