"""A storming (ASSAULT) and a seizure (COERCE) of one named site on one day are one record;
another site, another day, another town, another actor, or two seizures to choose from keep
them apart (across/merge_seized.py)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions, place_relation
from newsdesk.across.merge_seized import join_seized
from newsdesk.model import EventMention, Location, Span

TOWN = dict(name="Harlow", country="XA", lat=10.0, lon=20.0, precision="city")
FAR = dict(name="Brentford", country="XA", lat=12.0, lon=23.0, precision="city")
REGION = dict(name="Upland", country="XA", precision="admin1")


def _m(aid, typ, text, day="2026-02-12", actor=None, place=TOWN):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), actor=actor,
                        location=Location(**place), date=day, date_explicit=True)


SEIZED = "A group of armed men seized the regional parliament in Harlow early on Thursday."
STORMED = "Masked gunmen stormed the parliament in the Upland region on Thursday."


def _joined(groups) -> int:
    return len(join_seized([list(g) for g in groups], place_relation, 60.0))


def test_storming_joins_the_seizure_of_the_same_site_that_day():
    seize = _m("a", "COERCE", SEIZED, actor="group of armed men")
    storm = _m("b", "ASSAULT", STORMED, place=REGION)
    groups = group_mentions([seize, storm])
    assert len(groups) == 1
    assert groups[0][0].type == "COERCE"            # the seizure's type leads the record


def test_other_site_day_town_actor_or_two_seizures_stay_apart():
    seize = _m("a", "COERCE", SEIZED, actor="group of armed men")
    airport = _m("b", "ASSAULT", "Gunmen stormed the airport in Harlow on Thursday.")
    assert _joined([[seize], [airport]]) == 2
    next_day = _m("b", "ASSAULT", STORMED, day="2026-02-13", place=REGION)
    assert _joined([[seize], [next_day]]) == 2
    elsewhere = _m("b", "ASSAULT", "Militiamen stormed the parliament in Brentford.", place=FAR)
    assert _joined([[seize], [elsewhere]]) == 2
    police = _m("b", "ASSAULT", STORMED, actor="riot police", place=REGION)
    assert _joined([[seize], [police]]) == 2
    second = _m("c", "COERCE", "Protesters occupied the parliament of Upland on Thursday.",
                place=REGION)
    assert _joined([[seize], [second], [_m("b", "ASSAULT", STORMED, place=REGION)]]) == 3


def test_a_storming_without_a_named_site_stays_apart():
    seize = _m("a", "COERCE", SEIZED)
    shots = _m("b", "ASSAULT", "Gunfire was heard during the night near the building.")
    assert _joined([[seize], [shots]]) == 2
