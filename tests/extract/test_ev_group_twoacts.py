"""One sentence telling two acts is cut at its turning cue (extract/ev_group_twoacts.py): an
act and the act it answers, or two acts by different doers told in sequence, are two
statements; one act told with several verbs, or an attacker's own end, stays one.
(Sentences invented.)"""
from __future__ import annotations

from newsdesk.extract.events import sentence_events


def _assaults(text: str) -> list:
    return [c for c in sentence_events(text, "2031-05-02") if c.type == "ASSAULT"]


def test_an_attack_and_the_strikes_it_answers_are_two_acts_each_in_its_own_place():
    cs = _assaults("The gunmen raided the compound in retaliation against the air strikes "
                   "launched by France on jihadists in nearby Mali.")
    assert len(cs) == 2
    gunmen = next(c for c in cs if c.actor and "gunmen" in c.actor.lower())
    strikes = next(c for c in cs if c is not gunmen)
    assert "Mali" not in gunmen.places          # the answered strikes' country is theirs only
    assert strikes.mode == "aerial" and "Mali" in strikes.places


def test_a_passive_act_by_one_side_before_the_other_side_moves_in_is_two_acts():
    cs = _assaults("Seven villagers were executed, a local newspaper reported, by the insurgents "
                   "before the army stormed the village.")
    assert len(cs) == 2                         # the parse lost "by the insurgents"
    army = next(c for c in cs if c.actor == "army")
    assert army.recipient is None               # the villagers were the insurgents' victims
    assert any(c.recipient == "Seven villagers" for c in cs if c is not army)


def test_one_act_told_with_two_verbs_stays_one():
    assert len(_assaults("Masked gunmen stormed the hotel lobby and then opened fire on the guests "
                         "on Friday evening.")) == 1


def test_an_attacker_killing_himself_afterwards_is_no_second_act():
    assert len(_assaults("A former employee shot dead nine people at the depot before killing "
                         "himself, police said.")) == 1
