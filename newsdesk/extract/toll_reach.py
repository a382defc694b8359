"""A toll carried "up to" a figure: "bringing the total fatalities ... up to 22".

Why: "up to N" alone is a ceiling ("up to 300 may have died": at most 300), so the quantity
reader gives it that meaning. After a verb that moves a running tally ("bringing", "raising",
"pushed", "rose") whose object or subject is a toll ("the death toll", "the total fatalities"),
the same words state where the tally now stands: the exact figure, read as a toll like
"bringing the death toll to 22". The figure is then re-read from its number, so the toll cue
("to" right before it) and the whole-toll flag apply as for any stated toll.
"""
from __future__ import annotations

from .quantities import Quantity, Tok, word_set

MOVED = word_set("bringing brings brought bring raising raises raised raise pushing pushes pushed push "
                 "taking takes took rose rises risen rising climbed climbs climbing jumped jumps jumping "
                 "went goes gone going")
TALLY = word_set("toll tally total fatalities deaths dead victims casualties")
STOP = word_set(". ; ! ? : but while whereas however")


def reached(toks: list[Tok], q: Quantity) -> Quantity | None:
    """The exact figure of "<moved> ... <toll> ... up to N", or None (a plain ceiling)."""
    if q.qualifier != "at_most" or q.j - q.i < 3 or (toks[q.i].low, toks[q.i + 1].low) != ("up", "to"):
        return None
    moved = tally = False
    for t in reversed(toks[max(0, q.i - 14):q.i]):
        if t.low in STOP:
            break
        tally = tally or t.low in TALLY
        moved = moved or t.low in MOVED
    if not (moved and tally):
        return None
    first = toks[q.i + 2]
    return Quantity(q.i + 2, q.j, q.count, "exact", first.start, q.end)
