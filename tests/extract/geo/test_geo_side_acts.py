"""Places told for another act than the trigger's (geo/side_acts.py, ev_light.own_places): what
hangs under a cause noun, the goal of a second coordinated verb and the launch point of
shelling are not where the trigger's act happened; the other act keeps its own place."""
from newsdesk.extract.ev_light import own_places
from newsdesk.extract.geo.roles import filter_places, role
from newsdesk.extract.plover import Trigger
from newsdesk.nlp import get_nlp


def _doc_and_trigger(text: str, word: str):
    doc = get_nlp()(text)
    return doc, next(t for t in doc if t.text == word)


def test_a_place_under_a_cause_noun_is_the_answered_acts():
    text = ("The gunmen raided the depot in reprisal against the air raids flown by Norway on "
            "rebel camps in Tarsk, which began a week earlier.")
    doc, trig = _doc_and_trigger(text, "raided")
    assert role(doc, "Tarsk", trig) == "background"
    assert filter_places(doc, [], ["Tarsk"], trig) == []


def test_the_answered_act_keeps_its_own_place():
    text = ("The gunmen raided the depot in reprisal against the air raids flown by Norway on "
            "rebel camps in Tarsk, which began a week earlier.")
    doc, trig = _doc_and_trigger(text, "raids")
    assert role(doc, "Tarsk", trig) == "place"


def test_the_goal_of_a_second_verb_is_where_the_doers_went():
    doc, trig = _doc_and_trigger("Their last aim was to burn the depot and run to Vestria with the "
                                 "captives, but troops stopped them.", "burn")
    assert role(doc, "Vestria", trig) == "destination"
    doc, trig = _doc_and_trigger("The gunmen blew up the pipeline and escaped to Vestria with "
                                 "several hostages.", "blew")
    assert filter_places(doc, ["Vestria"], [], trig) == []
    # the captives taken along are not held where the getaway was headed
    doc, trig = _doc_and_trigger("Their last aim was to burn the depot and run to Vestria with the "
                                 "captives, but troops stopped them.", "captives")
    assert role(doc, "Vestria", trig) == "destination"


def test_a_drive_to_the_scene_before_the_act_keeps_the_scene():
    doc, trig = _doc_and_trigger("The gunman drove to Vestria and opened fire on the crowd.", "opened")
    assert role(doc, "Vestria", trig) == "place"


def test_a_march_to_a_town_stays_the_acts_place():
    doc, trig = _doc_and_trigger("Hundreds of protesters marched to Vestria on Sunday.", "marched")
    assert role(doc, "Vestria", trig) == "place"
    doc, trig = _doc_and_trigger("Students gathered at the campus and marched to Vestria.", "gathered")
    assert role(doc, "Vestria", trig) == "place"


def test_the_launch_point_of_shelling_is_not_where_it_struck():
    doc, trig = _doc_and_trigger("Officials said the two villages were shelled from the territory "
                                 "of Ostland overnight.", "shelled")
    assert role(doc, "Ostland", trig) == "origin"
    assert filter_places(doc, [], ["Ostland"], trig) == []


def test_firing_from_a_town_keeps_the_town():
    doc, trig = _doc_and_trigger("Snipers fired from rooftops in Dorn on Tuesday.", "fired")
    assert role(doc, "Dorn", trig) == "place"


def test_the_light_path_drops_places_after_a_cause_phrase():
    text = "Police in Velm said the bombing was revenge for a raid on rebels in Tarsk."
    at = text.index("bombing")
    tr = Trigger(at, at + len("bombing"), "ASSAULT", None, "noun", "bombing")
    assert own_places(text, tr, ["Velm", "Tarsk"]) == ["Velm"]
    # the answered act itself, after the cause phrase, keeps every place
    at = text.index("raid ")
    tr = Trigger(at, at + 4, "ASSAULT", None, "noun", "raid")
    assert own_places(text, tr, ["Velm", "Tarsk"]) == ["Velm", "Tarsk"]
