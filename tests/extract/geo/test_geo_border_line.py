"""A border named by its two sides is a reference line, not the place of the event:
"a camp 40 km from the border between Chad and Sudan" happened in neither by saying so."""
from newsdesk.extract.geo.roles import filter_places, role
from newsdesk.nlp import get_nlp


def _doc_and_trigger(text: str, verb: str):
    doc = get_nlp()(text)
    return doc, next(t for t in doc if t.text == verb)


def test_both_sides_of_a_named_border_are_dropped():
    doc, trig = _doc_and_trigger("Raiders burned the camp, which lies 40 km from the border "
                                 "between Chad and Sudan, on Friday.", "burned")
    assert role(doc, "Chad", trig) == "line" and role(doc, "Sudan", trig) == "line"
    assert filter_places(doc, ["Chad", "Sudan"], [], trig) == []


def test_border_with_one_country_keeps_its_old_role():
    doc, trig = _doc_and_trigger("Raiders burned a camp near the border with Sudan on Friday.", "burned")
    assert role(doc, "Sudan", trig) == "border"
