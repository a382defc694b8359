"""A trade before a two-word name, or a show after it, makes it a person even when both
words are also town names somewhere ("singer Ariana Grande" is not Aryanah, Tunisia)."""
from newsdesk.extract.geo.gazetteer import gazetteer
from newsdesk.extract.geo.relative import harvest_names
from newsdesk.extract.geo.resolve import person_surnames


def test_role_before_name_marks_person_first_name():
    text = "Fans left the hall after singer Ariana Grande had finished her last song."
    assert "Ariana" in person_surnames(gazetteer(), text)


def test_show_after_name_marks_performer():
    text = "Thousands had tickets for an Ariana Grande concert that night."
    assert "Ariana" in person_surnames(gazetteer(), text)


def test_performer_first_name_is_not_harvested_as_place():
    text = "Crowds fled the hall in Leeds after singer Ariana Grande had performed."
    assert "Ariana" not in harvest_names(gazetteer(), text, set())


def test_same_name_without_a_role_is_left_alone():
    text = "Officials met in Ariana, north of Tunis, on Monday."
    assert "Ariana" not in person_surnames(gazetteer(), text)
