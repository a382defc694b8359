"""Where it happened (across/dispute_waters.py): one outlet's intrusion into a named state's
waters or airspace against another's "international waters" makes one dispute; a state's
waters with no intrusion, a negated side, or both sides in one sentence do not (articles we
wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _where(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("where it happened")]


INSIDE = "Coast guard boats stopped two Ostrian patrol ships trying to illegally enter Velmoran waters on Sunday."
OPEN = "Witnesses said the patrol ships were seized in international waters, far from the coast."


def test_an_intrusion_against_international_waters():
    found = _where(INSIDE, OPEN)
    assert len(found) == 1
    assert found[0].topic == "where it happened: Velmoran waters vs international waters"
    assert [c.article for c in found[0].claims] == ["a0", "a1"]


def test_a_state_zone_with_no_intrusion_is_no_side():
    calm = "The two Ostrian patrol ships sailed through Velmoran waters on Sunday."
    assert not _where(calm, OPEN)


def test_a_negated_or_combined_side_is_no_dispute():
    negated = "Witnesses said the patrol ships were not in international waters when seized."
    assert not _where(INSIDE, negated)
    both = ("Velmora says the ships tried to enter Velmoran waters illegally; Ostria says they were "
            "in international waters.")
    assert not _where(both)
