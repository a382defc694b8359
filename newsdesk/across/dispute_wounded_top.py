"""Disputes over how many one story's violence hurt, across outlets: one outlet's "the health
minister said 150 people were wounded" against another's "the governor's office said 240
were injured", or a mayor's "more than 400 injured" against emergency services' "more than
700".

Why a detector of its own: `dispute_wounded_event` compares the figures of one merged record,
yet the outlets' tellings of one attack often land in two records (a split), and it reads a
lower bound ("at least 100") as compatible with any larger figure, since an outlet's later
count grows. That holds for one voice's running count, not for two officials: when two named
holders (not one side) give the overall figure differently, the reader must see who says
what, whether the gap is a rising count or a quarrel. So each article's largest whole figure
of the wounded (`dispute_wounded.injured`: not a part, an increment, a degree of harm, a
running total, another act) is set against the others' when they count the same people (the
sentences share two content words, or one states little besides its figure) and either cannot
both be right as stated (`wounded_event._clash`) or come from two named holders of different
sides and differ by more than a fifth, or one named holder's figure is more than a third off
another outlet's own. Two figures neither of which a named holder gives are
outlets writing at two moments of a rising count, no quarrel; a figure a sentence tells as
risen ("rose to 300") is an update of the lower ones, never a rival. `wounded_group` does the
same for one named group of the hurt ("18 service members" against "another 12 service members"),
which the largest figure of an article (a hospital's patients) hides.
"""
from __future__ import annotations

import re

from ..extract.quantities import UNITS
from ..model import Article, Dispute
from .dispute_sides import one_side
from .dispute_update import RISE_TO
from .dispute_wounded import _figures
from .dispute_wounded_event import _clash
from .disputes import _claim, _content, _quoted_by, detector, holder
from .figures import RISEN

MAX_CLAIMS = 6
GAP = 0.2            # two officials' figures within a fifth of each other are one count's moments
FAR = 1 / 3          # an official's figure a third off an outlet's own is not one count's next moment


def _top(art: Article, ctx: dict) -> list[tuple]:
    """The sentences giving the article's largest whole figure of the wounded, as (sentence,
    holder, (low, high), qualifier), the ones that say whose figure it is first."""
    figs = [f for f in _figures(art, ctx) if not (RISEN.search(f[0].text) or RISE_TO.search(f[0].text))]
    top = max((f[2][0] for f in figs), default=None)
    return sorted((f for f in figs if f[2][0] == top), key=lambda f: not f[1])


def _officials_differ(a: tuple, b: tuple) -> bool:
    """Two named holders of different sides give figures more than a fifth apart for one scene
    (the sentences share two content words: a shell on a gathering and two hurt reporters do not)."""
    if not a[1] or not b[1] or one_side(a[1], b[1]) or a[1].split()[-1].lower() == b[1].split()[-1].lower() \
            or len(_content(a[0].text) & _content(b[0].text)) < 2:
        return False
    lo, hi = sorted((a[2][0], b[2][0]))
    return hi - lo > GAP * hi


def _far_apart(a: tuple, b: tuple) -> bool:
    """One figure a named holder gives, the other the outlet's own, the two more than a third
    apart: a count grows by steps, not from 150 to 230 between two outlets' same-day stories."""
    if bool(a[1]) == bool(b[1]) or len(_content(a[0].text) & _content(b[0].text)) < 2:
        return False
    lo, hi = sorted((a[2][0], b[2][0]))
    return hi - lo > FAR * hi


def _same_people(a: tuple, b: tuple) -> bool:
    """The two sentences count one group: they share two content words (one place name alone
    is shared by every act in a city), or one states little besides its figure."""
    ca, cb = _content(a[0].text), _content(b[0].text)
    return len(ca & cb) >= 2 or len(ca) <= 2 or len(cb) <= 2


def _held_bare(f: tuple) -> bool:
    """A sentence stating little besides a named holder and its figure ("the police said there
    were six injured"): it counts whatever the story's hurt are."""
    return bool(f[1]) and len(_content(f[0].text) - _content(f[1])) <= 2


