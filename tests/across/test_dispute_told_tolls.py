"""Outlets' tolls of one act worded each in its own way (across/toll_scope.py): a sentence naming
nothing but the count, who tells it and when rivals the other outlets' figures; a group named
as the dead that is as large as the whole is no part; a toll the news is dated against with no
counted interval, or a noise that "died down", is no toll of the act (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.disputes import _content
from newsdesk.across.dispute_part_whole import trim
from newsdesk.across.toll_scope import attribution_out, elsewhere, told_only
from newsdesk.model import Claim, Dispute, Span
from tests.conftest import story_disputes


def _overall(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "count" and d.topic.startswith("overall")]


def test_a_toll_told_by_a_named_official_rivals_other_outlets_figures():
    a = "On Thursday, Governor Alma Restrepo told reporters that 27 people had died."
    b = "At least 24 people, two of them children, were killed when a car bomb tore through the Varnok bus depot."
    c = "Officials put the death toll at 31 after the remains of a family of four were found beneath a van."
    found = _overall(a, b, c)
    assert len(found) == 1
    assert {x.article for x in found[0].claims} == {"a0", "a1", "a2"}


def test_who_tells_a_toll_and_when_name_nothing_it_counts():
    bare = [("Protest leader Omar Hadi told the Kestrel agency that as many as 40 people may have died over "
             "the course of the day."),
            "Provincial authorities, who set the toll at 50 on Friday, said 300 were hurt, 20 of them critically.",
            "Some 35 are now known to be dead and 90 hurt, most of them by the blasts."]
    for t in bare:
        assert not told_only(t, _content), t
    assert told_only("At least 12 people died at the Merrow ferry pier when the crane fell.", _content)


def test_the_lead_in_that_tells_a_toll_is_set_aside():
    out = attribution_out("A senior rescue official told the Kestrel agency that 40 died in the landslide.")
    assert "official" not in out and "40 died in the landslide" in out
    out = attribution_out("Some 40 people died in the landslide, a senior rescue official said.")
    assert "official" not in out and "40 people died" in out


def test_a_group_as_large_as_the_whole_is_no_part():
    def claim(aid, text):
        return Claim(aid, "x", Span(aid, 0, len(text), text))
    whole = claim("a1", "At least 45 people are known to have been killed in the raid on the academy.")
    group = claim("a0", "At least 48 police cadets have been confirmed dead after gunmen stormed the academy.")
    kept = trim(Dispute("overall death toll: 45+ vs 48+", [group, whole], "count"))
    assert kept is not None and {c.article for c in kept.claims} == {"a0", "a1"}
    part = claim("a0", "Two police officers were killed at the academy's front gate.")
    assert trim(Dispute("overall death toll: 2 vs 45+", [part, whole], "count")) is None


def test_an_earlier_act_dated_without_a_count_and_a_noise_that_died_down():
    assert elsewhere("The raid in Tarsk comes just months after a clinic bombing there left 73 dead.")
    assert elsewhere("It came only days after gunmen killed 14 at a wedding near the border.")
    assert elsewhere("Eleven people were killed in a similar attack on the same market in spring.")
    assert elsewhere("By dusk the shooting had died down, and most of the town's 90,000 people stayed indoors.")
    assert not elsewhere("Gunmen killed 22 people at the depot on Monday, police said.")
    assert not elsewhere("The shooting died down after troops killed 22 people in the square.")
    assert elsewhere("Minutes later a second blast hit the tram depot, which left some 15 dead.")
    assert not elsewhere("A second blast minutes later brought the toll to 40.")


def test_an_earlier_acts_toll_makes_no_overall_dispute():
    a = "At least 30 people were killed when a bomb hit the Varnok bus depot on Monday."
    b = "The bombing comes only weeks after 85 people died in a similar attack on a stadium."
    assert not _overall(a, b)
