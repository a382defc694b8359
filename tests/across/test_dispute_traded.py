"""Blame traded over one attack between two named parties of one class (across/dispute_traded.py)
and a toll told only of 'the strike at the facility' (figures.own_words); sentences we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_traded import blame_of
from newsdesk.across.disputes import find_disputes
from newsdesk.across.figures import own_words
from newsdesk.model import Article, Count, Event, EventMention, Picture, Span
from tests.conftest import story_disputes


def _traded(disputes):
    return [d for d in disputes if d.topic.startswith("who carried it out")]


def test_the_holder_and_the_party_it_blames_are_read_from_each_shape():
    assert blame_of("Norland's defence ministry said Vessia struck the depot with rockets.", None, 0) == \
        ("Norland's defence ministry", "Vessia")
    assert blame_of("The Vessian army command accused Norland of shelling the depot.", None, 0) == \
        ("The Vessian army command", "Norland")
    assert blame_of("Norland's interior ministry blamed the explosion on Vessia.", None, 0) == \
        ("Norland's interior ministry", "Vessia")
    assert blame_of("Norland said the attack was carried out by Vessian forces.", None, 0) == \
        ("Norland", "Vessian forces")


def test_a_negated_act_blames_no_one():
    assert blame_of("Norland's army said its units hadn\u2019t fired on the depot that night.", None, 0) is None
    assert blame_of("Norland's army said Vessia did not strike the depot.", None, 0) is None


def test_two_states_blaming_each_other_across_outlets_is_one_dispute():
    a = "Norland's defence ministry said Vessia struck the prison camp with rockets, killing 30 inmates."
    b = "The Vessian general staff accused Norland of striking the camp to hide the abuse of prisoners."
    c = "Norland and Vessia traded blame for the deadly attack on the camp."
    found = _traded(story_disputes(a, b, c))
    assert len(found) == 1 and found[0].kind == "responsibility"
    assert {cl.article for cl in found[0].claims} == {"a0", "a1", "a2"}


def test_blame_running_one_way_only_is_no_dispute():
    a = "Norland's defence ministry said Vessia struck the prison camp with rockets."
    b = "Norland's foreign minister accused Vessia of shelling the camp again on Friday."
    assert not _traded(story_disputes(a, b))


def test_generic_act_and_site_words_name_no_scope_of_their_own():
    assert own_words({"stri", "faci"}) == set()
    assert own_words({"stri", "kabu"}) == {"kabu"}


def _mention(aid: str, text: str, dead: Count) -> EventMention:
    paras, spans, pos = text.split("\n\n"), [], 0
    for p in paras:
        spans.append(Span(aid, pos, pos + len(p), p))
        pos += len(p) + 2
    return EventMention(aid, "ASSAULT", spans[-1], extra_spans=spans[:-1], dead=dead)


def test_a_toll_of_the_strike_at_the_facility_rivals_another_outlets_figure():
    a = "Norland's army said Vessian rockets hit the prison camp, killing 40 inmates and wounding 75."
    b = ("The prison camp held hundreds of inmates.\n\n"
         "At least 52 people were killed and 70 wounded in the strike on the facility.")
    arts = [Article(id=i, raw=t, text=t, story="s", outlet=i) for i, t in (("a", a), ("b", b))]
    ms = [_mention("a", a, Count(40, 40)), _mention("b", b, Count(52, None))]
    pic = Picture(articles=arts, events=[Event(id="e1", type="ASSAULT", mentions=ms, dead=Count(52, None))])
    find_disputes(arts, pic)
    assert any(d.topic.startswith("death toll") and {c.article for c in d.claims} == {"a", "b"} for d in pic.disputes)
