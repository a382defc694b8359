"""How wide a resolved place is, and whether a statement ties itself to a country, for the
event step's choice of an act's place (ev_context.Places.group_location)."""
from __future__ import annotations

import re

from newsdesk.model import Location

from .candidates import resolve
from .gazetteer import gazetteer

# a capitalised run of up to three words ("Burkina Faso", "Tunisian")
_NAME_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,2}")
# seas, gulfs, straits: a shared body of water is where a maritime act happens
_WATER = re.compile(r"\b(?:Gulf|Sea|Strait|Straits|Ocean|Bay|Channel|Sound|Bight|Red Sea|Mediterranean)\b", re.I)
# "the country's president": a definite reference to the country the article is about
_THE_COUNTRY = re.compile(r"\bthe (?:country|nation)(?:'s|\u2019s)?\b", re.I)


def above_countries(loc: Location | None) -> bool:
    """Whether `loc` is a region spanning several countries (a continent, "West Africa").

    Such names frame an act rather than place it: the area a wave of coups sweeps, a refugee
    route's end, the reach of attacks "from Europe to West Africa", a group's name. No
    single act happens in a continent, so the event step reads them as naming no place. A
    body of water is no such frame: ships are attacked, seized and sunk in a gulf or strait."""
    return loc is not None and loc.precision == "region" and not loc.country and not _WATER.search(loc.name)


def names_country(text: str, cc: str | None) -> bool:
    """Whether a sentence ties itself to country `cc`: by the country's name, its demonym
    ("Tunisian resort") or "the country". A statement framed by a continent takes the
    article's own place only when so tied; protests "across Europe" in a story placed
    elsewhere stay unplaced rather than land in the story's city."""
    if not cc:
        return False
    if _THE_COUNTRY.search(text):
        return True
    gz = gazetteer()
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        if any(gz.demonym(w.rstrip("'\u2019s.")) == cc for w in words):
            return True
        loc = resolve(m.group().rstrip("'\u2019s."))
        if loc is not None and loc.precision == "country" and loc.country == cc:
            return True
    return False


def framed_default(texts: list[str], default: Location | None) -> Location | None:
    """The article's place for a statement whose only place was a continent (`texts`), when
    the statement ties itself to that place's country; else no place."""
    if default is not None and any(names_country(t, default.country) for t in texts):
        return default
    return None
