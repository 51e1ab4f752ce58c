"""Money: ``Decimal`` amounts with their ISO 4217 currency, never floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 minor units for the currencies our shops use; 2 for any other code.
MINOR_UNITS = {"ALL": 2, "EUR": 2, "MKD": 2, "CHF": 2, "GBP": 2, "USD": 2, "JPY": 0}
KNOWN_CURRENCIES = frozenset(
    {
        "ALL",
        "EUR",
        "MKD",
        "CHF",
        "GBP",
        "USD",
        "SEK",
        "NOK",
        "DKK",
        "CAD",
        "AUD",
        "TRY",
        "RSD",
        "BAM",
        "HUF",
        "PLN",
        "CZK",
        "JPY",
    }
)


def is_currency(code: str) -> bool:
    return code in KNOWN_CURRENCIES


def quantize(amount: Decimal, currency: str) -> Decimal:
    exp = Decimal(1).scaleb(-MINOR_UNITS.get(currency, 2))
    return amount.quantize(exp, rounding=ROUND_HALF_UP)


def parse_amount(value: object) -> Decimal:
    """A price from JSON: a number or a decimal string; floats go through their text form."""
    if isinstance(value, bool) or value is None:
        raise ValueError("amount must be a number or a decimal string")
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"amount must be a finite, non-negative number: {value!r}")
    return amount


def money_str(amount: Decimal | None, currency: str) -> str | None:
    return None if amount is None else str(quantize(Decimal(amount), currency))
