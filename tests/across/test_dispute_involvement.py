"""Whether a party was behind an act (across/dispute_involvement.py): a sentence stating a
party was culpable for / responsible for / behind an attack, against that party's own denial
of involvement, makes one dispute; a hedged charge ("whether it was behind"), a duty
("responsible for the safety"), or a denial by someone else do not (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _behind(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("whether ") and "was behind it" in d.topic]


CHARGE = ("Prime Minister Ada Morrow told parliament there was no other conclusion than that the "
          "Velmoran state was culpable for the poisoning of the defector.")
DENIAL = "Velmoran officials have denied involvement and called the statement a farce."


def test_a_charge_against_the_accused_own_denial():
    found = _behind(CHARGE, DENIAL)
    assert len(found) == 1
    assert found[0].kind == "accusation"
    assert found[0].claims[-1].holder == "Velmoran officials"
    assert found[0].topic.startswith("whether the Velmoran state was behind it")


def test_a_hedged_charge_or_a_duty_is_no_charge():
    hedged = "Morrow gave Velmora a day to explain whether it was behind the poisoning of the defector."
    assert not _behind(hedged, DENIAL)
    duty = "The envoy said the Velmoran state was responsible for the safety of all its citizens abroad."
    assert not _behind(duty, DENIAL)


def test_a_denial_by_another_party_is_no_dispute():
    other = "Ostrian officials have denied involvement and called the statement a farce."
    assert not _behind(CHARGE, other)
