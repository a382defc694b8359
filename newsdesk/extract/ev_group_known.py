"""Links between an article's attack statements that share no exact name (ev_group.py).

Why: an article tells its attack over several sentences, and later sentences name it less
fully. A sentence about "the gunmen" or "the attackers" presupposes attackers already
introduced: it adds a detail of the article's attack ("the gunmen shouted as they stormed
the hotel", "hostages were taken by the attackers"), not a new act. It goes to the
article's main attack (the first one with a toll), not to whatever statement was told just
before (a rescue, a siege's last hours split off by their own figures). And a site is
named shorter once introduced ("the Harbour View Hotel", later "the Harbour View"): the
exact-name link missed it, so each such sentence opened an attack of its own, which then
drew other outlets' sentences into a second record of the same act.
"""
from __future__ import annotations

import re

# a definite description of the attackers as the doers of the sentence: given, not
# introduced ("The gunmen stormed ...", "... taken hostage by the attackers"); "gunmen" or
# "a gunman" introduce new ones, and the attackers as an object ("soldiers searched the
# gunmen", "trying to capture the remaining attackers") tell what others did
_KNOWN_DOERS = re.compile(r"(?:^\W*|\bby\s+)(?:the|these|those)\s+(?:[\w-]+\s+)?(?:gunm[ae]n|attackers?|"
                          r"assailants?|hijackers?|bombers?|shooters?|hostage[- ]takers?)\b", re.I)


def names_known_doers(text: str) -> bool:
    """The sentence's doers are the attackers already told of."""
    return bool(_KNOWN_DOERS.search(text))


def mark_known_doers(art, cands: list) -> None:
    """Scratch flag `known_doers`: an attack statement (not a setting) with no toll and no
    place of its own that names its attackers as already known, doing something: "the
    attackers also died" is their fate, which the usual toll links place."""
    for c in cands:
        c.known_doers = c.type == "ASSAULT" and not c.weak and not c.places and c.dead is None \
            and c.injured is None and any(t.kind != "toll" for t in c.triggers) \
            and names_known_doers(art.sentences[c.sent].text)


def known_ref(groups: list, c, fits) -> object | None:
    """The host of a statement naming its attackers as known: the article's first attack
    group with a toll that `fits` it, else none (the usual links decide)."""
    if not getattr(c, "known_doers", False):
        return None
    return next((g for g in groups if g.type == "ASSAULT" and g.dead and fits(g)), None)


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name.casefold())


def same_site(a: set[str], b: set[str]) -> bool:
    """One of two place names opens the other, in two words or more ("Harbour View" /
    "Harbour View Hotel"): a site named shorter once introduced. A one-word name is a town
    or a country as often as a site, and proves nothing."""
    for x in a:
        for y in b:
            short, full = sorted((_words(x), _words(y)), key=len)
            if len(short) >= 2 and short != full and full[:len(short)] == short:
                return True
    return False
