"""Acts that are only scheduled (what a deadline or timetable is set for) and promises told as
another act's setting state no event; the same words as the act itself still do."""
from __future__ import annotations

from tests.conftest import mention_types


def types(text: str) -> set[str]:
    return set(mention_types(text, "2021-05-12"))


def test_the_act_a_deadline_is_set_for_has_not_happened():
    assert "RETREAT" not in types("Aid workers are racing to leave Velmaria before the looming May 31 "
                                  "troop withdrawal deadline.")
    assert "RETREAT" not in types("The bombing came three days before the government's deadline for the "
                                  "complete withdrawal of its forces from the valley.")
    assert "RETREAT" not in types("Officials met on Monday to agree a timetable for the withdrawal of "
                                  "the peacekeepers.")


def test_the_act_itself_is_still_an_event():
    assert "RETREAT" in types("Velmarian troops withdrew from the valley on Monday.")
    assert "RETREAT" in types("The withdrawal of Velmarian troops from the valley was completed on "
                              "Monday, ahead of the deadline.")


def test_a_promise_that_sets_the_scene_is_no_agreement():
    assert "AGREE" not in types("Hundreds of families left the camp on foot after the interior ministry "
                                "promised a safe passage.")
    assert "AGREE" not in types("The bombing is a blow for the rebels, who have promised residents they "
                                "will restore order to the valley.")


def test_a_promise_in_the_main_clause_is_still_read():
    assert "AGREE" in types("The interior ministry promised the families a safe passage out of the camp "
                            "on Monday.")
