"""A doer's further act told with a day of its own ("the rebels also shot down two military
aircraft on Wednesday") is another event, not a retelling of the downing the article opened
with; a faceless retelling of that downing is not folded into it either (extract/grp_link.py
`also_another_day`, `kept_apart`; across/merge.py `_points_back` reads "also shot down" as
an act, not as a victim added to the event)."""
from __future__ import annotations

from newsdesk.across.merge import _BACK
from tests.conftest import assault_mentions

TEXT = ("The airliner crashed in the steppe near Varno, and insurgents have been widely accused "
        "of shooting the plane down. Officials in the capital said the insurgents also shot down "
        "two army helicopters on Wednesday. Investigators reached the wreckage on Friday.")


def test_further_act_on_its_own_day_is_its_own_event():
    ms = assault_mentions(TEXT, "2026-07-24")
    told = [[m.span.text, *[s.text for s in m.extra_spans]] for m in ms]
    heli = [t for t in told if any("helicopters" in s for s in t)]
    assert heli and not any("shooting the plane down" in s for s in heli[0])


def test_also_on_the_same_day_as_the_attack_still_joins():
    ms = assault_mentions("Gunmen stormed a school in Varno on Tuesday, killing 12 people. "
                          "The gunmen also shot a guard at the gate on Tuesday.", "2026-07-24")
    assert len(ms) == 1


def test_also_shot_down_does_not_point_back():
    assert _BACK.search("A police officer was also shot in the attack.")
    assert not _BACK.search("The rebels also shot down two helicopters.")
