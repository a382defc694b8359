"""A lowercase office with its complements before a name still titles that name."""
from newsdesk.extract.attribution import right_speaker
from newsdesk.extract.speakers import subject_before


def test_long_lowercase_office_before_the_name():
    assert subject_before("secretary general of the river basin council Mira Tallon ")[0] == "Mira Tallon"
    assert subject_before("deputy minister of the interior Osk Varen ")[0] == "Osk Varen"


def test_trailing_attribution_with_a_long_office_names_the_speaker():
    right = ', secretary of state for rural transport Lena Brask told a regional radio station.'
    assert right_speaker(right)[0] == "Lena Brask"


def test_no_office_word_no_run():
    assert subject_before("crowds near the old market Mira Tallon ") is None or \
        subject_before("crowds near the old market Mira Tallon ")[0] != "Mira Tallon"
