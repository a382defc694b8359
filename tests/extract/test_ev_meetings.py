"""A meeting or call needs a second party (ev_meetings); sentences invented."""
from conftest import event_mentions


def _acts(text: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.actor) for m in event_mentions(text)]


def test_a_number_inside_the_subjects_description_is_no_second_party():
    acts = _acts("Mara Teln, the father of a two-month-old hurt in the fire, spoke quietly while "
                 "waiting outside the ward.")
    assert not any(t == "CONSULT" for t, _ in acts)


def test_a_paired_subject_still_meets():
    acts = _acts("The two foreign ministers met in Geneva on Tuesday.")
    assert any(t == "CONSULT" for t, _ in acts)


def test_a_call_to_a_counterpart_is_a_consultation():
    acts = _acts("Prime Minister Dora Vell phoned her Norwegian counterpart on Friday to offer condolences.")
    assert any(t == "CONSULT" and a and "Vell" in a for t, a in acts)


def test_having_spoken_with_a_leader_is_a_consultation():
    acts = _acts("The UN envoy Kofi Brandt said he had spoken with the deposed president by phone.")
    assert any(t == "CONSULT" for t, _ in acts)


def test_having_spoken_to_reporters_is_no_consultation():
    acts = _acts("The mayor Ada Lunt had spoken to reporters before the vote.")
    assert not any(t == "CONSULT" for t, _ in acts)


def test_an_object_outside_the_meeting_words_is_left_to_the_role_finder():
    assert not any(t == "CONSULT" for t, _ in _acts("The new runway met every safety standard, the agency said."))
    assert not any(t == "CONSULT" for t, _ in _acts("Ms Orla Penn, 41, was visiting her aunt when the storm hit."))
