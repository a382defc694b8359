"""A pronoun speaker with no antecedent in the body: the headline named the person and the body
opens on a description or straight on the quote ('Ruritania's Halvorsen orders curfew, says …'
above '"…," he said.'; 'Dunmore mayor Helen Vance says …' above 'The embattled mayor said …').
The headline's subject is who the pronoun stands for, unless the article's evidence gives the
name the other gender."""
from __future__ import annotations

import re

from .gender import PRONOUN_GENDER
from .speakers import CAP_STOP

# the headline's subject name, then its own present-tense verb: 'Carrie Lam says', 'Pinera extends'
_SUBJECT = re.compile(r"(?:^|[\s:])((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)\s+(?:[a-z]+s)\b")
_SPEECH = re.compile(r"\b(?:says|said|tells|told|warns|vows|urges|insists|claims|admits|denies|calls|"
                     r"pledges|promises|declares|announces)\b|(?:^|\s)['‘\"“]|:")   # a mark opening a word, no apostrophe


def title_person(title: str | None, body: str) -> str | None:
    """The person a speaking headline is about: the name before the headline's first verb,
    which the body names too (a surname alone counts), or None."""
    if not title or not _SPEECH.search(title):
        return None
    m = _SUBJECT.search(title)
    if not m:
        return None
    toks = m.group(1).split()
    while toks and (toks[0] in CAP_STOP or toks[0].lower() in {"mayor", "president", "leader", "minister",
                                                              "governor", "chief", "premier"}):
        toks = toks[1:]
    if not toks or not re.search(r"\b%s\b" % re.escape(toks[-1]), body):
        return None
    return " ".join(toks)


def pronouns_from_title(found: list, title: str | None, res) -> None:
    """Give unresolved 'he'/'she' speakers the headline's person (`res`: the article's resolver)."""
    todo = [f for f in found if f.speaker and f.speaker.lower() in ("he", "she") and not f.person]
    name = title_person(title, res.text) if todo else None
    if not name:
        return
    full = res.full(name)
    known = res.gender(full, 1)
    for f in todo:
        if known is None or known == PRONOUN_GENDER[f.speaker.lower()]:
            f.speaker, f.person = full, True
