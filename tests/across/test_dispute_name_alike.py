"""An accusation and a rebuttal are one quarrel only when the charge names the rebutting party
(disputes.denial via dispute_sides.names_rebutter): a name and its demonym are one party, two
names that merely begin alike ("Marlow", the ferry line, and "Marl", its ship) are not
(articles we wrote)."""
from __future__ import annotations

import re

from newsdesk.across.dispute_sides import alike, names_rebutter
from tests.conftest import story_disputes

CUE = re.compile(r"\bblam(?:e|ed|es|ing)\b")


def test_a_demonym_is_the_same_party_a_shared_prefix_is_not():
    assert alike("Velmar", "Velmari") and alike("Korim", "Korimians") and alike("Tessa", "Tessa")
    assert not alike("Marlowline", "Marlow") and not alike("Marl", "Marlowe")


def test_the_charge_must_name_the_rebutter():
    assert names_rebutter("Ostra officials blamed Velmari gunners for the raid.", CUE, "velma", ["Velmar"])
    assert not names_rebutter("A pilot blamed the collision with Marl Star on fog.", CUE, "marlo",
                              ["the head of Marlowline"])


def test_a_rebuttal_about_another_matter_is_no_answer_to_the_charge():
    a = "A harbour pilot blamed the collision with Marlo Star on thick fog, port officials said."
    b = "The head of Marlowline, which owns the ferry, dismissed reports that it had sunk as false."
    assert not [d for d in story_disputes(a, b) if d.topic.startswith("accusations against")]
