"""A province named after its capital ("the province of Idlib", "Idlib province").

Why: many first-level regions share their capital's name (Idlib, Aleppo, Homs, Kandahar,
Helmand's Lashkar Gah aside), and the gazetteer resolves the bare name to the city. When the
article itself calls the name a province, a town of that province (Khan Shaykhun, 50 km from
Idlib city) is inside the place it names, not 50 km away from it: one event's place told at
two grains, as "Iowa" and a town of Iowa are.
"""
from __future__ import annotations

import re

_REGION = r"(?:province|governorate|prefecture|state|region|district)"


def called_province(text: str | None, name: str) -> bool:
    """The text names `name` as a first-level region ("Idlib province", "province of Idlib")."""
    if not text or not name:
        return False
    n = re.escape(name)
    return re.search(rf"\b{n}(?:'s)?\s+{_REGION}\b|\b{_REGION}\s+of\s+{n}\b", text, re.I) is not None


def _capital_named(loc) -> bool:
    """A city that shares its first-level region's name."""
    return loc is not None and loc.precision == "city" and bool(loc.admin1) \
        and loc.admin1.lower() == (loc.name or "").lower()


def province_holds(text: str | None, x: str, lx, ly) -> bool:
    """`x` (resolved `lx`) is called a province in the text and `ly` lies in that province."""
    return _capital_named(lx) and ly is not None and ly.country == lx.country \
        and ly.admin1 == lx.admin1 and called_province(text, x)
