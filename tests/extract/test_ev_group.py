"""Grouping an article's attack statements (extract/ev_group.py): the worst part of a
series is also its own event, "the assaults" go to the headline attacks, and a new toll
named by "the clashes" is not folded into an unrelated toll-less attack."""
from __future__ import annotations

from newsdesk.api import analyze
from tests.conftest import assault_mentions, shared_path


def attacks(text: str, published: str = "2015-11-14"):
    return assault_mentions(text, published)


def figures(ms) -> list:
    return [(m.dead.low, m.dead.high) if m.dead else None for m in ms]


def test_worst_part_of_a_series_is_also_its_own_event():
    ms = attacks("LYON — Gunmen targeted five sites across Lyon on Friday night, the deadliest "
                 "being a massacre at a concert hall where at least 20 people were killed. "
                 "In all, officials put the number of dead at 45.")
    assert figures(ms) == [(45, 45), (20, None)]
    assert ms[1].span.text == ms[0].span.text and not ms[1].extra_spans   # the part's sentence


def test_the_assaults_refer_to_the_headline_attacks_not_the_last_one_told():
    ms = attacks("Gunmen and bombers killed 45 people at locations across Lyon on Friday. "
                 "Some 15 more people were killed in three other attacks in the Lyon region, "
                 "officials said. The assaults came as France, which is waging air strikes "
                 "against militants in Syria and Iraq, was on high alert.")
    lede = ms[0]
    assert figures(ms)[:2] == [(45, 45), (15, 15)]
    assert any(s.text.startswith("The assaults came") for s in lede.extra_spans)
    assert all(m.location is None or m.location.name != "Syria" for m in ms)


def test_a_new_toll_for_the_clashes_is_not_an_unrelated_attack():
    ms = attacks("ODESSA — A fire in the trade unions building in Odessa killed 38 people on "
                 "Friday, the interior ministry said. Radicals attacked even those who were "
                 "saved from the burning building. According to various estimates, from three "
                 "to five people were killed in the clashes.")
    clash = [m for m in ms if m.dead and (m.dead.low, m.dead.high) == (3, 5)]
    assert len(clash) == 1 and not clash[0].extra_spans
    assert clash[0].span.text.startswith("According to various estimates")


def test_reuters_paris_background_sentence_joins_the_toll_of_127():
    pic = analyze([shared_path("eval", "dev", "batch-c", "articles", "paris-attacks-reuters.txt")])
    ms = [m for m in pic.articles[0].mentions if m.type == "ASSAULT"]
    lede = next(m for m in ms if m.dead and m.dead.low == 127)
    assert any(s.text.startswith("The assaults came as France") for s in [lede.span, *lede.extra_spans])
    assert lede.location is not None and lede.location.name == "Paris"
