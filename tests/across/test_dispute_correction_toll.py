"""A corrected toll answers the article's own statement of the toll (dispute_update.toll_partner,
disputes.correction), whatever words the two share; a correction that states no toll keeps the
shared-words rule (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_update import toll_partner
from newsdesk.model import Sentence
from tests.conftest import story_disputes

LEDE = "A car bomb outside the Velmar barracks killed 9 soldiers on Monday, army officials said."
NOISE = "General Ana Brill of the Marine Guard said the bombers were trained abroad."
FIX = ("Officials said late Monday that the dead included six marines and three guards, "
       "correcting earlier reports that 11 marines were killed.")


def _corrections(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("earlier report")]


def test_a_corrected_toll_pairs_with_the_articles_toll():
    found = _corrections(" ".join([LEDE, NOISE, FIX]))
    assert len(found) == 1
    assert [" ".join(c.span.text.split()) for c in found[0].claims] == [LEDE, FIX]


def test_the_partner_states_another_toll():
    pool = [Sentence(0, 10, NOISE), Sentence(11, 20, LEDE)]
    assert toll_partner(FIX, pool).text == LEDE
    assert toll_partner(NOISE, pool) is None                       # no toll corrected
    same = Sentence(0, 10, "Eleven marines were killed in the blast, a witness said.")
    assert toll_partner(FIX, [same]) is None                       # the same figure: no later account
