"""Offline gazetteer and toponym resolution: place names -> Location (ISO country, admin1,
lat/lon, precision), with transliteration-tolerant matching, article-level coherence,
relative places ("south of Kirkuk") and admin-area fallback. See resolve.py, relative.py."""
from .gazetteer import gazetteer
from newsdesk.model import Location

from .resolve import ArticleGeo, GeoLocation, candidates, resolve


def demonym_country(word: str) -> str | None:
    """ISO alpha-2 of a demonym ("Iraqi" -> "IQ"). Demonyms are not places: the caller
    decides what to do with them (actors, nationality)."""
    return gazetteer().demonym(word)


__all__ = ["ArticleGeo", "Location", "GeoLocation", "resolve", "candidates", "demonym_country", "gazetteer"]
