"""Charges against a camp named by a common noun (across/dispute_camps.py): "accuse the rebels
of" answered by "the separatist fighters have denied", "blamed the government" answered by a
minister of that government; another state's minister or a rebel premier answers no charge
against the government, and "X claimed ..., but Y deny this" rebuts its own clause, not the
sentence before (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _accusations(*texts):
    return [d for d in disputes_of(*texts) if d.kind == "accusation"]


CHARGE = ("Marovia and Tessaly accuse the rebels of shooting down the cargo plane over the valley "
          "on Friday with a missile brought across the border.")


def test_rebels_accused_and_rebels_denying():
    found = _accusations(CHARGE, "The separatist fighters have consistently denied any role in the crash, "
                                 "pointing instead at the army.")
    assert len(found) == 1
    assert {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_denial_by_someone_else_answers_no_charge_against_the_rebels():
    assert not _accusations(CHARGE, "The airline has denied that the plane strayed from its route, "
                                    "a spokeswoman said.")


BLAME = 'Opposition leader Anselm Dravik has blamed the government for the bombing and called them "killers".'


def test_the_government_blamed_and_its_minister_denying():
    found = _accusations(BLAME, 'Interior Minister Petra Lunde said she would not step down, denying there '
                                'had been any "gap" in security at the march.')
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["Anselm Dravik", "Petra Lunde"]


def test_another_states_minister_answers_no_charge_against_the_government():
    assert not _accusations(BLAME, "Corvanian Foreign Minister Ilse Marr said on Sunday, denying that her "
                                   "country had been warned, that the border stayed open.")


def test_a_denial_of_a_claim_in_its_own_sentence_does_not_reach_back():
    text = ("The valley has seen heavy fighting since the rebels entered the town. "
            "Army units have claimed they have retaken the town, but the rebels deny this.")
    assert not [d for d in disputes_of(text) if d.topic.startswith("whether this happened")]


def test_a_claim_of_responsibility_is_no_charge():
    # the group owns the act; a town's rejection of a law answers no charge
    text = ("The Red Front has claimed responsibility for the twin blasts at the Orvik market. "
            "Orvik rejected the new autonomy charter in last week's vote, officials said.")
    assert not _accusations(text)


def test_a_minister_refusing_a_demand_denies_no_charge():
    assert not _accusations(BLAME, "Interior Minister Petra Lunde rejected calls for her resignation on Sunday.")


def test_a_page_printing_its_body_twice_gives_each_claim_once():
    answer = 'Interior Minister Petra Lunde said she would not step down, denying there had been any "gap" in security.'
    found = _accusations(BLAME + " Crowds mourned in the square. " + BLAME, answer)
    assert len(found) == 1 and len(found[0].claims) == 2
