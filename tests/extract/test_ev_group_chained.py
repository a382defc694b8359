"""One sentence telling an attack in two verbs of one subject and its end at the forces' hands
(extract/ev_group_chained.py): the second verb stays in the attack's mention, and the forces'
tail ("before being shot and wounded by police") becomes the attackers'-end mention even though
it is told in toll words only. Sentences invented."""
from __future__ import annotations

from tests.conftest import assault_mentions

FAIR = ("Militants firing on a harvest fair in northern Velora on Sunday killed nineteen people and "
        "wounded 40, the state news agency said. "
        "Two gunmen opened fire on the packed crowd at the fair in the town of Tessa and then attempted to "
        "attack the stage for the governors before being shot and wounded by police, a local radio "
        "station said. "
        "The attack was the deadliest in the province in a decade.")
STEPS = FAIR.split(". ")[1]


def _texts(m) -> list[str]:
    return [s.text for s in [m.span, *m.extra_spans]]


def test_the_second_verb_of_the_gunmen_stays_in_the_attack_mention():
    ms = assault_mentions(FAIR, None)
    attack = next(m for m in ms if m.dead and m.dead.low == 19)
    assert any(t.startswith(STEPS[:30]) for t in _texts(attack))
    assert not any(m.actor == "Two gunmen" for m in ms if m is not attack)


def test_the_forces_tail_is_a_mention_of_its_own():
    ms = assault_mentions(FAIR, None)
    forces = [m for m in ms if m.actor and "police" in m.actor.lower()]
    assert len(forces) == 1
    assert [t[:30] for t in _texts(forces[0])] == [STEPS[:30]]


def test_a_plain_death_word_founds_no_event():
    ms = assault_mentions("Nineteen people were killed by militants at a fair in Tessa on Sunday. "
                          "A second man later died in hospital.", None)
    assert len(ms) == 1
