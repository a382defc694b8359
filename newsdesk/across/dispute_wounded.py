"""Disputes over how many were hurt: "the press service of the Navy said two servicemen were
injured" against the chief of staff's "We have information about six wounded".

Why a detector of its own: the count detector reads death tolls, yet in an incident with few
or no dead the number of wounded is the figure sources disagree on, and an analyst must see
which source gives which. The signal is the count detector's in-article one, for the
injured: one article sets figures of the wounded from different named holders (or quoted
speakers) side by side, on the same people (their sentences share what they count), and the
figures cannot both be right; its kind is the count's, so when its sentences already sit
in a death toll dispute (the same sources give both figures) it folds into that one. Across
outlets a rising count is the rule, not a dispute, so a second outlet only joins a dispute
an article already holds, when it states one of its figures (figures that cannot both hold
for one merged record are `dispute_wounded_event`'s, under a stricter test). Not a total: a part ("two of
them badly", "two Americans were injured"), an increment ("two more"), a superseded figure,
a sum of a list, a figure from another year or a running total, a degree of harm ("20 were
badly wounded", "12 in critical condition": the worst hurt among all the wounded), a figure
of another act ("Elsewhere in the province, eight were wounded"); and a party claiming the
attack holds no figure.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute, Sentence
from .dispute_sides import one_side
from .disputes import _claim, _conflict, _content, _quoted_by, detector, holder
from .figures import RUNNING_TOTAL, another_acts_toll
from .war_total import continues_total

MAX_CLAIMS = 6
CLAIMED_ACT = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:of\s+)?(?:responsibility|credit)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?:s|'s)?\b")
# a figure of the worst hurt ("20 people were heavily wounded") counts a part of all the wounded
DEGREE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,3}?(?:(?:seriously|critically|severely|gravely|heavily|badly)\s+"
                          r"(?:injured|wounded|hurt)|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition)\b", re.I)
# a figure counting a named group ("two Americans were", "three Britons, ...") is a part of the whole
# a figure set against another one by its own sentence ("however, reported a higher number of 83")
COMPARED = re.compile(r"\b(?:higher|lower|larger|smaller|bigger|different|conflicting)\s+"
                      r"(?:number|figure|toll|count|tally|estimate)\b", re.I)
# a figure the article itself marks as superseded ("the initial report showed ...")
EARLIER = re.compile(r"\b(?:initial(?:ly)?|earlier|first|preliminary)\s+reports?\b", re.I)
# a sentence turning to another place's act ("Elsewhere in Syria on Monday, two people were ...")
ELSEWHERE = re.compile(r"^\W*(?:elsewhere|in\s+(?:another|a\s+separate)\s+(?:attack|incident|strike|blast))\b", re.I)
GROUP_AFTER = re.compile(r"\s+[A-Z][a-z]+s\b(?=\s*(?:[,.;]|(?:were|are|was|had|have|who|among|in|from|and)\b))")


def injured(text: str) -> tuple[tuple, str] | None:
    """((low, high), qualifier) of the wounded a sentence states as a whole figure, or None."""
    from ..extract.counts import casualties
    if _YEAR.search(text) or RUNNING_TOTAL.search(text) or another_acts_toll(text):
        return None
    try:
        c = casualties(text)
    except Exception:          # the counts module is another layer's; never let it stop us
        return None
    whole = [m for m in c["mentions"] if m.kind == "injured" and not m.increment and not m.subgroup
             and not m.superseded]
    if not whole or not c["injured"] or c["injured"].low < 2:
        return None
    start, end = c["injured_span"] or (0, 0)
    if GROUP_AFTER.match(text[end:]) or DEGREE_AFTER.match(text[end:]) or re.search(r",\s|\band\b", text[start:end]):
        return None            # "two Americans were injured": one group among the wounded;
    #                            "13 of them foreign nationals, and 239": a sum the source never states;
    #                            "20 were badly hurt": the worst hurt, a part of the whole
    return (c["injured"].low, c["injured"].high), c.get("injured_qualifier") or ""


def _figures(art: Article, ctx: dict) -> list[tuple[Sentence, str | None, tuple, str]]:
    """(sentence, holder, (low, high), qualifier) of each whole figure of the wounded; read once
    per article and story (the wounded and wounded_top detectors both ask)."""
    memo = ctx.setdefault("wounded_figures", {})
    if art.id not in memo:
        memo[art.id] = _read_figures(art, ctx)
    return list(memo[art.id])


def _read_figures(art: Article, ctx: dict) -> list[tuple[Sentence, str | None, tuple, str]]:
    res = ctx["res"][art.id]
    out = []
    for i, s in enumerate(ctx["sents"][art.id]):
        got = None if ELSEWHERE.match(s.text) else injured(s.text)   # another act's wounded
        if got and i and continues_total(s.text, ctx["sents"][art.id][i - 1].text):
            continue              # "More than 9,000 have been wounded" after the war's toll: the war's
        if got:                   # a party claiming the attack states no figure: the reporter does
            who = None if CLAIMED_ACT.search(s.text) else holder(s.text, res, s.start) or _quoted_by(art, s)
            out.append((s, who, *got))
    return out


def _records(art: Article, ctx: dict) -> dict[int, str]:
    """Sentence start -> the event record it reports, for the article's sentences in one."""
    return {sp.start: ev.id for ev in ctx["events"] for m in ev.mentions if m.article == art.id
            for sp in [m.span, *m.extra_spans]}


def _rivals(run: list[tuple], records: dict[int, str]) -> tuple[tuple, tuple] | None:
    """Two attributed figures of one article that conflict, from holders of two voices, in
    sentences that share what they count (as the count detector's in-article rule) and report
    no two different acts: a ministry's 160 injured and the Pentagon's 18 wounded soldiers
    count different people, the airport's 81 and the metro blast's 55 two blasts. A figure the
    source itself sets against the one before it ("reported a higher number of 83 wounded")
    counts what that one counts, whichever record each sentence landed in; a figure the
    article marks as an earlier report ("the initial report showed 57 wounded") was replaced,
    not contested."""
    held = [x for x in run if x[1] and not EARLIER.search(x[0].text)]
    for i, a in enumerate(held):
        for b in held[i + 1:]:
            if one_side(a[1], b[1]) or not _conflict([(a[2], a[3]), (b[2], b[3])]):
                continue
            if b is held[i + 1] and COMPARED.search(b[0].text):
                return a, b
            ra, rb = records.get(a[0].start), records.get(b[0].start)
            if ra and rb and ra != rb:
                continue
            if _content(a[0].text) & _content(b[0].text):
                return a, b
    return None


@detector("wounded")
def wounded(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first article whose holders disagree, with the story's
    other sentences stating either figure."""
    figs = {a.id: _figures(a, ctx) for a in articles}
    for art in articles:
        pair = _rivals(figs[art.id], _records(art, ctx))
        if not pair:
            continue
        values = {pair[0][2][0], pair[1][2][0]}
        claims = [_claim(art, s, w) for s, w, v, _ in figs[art.id] if v[0] in values]
        claims += [_claim(o, s, w or o.outlet) for o in articles if o is not art
                   for s, w, v, _ in figs[o.id] if v[0] in values]
        lo, hi = sorted(values)
        return [Dispute(f"number of injured: {lo} vs {hi}", claims[:MAX_CLAIMS], "count")]
    return []
