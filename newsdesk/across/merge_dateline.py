"""A sentence's wire dateline names where its copy was filed, not where its act happened.

Why: a report's lede often carries the dateline ("PARIS (Agency) --"), so the filing city is
a word of the act's own sentence. Read as the sentence naming its place, a report filed from
one capital about a strike in a provincial town counted as stating the capital: its place
outvoted the town, and the town-of-another-country veto kept it from the other outlets'
tellings of the same strike. The dateline is blanked before a sentence is asked whether it
names a place, and a place the mention's sentences give only through a dateline (its
filing city) is no evidence of the act's country.
"""
from __future__ import annotations

from ..extract.dateline_lead import DATELINE, _name
from ..model import EventMention, Location


def _head(text: str):
    """The dateline match heading `text`, or None: a capitalised head ("ROME --") or one
    citing an agency ("Rome (Agency) -"); a mixed-case head alone may be a title."""
    m = DATELINE.match(text or "")
    if m is None or _name(m) is None:
        return None
    head = m.group(1).split(",")[0].strip()
    return m if head.isupper() or "(" in m.group(0) else None


def strip_dateline(text: str) -> str:
    """`text` without a leading wire dateline."""
    m = _head(text)
    return text[m.end():] if m else text


def filed_only(m: EventMention, loc: Location) -> bool:
    """Whether the mention's sentences name `loc` only in a dateline heading them."""
    from .places import _fold
    key = _fold(loc.name).strip()
    if not key:
        return False
    heads = [_head(sp.text) for sp in [m.span, *m.extra_spans]]
    filed = any(h is not None and _fold(_name(h) or "").strip() == key for h in heads)
    if not filed:
        return False
    rest = " " + " ".join(_fold(strip_dateline(sp.text)) for sp in [m.span, *m.extra_spans]) + " "
    return f" {key} " not in rest


def filed_and_told(m: EventMention, loc: Location, others: list[EventMention]) -> bool:
    """Whether `loc`, named by `m` only in its dateline, is the act's own town all the same:
    another mention of the act names it in the body of its sentences. The filing city then
    is the scene, and a "near X" aside of another report must not outvote it."""
    from .places import _fold
    key = _fold(loc.name).strip()
    if not key or not filed_only(m, loc):
        return False
    return any(o is not m and f" {key} " in " " + " ".join(
        _fold(strip_dateline(sp.text)) for sp in [o.span, *o.extra_spans]) + " " for o in others)
