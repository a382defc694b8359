"""Where the attacker came from, told two ways: "the minister said the bomber was a 30-year-old
Libyan national" against "a news agency reported the attacker was Tunisian-born".

Why a detector of its own: `identity` reads who a band of fighters were and `culprit` who
ordered an act; the nationality or birthplace of one named perpetrator is neither, yet when
two holders give two different countries the attacker's origin is the story's open question,
and the investigation's first line. The signal is generic: a perpetrator noun ("bomber",
"attacker", "gunman", "perpetrator") said to be a "<demonym> national / citizen", "of
<demonym> origin" or "<demonym>-born", in a sentence with a holder; the story disputes it
when its sentences name two different countries. Precision first: the demonym must map to a
country and every claim needs a holder.
"""
from __future__ import annotations

import re

from ..extract.geo import demonym_country
from ..model import Article, Dispute
from .dispute_culprit import claim_holder
from .disputes import _claim, detector

_DOER = r"(?:bomber|attacker|assailant|perpetrator|gunman|shooter|hijacker|killer)"
_DEM = r"(?P<dem>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
DOER = re.compile(rf"\b{_DOER}\b")
# from one perpetrator noun: '... was a 28-year-old Libyan national', '... was Egyptian-born'
CLAUSE = re.compile(rf"{_DOER}\b[^.;]{{0,80}}?\b(?:is|was|as|be)\b[^.;]{{0,40}}?\b{_DEM}"
                    r"(?:\s+(?:national|citizen|origin)\b|\s*-?\s*born\b)")
# 'a French-born Tunisian national': birthplace and citizenship of one person, no rivalry
BOTH = re.compile(r"\b([A-Z][a-z]+)\s*-\s*born\s+(?:[a-z]+\s+)?([A-Z][a-z]+)\s+(?:national|citizen)\b")
MAX_CLAIMS = 4


def _countries(text: str) -> list[tuple[str, str]]:
    """Every country (ISO, demonym) the sentence gives the perpetrator, in order (one per perpetrator noun:
    'was a Libyan national, but an agency claimed the bomber was Egyptian-born')."""
    out, doers = [], list(DOER.finditer(text))
    for k, d in enumerate(doers):
        end = doers[k + 1].start() if k + 1 < len(doers) else len(text)
        m = CLAUSE.match(text, d.start(), end)
        if m and (iso := demonym_country(m.group("dem"))) and iso not in {i for i, _ in out}:
            out.append((iso, m.group("dem")))
    return out


@detector("origin")
def origins(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the perpetrator's origin when two countries are given."""
    found = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if (isos := _countries(s.text)) and (who := claim_holder(s.text, res, s.start)):
                found.append((art, s, who, isos))
    if len({iso for *_, isos in found for iso, _ in isos}) < 2:
        return []
    if any(BOTH.search(s.text) for art in articles for s in ctx["sents"][art.id]):
        return []
    first = found[0][3][0]
    rival = next(f for f in found if any(i[0] != first[0] for i in f[3]))
    keep = [found[0], rival] + [f for f in found if f is not found[0] and f is not rival]
    claims = [_claim(a, s, who) for a, s, who, _ in keep[:MAX_CLAIMS]]
    other = next(i for i in rival[3] if i[0] != first[0])
    return [Dispute(f"where the attacker came from: {first[1]} vs {other[1]}", claims, "origin")]
