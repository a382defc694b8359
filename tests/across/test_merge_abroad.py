"""A source's toll told only by a sentence about an act in another country leaves the source
(across/merge_abroad.py): "IS also said it was responsible for the ... bombings in Paris
which killed 129 people", filed with a plane downed over Sinai, gave that event a second toll,
an injured count and a toll dispute (unseen set 5, Metrojet 9268)."""
from __future__ import annotations

from newsdesk.across.merge_abroad import drop_abroad_figures
from newsdesk.model import Count, EventMention, Location, Span

SINAI = dict(name="Sinai", country="EG", precision="region")
MOSCOW = dict(name="Moscow", country="RU", lat=55.75, lon=37.62, precision="city")
CAIRO = dict(name="Cairo", country="EG", lat=30.06, lon=31.25, precision="city")

OTHER_ATTACK = ("The group also said it was responsible for the shootings and bombings in Paris on "
                "Friday night which killed 129 people and wounded hundreds more.")


def _m(aid, texts, place, dead=None, injured=None):
    spans = [Span(aid, 0, len(t), t) for t in texts]
    return EventMention(aid, "ASSAULT", spans[0], location=Location(**place), extra_spans=spans[1:],
                        dead=Count(dead, dead) if dead else None,
                        injured=Count(injured, None) if injured else None)


def test_a_toll_told_of_an_attack_abroad_leaves_the_source():
    blog = _m("blog", ["A bomb had been planted on board the plane, the security chief said.", OTHER_ATTACK],
              MOSCOW, dead=129, injured=200)
    wire = _m("wire", ["The crash on Saturday killed all 224 people on board."], SINAI, dead=224)
    drop_abroad_figures([blog, wire])
    assert blog.dead is None and blog.injured is None
    assert wire.dead == Count(224, 224)          # the event's own toll stays


def test_a_toll_told_at_home_or_also_at_home_stays():
    home = _m("a", ["A car bomb in Cairo killed 12 people."], CAIRO, dead=12)
    both = _m("b", ["An attack in Paris killed 3.", "The blast in Cairo killed 12 people."], CAIRO, dead=12)
    drop_abroad_figures([home, both])
    assert home.dead == Count(12, 12) and both.dead == Count(12, 12)


def test_a_place_of_the_events_own_country_or_an_unknown_name_is_no_evidence():
    # the only source placed in France: Paris is the event's own country
    alone = _m("a", [OTHER_ATTACK], dict(name="Paris", country="FR", lat=48.85, lon=2.35, precision="city"),
               dead=129)
    drop_abroad_figures([alone])
    assert alone.dead == Count(129, 129)
    # a square of Cairo that the gazetteer only guesses at ("Rabaa" -> Rabat) is not abroad
    square = _m("b", ["Reporters in Rabaa al-Adawiya saw 43 bodies laid out on the floor."], CAIRO, dead=43)
    drop_abroad_figures([square, _m("c", ["Police cleared the camp in Cairo."], CAIRO)])
    assert square.dead == Count(43, 43)
