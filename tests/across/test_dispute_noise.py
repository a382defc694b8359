"""Noise disputes and junk holders (fresh set 12): accusations against allies that one
rebuttal answers are one dispute (across/dispute_twins.join_accused), as are two disputes
denying one tie ("no known connections to X"; dispute_twins.dedupe), and a holder that ran
on into its clause is cut to its noun phrase or rejected (across/dispute_holders)."""
from __future__ import annotations

from newsdesk.across.dispute_holders import holder, noun_phrase
from newsdesk.across.dispute_twins import dedupe
from newsdesk.model import Article, Claim, Dispute
from tests.conftest import story_disputes as disputes_of


def test_a_verb_or_adverb_glued_to_the_holder_is_cut():
    assert noun_phrase("The Valley Herald first") == "The Valley Herald"
    assert noun_phrase("Coastguard issued statements") == "Coastguard"
    assert noun_phrase("the U.N. reported numbers") == "the U.N."
    assert noun_phrase("Marland armed forces") == "Marland armed forces"    # an adjective, not a verb
    assert holder("The Valley Herald first reported the harbour blockade.") == "The Valley Herald"


def test_a_passive_clause_holds_nothing():
    assert noun_phrase("the blockade is being") is None
    assert holder("Of course the blockade is being labeled as a “lone act” by the papers.") is None


def test_a_passive_clause_against_a_named_party_is_no_dispute():
    text = ("Of course the blockade is being labeled as a “lone act”, as the story always goes. "
            "However, his sister insisted that Orin Vale was “just a fisherman” who liked the sea.")
    assert not disputes_of(text)


def test_accusations_against_allies_answered_together_are_one_dispute():
    one = ("Tessa blamed Norland for the shelling of the port. "
           "Norland called the accusations baseless.")
    two = ("Tessa blamed Varia and its ally Norland for the shelling. "
           "Varia said the reports were fake.")
    three = ("Officials in Tessa rushed to blame Ostburg over the shelling. "
             "Ostburg rejected reports that Norland had shelled the port.")
    found = [d for d in disputes_of(one, two, three) if d.kind == "accusation"]
    assert len(found) == 1
    assert {"Norland", "Varia", "Ostburg"} <= {c.holder for c in found[0].claims}


def test_accusations_against_unrelated_parties_stay_apart():
    one = "Tessa blamed Norland for the shelling of the port. Norland called the accusations baseless."
    two = "Dunmore accused Ostburg of seizing the ferry. Ostburg called the accusations unfounded."
    found = [d for d in disputes_of(one, two) if d.kind == "accusation"]
    assert len(found) == 2


def _dispute(topic: str, kind: str, *sents: str) -> Dispute:
    text = " ".join(sents)
    art = Article(id=topic, raw=text, text=text)
    claims, at = [], 0
    for s in sents:
        claims.append(Claim(art.id, s.split()[0], art.span(at, at + len(s))))
        at += len(s) + 1
    return Dispute(topic, claims, kind)


def test_two_disputes_denying_one_tie_are_one():
    said = _dispute("a", "claim", "The Free Coast Front claimed the bomber was one of its fighters.",
                    "Police said the bomber had no known connections to the Free Coast Front.")
    proof = _dispute("b", "occurrence", "A site close to the Front claims the bomber acted for it.",
                     "Officials found no proof tying Vale to the Free Coast Front.",
                     "The Harbour Post reported the claim.")
    out = dedupe([said, proof])
    assert len(out) == 1 and len(out[0].claims) == 5


def test_disputes_denying_ties_to_different_parties_stay_apart():
    one = _dispute("a", "claim", "The Front claimed the bomber.", "Police found no links to the Free Coast Front.")
    two = _dispute("b", "claim", "The Brigade claimed the fire.", "Police found no links to the Hill Brigade.")
    assert len(dedupe([one, two])) == 2


def test_a_quarrel_linked_by_a_later_group_still_joins():
    """The order groups are met in does not decide: a rebuttal naming a party that only a later
    group brought into the larger quarrel joins it all the same."""
    from newsdesk.across.dispute_twins import join_accused
    from newsdesk.model import Sentence

    def sent(t):
        return Sentence(0, len(t), t)
    shared = sent("Norland said Ostra has to bear the blame for the gas attack in Velm.")
    big = ("norla", [(None, shared, "Norland")],
           [(None, sent("The Ostra-backed Dorvan army denied using gas."), "The Ostra-backed Dorvan army"),
            (None, sent("Ostra said the reports were fake."), "Ostra")])
    ally = ("dorva", [(None, shared, "Norland")], [(None, sent("Dorvan called the claims a fabrication."), "Dorvan")])
    late = ("capit", [(None, sent("Westmark rushed to blame Capitol over the attack."), "Westmark")],
            [(None, sent("Capitol rejected reports that the Dorvan army used gas."), "Capitol")])
    assert len(join_accused([big, ally, late])) == 1


def test_a_denial_of_its_own_sentences_charge_doubts_no_earlier_claim():
    text = ("The Ostra Front had claimed responsibility for the drone strike on the refinery. "
            "Norland, however, blamed Dorvan for the strike; while Dorvan has denied the allegations.")
    assert not [d for d in disputes_of(text) if d.topic.startswith("whether this happened")]


def test_a_denial_in_a_relative_clause_rebuts_nothing():
    from newsdesk.across.dispute_sides import denied_in_aside
    from newsdesk.across.disputes import DENIAL
    assert denied_in_aside("The militia, which Dorvan has denied arming, holds the port.", DENIAL)
    assert not denied_in_aside("Dorvan has denied arming the militia, its envoy said.", DENIAL)


def test_a_dispute_wholly_inside_a_larger_one_of_another_kind_is_dropped():
    from newsdesk.model import Span

    def claim(start, text, who):
        return Claim("a0", who, Span("a0", start, start + len(text), text))
    blame, denial, other = claim(0, "Norland blamed Dorvan.", "Norland"), claim(30, "Dorvan denied it.", "Dorvan"), \
        claim(60, "Westmark blamed Dorvan too.", "Westmark")
    big = Dispute("accusations against Dorvan and its rebuttal", [blame, denial, other], "accusation")
    inner = Dispute("who is to blame: Norland vs Dorvan", [blame, denial], "responsibility")
    half = Dispute("who is to blame: Norland vs Kestra", [blame, claim(90, "Kestra blamed Norland.", "Kestra")],
                   "responsibility")
    assert [d.topic for d in dedupe([big, inner, half])] == [big.topic, half.topic]

