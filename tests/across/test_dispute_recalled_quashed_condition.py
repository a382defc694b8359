"""Three ways coverage words a disagreement with no denial word (across/dispute_recollection.py,
dispute_quashed.py, dispute_condition.py): a person's professed non-recall of a recorded act, an
earlier finding set aside against the new one, and one phrase of condition said and negated by two
sides. Sentences we wrote."""
from __future__ import annotations

from tests.conftest import story_disputes


def _kinds(*texts, prefix):
    return [d for d in story_disputes(*texts) if d.topic.startswith(prefix)]


def test_no_recollection_answers_the_record_of_the_act():
    text = ("The bridge over the Varo river was closed in March after a crack was found. Harold Mbeki, the county "
            "inspector, had signed off the survey of the bridge in January, the council records show. "
            "On Monday, Mbeki told reporters he did not remember signing the survey.")
    found = _kinds(text, prefix="whether Harold Mbeki knew")
    assert len(found) == 1
    assert "signed off the survey" in found[0].claims[0].span.text
    assert "did not remember" in found[0].claims[1].span.text


def test_no_recollection_with_no_record_of_that_person_is_none():
    text = ("The bridge over the Varo river was closed in March after a crack was found. "
            "On Monday, Harold Mbeki told reporters he did not remember the last flood.")
    assert not _kinds(text, prefix="whether Harold Mbeki knew")


def test_a_set_aside_finding_meets_the_new_ruling_in_another_article():
    old = ("The eleven deaths at the quarry were ruled accidental by the first tribunal in 2004, but those "
           "findings were overturned in 2019 after the miners' union found new evidence.")
    new = "A second tribunal ruled on Friday that the eleven deaths at the quarry were caused by negligence."
    found = _kinds(old, new, prefix="which finding stands")
    assert len(found) == 1 and len(found[0].claims) == 2
    assert "negligence" in found[0].claims[1].span.text


def test_a_finding_that_repeats_the_old_word_is_no_rival():
    old = ("The eleven deaths at the quarry were ruled accidental in 2004, but those findings were overturned "
           "in 2019.")
    new = "Lawyers said on Friday the panel had found the eleven deaths at the quarry were accidental after all."
    assert not _kinds(old, new, prefix="which finding stands")


def test_the_same_condition_said_and_negated_by_two_sides():
    a = ("The housing officer told tenants at a meeting in May that the tower was in good shape, "
         "according to notes of the meeting.")
    b = "Lena Ortiz, a tenant since 2001, said everybody on her floor knew the tower wasn't in good shape."
    found = _kinds(a, b, prefix="whether it was in good shape")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_one_side_saying_it_twice_is_no_dispute():
    a = "The housing officer said the tower was in good shape."
    b = "The housing officer said again on Friday that the tower was in good shape."
    assert not _kinds(a, b, prefix="whether it was in good shape")
