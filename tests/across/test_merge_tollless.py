"""A toll-less report of an attack joins the one event carrying a toll at the same town on
the same day (across/merge.py `join_tollless`); it stays alone when that is ambiguous."""
from __future__ import annotations

from newsdesk.across.merge import MergeParams, _Mention, group_mentions, join_tollless
from newsdesk.api import analyze
from newsdesk.model import Count, EventMention, Location, Span
from tests.conftest import shared_path, together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")
ORVEL = dict(name="Orvel", country="XA", lat=10.5, lon=21.5, precision="city")


def _m(aid, text, place, date="2026-03-01", dead=None, mode=None, actor=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), mode=mode, actor=actor,
                        location=Location(**place), date=date, date_explicit=True,
                        dead=Count(dead, None) if dead is not None else None)


def test_bare_report_joins_the_only_tolled_event_in_its_town():
    toll = _m("a", "Renewed fighting in Tessa led to the deaths of at least nine people.", TESSA, dead=9)
    bare = _m("b", "The president said many rebels had been killed in an army offensive in Tessa.", TESSA)
    other = _m("c", "Separately, a bomb exploded at a market in Orvel, killing four.", ORVEL, dead=4)
    groups = group_mentions([toll, other, bare])
    assert together(groups, toll, bare)
    assert not together(groups, other, bare)


def _joined(*ms) -> list[list[EventMention]]:
    """join_tollless alone, each mention starting as its own event."""
    return [[x.m for x in g] for g in join_tollless([[_Mention(m)] for m in ms], MergeParams())]


def test_bare_report_stays_alone_when_ambiguous_or_elsewhere_in_time():
    one = _m("a", "A bomb at the Tessa stadium killed 40 people.", TESSA, dead=40)
    two = _m("c", "Gunmen killed 80 people at a concert hall in Tessa.", TESSA, dead=80)
    bare = _m("b", "Police stormed a building in Tessa.", TESSA)
    assert together(_joined(one, bare), one, bare)
    groups = _joined(one, two, bare)                            # two candidates: ambiguous
    assert not together(groups, one, bare) and not together(groups, two, bare)
    late = _m("b", "Police stormed a building in Tessa.", TESSA, date="2026-03-05")
    assert not together(_joined(one, late), one, late)
    unplaced = _m("b", "Police stormed a building.", TESSA)      # the place is not its own
    assert not together(_joined(one, unplaced), one, unplaced)
    same = _m("a", "Police stormed a building in Tessa.", TESSA)   # one article: two events
    assert not together(_joined(one, same), one, same)


def test_odessa_coverage_joins_the_sloviansk_offensive_to_its_toll():
    d = shared_path("eval", "dev", "batch-c", "articles")
    pic = analyze(sorted(d.glob("odessa-fire-*")))
    slov = [e for e in pic.events if e.type == "ASSAULT" and e.location is not None
            and e.location.name.startswith("Slov")]
    assert slov, "the Sloviansk offensive is an event"
    big = max(slov, key=lambda e: len({m.article for m in e.mentions}))
    assert {"odessa-fire-afp", "odessa-fire-bbc", "odessa-fire-xinhua"} <= {m.article for m in big.mentions}
    assert big.dead is not None and big.dead.low == 9


def test_a_victim_named_later_in_the_same_article_joins_its_attack():
    # an article's own grouping may split off "another man was also killed in the attack";
    # it points back at the attack the article told, so it joins that event
    toll = _m("a", "A gunman killed four people on the trail bridge in Tessa.", TESSA, dead=4)
    back = _m("a", "Another man, a jogger, was also killed in the attack in Tessa.", TESSA)
    elsewhere = _m("b", "The gunman's car was found in Tessa.", TESSA)
    groups = _joined(toll, back, elsewhere)
    assert together(groups, toll, back)
    new_act = _m("a", "Police later raided a house in Tessa.", TESSA)
    assert not together(_joined(toll, new_act), toll, new_act)
