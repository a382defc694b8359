"""Headline lists of bare past participles: "Nine villagers killed, dozens wounded by militia
fighters" drops every "were" and names the doer once, at the end. The parser reads the next
count as the first participle's object, so the first one looks active and its undergoer (a
count of victims) became the actor. The list is one passive: its closing "by" phrase is the
agent of every item, and the first item's subject is who was hit."""
from __future__ import annotations

from .actors import is_party

# links by which the parser hangs the later items of the list on the first participle
_GAP_LINKS = {"dobj", "npadvmod", "conj", "appos", "acl", "nsubj", "dep"}


def _bare(part) -> bool:
    return part.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in part.children)


def _by_agent(part):
    return next((g for a in part.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def _listed(item) -> bool:
    """A list item opens after a comma or "and" ("killed, dozens wounded"), unlike an object
    straight after its verb ("killed ten men wanted by police")."""
    k = item.left_edge.i - 1
    return k >= 0 and item.doc[k].lower_ in (",", "and", ";")


def gapped_agent(verb):
    """The "by" party closing a list of bare participles that `verb` opens, else None."""
    if not _bare(verb):
        return None
    for item in (c for c in verb.children if c.dep_ in _GAP_LINKS and c.i > verb.i and _listed(c)):
        for part in [item] + [g for g in item.children if g.dep_ in _GAP_LINKS]:
            doer = _by_agent(part) if _bare(part) else None
            if doer is not None and is_party(doer):
                return doer
    return None
