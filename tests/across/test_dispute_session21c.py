"""Set-28 causes, on sentences we wrote: a record's toll cites the outlet's named source too
(across/dispute_cited.py); a convoy's size told differently is a dispute
(across/dispute_vehicles.py); an exact crew count leads an estimate cited as often
(across/dispute_headcount.py); a passive toll ("had been reported killed") is no earlier report
(across/dispute_update.py)."""
from __future__ import annotations

from newsdesk.across.dispute_update import CORRECTION, untold
from newsdesk.across.dispute_vehicles import convoy
from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Count, Event, EventMention, Picture, Span
from tests.conftest import story_disputes

A = ("At least nine people died on Monday when a bomb went off at the bus depot in Tessa."
     "\n\nGovernor Amani Wekesa said nine people were confirmed dead by the evening.")
B = "A bomb tore through the bus depot in Tessa on Monday, killing at least twelve people."


def _mention(aid: str, text: str, dead: int) -> EventMention:
    first = text.split("\n\n")[0]
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(first), first), dead=Count(dead, None))


def test_a_records_toll_cites_the_named_source_of_the_figure():
    arts = [Article(id=a, raw=t, text=t, story="s", outlet=a) for a, t in (("a", A), ("b", B))]
    ms = [_mention("a", A, 9), _mention("b", B, 12)]
    pic = Picture(articles=arts, events=[Event(id="e1", type="ASSAULT", mentions=ms, dead=Count(9, None))])
    find_disputes(arts, pic)
    toll = next(d for d in pic.disputes if d.kind == "count")
    assert any("Governor Amani Wekesa said" in c.span.text and "Wekesa" in c.holder for c in toll.claims)
    assert any(c.article == "b" for c in toll.claims)


def test_convoy_sizes():
    assert convoy("Police said the gunmen arrived in three pickup trucks and opened fire on the market.") == {3}
    assert convoy("Raiders in two cars drove up to the gate before dawn.") == {2}
    assert convoy("Gunmen set fire to four cars outside the depot.") == set()          # no convoy
    assert convoy("The gunmen came in at least three vans, a witness said.") == set()  # a bound
    assert convoy("The family travelled in two cars to the wedding.") == set()         # no crew


def test_convoys_told_differently_are_a_dispute():
    ds = story_disputes("Police said the gunmen arrived in three pickup trucks and opened fire on the market.",
                        "A trader said the attackers came in two cars and fled north after ten minutes.")
    assert any("vehicles" in d.topic and {c.article for c in d.claims} == {"a0", "a1"} for d in ds)


def test_one_convoy_told_alike_is_no_dispute():
    ds = story_disputes("Police said the gunmen arrived in three pickup trucks and opened fire on the market.",
                        "A trader said the attackers came in three pickup trucks and fled north.")
    assert not any("vehicles" in d.topic for d in ds)


def test_an_exact_crew_count_leads_an_estimate_cited_as_often():
    ds = [d for d in story_disputes(
        "\u201cWe think there are two or three attackers hiding in the kitchens,\u201d a police officer said.",
        "The minister said troops had killed all four gunmen who stormed the shopping centre.",
        "The police commander told reporters that five attackers took part in the raid.") if d.kind == "headcount"]
    assert ds and "4" in ds[0].topic and "5" in ds[0].topic   # not "3 vs 5": four is no rival of 2-3


def test_a_passive_toll_is_no_earlier_report():
    s = "The mayor said that nine people had been reported killed and dozens hurt in the blast."
    assert untold(s, CORRECTION.search(s))
    s = "Nine people had initially been reported killed, a figure the police later lowered."
    assert not untold(s, CORRECTION.search(s))
