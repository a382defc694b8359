"""A country or capital named as the partner of a dealing casts no vote for the article's
main place.

The article's default place (for every act whose sentence names none) is voted by the place
names of its event sentences. Coverage of a crisis names the governments dealt with around
it as often as its scene: "the UK cut all contacts with Ruritania", "talks with Ruritania",
"a row with Ruritania". The object of "with" on such a noun is the party on the far side of
a dealing, never a site; when the scene is a small town, these mentions outvote it and
every unplaced act lands in the other party's country. The use is read off the parse, so
it holds for any name. Only a country or a national capital counts: a town is rarely a party.

Tried and dropped (fresh sets 4, 5, 8, 13, 14 and dev): the subject of a transitive verb
("Ostra recalled its envoy"), the owner of a common noun ("Ostra's attacks") and the object
of a verb of blame ("blamed Ostra"). Each is often the acting side's own country, or the
country the story is about, whose vote is what places that side's acts and reactions.
"""
from __future__ import annotations

from .attach import name_head


def party_vote(doc, span: tuple[int, int] | None) -> bool:
    """Whether the polity name at tokens `span` [a, b) is the partner of a dealing: the object
    of "with" on a noun ("cut all contacts with Ostra")."""
    if span is None or not _polity(doc[span[0]:span[1]].text):
        return False
    head = name_head(doc, *span)
    t = head.head if head.dep_ == "conj" else head
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "with" and prep.head is not prep and \
        prep.head.tag_ in ("NN", "NNS")


def _polity(name: str) -> bool:
    """Exactly a country's name, or a national capital's that is no country's."""
    from .gazetteer import gazetteer
    gz = gazetteer()
    hits = [h for h in gz.lookup(name, fuzzy=False) if h.how == "exact"]
    return any(gz.kind(h.id) == "country" or h.id in gz.capitals for h in hits)
