"""Killings of two named people are two records (across/merge_named.py): an article that
recalls an earlier shooting of a colleague beside the one it reports keeps them apart, and
across outlets the two lone mentions must not meet (tuning set 28: a lawyer shot days before
joined the record of the lawyer shot on the day of the bombing). Sentences invented."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_named import victim_vetoes
from newsdesk.model import Count, EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _m(aid, text, recipient=None, dead=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), mode="firearms",
                        recipient=recipient, location=Location(**TESSA),
                        dead=Count(dead, dead) if dead is not None else None)


HOLT_A = "Kasimir Holt, a lawyer, was shot dead by two gunmen in Tessa on his way to court."
HOLT_B = "Gunmen shot dead the lawyer Holt in Tessa as he drove to the court."
VALE = "Another lawyer, Mara Vale, was shot dead by gunmen in Tessa on her way to court."


def test_two_named_victims_are_two_killings():
    ms = [_m("a", HOLT_A, "Kasimir Holt"), _m("b", HOLT_B, "Holt"), _m("c", VALE, "Mara Vale")]
    groups = group_mentions(ms)
    assert together(groups, ms[0], ms[1])
    assert not together(groups, ms[0], ms[2]) and not together(groups, ms[1], ms[2])


def test_only_named_victims_of_killings_of_one_veto():
    ms = [_m("a", HOLT_A, "Kasimir Holt"), _m("b", VALE, "Mara Vale"),
          _m("c", HOLT_B, "lawyers"), _m("d", VALE, "Mara Vale", dead=12),
          _m("e", HOLT_B, "Holt", dead=1)]
    v = victim_vetoes(ms)
    assert v[0, 1] and v[1, 4] and not v[0, 4]
    assert not v[0, 2] and not v[0, 3]        # a class of people; a toll of many


def test_one_victim_spelled_two_ways_is_one_person():
    """Outlets transliterate a name apart: one letter off, or two when the given name agrees."""
    ms = [_m("a", "Nadia Abu Khalil was shot dead in Tessa on Friday.", "Nadia Abu Khalil"),
          _m("b", "Reporter Nadia Abu Qhalil was killed by gunfire in Tessa.",
             "Nadia Abu Qhalil"),
          _m("c", "The writer Nadia Abou Kalil died of a gunshot wound in Tessa.", "Nadia Abou Kalil"),
          _m("d", "The dentist Yara Mansour was shot dead in Tessa on Friday.", "Yara Mansour"),
          _m("e", "Police said Omar Khalid had been shot in Tessa.", "Omar Khalid"),
          _m("f", "Police said Omar Khaled had been shot in Tessa.", "Omar Khaled"),
          _m("g", "Police said Lina Fares had been shot in Tessa.", "Lina Faris"),
          _m("h", "Police said Abdi Ali had been shot in Tessa.", "Abdi Ali"),
          _m("i", "Police said Abdi Ari had been shot in Tessa.", "Abdi Ari")]
    v = victim_vetoes(ms)
    assert not v[0, 1] and not v[0, 2] and not v[1, 2]    # one and two letters apart
    assert v[0, 3] and v[1, 3]                            # another person
    assert not v[4, 5]                                    # Khalid / Khaled
    assert v[4, 6] and v[5, 6]
    assert v[7, 8]                                        # short surnames: no tolerance


def test_a_place_taken_as_the_victim_vetoes_nothing():
    """"shot while covering a raid on <town>": the town is no person's name."""
    here = Location("Tamale", "GH", lat=9.40, lon=-0.85, precision="city")
    covered = _m("a", "She was shot while covering a raid on Tamale.", "Tamale")
    named = _m("b", "Gunmen shot the lawyer Kasimir Holt in Tamale.", "Kasimir Holt")
    far = _m("c", "Gunmen shot Ledger in Tamale.", "Ledger")   # no town of that name near
    for m in (covered, named, far):
        m.location = here
    assert not victim_vetoes([covered, named]).any()
    assert victim_vetoes([far, named])[0, 1]
