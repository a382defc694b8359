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
    # the linker gives article a one slot, and a's retelling a2 joins the record its first
    # telling took only afterwards (merge_slots.py); other places and days stay apart
    assert sorted(len(g) for g in groups) == [1, 1, 3]
    assert {id(a), id(b), id(a2)} in [{id(x) for x in g} for g in groups]
    assert group_mentions([a, a2]) == [[a], [a2]]         # alone, an article never joins itself


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
    assert ev.date == "2026-03-02" and ev.dead.low in (7, 9)   # which one: figures.py
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


def _said(aid, text, type_="ACCUSE", actor=None, place=None, country=None, date=None,
          mode=None, stated=True, lat=None, lon=None):
    loc = Location(place, country, lat=lat, lon=lon, precision="city") if place else None
    return EventMention(aid, type_, Span(aid, 0, len(text), text), actor=actor, location=loc,
                        date=date, date_explicit=stated, mode=mode)


def test_another_kind_of_act_is_another_event():
    """A curfew and a wave of arrests on one day in one city are two COERCE events; the
    same kind reported twice is one."""
    ms = [_said("a", "Authorities imposed a night curfew across Tessa on Monday.", "COERCE",
                place="Tessa", country="XA", date="2026-03-02", mode="curfew"),
          _said("b", "A curfew was imposed on Tessa from dusk on Monday, officials said.",
                "COERCE", place="Tessa", country="XA", date="2026-03-02", mode="curfew"),
          _said("c", "Police in Tessa arrested 40 people on Monday after the curfew began.",
                "COERCE", place="Tessa", country="XA", date="2026-03-02", mode="arrest")]
    groups = group_mentions(ms)
    assert sorted(len(g) for g in groups) == [1, 2]
    assert {m.article for g in groups if len(g) == 2 for m in g} == {"a", "b"}


def test_a_statement_is_one_event_wherever_each_report_places_it():
    """Two reports of one accusation name different cities (where the speaker is, where
    the deal was made): for a verbal act that is no evidence of two events; for an attack
    two distant cities are."""
    text_a = "The foreign ministry in Varno accused Orvel of arming the rebels on Monday."
    text_b = "Orvel was accused by the foreign ministry of arming the rebels, officials in Lesk said."
    said = group_mentions([
        _said("a", text_a, actor="foreign ministry", place="Varno", country="XA",
              date="2026-03-02", lat=10.0, lon=10.0),
        _said("b", text_b, actor="the foreign ministry", place="Lesk", country="XA",
              date="2026-03-02", lat=12.0, lon=12.0)])
    assert len(said) == 1
    hit = group_mentions([
        _said("a", "A car bomb exploded at the market in Varno on Monday.", "ASSAULT",
              place="Varno", country="XA", date="2026-03-02", lat=10.0, lon=10.0),
        _said("b", "A car bomb exploded at the market in Lesk on Monday.", "ASSAULT",
              place="Lesk", country="XA", date="2026-03-02", lat=12.0, lon=12.0)])
    assert len(hit) == 2


def test_stated_days_apart_split_but_default_days_may_differ():
    """A day an article only defaults to (its publication day) may be a day late; two
    stated days two apart are two events."""
    a = "Gunmen attacked the convoy near Tessa, killing 5 soldiers."
    b = "Gunmen attacked an army convoy near Tessa and killed 5 soldiers."
    loose = group_mentions([_said("a", a, "ASSAULT", date="2026-03-02", stated=False),
                            _said("b", b, "ASSAULT", date="2026-03-04", stated=False)])
    strict = group_mentions([_said("a", a, "ASSAULT", date="2026-03-02"),
                             _said("b", b, "ASSAULT", date="2026-03-04")])
    assert len(loose) == 1 and len(strict) == 2


def test_a_large_story_groups_each_event_once_per_article():
    """Sixty reports of the same two attacks (a large live story): each attack is one
    event, and no event holds two mentions of one article, whichever links were kept."""
    first = ("Militants stormed the hospital in Varno at dawn on Monday, killing 12 people, "
             "police said.")
    second = ("A roadside bomb hit a bus on the coast road near Lesk on Monday, wounding 30 "
              "passengers.")
    ms = []
    for i in range(60):
        aid = f"a{i:02d}"
        ms.append(_said(aid, first if i % 2 else f"Officials said: {first}", "ASSAULT",
                        place="Varno", country="XA", date="2026-03-02", lat=10.0, lon=10.0))
        ms.append(_said(aid, second, "ASSAULT", place="Lesk", country="XA",
                        date="2026-03-02", lat=12.0, lon=12.0))
    groups = group_mentions(ms)
    assert sorted(len(g) for g in groups) == [60, 60]
    for g in groups:
        assert len({m.article for m in g}) == len(g)
        assert len({m.location.name for m in g}) == 1
