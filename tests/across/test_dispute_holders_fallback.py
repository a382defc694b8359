"""A claim's holder when the text names none (across/dispute_holders.py, disputes.py): the
article's outlet, else a plain phrase, never the page's file id; and a body named "X of Y"
keeps its head noun."""
from __future__ import annotations

from newsdesk.across.dispute_holders import UNNAMED_OUTLET, holder, own_voice
from newsdesk.across.disputes import _claim
from newsdesk.extract.resolver import Resolver
from newsdesk.model import Article, Sentence

TEXT = "At least 40 people were killed in the attack on the port."


def test_an_unattributed_claim_is_held_by_the_outlet_else_a_plain_phrase():
    s = Sentence(0, len(TEXT), TEXT)
    named = Article(id="port-dailyx", raw=TEXT, text=TEXT, outlet="Daily X")
    bare = Article(id="port-dailyx", raw=TEXT, text=TEXT, outlet=None)
    assert _claim(named, s, None).holder == "Daily X"
    assert _claim(bare, s, None).holder == UNNAMED_OUTLET == own_voice(None)
    assert _claim(bare, s, "Port police").holder == "Port police"


def test_figures_as_subject_hold_nothing():
    s = "Latest figures (27 May) state that 110 people are confirmed dead."
    assert holder(s, Resolver(s), 0) is None


def test_a_body_named_x_of_y_keeps_its_head():
    s = "The Central Committee of Norland Doctors announced that 35 people were killed."
    assert holder(s, Resolver(s), 0) == "The Central Committee of Norland Doctors"
    p = "The National Union of Teachers said 12 teachers were hurt."
    assert holder(p, Resolver(p), 0) == "The National Union of Teachers"
