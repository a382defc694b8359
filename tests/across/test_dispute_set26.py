"""Two dispute signals set 26 showed missing (articles we wrote): a state's officials denying
"their country's guilt" answer a charge against that state though they carry a leader's name,
not the state's (dispute_involvement.py); and an outlet's own figure of the wounded set against
an official's figure a third higher is a dispute, while two close figures stay one rising count
(dispute_wounded_top.py)."""
from __future__ import annotations

from tests.conftest import story_disputes


def _behind(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("whether ") and "was behind it" in d.topic]


def _injured(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("number of injured")]


CHARGE = ("Chancellor Ada Morrow told parliament there was no other conclusion than that the Velmoran "
          "state was culpable for the poisoning of the two defectors in Harbury.")
OWN_DENIAL = ("President Dorn's aides deny their country's guilt in the affair, yet Morrow said the "
              "deadline for an answer had passed.")


def test_officials_denying_their_country_guilt_answer_the_charge_on_their_state():
    found = _behind(CHARGE, OWN_DENIAL)
    assert len(found) == 1
    assert found[0].claims[-1].holder == "President Dorn's aides"


def test_a_denial_of_guilt_without_a_charge_on_a_state_is_no_dispute():
    on_person = ("Chancellor Ada Morrow said the gang leader Tomas Brel was responsible for the poisoning "
                 "of the two defectors in Harbury.")
    assert not _behind(on_person, OWN_DENIAL)


OUTLET_LOW = ("Two bombs ripped through the central station and the harbour terminal of Harbury on Monday, "
              "killing dozens of people and wounding more than 120.")
OFFICIAL_HIGH = ("City officials said the bombs at the central station and the harbour terminal killed at "
                 "least 30 people and injured more than 210.")
OFFICIAL_CLOSE = ("City officials said the bombs at the central station and the harbour terminal killed at "
                  "least 30 people and injured more than 135.")


def test_an_outlet_figure_far_below_an_official_one_is_a_dispute():
    found = _injured(OUTLET_LOW, OFFICIAL_HIGH)
    assert len(found) == 1 and found[0].topic == "number of injured: 120 vs 210"


def test_an_outlet_figure_close_to_an_official_one_is_one_rising_count():
    assert not _injured(OUTLET_LOW, OFFICIAL_CLOSE)
