"""A claim's motive (extract/ev_motive.py): the act named after "revenge for", "payback for",
"in response to" or in "fighters responsible for ..." is the reason given, not the news: it
lends the sentence's act neither its place, doer nor day. (Sentences invented.)"""
from __future__ import annotations

from newsdesk.extract.ev_motive import cause_at, motive_day
from newsdesk.extract.events import sentence_events


def _assaults(text: str) -> list:
    return [c for c in sentence_events(text, "2031-05-02") if c.type == "ASSAULT"]


def test_a_claimed_attack_that_was_payback_for_raids_keeps_its_own_place_only():
    cs = _assaults("The rebels said the ambush near Garissa was payback for police raids on homes in Lamu.")
    ambush = next(c for c in cs if [t.text for t in c.triggers] == ["ambush"])
    assert ambush.places == ["Garissa"] and ambush.actor is None    # not the police, not Lamu
    assert len(cs) == 1                                     # the raids are no statement here


def test_a_claimed_attack_takes_neither_the_place_nor_the_doer_of_the_raids():
    cs = _assaults("A spokesman for the group said the attack was revenge for police raids on homes in Lamu.")
    attack = next(c for c in cs if [t.text for t in c.triggers] == ["attack"])
    assert "Lamu" not in attack.places and attack.actor is None
    assert len(cs) == 1


def test_an_act_done_in_response_to_another_keeps_its_own_place():
    cs = _assaults("The militia said it shelled the depot in Tarsk in response to army raids in Velno.")
    shelled = next(c for c in cs if c.actor == "militia")
    assert shelled.places == ["Tarsk"]            # the raids, a second act, keep Velno to themselves


def test_a_party_described_by_an_earlier_attack_does_not_lend_that_attack_place():
    cs = _assaults("The alliance said its jets had hit positions near Orvel, targeting militiamen "
                   "responsible for a deadly rocket attack on the town of Dastra on Monday.")
    assert [c.places for c in cs] == [["Orvel"]]


def test_a_claim_of_responsibility_is_no_cause_cue():
    assert cause_at("Police said the gang was responsible for the robbery in Velno.") is None
    assert cause_at("The gang claimed the bombing as revenge for the arrests.") is not None


def test_an_attack_told_with_no_claim_before_the_cue_stays_the_news():
    cs = _assaults("Soldiers vowed revenge for the killing of two comrades in Brask.")
    assert [c.places for c in cs] == [["Brask"]]     # nothing claimed: the killing keeps its place


def test_a_day_named_after_the_cue_dates_the_answered_act():
    seen = []
    def day_of(t):
        seen.append(t)
        return ("2031-05-01", 0) if "Monday" in t else (None, 0)
    text = "The group said the blast in Orvel was revenge for a raid on Monday."
    assert motive_day(text, "2031-04-28", 3, day_of) == (None, 0)
    assert "Monday" not in seen[0]
    assert motive_day("Gunmen shot two guards on Monday.", "2031-04-28", 3, day_of) == ("2031-04-28", 3)


def test_a_claim_whose_only_coded_act_is_the_answered_one_may_only_join():
    cs = _assaults("The group claimed responsibility in a statement on Sunday, saying it was revenge "
                   "for raids carried out by the police on mosques in Lamu.")
    assert len(cs) == 1
    c = cs[0]
    assert c.places == [] and c.actor is None and c.mode is None    # not the raids' city or doer
    assert c.weak and c.anaphoric                                   # the claimed attack's, by reference
