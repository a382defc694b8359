"""Holders a reader can place (across/dispute_holders.py, disputes.py): never a page id, a
clause ("the council should review"), a subject running into its verb ("The decision
followed"), a relation the resolver put for a pronoun ("his daughter"), the speaker of a side
clause (", as the ministry said the strikes would go on"), nor, for a toll, a party that only
claims the act or rejects its reports (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_holders import UNNAMED_OUTLET, accuser, holder, no_file_ids, noun_phrase, toll_holder
from newsdesk.across.dispute_sides import accuses
from newsdesk.across.disputes import ACCUSE
from newsdesk.extract.resolver import resolver_for
from newsdesk.model import Claim, Dispute, Span


def _holder(text: str) -> str | None:
    return holder(text, resolver_for(text), 0)


def test_a_page_id_reads_as_the_outlet_or_a_plain_phrase():
    d = Dispute("whether it was a coup: Ivo Marn vs dam-dailyx", [
        Claim("dam-dailyx", "dam-dailyx", Span("dam-dailyx", 0, 6, "It was")),
        Claim("dam-velmpost", "dam-velmpost", Span("dam-velmpost", 0, 6, "It was")),
        Claim("dam-velmpost", "Ivo Marn", Span("dam-velmpost", 9, 16, "He said"))])
    no_file_ids(d, {"dam-dailyx": None, "dam-velmpost": "Velm Post"})
    assert [c.holder for c in d.claims] == [UNNAMED_OUTLET, "Velm Post", "Ivo Marn"]
    assert d.topic == f"whether it was a coup: Ivo Marn vs {UNNAMED_OUTLET}"


def test_a_clause_or_a_verb_closing_the_subject_is_no_holder():
    assert noun_phrase("The council should review") is None
    assert noun_phrase("The decision followed") is None
    assert noun_phrase("the accused") == "the accused"
    assert noun_phrase("those detained") == "those detained"


def test_reports_by_a_source_name_it_when_no_one_speaks():
    s = "The decision followed reports by regional broadcasters that the dam had been mined."
    assert _holder(s) == "regional broadcasters"


def test_a_side_clause_speaker_holds_only_its_own_clause():
    assert _holder("At least 12 people are reported dead in Ostra, as the ministry said the strikes "
                   "would go on for days.") is None
    assert _holder("At least 12 people were killed in Ostra, as the ministry said.") == "the ministry"
    assert _holder("At least 12 people were killed in Ostra, while the ministry said 9 had died.") == "the ministry"


def test_a_toll_put_with_a_qualifier_is_attributed():
    assert _holder("Velm Mayor Ana Roe put the metro death toll at 12.") == "Ana Roe"


def test_a_pronoun_read_as_a_relation_holds_nothing():
    t = "Mr Dorn was poisoned with his daughter Ana in Velm. She said: \"There is no doubt the Ostra state did it.\""
    i = t.index("She")
    assert holder(t[i:], resolver_for(t), i) is None


def test_who_claims_the_act_or_rejects_its_reports_gives_no_toll():
    s = "Ostra Front claimed responsibility for the bombing that killed 14 people."
    assert _holder(s) == "Ostra Front" and toll_holder(s, resolver_for(s), 0) is None
    r = "Norland on Sunday rejected reports that its drones struck the market, killing dozens."
    assert toll_holder(r, resolver_for(r), 0) is None
    assert toll_holder("The ministry said 14 people were killed.") == "The ministry"


def test_the_named_subject_of_blame_accuses():
    s = "Norland was quick to blame Ostra for the blast at the dam."
    assert _holder(s) is None and accuser(s, resolver_for(s), 0) == "Norland"
    assert accuser("He was quick to blame Ostra for the blast.") is None


def test_alleged_as_an_adjective_accuses_no_one():
    assert not accuses("The alleged strike came after the truce collapsed.", ACCUSE)
    assert not accuses("Ostra's alleged role in the blast is unclear.", ACCUSE)
    assert accuses("Norland alleged that Ostra mined the dam.", ACCUSE)


def test_an_adverb_quantifier_or_time_phrase_is_no_part_of_a_holder():
    assert noun_phrase("Foreign Minister Ana Roe directly") == "Foreign Minister Ana Roe"
    assert noun_phrase("Norland and Ostra both") == "Norland and Ostra"
    assert noun_phrase("The Roe family") == "The Roe family"
    assert noun_phrase("Earlier on Saturday") is None


def test_a_carrier_passes_the_claim_to_its_source():
    assert _holder("Velm Radio quoted the army's press office, which said the rebels fired the drones.") \
        == "the army's press office"
    assert _holder("Twelve people died in the blast, the agency reported, citing police in Velm.") == "police"
    assert _holder("Velm Radio quoted him as saying the dam held.") == "Velm Radio"
    assert _holder("Tension grew after Velm Radio quoted Premier Lena Varo mocking the Norland envoy.") == "Lena Varo"


def test_who_is_reported_to_have_been_held_holds_nothing():
    assert _holder("Premier Lena Varo is among those reported to have been put under house arrest.") is None
