"""Which clause a place phrase sits in (geo/clauses.py): a clause describing a party, the goal
of another verb and an act set days apart do not place the trigger's act; the trigger's own
clause, and the earlier act itself, keep their places."""
from newsdesk.extract.geo.roles import away_places, filter_places, role
from newsdesk.nlp import get_nlp


def _doc_and_trigger(text: str, word: str):
    doc = get_nlp()(text)
    return doc, next(t for t in doc if t.text == word)


def test_a_clause_on_a_party_places_the_party_not_the_act():
    doc, trig = _doc_and_trigger("Fighters of the Red Hand movement, banned in Norway, launched a raid "
                                 "on an army post in Kandor.", "raid")
    assert role(doc, "Norway", trig) == "aside"
    assert filter_places(doc, ["Norway", "Kandor"], [], trig)[0] == "Kandor"
    # with no other place the party's is still better than none
    doc, trig = _doc_and_trigger("Fighters of a movement banned in Norway launched a raid at dawn.", "raid")
    assert filter_places(doc, ["Norway"], [], trig) == ["Norway"]


def test_the_goal_of_another_verb_is_no_site():
    doc, trig = _doc_and_trigger("The shelling of the town forced thousands of families to walk "
                                 "toward Estonia.", "shelling")
    assert role(doc, "Estonia", trig) == "onward"
    assert filter_places(doc, ["Estonia"], [], trig) == []


def test_the_triggers_own_clause_keeps_its_place():
    doc, trig = _doc_and_trigger("Rebels who stormed a barracks in Kandor killed nine guards.", "stormed")
    assert role(doc, "Kandor", trig) == "place"
    doc, trig = _doc_and_trigger("The army sent two battalions to Kandor on Monday.", "sent")
    assert role(doc, "Kandor", trig) == "place"


def test_an_act_set_weeks_apart_neither_places_nor_votes():
    text = ("The blast at the market came two weeks after gunmen killed 40 people in Tarvel, "
            "raising fears of a new campaign.")
    doc, trig = _doc_and_trigger(text, "blast")
    assert role(doc, "Tarvel", trig) == "background"
    assert away_places(doc, ["Tarvel"]) == ["Tarvel"]
    doc, trig = _doc_and_trigger(text, "killed")       # the earlier act keeps its own site
    assert role(doc, "Tarvel", trig) == "place"


def test_hours_apart_is_the_same_acts_course():
    doc, trig = _doc_and_trigger("Five hours after the gunmen entered the bank in Tarvel, police "
                                 "declared the siege over.", "siege")
    assert role(doc, "Tarvel", trig) != "background"


def test_a_nation_leading_a_plural_noun_is_a_party():
    doc, trig = _doc_and_trigger("Officials in Tarvel blamed Nordic partners and their Estonia sponsors "
                                 "for the raid on the depot.", "raid")
    assert role(doc, "Estonia", trig) == "members"
    assert away_places(doc, ["Tarvel", "Estonia"]) == ["Estonia"]
    # a town leading the plural keeps its place; so does the nation on the trigger itself
    doc, trig = _doc_and_trigger("The Kabul bombings left 40 dead.", "left")
    assert role(doc, "Kabul", trig) == "place"
    doc, trig = _doc_and_trigger("The Estonia raids left 40 dead.", "raids")
    assert role(doc, "Estonia", trig) == "place"


def test_a_clause_on_the_acts_own_targets_or_its_content_is_the_act():
    doc, trig = _doc_and_trigger("Soldiers shot dead the last gunmen hiding in a school in Kandor.", "shot")
    assert role(doc, "Kandor", trig) == "place"
    doc, trig = _doc_and_trigger("The council has barred its citizens from travelling to Estonia.", "barred")
    assert role(doc, "Estonia", trig) == "place"
    doc, trig = _doc_and_trigger("Dozens were hurt when police broke up a rally by students loyal to "
                                 "Kandor.", "hurt")
    assert role(doc, "Kandor", trig) != "onward"


def test_the_object_of_a_stance_noun_is_a_party():
    doc, trig = _doc_and_trigger("The envoy was expelled from Tarvel for voicing support for Estonia.",
                                 "expelled")
    assert role(doc, "Estonia", trig) == "modifier"
    assert filter_places(doc, ["Tarvel", "Estonia"], [], trig) == ["Tarvel"]
