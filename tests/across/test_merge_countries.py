"""Reports of an attack placed at well-known towns of two countries stay two records
(across/merge_countries.py): an attack dated against an earlier one abroad shares the
story's words with the other outlets' tellings but must not give the record its town."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_countries import country_vetoes
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

LISBON = dict(name="Lisbon", country="PT", lat=38.72, lon=-9.14, precision="city")
MADRID = dict(name="Madrid", country="ES", lat=40.42, lon=-3.70, precision="city")
VILLAGE = dict(name="Catalan", country="TR", lat=37.0, lon=35.0, precision="city")

HERE_A = "Two gunmen opened fire at the main railway station in Madrid on Friday, wounding commuters."
HERE_B = "Gunmen opened fire at the main railway station on Friday and wounded dozens of commuters."
HERE_C = "Two gunmen opened fire inside Madrid's main railway station on Friday, wounding commuters."
ABROAD = ("The shooting follows an attack by gunmen who opened fire at the main railway station "
          "in Lisbon, wounding commuters.")


def _m(aid, text, where):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), actor="gunmen",
                        location=Location(**where), date="2026-03-06", date_explicit=True)


def test_a_town_abroad_stays_apart():
    ms = [_m("a", HERE_A, MADRID), _m("b", HERE_B, MADRID), _m("c", HERE_C, MADRID),
          _m("a", ABROAD, LISBON)]
    groups = group_mentions(ms)
    assert together(groups, *ms[:3])
    assert not together(groups, ms[0], ms[3]) and not together(groups, ms[1], ms[3])


def test_only_well_known_towns_veto():
    named = _m("a", ABROAD, LISBON)
    assert country_vetoes([named, _m("b", HERE_B, MADRID)])[0, 1]
    # a village that shares its name with a common word ("Catalan") keeps nothing apart
    word = _m("a", "Police charged voters in several Catalan towns on Friday.", VILLAGE)
    assert not country_vetoes([word, _m("b", HERE_B, MADRID)]).any()
    # neither side names its town: the places are only the articles' defaults
    assert not country_vetoes([_m("a", HERE_B, LISBON), _m("b", HERE_B, MADRID)]).any()
