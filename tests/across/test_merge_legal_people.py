"""Legal acts against different people stay apart even when an unnamed report bridges
them, releases from custody are keyed on who was released, and a possessive after a
preposition ("led to Kuisis' arrest") names the arrested (across/merge_legal.py), on texts
we wrote after the error kinds met on unseen coverage (Multi-News validation)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_legal import accused, split_people
from tests.across.test_merge_legal import _W, _m
from tests.conftest import together


def test_two_people_freed_on_bail_are_two_releases():
    a = _m("a", "Orla Penn was released from custody after posting a $50,000 bond.", "2026-03-02",
           "Orla Penn", typ="RETREAT", mode="release")
    b = _m("b", "Mira Tusk, who has been released on $50,000 bail, is charged with fraud.",
           "2026-03-02", "Mira Tusk", typ="RETREAT", mode="release")
    assert len(group_mentions([a, b])) == 2
    again = _m("c", "Penn was released on bond on Monday, her lawyer said.", "2026-03-02",
               "Penn", typ="RETREAT", mode="release")
    assert together(group_mentions([a, again]), a, again)


def test_an_unnamed_report_does_not_bridge_two_named_people():
    old = _m("a", "The Harts were freed after a court found the expert was mistaken.", None,
             "Harts", typ="RETREAT", mode="release")
    new = _m("b", "Supporters waited outside the jail as Ivo Kell was released on bond.", None,
             "Ivo Kell", typ="RETREAT", mode="release")
    bridge = _m("c", "A court ruled the Harts did not get a fair trial and released them.", None,
                typ="RETREAT", mode="release")
    parts = split_people([_W(old), _W(bridge), _W(new)])
    assert len(parts) == 2
    assert {id(x.m) for x in parts[0]} == {id(old), id(bridge)}


def test_a_possessive_after_a_preposition_names_the_arrested():
    m = _m("a", "A subsequent investigation led to Kuisis\u2019 arrest in early September.", None,
           typ="COERCE", mode="arrest")
    assert accused([_W(m)]) == {(None, "kuisis")}
    other = _m("b", "An affidavit for Hernandez's arrest says the boy told her he was 18.", None,
               typ="COERCE", mode="arrest")
    assert len(group_mentions([m, other])) == 2
