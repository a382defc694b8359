"""Armed foes "neutralised", on sentences we wrote: the security forces' word for force used on
attackers is an ASSAULT; a device or a threat neutralised is defused, no act of force."""
from __future__ import annotations

from newsdesk.extract.plover import find_triggers


def _types(text: str) -> list[str]:
    return [t.type for t in find_triggers(text)]


def test_attackers_neutralised_is_force_used():
    assert "ASSAULT" in _types('The ministry said soldiers had "neutralised" the three gunmen.')
    assert "ASSAULT" in _types("Special units stepped in and managed to neutralize four militants near Harlow.")
    assert "ASSAULT" in _types("Both of the attackers were neutralised by the presidential guard.")


def test_a_device_or_a_threat_neutralised_is_no_assault():
    assert "ASSAULT" not in _types("Engineers located and neutralised two roadside devices on the Harlow road.")
    assert "ASSAULT" not in _types("The new shield neutralises the threat of drones.")
