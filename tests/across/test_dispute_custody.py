"""Where a detained person is held (across/dispute_custody.py): at home in one outlet and
moved to an undisclosed place in another is one dispute; background detention, a negated
side, or two different persons are none (sentences we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes


def _custody(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("where ")]


HOME = "Soldiers detained Premier Lena Varo at dawn. Premier Lena Varo was put under house arrest, state radio said."
AWAY = "The ministry said Varo was taken to an undisclosed location after she refused to back the army."


def test_at_home_against_hidden_away_is_one_dispute():
    found = _custody(HOME, AWAY)
    assert len(found) == 1 and found[0].topic.startswith("where Varo is held")
    assert {c.article for c in found[0].claims} == {"a0", "a1"}
    assert {c.holder for c in found[0].claims} >= {"The ministry"}


def test_background_or_negated_detention_states_no_side():
    assert not _custody("Opposition figure Lena Varo has been under house arrest since 2015 for leading protests.",
                        AWAY)
    assert not _custody("Aides said Lena Varo was not under house arrest and spoke freely.", AWAY)


def test_two_persons_or_one_outlet_make_no_dispute():
    assert not _custody("Minister Tomas Reyl was put under house arrest on Monday.", AWAY)
    assert not _custody(HOME + " " + AWAY)
