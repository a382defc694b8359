"""Place names that name something other than a site, beside geo/roles.py's roles:

- an office's remit: "the envoy to the Great Lakes", "the ambassador to France", "the
  minister for Wales"; the holder usually acts away from the place that names the office,
  so such a place goes after the sentence's others;
- a polity as a party: the subject of saying or being told ("Moscow denied it") or the
  one addressed ("urged the US to hand over", "warned Moscow"); a country or capital that
  says, is told or is urged is its government, never a site;
- someone's whereabouts told aside: "while the president was in Lyon for surgery"; the
  clause says where a person was during the act, not where the act happened;
- a nation or bloc leading a plural noun ("the Baltic states", "their Nordic allies"): the
  name says whose people or members they are, as an adjective of nationality would; and
  the object of a noun of stance ("support for Iran"): the party the stance is about.
"""
from __future__ import annotations

import re

from newsdesk.nlp import lemma_in

# offices named by the place they are sent to or answer for ("ambassador to France")
REMIT_NOUNS = {"envoy", "envoys", "ambassador", "ambassadors", "representative", "representatives",
               "emissary", "emissaries", "delegate", "delegates", "consul", "commissioner",
               "coordinator", "minister", "secretary", "correspondent", "rapporteur", "mission",
               "delegation", "adviser", "advisor", "mediator", "negotiator", "chief", "commander"}


def remit(head) -> bool:
    """'the special envoy to the Great Lakes, X, met ...', 'the minister for Wales': a
    place after "to" / "for" on an office names the office's remit; the holder may act
    anywhere (an envoy usually meets people elsewhere). A later conjunct shares it."""
    t = head.head if head.dep_ == "conj" else head
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.i != prep.i and \
        prep.head.lower_ in REMIT_NOUNS


# verbs whose object is someone told or pressed: a party, not a site (verbs of blame are left
# out: "accused Ostra of downing a jet" -- the accused's name is often the only name of the
# charged act's sentence, and without it that act joined an unrelated record)
ADDRESS_VERBS = {"urge", "ask", "tell", "warn", "inform", "notify", "thank", "press", "pressure",
                 "implore", "summon", "call"}


def party_addressed(head) -> bool:
    """'the premier urged Ostra to extradite the banker', 'Dorn warned Moscow': a
    place that is the direct object of such a verb (or joined to one) stands for its
    government."""
    t = head.head if head.dep_ == "conj" else head
    return t.dep_ in ("dobj", "dative") and lemma_in(t.head, ADDRESS_VERBS)


# verbs that only say where someone is: "was in Lyon", "stayed in Paris"
BEING = {"be", "stay", "remain", "live", "rest", "recover", "recuperate"}


def whereabouts(head, trigger) -> bool:
    """A place in a "while / as / when X was in P" clause that is not the trigger's: the person's
    whereabouts during the act ("soldiers seized the radio while the president was in P")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.head.i == prep.i:
        return False
    verb = prep.head
    return verb.i != getattr(trigger, "i", -1) and verb.dep_ == "advcl" and lemma_in(verb, BEING) and \
        any(c.dep_ == "mark" and c.lower_ in ("while", "as", "when", "whilst") for c in verb.children)


REPORTING = {"say", "tell", "speak", "report", "add", "state", "quote", "announce", "brief",
             "comment", "write", "claim", "insist", "confirm", "deny", "explain", "note"}
# verbs whose subject is a polity that knows, says or is told something, never a site
POLITY_VERBS = REPORTING | {"inform", "notify", "warn", "agree", "accuse", "reject", "urge", "demand",
                            "condemn", "blame", "recognise", "recognize", "protest", "respond"}


def polity_subject(head, trigger=None) -> bool:
    """A capital or country as the subject of a verb of saying or being told ("Washington
    and Kabul had been informed", "Moscow denied it") stands for its government; a place
    that undergoes the act ("Aleppo was shelled") keeps its place role."""
    t = head.head if head.dep_ == "conj" else head
    if t.dep_ not in ("nsubj", "nsubjpass") or t.head is trigger:
        return False
    verb = t.head
    return verb.i != getattr(trigger, "i", -1) and lemma_in(verb, POLITY_VERBS)


# a possessive before a common noun or a quote: the name owns something ("Washington's support")
OWNER_AFTER = re.compile(r"['’]s\s+(?:[“\"‘'(]|[a-z])")


def owner_only(name: str, text: str, gz=None) -> bool:
    """'promised Washington's support', 'rejected Tehran's offer': a capital the text names
    only as the owner of a common noun stands for its government, never for a scene, so
    it should not make the article's default place. A country keeps its vote ("Egypt's
    security forces" act on its soil), and so does a capital with a proper name after the
    possessive ("Baghdad's Sadr City": a place inside it)."""
    if not name or not text or gz is not None and not _capital(gz, name):
        return False
    seen = False
    for end in _standalone_ends(text, name):
        if not OWNER_AFTER.match(text, end):
            return False
        seen = True
    return seen


def _joined(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"        # a word character (as the regex engine has it) or a hyphen


def _standalone_ends(text: str, name: str):
    r"""End offsets of the matches of `(?<![\w-])NAME(?![\w-])` in `text`, found with str.find:
    a pattern per name missed the regex cache on every article."""
    end, i = 0, text.find(name)
    while i >= 0:
        j = i + len(name)
        if i >= end and not (i > 0 and _joined(text[i - 1])) and not (j < len(text) and _joined(text[j])):
            yield j
            end = j
        i = text.find(name, i + 1)


def _capital(gz, name: str) -> bool:
    """Whether the name is exactly a national capital and no country."""
    hits = [h for h in gz.lookup(name, fuzzy=False) if h.how == "exact"]
    return any(h.id in gz.capitals for h in hits) and not any(gz.kind(h.id) == "country" for h in hits)


def nation_of_group(head, name: str, b: int, trigger=None) -> bool:
    """A country or a countryless area (a bloc, a sea's coast, a continent) compounded onto a
    plural noun other than the trigger ("the Baltic states", "Nordic partners"): the members
    or people of that nation, a party to the act. A town leading a plural ("the Oslo
    bombings") and the trigger itself ("Baltic strikes") may still be a site."""
    group = head.head
    if head.dep_ != "compound" or group.i < b or group.tag_ != "NNS" or \
            trigger is not None and group.i == trigger.i:
        return False
    from .gazetteer import gazetteer
    gz = gazetteer()
    return any(h.how == "exact" and (gz.kind(h.id) == "country" or
                                     gz.kind(h.id) == "region" and not gz.cc[h.id])
               for h in gz.lookup(name, fuzzy=False))


def object_of_stance(head, stance_nouns) -> bool:
    """The name is the object of a noun of stance or dealings (`stance_nouns`, roles.py's
    NOT_PLACE_NOUNS: "support for Iran", "pressure on Oslo", "sanctions against Minsk"): the
    party the stance is about, as in the compound "Iran support"."""
    t = head.head if head.dep_ == "conj" else head
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("for", "against", "on") and \
        prep.head.i != prep.i and prep.head.lower_ in stance_nouns
