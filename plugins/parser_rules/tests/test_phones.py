import pytest

from plugins.parser_rules.phones import find_phones


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("cel 068 423 4455", "AL", "+355684234455"),
        ("+355 69 222 3344", "XK", "+355692223344"),
        ("00355692223344", "AL", "+355692223344"),
        ("nr 044 321 654", "AL", "+38344321654"),  # Kosovo mobile, written locally
        ("049-765-432", "XK", "+38349765432"),
        ("+383 45 111 222", "AL", "+38345111222"),
        ("070 456 789", "AL", "+38970456789"),  # North Macedonia
        ("cell 333 765 4321", "AL", "+393337654321"),  # Italy
        ("0157 98765432", "AL", "+4915798765432"),  # Germany
        ("+41 79 555 66 77", "AL", "+41795556677"),  # Switzerland
        ("0044 7911 123456", "AL", "+447911123456"),  # UK
        ("+1 212 736 5000", "AL", "+12127365000"),  # US
    ],
)
def test_phone_forms(text: str, region: str, e164: str | None) -> None:
    hits = find_phones(text, region)
    assert (hits[0].e164 if hits else None) == e164


def test_phone_span_points_at_the_number() -> None:
    text = "Tel: 068 123 4455, faleminderit"
    hit = find_phones(text, "AL")[0]
    assert text[hit.start : hit.end] == "068 123 4455"


def test_postcode_and_house_number_are_not_phones() -> None:
    assert find_phones("Via Roma 12, 20121 Milano", "IT") == []
