"""Which act a place phrase belongs to (geo/attach.py): an envoy's post, an armed group's home,
the site of the act responded to or a person's whereabouts in a side clause are not the
trigger's place; an airport owned by a city and a relative clause on a town are."""
from newsdesk.extract.geo.roles import filter_places, role
from newsdesk.nlp import get_nlp


def _doc_and_trigger(text: str, word: str):
    doc = get_nlp()(text)
    return doc, next(t for t in doc if t.text == word)


def test_an_envoys_post_is_no_first_place():
    doc, trig = _doc_and_trigger("The talks ended after the special envoy to the Sahel, Ivo Brandt, "
                                 "met the prime minister in Dorn.", "met")
    assert role(doc, "Sahel", trig) == "remit"
    assert filter_places(doc, ["Sahel", "Dorn"], [], trig)[:1] == ["Dorn"]


def test_a_place_leading_an_armed_group_is_its_home():
    doc, trig = _doc_and_trigger("Oil prices jumped after Sudan rebel drone attacks on two refineries "
                                 "halted output.", "attacks")
    assert role(doc, "Sudan", trig) == "origin"
    # after a locative word the same compound is a place
    doc, trig = _doc_and_trigger("In Darfur province rebel fighters have advanced to drive out "
                                 "hundreds of farmers.", "drive")
    assert role(doc, "Darfur", trig) == "place"


def test_the_site_of_the_act_responded_to_is_not_the_responses():
    doc, trig = _doc_and_trigger("Norway is expelling five diplomats in response to the bomb attack "
                                 "on a dissident in Bergen.", "expelling")
    assert role(doc, "Bergen", trig) == "background"
    doc, trig = _doc_and_trigger("Iceland is ordering out 12 diplomats as the dispute deepens over "
                                 "the stabbing of a blogger in Tromso.", "ordering")
    assert filter_places(doc, ["Tromso"], [], trig) == []


def test_the_attack_itself_keeps_its_site():
    doc, trig = _doc_and_trigger("Norway is expelling five diplomats in response to the bomb attack "
                                 "on a dissident in Bergen.", "attack")
    assert role(doc, "Bergen", trig) == "place"


def test_whereabouts_in_a_while_clause_are_not_the_acts_place():
    doc, trig = _doc_and_trigger("The radio station was seized by soldiers early on Monday while the "
                                 "president was in Portugal recovering from an illness.", "seized")
    assert role(doc, "Portugal", trig) == "background"


def test_a_toll_after_a_raid_keeps_the_raids_site():
    doc, trig = _doc_and_trigger("The toll rose to 40 after police broke up a sit-in in Dorn "
                                 "two days ago.", "rose")
    assert role(doc, "Dorn", trig) == "place"


def test_an_airport_a_city_owns_is_the_site():
    doc, trig = _doc_and_trigger("On Friday the rebels seized an army base and Ostra's international "
                                 "airport.", "seized")
    assert role(doc, "Ostra", trig) == "place"
    doc, trig = _doc_and_trigger("Ostra's nuclear programme was discussed.", "discussed")
    assert role(doc, "Ostra", trig) == "modifier"


def test_a_relative_clause_on_a_town_puts_its_act_there():
    doc, trig = _doc_and_trigger("There was shelling in Norland's second city Tula, which the rebels "
                                 "took last month, as well as in the port city of Varna.", "took")
    assert filter_places(doc, ["Varna"], ["Tula"], trig)[0] == "Tula"


def test_the_area_a_country_is_ranked_in_is_no_site():
    doc, trig = _doc_and_trigger("The minister resigned as tensions in the poorest country in the Andes "
                                 "grew.", "resigned")
    assert role(doc, "Andes", trig) == "frame"
    # a city ranked in its country lies there: the country stays a place
    doc, trig = _doc_and_trigger("Fighting flared in the largest city in Norway on Monday.", "Fighting")
    assert role(doc, "Norway", trig) == "place"


def test_the_place_of_what_an_attack_avenges_is_not_the_attacks():
    # "for" hangs on the copula, not on the cause noun: "the raid was revenge for ..."
    doc, trig = _doc_and_trigger("A rebel spokesman told reporters the raid was \u201crevenge\u201d for an "
                                 "army offensive against the group in Kunar.", "raid")
    assert next(t for t in doc if t.text == "for").head.text == "was"
    assert role(doc, "Kunar", trig) == "background"
