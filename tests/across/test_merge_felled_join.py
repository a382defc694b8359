"""One siege has one end (across/merge_felled_join.py): the forces' end told by several
outlets in unlike words joins one record, apart from the attack; tellings days apart or
from one article stay apart."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_felled import split_felled
from newsdesk.across.merge_felled_join import join_felled
from newsdesk.model import EventMention, Location, Span

TESSA = Location(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _mention(aid: str, *sentences: str, day: str = "2026-03-01", actor: str | None = None):
    spans, pos = [], 0
    for s in sentences:
        spans.append(Span(aid, pos, pos + len(s), s))
        pos += len(s) + 1
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:], actor=actor,
                        location=TESSA, date=day, date_explicit=True)


def _together(groups, a, b) -> bool:
    return any({id(a), id(b)} <= {id(m) for m in g} for g in groups)


def test_the_forces_end_told_in_unlike_words_is_one_record():
    one = _mention("a", "Armed men seized the Lakeside lodge in Tessa on Sunday and held dozens.",
                   "Hours later soldiers sealed the grounds and stormed inside, looking for the gunmen.")
    two = _mention("b", "Gunmen took guests hostage at a lodge in Tessa.",
                   "By evening the operation to retake the lodge was still going on and two "
                   "assailants had been killed, a minister said.")
    ms = split_felled([one, two])
    assert len(ms) == 4
    attack_a, end_a, attack_b, end_b = ms
    groups = group_mentions(ms)
    assert _together(groups, end_a, end_b)
    assert not _together(groups, attack_a, end_a) and not _together(groups, attack_b, end_b)


def test_ends_days_apart_stay_apart():
    one = _mention("a", "Armed men seized the Lakeside lodge in Tessa and held dozens.",
                   "Soldiers then stormed inside, looking for the gunmen.", day="2026-03-01")
    two = _mention("b", "Gunmen took guests hostage at a lodge in Tessa.",
                   "The operation to retake the lodge ended after troops shot dead the three "
                   "attackers.", day="2026-03-20")
    ms = split_felled([one, two])
    groups = group_mentions(ms)
    assert not _together(groups, ms[1], ms[3])


def test_groups_sharing_an_article_or_refused_do_not_join():
    joined = []
    owner = [0, 1, 2, 3]
    felled = [True, True, True, False]
    arts = ["a", "a", "b", "c"]
    join_felled(owner, felled, ["ASSAULT"] * 4, arts, lambda g, h: h == 2,
                lambda h, g: joined.append((h, g)))
    assert joined == []      # 1 shares article a with 0; 2 is refused; 3 is the attack
    join_felled(owner, felled, ["ASSAULT"] * 4, arts, lambda g, h: False,
                lambda h, g: joined.append((h, g)))
    assert joined == [(0, 2)]
