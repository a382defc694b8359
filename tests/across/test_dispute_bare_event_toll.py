"""A bare toll sentence ("At least 14 people were killed and dozens wounded.") inside one merged
event names nothing it counts but that record's dead, so it rivals another outlet's figure for the
record (across/disputes.py, count detector, per event); sentences we wrote."""
from __future__ import annotations

from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Count, Event, EventMention, Picture, Span

A = ("At least 103 people were killed in two bombings outside the Tessa airport, the interior ministry said."
     "\n\nThe ministry said the bombers had waited near the gate.")
B = "A pair of bombings hit the Tessa airport on Thursday.\n\nAt least 14 people were killed and dozens wounded."


def _mention(aid: str, text: str, dead: int, exact: bool) -> EventMention:
    paras = text.split("\n\n")
    spans, pos = [], 0
    for p in paras:
        spans.append(Span(aid, pos, pos + len(p), p))
        pos += len(p) + 2
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:],
                        dead=Count(dead, dead if exact else None))


def test_a_bare_toll_rivals_the_other_outlets_figure():
    arts = [Article(id=a, raw=t, text=t, story="s", outlet=a) for a, t in (("a", A), ("b", B))]
    ms = [_mention("a", A, 103, False), _mention("b", B, 14, False)]
    pic = Picture(articles=arts, events=[Event(id="e1", type="ASSAULT", mentions=ms, dead=Count(103, 103))])
    find_disputes(arts, pic)
    counts = [d for d in pic.disputes if d.kind == "count"]
    assert any({c.article for c in d.claims} == {"a", "b"} and
               any("At least 14" in c.span.text for c in d.claims) for d in counts)
