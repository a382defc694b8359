"""An act told as one more of the same kind shares the time of the act before it.

Why: "The envoy met the premier after the vote. He also met the army chief." tells the second
meeting as a further one of the first: the two belong to one visit. When the events step
found no day for the first act (told as earlier than another, or set back), the second one,
which names no day either, only took the page's default day: it gets none as well.
"""
from __future__ import annotations

import re

from ..model import Article, EventMention

# "also met", "also briefly met", "also held talks": the verb that "also" adds to
_ALSO = re.compile(r"\balso\s+(?:\w+ly\s+)?([a-z]+)\b")


def _sentence_index(art: Article, m: EventMention) -> int | None:
    return next((i for i, s in enumerate(art.sentences) if s.start <= m.span.start < s.end), None)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _continues(text: str, before: str) -> bool:
    """The sentence adds an act with "also" whose verb the sentence before it used."""
    m = _ALSO.search(text)
    return bool(m) and m.group(1) in _words(before)


def undate_also(art: Article) -> int:
    """Clear the default day of a mention that continues, with "also", an act of the same
    type in the sentence before whose day is unknown; returns how many changed."""
    at = {id(m): _sentence_index(art, m) for m in art.mentions}
    undated = {(at[id(m)], m.type) for m in art.mentions if m.date is None and at[id(m)] is not None}
    n = 0
    for m in art.mentions:
        i = at[id(m)]
        if m.date is None or m.date_explicit or not i or (i - 1, m.type) not in undated:
            continue
        if _continues(art.sentences[i].text, art.sentences[i - 1].text):
            m.date, m.date_estimated = None, False
            n += 1
    return n
