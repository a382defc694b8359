"""A party named with its toll in front ("killed 12 soldiers" -> "12 soldiers", "shot dead at
least 7 protesters", "dozens of protesters were wounded"): the record's dead / injured already
say how many, so the party is named by its noun alone ("soldiers", "protesters"), as a reader
and the picture's other fields expect (FORMAT.md: who acted, who was acted on).

Only a figure that one of the event's sentences states as a casualty count is dropped; a count
that is no toll ("arrested dozens of protesters", "sent 275 troops") says something the record
holds nowhere else, and stays. A figure with no noun after it ("at least 150 others") is
ev_actor_fix.who_named's, which empties the field.
"""
from __future__ import annotations

from .counts import casualties
from .quantities import quantity_at, tokenize

# words between the figure and the noun that only belong to the figure
_GLUE = frozenset({"of", "more", "other", "additional", "further", "the", "those"})
# nouns that name nobody: the toll's own words ("118 people alone" is no party)
_NOBODY = frozenset({"people", "persons", "person", "individuals", "others", "ones"})


def _figures(texts: list[str]) -> set[int]:
    """The low ends of every casualty figure (dead or injured, parts included) in the texts."""
    return {m.count.low for t in texts for m in casualties(t)["mentions"]}


def without_toll(name: str | None, texts: list[str]) -> str | None:
    """`name` with a leading figure dropped when that figure is a casualty count in `texts`;
    None when what is left names nobody ("118 people alone")."""
    if not name or not (name[:1].isdigit() or name[:1].isalpha()):
        return name
    toks = tokenize(name)
    q = quantity_at(toks, 0) if toks else None
    if q is None:
        return name
    j = q.j
    while j < len(toks) and toks[j].low in _GLUE:
        j += 1
    if j >= len(toks) or not toks[j].text[:1].isalpha() or q.count.low not in _figures(texts):
        return name
    return None if toks[j].low in _NOBODY else name[toks[j].start:]


def strip_tolls(mentions: list) -> None:
    """Drop the toll figure from the actor and recipient of each event mention, in place."""
    for m in mentions:
        if not (m.recipient or m.actor) or (m.dead is None and m.injured is None):
            continue
        texts = [sp.text for sp in [m.span, *m.extra_spans]]
        m.recipient = without_toll(m.recipient, texts)
        m.actor = without_toll(m.actor, texts)
        m.recipient_class = m.recipient_class if m.recipient else None
        m.actor_class = m.actor_class if m.actor else None