def _against_agreed(tops: dict) -> list[str]:
    """A held bare figure against one that two other outlets agree on, more than a fifth apart:
    one voice against a settled count, not one outlet's count a moment later (two outlets alone
    are that)."""
    for x, fx in tops.items():
        for f in (f for f in fx if _held_bare(f)):
            for v in {g[2][0] for y in tops if y != x for g in tops[y][:1]}:
                agree = [y for y in tops if y != x and tops[y][0][2][0] == v and tops[y][0][3] != "vague"]
                lo, hi = sorted((f[2][0], v))
                if len(agree) >= 2 and _clash((f[2], f[3]), (tops[agree[0]][0][2], tops[agree[0]][0][3])) \
                        and hi - lo > GAP * hi:
                    return [x, *agree]
    return []


def _rival(a: tuple, b: tuple) -> bool:
    """Two outlets' figures that count one group and conflict; two outlets' own unsourced
    figures are two moments of a count."""
    if "vague" in (a[3], b[3]):
        return False     # a word figure ("dozens more injured") is a floor any larger count meets
    return _same_people(a, b) and bool(a[1] or b[1]) and (
        _clash((a[2], a[3]), (b[2], b[3])) or _officials_differ(a, b) or _far_apart(a, b))


@detector("wounded_top")
def wounded_top(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: every outlet's top figure that conflicts with another's."""
    tops = {a.id: t for a in articles if (t := _top(a, ctx))}
    by_id = {a.id: a for a in articles}
    rivals = list(dict.fromkeys(x for x in tops for y in tops if x != y and any(
        _rival(a, b) for a in tops[x] for b in tops[y])))
    if len(rivals) < 2:
        rivals = _against_agreed(tops)
    if len(rivals) < 2:
        return []
    claims = [_claim(by_id[a], tops[a][0][0], tops[a][0][1]) for a in rivals]
    values = sorted({tops[a][0][2][0] for a in rivals})
    return [Dispute("number of injured: " + " vs ".join(map(str, values[:4])), claims[:MAX_CLAIMS], "count")]


_N = "|".join(w for w, n in UNITS.items() if n >= 2) + r"|\d[\d,]*"
# a figure of one named group of the hurt: "Eighteen service members were injured", "another 12
# soldiers were wounded" (after the dead are told, "another" sets the hurt beside them)
GROUP_HURT = re.compile(rf"\b(another\s+)?({_N})\s+(?:[A-Z][\w.]*\s+)?((?:service\s*(?:men|members)|soldiers|troops|"
                        rf"marines|police\s+officers|policemen|officers|firefighters|civilians|children))\s+"
                        rf"(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b", re.I)


def _group_figures(art: Article, ctx: dict) -> list[tuple]:
    """(sentence, holder, group, value) of each held figure of one group's hurt; "another N" only
    when no figure of that group's hurt came before it in the article (else it adds to one)."""
    res, out, seen = ctx["res"][art.id], [], set()
    for s in ctx["sents"][art.id]:
        for m in GROUP_HURT.finditer(s.text):
            group = re.sub(r"\s+", " ", m.group(3).lower())
            if not (m.group(1) and group in seen):
                word = m.group(2).lower()
                value = UNITS.get(word) or int(word.replace(",", ""))
                who = holder(s.text, res, s.start) or _quoted_by(art, s)
                if who:
                    out.append((s, who, group, value))
            seen.add(re.sub(r"\s+", " ", m.group(3).lower()))
    return out


@detector("wounded_group")
def wounded_group(articles: list[Article], ctx: dict) -> list[Dispute]:
    """Two outlets' named holders giving one group's hurt differently ("18 service members" vs
    "12 service members"), the sentences sharing two content words (the group's name at least)."""
    figs = [(a, *f) for a in articles for f in _group_figures(a, ctx)]
    for i, (a1, s1, h1, g1, v1) in enumerate(figs):
        for a2, s2, h2, g2, v2 in figs[i + 1:]:
            if a1 is a2 or g1 != g2 or v1 == v2 or one_side(h1, h2) or \
                    len(_content(s1.text) & _content(s2.text)) < 2:
                continue
            return [Dispute(f"number of injured {g1}: {min(v1, v2)} vs {max(v1, v2)}",
                            [_claim(a1, s1, h1), _claim(a2, s2, h2)], "count")]
    return []
