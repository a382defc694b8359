"""The sites of one coordinated attack are records of their own (across/merge_sites.py): the
airport bombing, the metro bombing and the whole attack's toll are three events, so the
outlets' airport tolls (10 vs 12) sit side by side in one record instead of inside the whole."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_sites import WHOLE, sites_named, split_sites
from newsdesk.model import Count, EventMention, Location, Span

TESSA = Location(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _mention(aid: str, *sentences: str, dead: int | None = None, pos: int = 0) -> EventMention:
    spans = []
    for s in sentences:
        spans.append(Span(aid, pos, pos + len(s), s))
        pos += len(s) + 1
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:], mode="explosion",
                        location=TESSA, date="2026-03-01", date_explicit=True,
                        dead=Count(dead, dead) if dead is not None else None)


def _coverage() -> list[EventMention]:
    """Three outlets; each tells the whole attack and the airport in one run of sentences."""
    return [
        _mention("north", "Bombs struck the Tessa airport and a metro station on Monday, killing 30 people.",
                 "The group claimed the attacks late in the day.",
                 "Officials said 10 people died at the airport.", dead=30),
        _mention("south", "Blasts at the airport and on the metro killed 30 people in Tessa.",
                 "Two bombs went off in the departures hall of the airport, killing 12 people.",
                 "The bomb on the metro killed 18 more.", dead=30),
        _mention("east", "A third bomb hit the metro during the rush hour, killing 18.", dead=18),
        _mention("east", "Nobody has claimed the bombs at the airport and on the subway that killed 30.",
                 "Rescuers said the airport bombing killed at least 10 people.", dead=30, pos=100),
    ]


def _sentences(group: list[EventMention]) -> set[str]:
    return {sp.text for m in group for sp in [m.span, *m.extra_spans]}


def test_site_words_name_kinds_of_site():
    assert sites_named("Two bombs went off in the departures hall.") == {"airport"}
    assert sites_named("Blasts at the airport and on the subway") == {"airport", "metro"}
    assert sites_named("The group claimed the attacks.") == frozenset()


def test_the_airport_bombing_is_its_own_record_with_both_tolls():
    ms, sites = split_sites(_coverage())
    groups = group_mentions(ms, sites=sites)
    airport = [g for g in groups if any(sites.get(id(m)) == "airport" for m in g)]
    assert len(airport) == 1 and {m.article for m in airport[0]} == {"north", "south", "east"}
    assert {m.dead.low for m in airport[0]} == {10, 12}          # the per-site toll dispute
    whole = [g for g in groups if any(sites.get(id(m)) == WHOLE for m in g)]
    assert len(whole) == 1 and "The group claimed the attacks late in the day." in _sentences(whole[0])
    assert all(m.dead is None or m.dead.low == 30 for m in whole[0])
    assert not _sentences(whole[0]) & _sentences(airport[0])
    metro = [g for g in groups if any(sites.get(id(m)) == "metro" for m in g)]
    assert len(metro) == 1 and {m.article for m in metro[0]} == {"south", "east"}


def test_one_outlet_naming_the_sites_together_changes_nothing():
    ms = _coverage()[2:] + [_mention("west", "A bomb at the airport killed 11 people.", dead=11)]
    out, sites = split_sites(ms)
    assert out == ms and not sites


def test_sites_without_tolls_of_their_own_stay_in_the_whole():
    """Churches and hotels named together, but no outlet gives one of them its own toll:
    no site gets a record (the story is told as one attack)."""
    ms = [_mention("a", "Bombs hit churches and hotels in Tessa, killing 200 people.",
                   "One blast struck a church in the old town.", dead=200),
          _mention("b", "The attacks on churches and hotels killed 200.",
                   "Guests fled a hotel near the sea front.", dead=200)]
    out, sites = split_sites(ms)
    assert out == ms and not sites


def test_two_sites_never_merge_however_alike_their_wording():
    a = _mention("a", "A bomb killed 10 people at the airport in Tessa.", dead=10)
    b = _mention("b", "A bomb killed 10 people at the metro in Tessa.", dead=10)
    assert len(group_mentions([a, b])) == 1
    assert len(group_mentions([a, b], sites={id(a): "airport", id(b): "metro"})) == 2


def test_a_toll_in_this_blast_goes_to_the_site_told_just_before():
    """"15 people were killed in this blast", right after the metro sentence, is the metro's
    toll, not the whole attack's."""
    first = "Blasts at the airport and on the metro killed 30 people in Tessa."
    metro = "Another bomb went off at the metro station near the river."
    toll = "The transport authority said 18 people were killed in this blast."
    north = EventMention("north", "ASSAULT", Span("north", 0, len(first), first),
                         extra_spans=[Span("north", 200, 200 + len(toll), toll)],
                         location=TESSA, date="2026-03-01", dead=Count(30, 30))
    north_metro = EventMention("north", "ASSAULT", Span("north", 200 - len(metro) - 1, 199, metro),
                               location=TESSA, date="2026-03-01")
    ms = [north, north_metro] + _coverage()[1:]
    out, sites = split_sites(ms)
    mine = [m for m in out if m.article == "north"]
    metro_m = next(m for m in mine if sites.get(id(m)) == "metro")
    assert {sp.text for sp in [metro_m.span, *metro_m.extra_spans]} == {metro, toll}
    assert metro_m.dead.low == 18
    whole = next(m for m in mine if sites.get(id(m)) == WHOLE)
    assert whole.dead.low == 30 and not whole.extra_spans


