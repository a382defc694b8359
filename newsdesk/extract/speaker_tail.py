"""Two edges of a speaker's noun phrase after a fronted verb that the phrase splitter misreads.

- A title with a complement before the name and no comma: '..., said Russia's envoy to the
  United Nations Ann Roe.' The splitter stops at 'to' and keeps the bare title; the name is the
  last two capitalised words before the sentence ends, the complement ('the United Nations')
  the words between.
- A sentence adverb closing the clause after the name: '..., said the city's mayor Ann Roe
  instead.' / '... Ann Roe too.' The adverb belongs to the clause, not to the name.
"""
from __future__ import annotations

import re

# offices that take a 'to / for / at / in' complement naming a body or a post
_OFFICES = r"(?:ambassador|envoy|representative|delegate|minister|secretary|spokes(?:man|woman|person)|" \
           r"adviser|advisor|commissioner|coordinator|correspondent|negotiator|observer)"
_COMPLEMENT_NAME = re.compile(
    r"\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?" + _OFFICES + r"\s+(?:to|for|at|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}?(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=\s*(?:[,.;]|$))", re.I)
_ADVERB_TAIL = re.compile(r"(?<=[A-Za-z'’])\s+(?:instead|too|also|again|later|earlier|then|meanwhile|"
                          r"however|afterwards|separately|yesterday|today|tonight)$")


def complement_name(text: str, looks_person) -> tuple[str, int] | None:
    """(name, offset in text) for 'envoy to the United Nations Ann Roe' at the start of `text`."""
    m = _COMPLEMENT_NAME.match(text)
    if not m or not m.group("name")[0].isupper() or not looks_person(m.group("name")):
        return None
    return m.group("name"), m.start("name")


def drop_adverb_tail(np: str) -> str:
    """'the mayor Ann Roe instead' -> 'the mayor Ann Roe' (only after a capitalised word)."""
    words = np.split()
    if len(words) >= 2 and words[-2][:1].isupper():
        return _ADVERB_TAIL.sub("", np)
    return np
