"""Whether a strike hit its target on purpose (across/dispute_intent.py): "may have caused
collateral damage" against "airstrikes targeted the clinic" is one dispute with every aimed
account; a strike told aimed by one side only, or two voices of one side, or an accident
account of another kind of act, is none (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of

ACCIDENT = ('"The strike may have caused collateral damage to a nearby health centre," '
            "Major Lena Korth, a coalition spokeswoman, said on Sunday.")
AIMED = "Rebel spokesman Omid Farra said coalition airstrikes targeted the clinic and killed patients and nurses."


def _intent(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("whether the ") and "aimed or accidental" in d.topic]


def test_accident_against_aim():
    found = _intent(ACCIDENT, AIMED)
    assert len(found) == 1
    assert [c.article for c in found[0].claims] == ["a0", "a1"]
    assert found[0].topic.startswith("whether the strike was aimed or accidental")


def test_a_did_not_target_is_the_accident_side():
    denial = "A coalition spokeswoman, Major Lena Korth, said its jets did not target the clinic during the strike."
    assert len(_intent(denial, AIMED)) == 1


def test_aim_alone_or_another_act_is_no_dispute():
    assert not _intent(AIMED, "The clinic had treated hundreds of wounded fighters, the aid group said.")
    crash = "A police spokesman, Arno Veld, said the lorry hit the barrier by mistake."
    assert not _intent(crash, AIMED)
