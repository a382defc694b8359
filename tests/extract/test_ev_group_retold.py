"""A faceless attack sentence that nothing links to the article's lede attack, and that
conflicts with nothing the lede states, retells that attack (extract/ev_group_retold.py);
one marked as another act, one naming another means, or one told after a second attack
stays its own. (Sentences invented; places fictional.)"""
from __future__ import annotations

from tests.conftest import assault_mentions

_LEDE = ("Militants ambushed a police convoy in Korvana province on Tuesday, killing at least 14 "
         "officers, the interior ministry said. ")
_MID = "The ministry said the convoy had left the provincial capital at dawn. "
_LATER = "A bus was attacked on a mountain road near the village of Stellin."


def _texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def test_a_retelling_with_another_verb_and_place_is_the_lede_attack():
    ms = assault_mentions(_LEDE + _MID + _LATER, "2027-05-08")
    assert len(ms) == 1
    assert _LATER in _texts(ms[0])


def test_a_statement_set_apart_by_a_discourse_cue_stays_its_own():
    for cue in ("Separately, a", "Elsewhere, a"):
        ms = assault_mentions(_LEDE + _MID + _LATER.replace("A", cue, 1), "2027-05-08")
        assert len(ms) == 2


def test_another_means_is_another_act():
    lede = ("A car bomb exploded outside a police station in Korvana province on Tuesday, killing "
            "at least 14 officers, the interior ministry said. ")
    ms = assault_mentions(lede + _MID + "Shots were fired at a checkpoint near the village of "
                          "Stellin.", "2027-05-08")
    assert len(ms) == 2


def test_after_a_second_attack_the_retold_one_is_a_guess():
    second = "Hours later, rebels stormed a border post in Telmar province, killing three guards. "
    ms = assault_mentions(_LEDE + second + _MID + _LATER, "2027-05-08")
    assert len(ms) == 3


def test_a_new_toll_told_of_the_clashes_is_not_the_retold_attack():
    # the faceless retelling joins the lede's fire; a different figure told "in the
    # clashes" is then no rival count of it but an event of its own (ev_group._new_toll)
    ms = assault_mentions("At least 40 people died when a fire swept through a trade hall in "
                          "Dunmore on Saturday, officials said. Survivors fleeing the burning hall "
                          "were beaten in the street. Between two and four people were killed in "
                          "the clashes with police, witnesses said.", "2027-05-08")
    assert len(ms) == 2
    fire = next(m for m in ms if m.dead and m.dead.low == 40)
    assert any(s.text.startswith("Survivors fleeing") for s in fire.extra_spans)
