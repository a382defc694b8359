"""Promises about what someone else will do are assurances, not agreements (ev_assurance.py),
on sentences we wrote; a promise of the promiser's own act stays AGREE."""
from __future__ import annotations

from tests.conftest import mention_types


def code(text: str) -> list[str]:
    return mention_types(text, "2031-05-02")


def test_a_pledge_of_another_bodys_act_is_no_agreement():
    assert "AGREE" not in code("The governor visited the wounded and pledged police would fully "
                               "investigate the beatings.")
    assert "AGREE" not in code("The emirate called the decision illegal, vowing to its residents "
                               "that the measures would not affect them.")


def test_a_promise_of_the_promisers_own_act_still_agrees():
    assert "AGREE" in code("Iran promised it would allow inspectors into the sites.")
    assert "AGREE" in code("The rebels promised to free the hostages on Friday.")
