"""A reporter's bare rebuttal hands its claim to the next sentence, and a toll of an earlier
moment of the day rivals no toll (across/dispute_told_next.py, dispute_moment.py; the account,
toll and fallback detectors). Sentences are our own."""
from __future__ import annotations

from newsdesk.across.dispute_moment import earlier_moment
from newsdesk.across.dispute_told_next import bare
from newsdesk.across.dispute_account import REJECTS
from tests.conftest import story_disputes


def test_a_rebuttal_with_nothing_after_its_cue_is_bare():
    assert bare("But villagers disputed the police version.", REJECTS)
    assert bare("Relatives rejected the official account on Monday.", REJECTS)
    assert not bare("Relatives rejected the official account, saying at least 40 had died in the raid.", REJECTS)


def test_the_next_sentence_holds_the_rival_account():
    text = ("Police said four people died when officers cleared the square on Sunday. "
            "But the villagers disputed the police version. "
            "A local doctor, Amal Dunne, said at least 40 bodies were brought to her clinic.")
    ds = [d for d in story_disputes(text) if "rejects" in d.topic]
    assert ds
    quotes = [c.span.text for c in ds[0].claims]
    assert any("Amal Dunne" in q for q in quotes) and not any(q.startswith("But the villagers") for q in quotes)


def test_an_earlier_moment_of_the_day_is_read():
    assert earlier_moment("Minutes before, marchers said two people had died.")
    assert earlier_moment("Earlier in the day, a raid on the barracks left five dead.")
    assert not earlier_moment("Earlier, police said 12 people had died.")
    assert not earlier_moment("Shortly afterwards, a second blast struck the station.")


def test_a_toll_of_an_earlier_moment_rivals_no_toll():
    a = ("Troops fired on the crowd in the square on Friday. Officials said eleven people were killed. "
         "Minutes before, marchers said two people had been killed.")
    b = "Earlier in the day, at least 30 people were killed when gunmen raided the barracks, officials said."
    for d in story_disputes(a, b):
        assert not any(earlier_moment(c.span.text) for c in d.claims if d.kind == "count")
