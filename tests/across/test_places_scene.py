"""The event place across sources (across/places.py): a report's fallback place weighs by
how often the story states it, and a name used for a side ("pro-Kiev protesters", "the
Kiev authorities") or an origin ("radicals who had come from Kiev") is not a stated place."""
from __future__ import annotations

from newsdesk.across.places import best_location, names_place, scene
from newsdesk.model import EventMention, Location, Span

ODESA = dict(name="Odesa", country="UA", lat=46.486, lon=30.744, precision="city")
KYIV = dict(name="Kyiv", country="UA", lat=50.455, lon=30.524, precision="city")


def _m(aid, text, place):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), location=Location(**place))


def test_a_name_for_a_side_or_an_origin_is_not_the_place_stated():
    assert names_place(_m("a", "Clashes broke out in Kiev on Friday.", KYIV), Location(**KYIV))
    for text in ("Four were killed in clashes between pro-Russian and pro-Kiev protesters.",
                 "Three were killed in clashes with opponents of the current Kiev authorities.",
                 "Riots broke out between fans and radicals who had come from Kiev."):
        assert not names_place(_m("a", text, KYIV), Location(**KYIV)), text


def test_fallback_places_weigh_by_how_often_the_story_states_them():
    story = [_m("a", "A fire in Odessa killed 38 people.", ODESA),
             _m("b", "At least 31 died in the blaze in Odessa.", ODESA),
             _m("c", "Police in Odessa said the toll would rise.", ODESA),
             _m("d", "Crowds gathered in Kiev on Saturday.", KYIV)]
    where = scene(story)
    assert where["odesa"] == 1.0 and 0 < where["kyiv"] < 1.0
    # one clash told by three reports, none naming the city: two filed from the capital
    clash = [_m("e", "Earlier, four people were killed in clashes in the city.", ODESA),
             _m("f", "Three to five people were killed in the clashes.", KYIV),
             _m("g", "Riots emerged earlier in the day between rival fans.", KYIV)]
    assert best_location(clash).name == "Kyiv"                  # a plain vote of fallbacks
    assert best_location(clash, where).name == "Odesa"          # the story's scene wins
    stated = [_m("h", "Riots broke out in Kiev.", KYIV), *clash[:1]]
    assert best_location(stated, where).name == "Kyiv"          # a stated place still wins


def test_a_continent_places_an_act_only_when_no_report_names_a_country():
    area = dict(name="West Europe", country=None, lat=None, lon=None, precision="region")
    land = dict(name="Estonia", country="EE", lat=58.6, lon=25.0, precision="country")
    acts = [_m("a", "The minister was seized as fears grew of unrest in West Europe.", area),
            _m("b", "The minister has been held by guards since Monday.", land)]
    assert best_location(acts).name == "Estonia"
    assert best_location(acts[:1]).name == "West Europe"
