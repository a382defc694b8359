"""A killing of one named person is one event, even when follow-up reports carry the day of
an arrest or the town of a court (across/merge_victims.py, run inside `group_mentions`)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_victims import join_victims, victim_key
from newsdesk.model import Count, EventMention, Location, Span
from tests.conftest import together

HARLOW = dict(name="Harlow", country="XA", lat=10.0, lon=20.0, precision="city")
BRENT = dict(name="Brentford", country="XA", lat=12.0, lon=23.0, precision="city")


def _m(aid, text, place, date, recipient=None, dead=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), recipient=recipient,
                        location=Location(**place), date=date, date_explicit=True,
                        dead=Count(dead, dead) if dead is not None else None)


def test_follow_up_reports_of_one_killing_join_despite_stray_days_and_places():
    first = _m("a", "Police said Dorian Vale, 19, was shot dead outside a car wash on May 2.",
               HARLOW, "2026-05-02", "Dorian Vale", dead=1)
    arrest = _m("b", "On June 9, detectives arrested a man in the shooting death of Dorian Vale.",
                BRENT, "2026-06-09", "Dorian Vale")
    trial = _m("c", "His mother mourned her son, Dorian T. Vale, who was killed over his shoes.",
               HARLOW, "2026-06-20", "Dorian T. Vale")
    groups = group_mentions([first, arrest, trial])
    assert together(groups, first, arrest) and together(groups, first, trial)


def test_other_victims_and_unnamed_victims_stay_apart():
    one = _m("a", "Gunmen shot and killed Mara Quill at her shop on Monday.", HARLOW, "2026-05-02",
             "Mara Quill", dead=1)
    other = _m("b", "A week later, gunmen shot and killed Ivo Brandt in Brentford.", BRENT,
               "2026-05-09", "Ivo Brandt", dead=1)
    unnamed = _m("c", "A 40-year-old man was killed in Brentford on Saturday.", BRENT, "2026-05-16",
                 "40-year-old man", dead=1)
    groups = group_mentions([one, other, unnamed])
    assert len(groups) == 3


def test_a_named_victim_who_survived_twice_is_not_joined_without_a_death():
    one = _m("a", "Mara Quill was beaten by guards in March.", HARLOW, "2026-03-02", "Mara Quill")
    two = _m("b", "Guards beat Mara Quill again at a protest in May.", BRENT, "2026-05-09", "Mara Quill")
    assert len(group_mentions([one, two])) == 2


def test_victim_key_wants_a_named_person():
    assert victim_key("17-year-old Jordan Reyes") == ("jordan", "reyes")
    assert victim_key("five others") is None
    assert victim_key("Reyes") is None
    assert victim_key("the National Guard") is None
    # a described victim keys on the name the description ends in
    assert victim_key("exiled blogger and critic Dorian Vale") == ("dorian", "vale")


def test_a_described_victim_joins_the_reports_that_name_him_plainly():
    one = _m("a", "Police believe exiled blogger and critic Dorian Vale was murdered in the embassy.",
             HARLOW, "2026-05-02", "exiled blogger and critic Dorian Vale", dead=1)
    two = _m("b", "Officials said Dorian Vale was killed by a team flown in for the job.", BRENT,
             "2026-05-07", "Dorian Vale", dead=1)
    assert together(group_mentions([one, two]), one, two)


class _X:
    """A linker mention as join_victims sees it."""
    def __init__(self, m):
        self.m = m


def test_a_large_attack_naming_one_victim_in_passing_is_not_that_victims_record():
    crackdown = [_X(_m("a", "Security forces stormed the two camps, killing hundreds of protesters.",
                       HARLOW, "2026-08-14", "protesters", dead=300)),
                 _X(_m("b", "Police cleared the square with bulldozers; scores were killed.", HARLOW,
                       "2026-08-14", "demonstrators")),
                 _X(_m("c", "A cameraman, Tom Reade, was among those shot dead in the square.", HARLOW,
                       "2026-08-14", "Tom Reade", dead=1))]
    cameraman = [_X(_m("d", "The broadcaster said its cameraman Tom Reade had been shot and killed.",
                       BRENT, "2026-08-14", "Tom Reade", dead=1))]
    assert len(join_victims([crackdown, cameraman])) == 2
