"""Event merge: recover the dev gold's cross-source grouping from ungrouped mentions."""
from __future__ import annotations

import sys

from newsdesk.across.merge import group_mentions, merge
from newsdesk.model import Article, Count, EventMention, Location, Span
from conftest import ROOT, shared_path

sys.path.insert(0, str(ROOT / "bench"))
from merge import gold_articles  # noqa: E402
from stories import bcubed  # noqa: E402


def _m(aid, text, type_="ASSAULT", place=None, country=None, date=None, dead=None):
    loc = Location(place, country) if place else None
    return EventMention(aid, type_, Span(aid, 0, len(text), text), location=loc, date=date,
                        dead=Count(dead, dead) if dead is not None else None)


def test_dev_gold_grouping_is_recovered():
    for batch in ("batch-c", "batch-d"):
        arts, gold = gold_articles(shared_path("eval", "dev", batch, "gold.json"))
        events = merge(arts)
        pred = {id(m): e.id for e in events for m in e.mentions}
        assert len(pred) == len(gold)                     # every mention is attached once
        assert bcubed(pred, gold)[2] >= 0.85, batch
        assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]


def test_same_article_never_and_distinct_places_or_days_kept_apart():
    a = _m("a", "A car bomb exploded at a market in Tessa, killing 12 people.", place="Tessa",
           country="XA", date="2026-03-01", dead=12)
    b = _m("b", "A car bomb killed 12 people at a busy market in Tessa on Sunday.", place="Tessa",
           country="XA", date="2026-03-01", dead=12)
    a2 = _m("a", "A car bomb exploded at a market in Tessa, killing 12 people.", place="Tessa",
            country="XA", date="2026-03-01", dead=12)
    c = _m("c", "A car bomb exploded near a bus station in Orvel, killing 3 people.",
           place="Orvel", country="XB", date="2026-03-01", dead=3)
    d = _m("d", "Another car bomb hit a market in Tessa, killing 5 people.", place="Tessa",
           country="XA", date="2026-03-09", dead=5)
    groups = group_mentions([a, b, a2, c, d])
    assert sorted(len(g) for g in groups) == [1, 1, 1, 2]
    pairs = [{id(x) for x in g} for g in groups if len(g) == 2]
    assert pairs[0] in ({id(a), id(b)}, {id(a2), id(b)})


def test_event_values_best_supported_and_only_within_story():
    texts = ["Shelling hit the old town of Varno on Monday, killing 7 civilians.",
             "Artillery shelling struck Varno's old town on Monday and killed 7 civilians.",
             "Shelling of Varno's old town on Monday killed 9 civilians, officials said."]
    arts = []
    for i, (t, dead) in enumerate(zip(texts, (7, 7, 9))):
        art = Article(f"a{i}", raw="", text=t, story="s1", published=f"2026-03-0{i + 2}")
        art.mentions = [_m(art.id, t, place="Varno" if i else "Varno old town", country="XA",
                           date="2026-03-02", dead=dead)]
        arts.append(art)
    other = Article("z", raw="", text=texts[0], story="s2")
    other.mentions = [_m("z", texts[0], place="Varno", country="XA", date="2026-03-02", dead=7)]
    events = merge(arts + [other])
    assert len(events) == 2
    ev = events[0]
    assert len(ev.mentions) == 3 and ev.location.name == "Varno"
    assert (ev.dead.low, ev.date) == (7, "2026-03-02")
    assert [s["dead"]["low"] for s in ev.to_json()["sources"]] == [7, 7, 9]   # per source kept


def test_wire_copy_mentions_join_the_original_and_do_not_vote_twice():
    text = "Shelling hit the old town of Varno on Monday, killing 7 civilians."
    other = "Officials in Varno later said 9 civilians died in Monday's shelling of the old town."
    orig = Article("orig", raw="", text=text, story="s1")
    orig.mentions = [_m("orig", text, place="Varno", country="XA", date="2026-03-02", dead=7)]
    copy = Article("copy", raw="", text=text, story="s1", duplicate_of="orig")
    copy.mentions = [_m("copy", text, place="Varno", country="XA", date="2026-03-02", dead=7)]
    later = Article("later", raw="", text=other, story="s1", published="2026-03-03")
    later.mentions = [_m("later", other, place="Varno", country="XA", date="2026-03-02", dead=9)]
    copy2 = Article("copy2", raw="", text=other, story="s1", duplicate_of="later")
    copy2.mentions = [_m("copy2", other, place="Varno", country="XA", date="2026-03-02", dead=9)]
    events = merge([orig, copy, later, copy2])
    assert len(events) == 1
    assert {m.article for m in events[0].mentions} == {"orig", "copy", "later", "copy2"}
    assert events[0].dead.low == 9          # 7 and 9 each cited once: the later report wins
