"""Whose statement a verbal act is: the named persons its sentence speaks through, so that two
outlets' reports of one person's words agree on the actor, and two people's words never merge.

Why: the extractor often leaves a statement's actor empty or generic ("described the
agreement ...", actor none; "Netanyahu said that he stressed ...", actor none), so the linker
saw no actor on either side. Two reports that name the same person are one statement far
more often than wording alone says; two that name only different people ("Boehner told
reporters ..." / "Netanyahu described the agreement ...") are two statements however alike
their words are.

A name counts once the mentions compared (one type's in one story) give it in full (first
name and surname, no word of a country or a people, never an all-capitals body) and have that
person speak ("X said", "X, facing ..., has vowed"): the surname alone then identifies the
person in any outlet's sentence, while a sentence opener, a nationality ("Saudi also
closed ...") or a thing named after someone ("Rabaa al-Adawiya Mosque") never becomes a
speaker. Only one-sided statements take part (an accusation, a rejection, a demand, a
threat, backing); an agreement or a meeting names both sides' people, so a different name
there tells nothing.
"""
from __future__ import annotations

import re

import numpy as np

from ..extract.geo.gazetteer import gazetteer
from ..extract.speakers import NAME_SEQ, SPEECH_VERB, looks_person, strip_titles

VOICE_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _placeish(tok: str) -> bool:
    """A word of a place or a people ("Arabia", "Arab", "Gulf"), never a person's name here."""
    g = gazetteer()
    return bool(g.demonym(tok)) or any(
        h.how == "exact" and (g.kind(h.id) in ("country", "admin1", "region") or h.id in g.capitals)
        for h in g.lookup(tok, fuzzy=False))


def _speaks(surname: str, texts: list[str]) -> bool:
    """Whether some sentence has the person speak ("Netanyahu said", "Kenyatta, facing ...,
    has vowed"): a name that only labels a place or a thing ("Tahrir Square") never does."""
    pat = re.compile(r"\b" + re.escape(surname) + r"\b(?:,[^,.]{1,90},)?\s+"
                     r"(?:(?:has|had|have|also|later|then|again|was|is)\s+){0,2}")
    return any(SPEECH_VERB.match(t, m.end()) for t in texts for m in pat.finditer(t))


def _names(text: str) -> dict[str, frozenset[str]]:
    """The persons `text` names in full ("Prime Minister Benjamin Netanyahu"), as surname ->
    the name's words: Title-case words (an acronym "FIFA" names a body), neither the name
    nor its surname a country, province, region or capital, no word a people's ("Gulf
    Arab"). A first name may be spelt like a province ("Mara")."""
    out: dict[str, frozenset[str]] = {}
    for run in NAME_SEQ.finditer(text):
        name = strip_titles(run.group(0))
        toks = [_POSSESSIVE.sub("", t) for t in name.split()]
        if len(toks) < 2 or not looks_person(name) or len(toks[-1]) < 3 or \
                any(t.isupper() and len(t) > 1 for t in toks) or _placeish(" ".join(toks)) or \
                _placeish(toks[-1]) or any(gazetteer().demonym(t) for t in toks):
            continue
        out[toks[-1]] = out.get(toks[-1], frozenset()) | frozenset(toks)
    return out


def _surnames(text: str) -> set[str]:
    return set(_names(text))


def _voices(ms: list) -> tuple[list[frozenset[str]], dict[str, frozenset[str]]]:
    """For each mention (with `.m`), the surnames of the story's fully named speakers that
    its main sentence or its actor names (empty outside VOICE_TYPES); and each surname's
    full-name words."""
    known: dict[str, frozenset[str]] = {}
    texts = [sp.text for x in ms for sp in [x.m.span, *x.m.extra_spans]]
    for t in texts:
        for k, v in _names(t).items():
            known[k] = known.get(k, frozenset()) | v
    words = {w for t in texts for w in re.findall(r"\b[a-z]+\b", t)}
    known = {k: v for k, v in known.items() if k.lower() not in words and _speaks(k, texts)}
    for x in ms:                        # a statement's actor named in full speaks by definition
        if x.m.type in VOICE_TYPES and x.m.actor:
            for k, v in _names(x.m.actor).items():
                known[k] = known.get(k, frozenset()) | v
    if not known:
        return [frozenset()] * len(ms), known
    pat = re.compile(r"\b(" + "|".join(sorted(map(re.escape, known), key=len, reverse=True))
                     + r")\b")
    out = []
    for x in ms:
        text = x.m.span.text + " " + (x.m.actor or "")
        out.append(frozenset(pat.findall(text)) if x.m.type in VOICE_TYPES else frozenset())
    return out, known


def voices(ms: list) -> list[frozenset[str]]:
    return _voices(ms)[0]


def voice_matrices(ms: list) -> tuple[np.ndarray, np.ndarray]:
    """(same: the pair names one person, clash: both name persons, none the same). One
    person may go by two surnames ("Carrie Lam" / "Carrie Lam Cheng Yuet-ngor"): a surname
    among the other's full-name words is the same person."""
    n = len(ms)
    same = np.zeros((n, n), dtype=bool)
    clash = np.zeros((n, n), dtype=bool)
    if not any(x.m.type in VOICE_TYPES for x in ms):
        return same, clash
    vs, words = _voices(ms)

    def one(a: str, b: str) -> bool:
        return a == b or a in words[b] or b in words[a]

    for i in range(n):
        if not vs[i]:
            continue
        for j in range(i + 1, n):
            if vs[j]:
                hit = any(one(a, b) for a in vs[i] for b in vs[j])
                same[i, j] = same[j, i] = hit
                clash[i, j] = clash[j, i] = not hit
    return same, clash
