"""A "second attack" at a site of its own is not the first attack another outlet tells.

Why: a raid on one spot is often followed, the same night, by one on a building nearby, and a
report tells it in one line ("a second assault then struck the X hotel nearby"). Same day,
same town, same doer and type: the linker joined that line to the other outlets' tellings of
the first raid, and the record took both sites. The writer has marked the act as another one
and named where it happened, so it joins no other article's mention whose sentences never
name that site (an outlet that tells the second raid too names it).
Each sentence is read on its own, and one that names the other act only as the time of its
own ("the blasts came after another attack in X was foiled") tells its own act, not a second.
Nor is one that tells the first strike and, joined by "and" / "as well as", the other site
hit with it ("a fire broke out at the plant in X, and another drone hit the Y field"): that
is one strike on two sites, told whole, and outlets naming only one site still tell it.
"""
from __future__ import annotations

import re

import numpy as np

# "a second assault ... at the Grand Hotel", "another attack on the Central Market"
_SECOND = re.compile(
    r"\b(?i:a\s+second|another|a\s+further|a\s+separate)\s+(?:[\w-]+\s+)?"
    r"(?i:attacks?|raids?|assaults?|bombings?|shootings?|blasts?|explosions?|strikes?)\b"
    r"[^.;]{0,40}?\b(?:at|on|in|inside|near|hit|struck|targeted)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'-]+)(?:\s+(?:[A-Z][\w'-]+|of|de|du))*)")


# "... came after / weeks before / following another attack in X": the other act dates this one
_BACKGROUND = re.compile(r"\b(?i:after|before|following|since)\s*$")

# "... at the plant in X, and another drone attack ...": both sites of one strike in a sentence
_ALONGSIDE = re.compile(r"\w[\w'\u2019)]*,?\s+(?i:and|as\s+well\s+as|along\s+with|while)\s*$")


def _text(m) -> str:
    return " ".join(sp.text for sp in [m.span, *m.extra_spans])


def _sites(m, told: str) -> set[str]:
    """The distinctive words of the sites the mention's statements give their "second" act:
    a word its article's statements (`told`) also write in lower case ("a hotel") is a kind
    of site, not a name."""
    out = set()
    hits = (h for sp in [m.span, *m.extra_spans] for h in _SECOND.finditer(sp.text)
            if not _BACKGROUND.search(sp.text[:h.start()])
            and not _ALONGSIDE.search(sp.text[:h.start()]))
    for hit in hits:
        out.update(w.lower() for w in hit.group(1).split() if w[0].isupper() and len(w) > 2
                   and not re.search(rf"\b{re.escape(w.lower())}\b", told))
    return out


def _names(m, site: set[str]) -> bool:
    text = _text(m).lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in site)


def _all_sites(mentions: list) -> list[set[str]]:
    told: dict[str, list[str]] = {}
    for m in mentions:
        told.setdefault(m.article, []).append(_text(m))
    return [_sites(m, " ".join(told[m.article])) for m in mentions]


def marked_second(mentions: list) -> set[int]:
    """ids of the mentions told as a second act at a site they name: the one-act-per-town
    joins (`merge.join_tollless`) must not take them into the first act's record."""
    return {id(m) for m, site in zip(mentions, _all_sites(mentions)) if site}


def second_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n): a mention told as a second act at a named site, and a mention of
    another article that never names that site."""
    n = len(mentions)
    veto = np.zeros((n, n), dtype=bool)
    sites = _all_sites(mentions)
    for i, site in enumerate(sites):
        if not site:
            continue
        for j, m in enumerate(mentions):
            if m.article != mentions[i].article and not _names(m, site):
                veto[i, j] = veto[j, i] = True
    return veto
