"""Which act a place phrase belongs to: the sentence's trigger, or something else it names.

A news sentence often names places that are not where its act happened: the site of the
act it responds to ("expelled envoys in response to the bombing in Oslo"), a person's
whereabouts in a side clause ("while the president was abroad in Rome"), the post of an
envoy ("the envoy to the Sahel"), or the home of an armed group ("Chad rebel raids"). And a
place that looks like a mere owner is sometimes the site ("seized Oslo's airport"). These
are read off the parse (prepositions, clause markers, the noun the name hangs on), so they
hold for any name. roles.py asks `attached_role` before its own tests.
"""
from __future__ import annotations

from spacy.attrs import HEAD

from newsdesk.nlp import lemma_in

from .clauses import earlier_act
from .side_acts import CAUSE_NOUNS, side_role     # "in response to X": the noun carries the cause

# prepositions that open the cause of the act: a place inside their object ("expelled envoys
# over the stabbing in Tula") is that other event's site. Not "after" / "amid": a toll that
# rose after a raid, or shots fired amid a protest, share the other act's site
BACKGROUND_PREPS = {"over", "despite"}
# side clauses that tell a contrast or a simultaneous state ("while he was in Rome"); not
# "after" / "because" clauses, which tell the act's own lead-up and usually its site
BACKGROUND_MARKS = {"while", "whilst", "although", "though", "whereas"}
# armed groups a place name leads: "Chad rebel raids" are raids by rebels from Chad
ARMED_PEOPLE = {"rebel", "militant", "insurgent", "separatist", "jihadist", "guerrilla",
                "extremist", "hacker", "fighter", "militia", "gunman"}
# what a place may own and still be the site of the act: "Oslo's airport", "the city's outskirts"
SITE_NOUNS = {"airport", "port", "harbour", "harbor", "airbase", "base", "prison", "jail", "market",
              "square", "palace", "stadium", "station", "refinery", "bridge", "outskirts", "suburbs",
              "suburb", "streets", "centre", "center", "downtown", "heart", "parliament", "hospital"}
# roles read here that name no site of the trigger's act (roles.filter_places drops them)
NOT_SITES = {"origin", "frame", "background"}
_CONTAINER_OF = {"city", "town", "village", "province", "region", "district", "state", "capital"}
_AREA_WORDS = {"governorate", "county", "oblast", "prefecture", "area", "valley", "border"}


def attached_role(doc, a: int, b: int, trigger=None) -> str | None:
    """A role for the name at tokens [a, b) read from what it hangs on, or None to let the
    other tests decide (an office's post is named_roles.remit's): 'site' (an owner that is
    the site), 'origin', 'frame', 'background' (a cause, a side clause, an act days apart)."""
    head = name_head(doc, a, b)
    if _owned_site(doc, b):
        return "site"
    if _armed_home(doc, head, b):
        return "origin"
    if _ranked_country_frame(head):
        return "frame"
    if trigger is not None and _background(head, trigger) or earlier_act(head, trigger):
        return "background"
    return side_role(head, trigger)     # side_acts.py: a cause noun's, a second verb's goal, a launch point


def _head_index(doc) -> list[int]:
    """Each token's head index, read once per Doc from its arrays: the place roles ask for
    name heads thousands of times an article, and each `t.head` builds two Token objects."""
    heads = doc.user_data.get("nd_heads")
    if heads is None:
        rel = doc.to_array([HEAD]).ravel().astype("int64").tolist()
        heads = doc.user_data["nd_heads"] = [i + r for i, r in enumerate(rel)]
    return heads


def name_head(doc, a: int, b: int):
    """The syntactic head of a name's tokens [a, b): the first whose head lies outside (the
    span's last token when the parse links them all inward)."""
    heads = _head_index(doc)
    for i in range(max(a, 0), min(b, len(heads))):
        if not a <= heads[i] < b:
            return doc[i]
    return doc[b - 1]


def _phrase_top(head):
    """The token standing for the whole place phrase: "the city of Oslo" -> "city"."""
    t = head.head if head.dep_ == "conj" else head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _CONTAINER_OF:
        return t.head.head
    return t


def _owned_site(doc, b: int) -> bool:
    """"Oslo's main airport", "the capital's outskirts": the possessed noun is a site."""
    if b >= len(doc) or doc[b].tag_ != "POS":
        return False
    for t in doc[b + 1:b + 5]:
        if t.tag_ in ("JJ", "JJS", "JJR", "CD", "HYPH", "RB", "VBN") or t.dep_ == "compound":
            if t.lower_ in SITE_NOUNS and t.dep_ != "compound":
                return True
            continue
        return t.tag_ in ("NN", "NNS") and t.lower_ in SITE_NOUNS
    return False


def _armed_home(doc, head, b: int) -> bool:
    """"Chad rebel drone raids": a name leading a noun compound with an armed people in it."""
    if head.dep_ != "compound" or head.head.i < b or doc[b].lower_ in _CONTAINER_OF | _AREA_WORDS:
        return False               # "in Tula province rebel fighters ...": the province itself
    return any(lemma_in(t, ARMED_PEOPLE) or t.lower_ in ARMED_PEOPLE for t in head.doc[b:head.head.i + 1])


# words that rank a country within a wider area: "the poorest country in the Andes"
_RANKED = {"first", "second", "third", "only", "last", "top", "leading"}


def _ranked_country_frame(head) -> bool:
    """"the poorest country in the Andes", "the second nation in Asia to ...": the area is the
    frame a country is ranked in; the country meant (unnamed here) is the site, never the
    area around it."""
    t = _phrase_top(head)
    p = t.head
    if t.dep_ != "pobj" or p.lower_ not in ("in", "of", "on") or p.head is p:
        return False
    noun = p.head
    return noun.lower_ in ("country", "nation", "state") and \
        any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANKED) for c in noun.children)


def _background(head, trigger) -> bool:
    """The name sits in a cause or a side clause of the trigger's act: on the way up to the
    trigger (or to the first word the trigger hangs under) the parse passes a cause
    preposition whose object is another noun ("over the stabbing in Tula", "in response to
    the attack in Oslo") or a clause opened by "while", "although"... Only the trigger's own
    words count: when the trigger is that other act, the place is its own."""
    above = {trigger.i} | {t.i for t in trigger.ancestors}
    t, steps = head, 0
    while t.i not in above and t.head is not t and steps < 12:
        h = t.head
        if _cause_prep(h) and t.dep_ == "pobj" and t is not head and t is not _phrase_top(head):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children):
            return True
        t, steps = h, steps + 1
    return False


def _cause_prep(tok) -> bool:
    if tok.dep_ != "prep" and tok.tag_ != "IN":
        return False
    if tok.lower_ in BACKGROUND_PREPS:
        return True
    if tok.lower_ not in ("to", "for"):
        return False
    # "in response to X"; "the attack was revenge for X" (the phrase hangs on the copula)
    return tok.head.lower_ in CAUSE_NOUNS or \
        any(c.dep_ == "attr" and c.lower_ in CAUSE_NOUNS for c in tok.head.children)


def trigger_site_first(doc, names: list[str], kept: list[str], trigger, span_of) -> list[str]:
    """A trigger in a relative clause on a place ("Tula, which rebels seized in May") acts
    there: that name (among the `kept` ones, even a name without a locative word) goes first."""
    if trigger is None or trigger.dep_ != "relcl":
        return names
    for n in kept:
        sp = span_of(doc, n, trigger.i)
        if sp is not None and sp[0] <= trigger.head.i < sp[1]:
            return [n] + [m for m in names if m != n]
    return names
