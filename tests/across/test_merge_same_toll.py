"""Two records of one attack that state one same sizeable toll are one event
(across/merge_tolls.py): different wording and a wrong place no longer split a coup told as
"the night left 265 dead" and "the coup that killed at least 265"."""
from __future__ import annotations

from newsdesk.across.merge import MergeParams, _Mention
from newsdesk.across.merge_tolls import join_same_toll
from newsdesk.model import Count, EventMention, Location, Span

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")
ORVEL = dict(name="Orvel", country="XB", lat=40.0, lon=-75.0, precision="admin1")


def _m(aid, text, place, dead, date="2026-07-16"):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), location=Location(**place),
                        date=date, date_explicit=True, dead=Count(dead, None))


def _joined(*ms) -> list[set[str]]:
    groups = join_same_toll([[_Mention(m)] for m in ms], MergeParams().default_gap)
    return [{x.m.article for x in g} for g in groups]


def test_one_toll_in_two_wordings_is_one_event():
    night = _m("a", "The night left 265 dead as soldiers bombed parliament.", TESSA, 265, "2026-07-17")
    coup = _m("b", "Officials detained 2,839 soldiers over the coup that killed at least 265.", ORVEL, 265)
    assert {"a", "b"} in _joined(night, coup)


def test_small_or_ambiguous_or_distant_tolls_stay_apart():
    assert len(_joined(_m("a", "A blast killed 3.", TESSA, 3), _m("b", "Gunmen shot 3.", TESSA, 3))) == 2
    one, two, three = (_m(k, f"An attack killed 40 people ({k}).", TESSA, 40) for k in "abc")
    assert len(_joined(one, two, three)) == 3                    # which of two is it: ambiguous
    late = _m("b", "A bomb killed 40 people.", TESSA, 40, "2026-07-30")
    assert len(_joined(one, late)) == 2
    same_article = _m("a", "A second bomb killed 40 people.", TESSA, 40)
    assert len(_joined(one, same_article)) == 2


def test_a_record_marked_as_a_separate_act_takes_no_toll_join():
    school = _m("a", "Up to 30 people were killed when shells hit the school.", TESSA, 30)
    apart = _m("b", "In a separate incident, a family of five were among 30 people killed in "
               "strikes on the town.", TESSA, 30)
    assert len(_joined(school, apart)) == 2
