"""The generic dispute fallback: pairs of attributed sentences ranked by generic features
(across/dispute_fallback.py, dispute_fb_features.py; sentences we wrote)."""
from __future__ import annotations

from newsdesk.across import disputes as D
from newsdesk.across.dispute_fallback import fallback
from newsdesk.across.dispute_fb_features import clash, counts, features, read
from newsdesk.model import Article, Claim, Dispute
from tests.conftest import story_disputes


def _story(*texts):
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s", outlet=f"Paper {i}") for i, t in enumerate(texts)]
    ctx = D.story_context(arts)
    return arts, ctx


def _fallback(*texts, kept=()):
    arts, ctx = _story(*texts)
    return fallback(arts, ctx, list(kept))


def test_counts_read_the_counted_noun_and_leave_parts_out():
    assert counts("An army spokesman said troops fought about 15 gunmen near the river.") == {"attackers": {(12, 19)}}
    assert counts("Farmers said there were dozens of gunmen hiding in the hills.") == {"attackers": {(24, 99)}}
    assert counts("The storm left 20 dead and 112 wounded across the delta.") == {"dead": {(20, 20)},
                                                                                 "wounded": {(112, 112)}}
    assert counts("Rescuers said the flood killed at least six people in the valley.") == {"dead": {(6, 18)}}
    assert counts("Guards shot dead three of the raiders at the gate.") == {}              # a part
    assert counts("The clinic said it was treating some 50 wounded from the blast.") == {}  # one site's share
    assert counts("It was the worst blast since the 1998 bombing, in which 200 died.") == {}  # another event


def test_a_figure_against_a_vague_quantity_clashes():
    a = read("a0", None, 0, "An army spokesman said troops fought about 15 gunmen in the hills near the village.", "army")
    b = read("a1", None, 0, "However, farmers said there were dozens of gunmen hiding in the hills.", "farmers")
    c = read("a2", None, 0, "A local official said some 14 gunmen had crossed the river at dawn.", "official")
    assert clash(a, b) == "attackers"
    assert clash(a, c) is None                        # "about 15" and "some 14" can both hold
    f = features(a, b)
    assert f["clash"] == 1.0 and f["contrast"] == 1.0 and f["holders"] == 1.0


def test_a_denial_answers_the_statement_it_denies():
    a = read("a0", None, 0, "The transport minister said the ferry company had ignored the storm warning.", "minister")
    b = read("a1", None, 0, "The ferry company denied that it had ignored the storm warning.", "company")
    f = features(a, b)
    assert f["polarity"] == 1.0 and f["answers"] == 1.0


def test_fallback_reports_rival_headcounts_across_outlets():
    ds = _fallback("An army spokesman, Colonel Miro Daro, said troops fought about 15 gunmen in the hills near the village.",
                   "However, farmers said there were dozens of gunmen in the hills near the village.")
    assert len(ds) == 1
    d = ds[0]
    assert d.topic.startswith("number of attackers") and len(d.claims) == 2
    assert {c.article for c in d.claims} == {"a0", "a1"}


def test_fallback_reports_a_denial_beside_its_charge():
    ds = _fallback("The transport minister, Ana Lobo, said on Monday that the ferry company had ignored "
                   "the storm warning before the ship left port. However, the ferry company denied that it had "
                   "ignored the storm warning before the ship left port.")
    assert len(ds) == 1 and "denied: that it had ignored the storm warning" in ds[0].topic


def test_no_fallback_without_a_slot_or_a_second_voice():
    # two figures of different things
    assert not _fallback("Police said 12 people were killed in the market blast on Friday.",
                         "The mayor said the market blast wounded 40 traders on Friday.")
    # one voice telling two figures of one count, in one article
    assert not _fallback("The governor said 30 people died in the fire. The governor said 45 people died in the fire.")


def test_the_budget_and_what_a_detector_already_told():
    texts = ("An army spokesman, Colonel Miro Daro, said troops fought about 15 gunmen in the hills near the village.",
             "However, farmers said there were dozens of gunmen in the hills near the village.")
    arts, ctx = _story(*texts)
    told = Dispute("number of gunmen", [Claim("a0", "army", arts[0].span(0, len(texts[0])))], "count")
    assert len(fallback(arts, ctx, [])) == 1
    assert not fallback(arts, ctx, [told])                 # the sentence is already a detector's claim
    assert not fallback(arts, ctx, [], budget=0)


def test_the_step_keeps_at_most_one_fallback_per_story():
    ds = story_disputes("An army spokesman, Colonel Miro Daro, said troops fought about 15 gunmen in the hills near the village.",
                        "However, farmers said there were dozens of gunmen in the hills near the village.",
                        "A hospital director, Dr Lena Voss, said 12 people were killed in the fighting.",
                        "Residents told reporters that at least 40 people were killed in the fighting.")
    assert sum(1 for d in ds if getattr(d, "origin", "") == "fallback") <= 1


def test_a_thing_withheld_is_no_denial_of_a_claim():
    from newsdesk.across.dispute_fb_features import denial
    assert denial("After leaving the town, the families were denied passage at the second checkpoint.") is None
    assert denial("Journalists were denied access to the morgue on Friday.") is None
    assert denial("The guards denied them entry without papers.") is None
    assert denial("The account was denied by the regional governor.") is not None
    assert denial("The army denied that its gunners had fired on the square.") is not None
    withheld = read("a", "Paper 0", 0, "The convoy drivers said they were denied passage at the river bridge.", "drivers")
    assert not withheld.negated


def test_a_demand_turned_down_is_no_denial_of_an_account():
    from newsdesk.across.dispute_fb_features import denial
    assert denial("The harbour minister rejected calls for his resignation on Friday.") is None
    assert denial("The council rejected the demands of the dock workers.") is None
    assert denial("The deputy was dismissed from his post after the riot.") is None
    assert denial("The coast guard rejected the claims that its crew fired first.") is not None
