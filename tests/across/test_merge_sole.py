"""Each outlet's only telling of a physical act of one type is a strong sign of the story's one
act (across/merge.py `w_sole`): one outlet's "opened fire on two fishing boats" and another's
"attacked a group of fishing boats" share few words, and were kept apart once a background
clause stopped lending them a recipient word (unseen set 11). An article's statements are
many, so a verbal act gets no such weight."""
from __future__ import annotations

from newsdesk.across.merge import MergeParams, group_mentions
from newsdesk.model import EventMention, Span

A = "Coast guard boats opened fire on two fishing boats near Tessa, and four fishermen were hurt."
B = "The navy attacked a group of fishing boats heading to the port, wounding four crew."


def _m(aid, text, typ, actor=None):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), actor=actor)


def test_the_only_attack_each_outlet_tells_joins():
    ms = [_m("a", A, "ASSAULT"), _m("b", B, "ASSAULT", "navy")]
    assert len(group_mentions(ms)) == 1
    assert len(group_mentions(ms, MergeParams(w_sole=0.0))) == 2


def test_an_outlet_with_two_attacks_or_a_statement_gets_no_such_weight():
    two = [_m("a", A, "ASSAULT"), _m("b", B, "ASSAULT", "navy"),
           _m("b", "Rebels shelled a market in Orvel later that night.", "ASSAULT")]
    assert not any(len(g) == 2 and {m.article for m in g} == {"a", "b"} and
                   any(m.span.text == B for m in g) for g in group_mentions(two))
    assert len(group_mentions([_m("a", A, "ACCUSE"), _m("b", B, "ACCUSE", "navy")])) == 2
