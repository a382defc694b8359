"""Who holds a leader's title the article never pairs with a name: a story that keeps naming
Ann Roe ('Ann Roe signed …', 'Mrs Roe added …') and goes on 'the prime minister told MPs'
means her. Read by role_holders only when the text names no holder of the title at all, and
only for the one person the article tells of far more often than anyone else, whom it never
names right after another title (a 'Defence Secretary Ben Oda' is no prime minister)."""
from __future__ import annotations

import re

from .speakers import TITLES

# the titles of a government's or city's head: the one office a story about its holder
# keeps calling by title alone
LEADER_TITLES = frozenset({"prime minister", "president", "chancellor", "premier", "governor", "mayor"})


# modifiers that make the title someone else's: a past, future, stand-in or second holder
_OTHER_HOLDER = frozenset("former late ex then vice deputy acting interim outgoing incoming future next "
                          "previous past new elected designate".split())


def leader_title(role: str) -> str | None:
    """The leader's title `role` names, itself or after lower-case modifiers that describe the
    one holder ('conservative president', 'embattled prime minister', '62-year-old premier');
    None for any other role or for a modifier pointing at another holder ('former president')."""
    words = role.split()
    for k in (2, 1):
        title = " ".join(words[-k:])
        if len(words) >= k and title in LEADER_TITLES:
            mods = words[:-k]
            if all(w.islower() and w.strip("-").replace("-", "").isalnum() and w not in _OTHER_HOLDER
                   and not any(w.startswith(o + "-") for o in _OTHER_HOLDER) for w in mods):
                return title
            return None
    return None


def _told(text: str, last: str) -> int:
    return len(re.findall(rf"(?<![\w'’-]){re.escape(last)}(?![\w-])", text))


def main_person(text: str, role: str, names: list[tuple[int, str]]) -> str | None:
    """The article's dominant person (of `names`, the full names it introduces) when `role`
    is a leader's title: told by surname at least three times and at least twice as often as
    any other introduced person, and never written right after a title."""
    role = leader_title(role)
    if role is None:
        return None
    full = {n for _, n in names if len(n.split()) >= 2}
    if not full:
        return None
    counts = sorted(((_told(text, n.split()[-1]), n) for n in full), reverse=True)
    lone = {n for _, n in names if " " not in n} - {n.split()[-1] for n in full}
    rivals = [c for c, _ in counts[1:]] + [_told(text, n) for n in lone]
    top, name = counts[0]
    if top < 3 or any(2 * r > top for r in rivals):
        return None
    for h in re.finditer(rf"\b{re.escape(name)}\b", text):
        prev = text[max(0, h.start() - 30):h.start()].split()
        if prev and prev[-1].lower().strip(",") in TITLES:
            return None
    return name
