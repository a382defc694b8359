"""Which attack group a statement joins when an article tells more than one act
(extract/ev_group_ending.py): the forces' killing of the attackers, told in the lede beside
the attack, does not take "the attack began ..." from the attack's own group (tuning set 28),
and "condemned Vale's murder" goes with the shooting of Vale, not the bombing the article
leads with, so the shooting stays an act of its own. Sentences invented."""
from __future__ import annotations

from tests.conftest import assault_mentions

SIEGE = ("Security forces have killed all three gunmen who stormed the Orlan hotel in Tessa, in "
         "an attack that killed at least 9 guests, the president said. "
         "Officials said on Sunday that 9 guests were confirmed dead and 200 others had been led "
         "to safety. "
         "The attack on the hotel began shortly after noon on Saturday with a blast at the gate. "
         "The assault was claimed by the Harran Front on its radio station. "
         "Witnesses saw guests shot down by the gunmen as they sat by the pool.")
COURT = ("At least 40 people were killed in a suicide bombing at the Velora court in Tessa. "
         "The bomb went off as lawyers gathered for the funeral of a judge. "
         "A lawyer, Anton Vale, was shot dead on 3 August. "
         "The judges had condemned Vale's murder and called a strike of the courts.")


def _texts(m) -> list[str]:
    return [s.text for s in [m.span, *m.extra_spans]]


def test_the_attack_is_told_in_the_attackers_group_not_the_forces():
    ms = assault_mentions(SIEGE, None)
    forces = next(m for m in ms if m.actor and "forces" in m.actor.lower())
    attack = next(m for m in ms if m is not forces)
    assert len(_texts(forces)) == 1
    assert any(t.startswith("The attack on the hotel began") for t in _texts(attack))
    assert any(t.startswith("The assault was claimed") for t in _texts(attack))
    assert attack.dead.low == 9


def test_a_murder_named_by_its_victim_is_not_the_bombing():
    ms = assault_mentions(COURT, None)
    bombing = next(m for m in ms if m.dead and m.dead.low == 40)
    assert not any("Anton Vale" in t for t in _texts(bombing))
    vale = next(m for m in ms if "Anton Vale" in m.span.text)
    assert vale is not bombing
