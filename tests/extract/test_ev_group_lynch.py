"""A crowd that kills the attackers after an attack does an act of its own
(extract/ev_group_lynch.py). (Sentences invented.)"""
from __future__ import annotations

from tests.conftest import assault_mentions

_BOMBING = ("A bomb went off at the Orsk mosque on Friday, killing 40 worshippers. "
            "Police said a mob killed two of the attackers in the chaos that followed.")
# a page cut off mid-sentence leaves the crowd's victims unnamed: "one of" still marks a part
_CUT = ("Explosions tore through the gym of the Orsk school on Friday, killing more than 200 "
        "hostages. Officials said they killed 12 hostage-takers and arrested two. "
        "An angry mob killed at least one of")

_LYNCHING = ("A crowd beat two men to death in the village of Orsk on Sunday after they were "
             "accused of stealing cattle. Police said both men died before officers arrived.")


def _with(ms, words):
    return [m for m in ms if any(words in s.text for s in [m.span, *m.extra_spans])]


def test_the_mob_killing_leaves_the_attack_record():
    ms = assault_mentions(_BOMBING, "2026-03-14")
    bomb = _with(ms, "A bomb went off")
    assert len(bomb) == 1 and bomb[0].actor != "mob" and bomb[0].dead.low == 40
    mob = _with(ms, "a mob killed")
    assert len(mob) == 1 and mob[0] is not bomb[0] and mob[0].actor == "mob"


def test_a_cut_mob_sentence_is_its_own_act():
    ms = assault_mentions(_CUT, "2026-03-14")
    mob = _with(ms, "angry mob")
    assert len(mob) == 1 and mob[0].actor == "angry mob" and not _with(mob, "Officials said")


def test_a_lynching_article_keeps_its_later_sentences():
    ms = assault_mentions(_LYNCHING, "2026-03-14")
    crowd = _with(ms, "A crowd beat")
    assert len(crowd) == 1 and _with(crowd, "both men died")
