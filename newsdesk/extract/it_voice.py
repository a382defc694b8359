"""Which earlier mention a speaking 'it' can stand for.

A speech verb's subject is sometimes misread from a clause such as '... the council after an
emergency session condemned ...', which files the occasion ('an emergency session') as a
speaker; a later 'It said ...' must not pass the body over for it. A name (a capitalised word
past the determiner), a body or a document ('the affidavit ... It continued') can voice a
statement; a lower-case description headed by an occasion word (a meeting, a raid) cannot.
"""
from __future__ import annotations

from .speakers import ORG_HEADS

# occasions and acts: things that happen, never things that speak
_OCCASIONS = frozenset("""
    session sessions meeting meetings summit talks conference hearing briefing vote debate
    raid attack attacks strike strikes assault operation ceremony visit trip interview call
    incident blast explosion bombing shooting protest rally march
""".split())
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "one"})


def can_voice(name: str | None) -> bool:
    """True when `name` may be the body a later 'it' speaks for (see the module docstring)."""
    words = (name or "").split()
    if not words:
        return False
    if any(w[:1].isupper() for w in words if w.lower() not in _DETERMINERS):
        return True                                   # 'The Security Council', 'Amnesty'
    head = words[-1].lower().strip(".,;:")
    if head in ORG_HEADS:
        return True                                   # 'the rights group', 'a local council'
    return head not in _OCCASIONS
