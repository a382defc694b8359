"""A charging or an arrest of one named person, told by several outlets (or twice by one),
is one event; other people, other days and other charges stay apart
(across/merge_legal.py, run inside `group_mentions`)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_legal import join_legal, person_key, same_person
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

TOWN = dict(name="Harlow", country="XA", lat=10.0, lon=20.0, precision="city")


def _m(aid, text, date, recipient=None, typ="ACCUSE", mode=None, actor=None, stated=False):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), mode=mode, actor=actor,
                        recipient=recipient, location=Location(**TOWN), date=date,
                        date_explicit=stated)


def test_one_charging_told_by_three_outlets_and_twice_by_one_is_one_event():
    a = _m("a", "Dara Voss, 31, was charged with second-degree murder, the county prosecutor said.",
           "2026-04-06", "Dara Voss")
    b = _m("b", "Detectives on Monday charged Voss with murder after a long interview.",
           "2026-04-06", actor="Detectives")
    c1 = _m("c", "A 31-year-old woman has been charged with murder in the death of her neighbour.",
            "2026-04-07", "31-year-old woman")
    c2 = _m("c", "Ms. Voss was charged with second-degree murder and held without bail.",
            "2026-04-07")
    groups = group_mentions([a, b, c1, c2])
    assert len(groups) == 1 and together(groups, a, b, c1, c2)


def test_an_arrest_named_by_a_possessive_joins_the_named_arrest():
    a = _m("a", "Officers arrested Lena Orsk outside her flat on Tuesday night.", "2026-09-04",
           "Lena Orsk", typ="COERCE", mode="arrest", actor="Officers", stated=True)
    b = _m("b", "Orsk's arrest ended a two-day search for the boy reported missing Sunday.",
           "2026-09-02", typ="COERCE", mode="arrest", stated=True)
    assert len(group_mentions([a, b])) == 1


def test_other_people_other_days_and_other_charges_stay_apart():
    voss = _m("a", "Dara Voss was charged with murder on Monday.", "2026-04-06", "Dara Voss",
              stated=True)
    brandt = _m("b", "Ivo Brandt was charged with murder in a separate case.", "2026-04-06",
                "Ivo Brandt")
    assert len(group_mentions([voss, brandt])) == 2
    later = _m("c", "Voss was charged with murder again after a retrial was ordered.", "2026-06-20",
               "Dara Voss", stated=True)
    assert len(group_mentions([voss, later])) == 2
    drugs = _m("d", "Dara Voss was charged with drug possession on Wednesday.", "2026-04-08",
               "Dara Voss", stated=True)
    assert len(group_mentions([voss, drugs])) == 2
    other_voss = _m("e", "Karl Voss was charged with murder on Wednesday.", "2026-04-08",
                    "Karl Voss", stated=True)
    assert len(group_mentions([voss, other_voss])) == 2


def test_an_unnamed_accused_joins_only_when_the_story_charges_one_named_person():
    voss = _m("a", "Dara Voss was charged with murder, police said.", "2026-04-06", "Dara Voss")
    unnamed = _m("b", "A 31-year-old woman has been charged with murder.", "2026-04-06",
                 "31-year-old woman")
    assert len(group_mentions([voss, unnamed])) == 1
    brandt = _m("c", "Ivo Brandt was also charged with murder, police said.", "2026-04-06",
                "Ivo Brandt")
    groups = group_mentions([voss, unnamed, brandt])
    assert not together(groups, unnamed, voss) and not together(groups, unnamed, brandt)


def test_a_detailed_charge_without_names_is_one_case():
    a = _m("a", "He was charged with calling in a bomb threat and filing a false police report.",
           "2026-09-03")
    b = _m("b", "The former officer was indicted last week for allegedly making a hoax bomb threat.",
           "2026-09-02")
    assert len(group_mentions([a, b])) == 1


def test_verbal_accusations_are_no_legal_action():
    class _X:
        def __init__(self, m):
            self.m, self.day, self.stated = m, 1, False
    a = [_X(_m("a", "Mayor Ana Pell accused Dara Voss of lying about the budget.", "2026-04-06"))]
    b = [_X(_m("b", "Unions blamed Dara Voss for the closures.", "2026-04-06"))]
    assert len(join_legal([a, b])) == 2


def test_person_keys():
    assert person_key("21-year-old Charisse Stinson") == ("charisse", "stinson")
    assert person_key("Ms. Stinson") == (None, "stinson")
    assert person_key("Police") is None and person_key("Authorities") is None
    assert same_person(("shawn", "smith"), (None, "smith"))
    assert same_person(("shawn", "smith"), ("s", "smith"))
    assert not same_person(("shawn", "smith"), ("dwight", "smith"))


def test_a_resignation_told_by_name_and_by_role_is_one_event():
    named = _m("a", "Alcorn resigned her teaching post on March 2.", None, typ="RETREAT",
               mode="resign", actor="Alcorn")
    role = _m("a", "Police say a city elementary school teacher who resigned this month was "
              "obsessed with a pupil.", None, typ="RETREAT", mode="resign",
              actor="city elementary school teacher")
    assert len(group_mentions([named, role])) == 1
    other = _m("b", "The head of the school board, Omar Pike, resigned as well.", None,
               typ="RETREAT", mode="resign", actor="Omar Pike")
    groups = group_mentions([named, role, other])
    assert not together(groups, named, other)


def test_an_unrelated_case_with_similar_charges_stays_apart():
    named = _m("a", "Lia Moreno has been charged with sexual assault on a child, police said.",
               "2026-02-06", "Lia Moreno")
    others = _m("b", "In unrelated cases, prosecutors charged two women Friday with sexually "
                "assaulting children.", "2026-02-06", "two women", actor="prosecutors")
    assert len(join_legal([[_W(named)], [_W(others)]])) == 2


class _W:
    """A linker mention as join_legal sees it."""
    def __init__(self, m):
        self.m, self.day, self.stated = m, 1, False
