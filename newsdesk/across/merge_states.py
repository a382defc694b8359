"""The state an actor stands for, so that outlets naming one state differently still agree
on the actor: by its name ("Turkey"), its demonym ("Turkish troops", "an American drone")
or its capital used for its government ("Tehran has vowed ...").

Why: the linker compares actors by shared words, and news writing varies exactly these
forms across outlets for one act ("Iran vowed" / "Tehran has vowed" / "drew a vow from
Iran"), so reports of one act fell apart as different actors. Only national names count:
a town other than the capital, or a person, tells no state here. A body named by its
letters ("ECOWAS") is the body named in full by another outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from ..extract.ev_group_parties import short_for
from ..extract.geo import gazetteer

# runs of capitalised words (with dotted initials "U.S."): the candidates for a state name
_RUN = re.compile(r"(?:[A-Z][\w.\u2019'-]*)(?:\s+(?:of\s+)?[A-Z][\w.\u2019'-]*)*")
_POSSESSIVE = re.compile(r"['\u2019]s$")


def _state(words: list[str], last: bool) -> str | None:
    """ISO code of a country, its demonym or its capital spelled by `words`, else None. A
    capital followed by more capitalised words names something of its own ("Washington
    Post", "Moscow State University"), so it counts only at the end of its run (`last`)."""
    name = _POSSESSIVE.sub("", " ".join(words))
    g = gazetteer()
    if len(words) == 1:
        dem = g.demonym(name)
        if dem:
            return dem
    for h in g.lookup(name, fuzzy=False):
        if h.how != "exact":
            continue
        if g.kind(h.id) == "country" or (h.id in g.capitals and last):
            return g.cc[h.id] or None
    return None


@lru_cache(maxsize=20_000)
def states(name: str | None) -> frozenset[str]:
    """The states an actor string names (longest names first, each word used once)."""
    out = set()
    for run in _RUN.finditer(name or ""):
        words = run.group(0).split()
        i = 0
        while i < len(words):
            for n in range(min(3, len(words) - i), 0, -1):
                cc = _state(words[i:i + n], i + n == len(words))
                if cc:
                    out.add(cc)
                    i += n
                    break
            else:
                i += 1
    return frozenset(out)


def same_state(names: list[str | None]) -> np.ndarray:
    """1.0 for each pair of actors that name exactly the same states (at least one), else 0."""
    seen: dict[frozenset, int] = {}
    code = np.array([seen.setdefault(k, len(seen)) if (k := states(n)) else -1 for n in names])
    return ((code[:, None] == code[None, :]) & (code[:, None] >= 0)).astype(float)


def same_party(names: list[str | None]) -> np.ndarray:
    """1.0 for each pair of actors naming one state or one body (in full and by its letters)."""
    out = same_state(names)
    short = [i for i, n in enumerate(names) if n and n.replace("the ", "").isupper()]
    for i in short:
        for j, n in enumerate(names):
            if j != i and short_for(names[i], n):
                out[i, j] = out[j, i] = 1.0
    return out


def other_states(names: list[str | None]) -> np.ndarray:
    """True for each pair of actors that both name states and share none ("US troops" /
    "the Jordanian army"): two acts, however alike their words. A coalition and one of its
    members ("Saudi Arabia, Bahrain and Egypt" / "Bahrain") share one."""
    st = [states(n) for n in names]
    n = len(st)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        if st[i]:
            for j in range(i + 1, n):
                if st[j] and not st[i] & st[j]:
                    out[i, j] = out[j, i] = True
    return out