def test_a_cut_part_keeps_only_the_parties_its_sentences_name():
    from newsdesk.across.merge_sites import cut
    m = _mention("a", "Islamic State bombs killed at least 30 people at the airport and the metro.",
                 "Two bombs went off in the departures hall, killing at least 12 travellers.", dead=30)
    m.actor, m.recipient = "Islamic State", "at least 30 people"
    part = cut(m, m.extra_spans)
    assert part.actor is None and part.recipient is None and part.dead.low == 12
    assert cut(m, [m.span]).actor == "Islamic State"


def test_a_site_told_as_close_by_is_one_complex_attack():
    """A gate bombing and "another blast close by, near the hotel": one attack at adjacent
    places (like twin blasts at one cathedral), so no site is cut out of it."""
    ms = [_mention("a", "A suicide bomb outside the airport gate in Tessa killed 13 soldiers.",
                   "A second bomb went off close by, at an inn beyond the airport gate.", dead=13),
          _mention("b", "One blast occurred at the airport gate and another occurred close by, near the hotel.",
                   "A bomb at the airport killed 13 soldiers, officials said.", dead=13)]
    out, sites = split_sites(ms)
    assert out == ms and not sites


def test_the_parts_of_one_premises_are_not_sites():
    """A compound described with its hotel, cafes and offices is one place struck, not a
    coordinated attack on several kinds of site (tuning set 28: three outlets described the
    compound that way, and the attack was cut into a hotel record and a whole)."""
    assert sites_named("The siege of the Palmyra compound, which includes a hotel, two cafes "
                       "and offices, lasted all night.") == frozenset()
    assert sites_named("Gunmen hit the Lindqvist tower \u2013 which also houses a bank and a "
                       "restaurant \u2013 and then a school across the river.") == {"school"}
    assert sites_named("Bombs struck a hotel and a cafe on the sea front.") == {"hotel", "eatery"}
    ms = [_mention("a", "Gunmen stormed the Palmyra hotel complex in Tessa, killing 9 people.",
                   "The attack on the compound, which includes a hotel, cafes and offices, "
                   "began at noon.", dead=9),
          _mention("b", "Nine people died when gunmen attacked the Palmyra hotel in Tessa.",
                   "The compound, which houses a hotel, a restaurant and banks, was sealed off.",
                   dead=9)]
    out, sites = split_sites(ms)
    assert out == ms and not sites
