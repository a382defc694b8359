"""Claim against denial: whether a deal was reached (across/dispute_deal.py) and whose side the
forces are on (across/dispute_allegiance.py), on short texts we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_allegiance import _beneficiaries
from newsdesk.across.dispute_deal import DENIED, _claimed
from tests.conftest import story_disputes


def _topic(disputes, start):
    return [d for d in disputes if d.topic.startswith(start)]


def test_a_pact_is_claimed_only_when_asserted():
    assert _claimed("Later, the rebels said the truce was back on.")
    assert _claimed("Union leaders said they had struck a new deal with the port owners.")
    assert not _claimed("Mediators said they hoped a deal would be reached by Friday.")
    assert not _claimed("Officials said no agreement had been reached.")
    assert DENIED.search("The interior ministry denied that a ceasefire had been reached.")
    assert DENIED.search("A government spokesman said no new agreement has yet been reached.")
    assert not DENIED.search("The ministry denied that its planes had bombed the market.")


def test_a_denied_deal_next_to_its_claim_is_a_dispute():
    text = ("Talks over the besieged town of Varno broke down at noon. Late in the evening, the rebels said "
            "the truce was back on. Buses were due at dawn, a rebel commander said. The interior ministry "
            "denied that an agreement had been reached and said talks were continuing.")
    found = _topic(story_disputes(text), "whether a deal was reached")
    assert len(found) == 1 and found[0].kind == "occurrence"
    assert [c.holder for c in found[0].claims] == ["the rebels", "The interior ministry"]


def test_a_denial_far_from_any_claim_or_by_the_same_side_is_no_dispute():
    far = ("The rebels said the truce was back on. " + "Shelling went on in the old town overnight. " * 6 +
           "The interior ministry denied that an agreement had been reached.")
    same = ("The interior ministry said the truce was back on. "
            "A government spokesman denied that a new agreement had been reached.")
    for text in (far, same):
        assert not _topic(story_disputes(text), "whether a deal was reached")


def test_the_backed_party_is_read_from_support_and_loyalty():
    assert _beneficiaries("Varga insists he still has the support of the army") == ["he"]
    assert _beneficiaries("Soldiers in the north have defected to the opposition, Lenz said.") == ["the opposition"]
    assert _beneficiaries("Officials said the navy no longer has the backing of the army.") == []
    assert _beneficiaries("Lenz urged the armed forces to remain loyal to the constitution.") == []


def test_rival_camps_each_claiming_the_army_is_a_dispute():
    a = "Opposition leader Tomas Lenz said the opposition was gaining support from the military."
    b = "Key points\n• President Varga insists he still has the support of the army\n• Fuel prices rose"
    found = _topic(story_disputes(a, b), "whose side the forces are on")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}
    assert "Varga" in found[0].topic and "opposition" in found[0].topic


def test_one_camp_or_a_split_account_is_no_dispute():
    one_camp = ("President Varga said he still has the support of the army.",
                "A government spokesman said the armed forces remain loyal to President Varga.")
    split = ("An opposition envoy said the opposition has the support of the lower ranks of the military "
             "and Varga has the support of the generals.",)
    for texts in (one_camp, split):
        assert not _topic(story_disputes(*texts), "whose side the forces are on")
