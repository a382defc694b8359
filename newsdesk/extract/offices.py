"""The state a person speaks for, read from the office the article gives them where it names
them ("the Ruritanian foreign minister, Ana Vel", "Ruritania's envoy Ana Vel", "Ana Vel,
spokesman for the Ruritanian interior ministry").

Why: news writing introduces an official once with the office and the state, then tells
their acts by name alone, while other sentences give the same act to the state itself
("Ruritania denied ..." / "Vel rejected the charge"). Compared by their words the two
actors share nothing, so one act was split in two. A person holding a state's office is
compatible with that state. An office of a non-state body ("opposition spokesman") or a
former one speaks for no state.
"""
from __future__ import annotations

import re

from ..nlp.folded import aligned_lower
from .actors import _TITLES, actor_country, surname_key

# offices whose holder speaks for a government
_OFFICE = (r"(?i:minister|spokes(?:man|woman|person)|ambassador|envoy|president|premier|chancellor|"
           r"secretary|diplomat|representative|king|emir|foreign\s+secretary)")
_NAME = r"([A-Z][\w'\u2019.-]+(?:\s+(?:[A-Z][\w'\u2019.-]+|al-[\w'-]+|bin|de|van|von)){0,4})"
# "French Foreign Minister Ana Vel", "Iran's UN envoy, Ana Vel": the office before the name
_BEFORE = re.compile(rf"((?:[\w'\u2019.-]+\s+){{1,4}}){_OFFICE}(?:\s+(?i:of|for)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                     rf",?\s+{_NAME}")
# "Ana Vel, Ruritania's foreign minister," / "Ana Vel, spokesman for the Ruritanian ministry"
_AFTER = re.compile(rf"{_NAME},\s+((?i:the\s+|a\s+)?(?:[\w'\u2019.-]+\s+){{0,4}}?{_OFFICE}"
                    rf"(?:\s+(?i:for|of|at|to)\s+(?i:the\s+)?(?:[\w'\u2019.-]+\s+){{0,3}}?[\w'\u2019.-]+)?)\s*[,.;]")
# a clause boundary: words before it belong to another phrase
_BOUNDARY = re.compile(r"\b(?:and|or|with|by|to|from|as|after|before|while|when|said|says|told|that|"
                       r"the|a|an|in|on|at)\b", re.I)
# a non-state or no longer serving holder
_NOT_STATE = re.compile(r"\b(?:opposition|rebels?|militants?|insurgents?|separatists?|party|movement|"
                        r"militias?|former|ex|exiled|shadow|group|coalition|union)\b", re.I)
_STATE_WORD = re.compile(r"[A-Z][\w.-]*(?:['\u2019]s)?")


# where an office word starts (overlapping, zero-width): _BEFORE can only match a few words before one
_OFFICE_AT = re.compile(rf"(?={_OFFICE})")
# _OFFICE's words as lower-case literals, and its one phrase (for _office_starts)
_OFFICE_WORDS = ("minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "president",
                 "premier", "chancellor", "secretary", "diplomat", "representative", "king", "emir")
_FOREIGN_SECRETARY = re.compile(r"foreign\s+secretary")
_TOKEN_CHARS = "_'\u2019.-"


def _back_words(text: str, end: int, n: int = 5) -> int:
    """The offset n whitespace-separated tokens of _BEFORE's word class before `end`: no match of
    _BEFORE whose office starts at `end` can start earlier (it takes at most four words)."""
    j = end
    for _ in range(n):
        while j > 0 and text[j - 1].isspace():
            j -= 1
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in _TOKEN_CHARS):
            j -= 1
    return j


def _office_starts(text: str) -> list[int]:
    """The offsets `_OFFICE_AT.finditer(text)` gives, found with str.find on the lower-cased
    text where that lines up with IGNORECASE (nlp/folded.py): the look-ahead is tried at every
    offset of the text, ~0.5 ms an article."""
    low = aligned_lower(text)
    if low is None:
        return [m.start() for m in _OFFICE_AT.finditer(text)]
    found = {m.start() for m in _FOREIGN_SECRETARY.finditer(low)}
    for word in _OFFICE_WORDS:
        i = low.find(word)
        while i >= 0:
            found.add(i)
            i = low.find(word, i + 1)
    return sorted(found)


def _before_matches(text: str):
    """The matches `_BEFORE.finditer(text)` yields, tried only at the offsets a few words before
    each office word, in order, instead of at every offset of the text (the open word run made
    the full scan ~4 ms an article)."""
    pos = 0
    for office in _office_starts(text):
        for start in range(max(pos, _back_words(text, office)), office):
            m = _BEFORE.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break


def _state_in(words: str) -> str | None:
    """The one state a description names (a demonym, a country or its capital), else None."""
    if _NOT_STATE.search(words):
        return None
    found = {actor_country(re.sub(r"['\u2019]s$", "", w)) for w in _STATE_WORD.findall(words)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _key(name: str) -> str:
    return surname_key(_TITLES.sub("", name.strip()))


def office_states(text: str) -> dict[str, str]:
    """Surname key -> ISO code of the state each titled person of the text serves, from the
    first mention that gives an office and a state; a person given two states gets none."""
    out: dict[str, str | None] = {}
    text = text or ""
    for rx, desc_at, name_at in ((_BEFORE, 1, 2), (_AFTER, 2, 1)):
        for m in (_before_matches(text) if rx is _BEFORE else rx.finditer(text)):
            desc = m.group(desc_at)
            if rx is _BEFORE:       # keep only the words of the office's own phrase
                desc = _BOUNDARY.split(desc)[-1]
            cc = _state_in(desc)
            key = _key(m.group(name_at))
            if cc and key:
                out[key] = cc if out.get(key, cc) == cc else None
    return {k: v for k, v in out.items() if v}


_SERVES: dict[str, str] = {}     # the article being read: surname key -> state


def remember(text: str) -> None:
    """File the offices the article being read gives its people (only its own: what one
    article says of a surname must not decide how another, read later, is grouped)."""
    _SERVES.clear()
    _SERVES.update(office_states(text))


def served_state(name: str | None) -> str | None:
    """The state a person named by `name` holds an office of, as the current article says."""
    if not name or not _SERVES:
        return None
    return _SERVES.get(_key(name))
