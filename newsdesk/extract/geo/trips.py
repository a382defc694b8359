"""Journeys and origins: a place named as where people or vehicles come from, travel
between or are moved to is not where the act happened ("fans from Kharkov", "an airliner
flying from Amsterdam", "rebels evacuated to Idlib"). Read off the parse so it holds for any
name; `roles.role` asks these before it calls a name the act's place.
"""
from __future__ import annotations

from newsdesk.nlp import lemma_in

# "X of Y": Y is a place inside a name only when X is a proper noun that is not itself a
# geographic container ("Islamic State of Iraq", "Bank of England"; but "Gulf of Aden",
# "Republic of Korea", "City of London" stay places)
CONTAINERS = {"city", "province", "republic", "kingdom", "gulf", "bay", "sea", "strait", "isle",
              "island", "islands", "state", "states", "governorate", "district", "region",
              "county", "emirate", "commonwealth", "federation", "union", "port", "cape",
              "lake", "mount", "sultanate", "principality", "duchy", "town", "village"}

ARRIVE = {"come", "arrive", "travel", "hail"}
GROUPS_OF_PEOPLE = {"delegation", "team", "group", "crowd", "contingent", "convoy", "mob"}
# a vehicle's origin is where it was registered or set out ("a truck from Poland crashed into
# the market"), not where it struck
VEHICLES = {"truck", "lorry", "van", "bus", "car", "plane", "aircraft", "airliner", "jet", "flight",
            "ship", "vessel", "boat", "ferry", "tanker", "train", "trailer"}


def is_origin(head, trigger=None) -> bool:
    """Where people come from, not where the act happened: "fans from Kharkov", "refugees
    from the town of Kilis", "radicals who had come from Kiev". Only a "from" phrase on a
    noun or on such a relative clause counts: on the clause's own verb ("withdrew from
    Kilis", "fired from Gaza") the name is a place of the act."""
    t = head
    if t.head.lower_ == "of" and t.head.head.lower_ in CONTAINERS:
        t = t.head.head                # "the eastern city of Kharkov"
    p = t.head
    if p is t or p.lower_ != "from" or p.dep_ != "prep":
        return False
    gov = p.head
    if gov is trigger or gov.i > p.i:
        return False
    if gov.tag_ == "NNS" or gov.lower_ in GROUPS_OF_PEOPLE or gov.lower_ in VEHICLES:
        return True                    # ("the withdrawal from Anbar" stays a place)
    # "radicals who had come from Kiev": a people's origin told in a relative clause
    return gov.dep_ in ("relcl", "acl") and lemma_in(gov, ARRIVE)


# words that describe a trip of the thing acted on, not the act: "a plane flying from X to Y",
# "a ship bound for Z", "the airliner, en route from X to Y"
TRAVEL = {"travel", "fly", "sail", "head", "journey", "bind", "bound", "route", "cruise", "commute"}


def is_route(head, trigger=None) -> bool:
    """The name is an end of a journey told as a modifier of the vehicle or traveller
    ("a jet flying from Oslo to Lima", "en route to Z"): where the
    trip began or was going, not where the act happened. A trip told by the trigger itself
    ("troops flew to Erbil") keeps its place."""
    t = head.head if head.dep_ == "conj" else head      # "between Kuala Lumpur and Amsterdam"
    p = t.head
    if p is t or p.lower_ not in ("from", "to", "for", "between", "via") or p.dep_ != "prep":
        return False
    gov = p.head
    if gov is trigger or gov.i > p.i or not lemma_in(gov, TRAVEL) and gov.lower_ not in TRAVEL:
        return False
    return gov.dep_ in ("acl", "relcl", "appos") or gov.lower_ == "route" and gov.head.lower_ == "en"


# words of moving people away: the act (the deal, the shelling, the evacuation itself) is where
# they are taken from, not where they are taken to
SENT_AWAY = {"evacuate", "evacuation", "deport", "deportation", "transfer", "relocate", "relocation",
             "expel", "expulsion", "exile", "bus", "flee", "fled", "resettle", "resettlement"}
# carrying words count only as a modifier of the thing acted on ("buses carrying rebels to
# Idlib were shelled"), never as the act ("the army took them to Homs")
CARRY = {"carry", "carrying", "take", "taking", "transport", "transporting", "ferry", "ferrying"}


def is_destination(head) -> bool:
    """The name is where people are moved to ("fighters who accepted being bused to the town
    of Y", "the evacuation of militants to Y"): the "to" phrase hangs on a word of
    moving away, or on the people of such a word ("evacuation of militants")."""
    t = head.head if head.dep_ == "conj" else head
    if t.head.lower_ == "of" and t.head.head.lower_ in CONTAINERS:
        t = t.head.head                # "the northwestern city of Idlib"
    p = t.head
    if p is t or p.lower_ not in ("to", "toward", "towards") or p.dep_ != "prep":
        return False
    gov = p.head
    for _ in range(2):
        if lemma_in(gov, SENT_AWAY) or gov.lower_ in SENT_AWAY or \
                gov.lower_ in CARRY and gov.dep_ in ("acl", "relcl"):
            return True
        if gov.dep_ != "pobj" or gov.head.lower_ != "of":
            return False
        gov = gov.head.head            # "evacuation of militants to Idlib"
    return False
