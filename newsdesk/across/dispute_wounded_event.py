"""Disputes over how many were hurt in one event, across outlets: "Some 40 people were hurt,
the mayor said" in one outlet against "At least 90 more were said to be wounded" in another,
both sources of one merged attack record.

Why a detector of its own: `dispute_wounded` reads rival figures inside one article, and the
count detector reads the death toll of a merged record across its outlets; the injured count
of a merged record is the figure outlets most often give differently, and an analyst must
see which outlet gives which. Across outlets a rising count is common, so the test is
stricter than the death toll's: a lower bound ("at least 100", "more than 100") only conflicts
with a figure below it ("about 50"), never with a larger one ("117"), a word figure
("scores", "dozens") states no number, and figures within 5% of each other (245 and 246) are
one count read at two moments; an outlet telling the record's toll as risen ("rose to 290")
is the later count, so its higher figure against another outlet's lower one is an update.
Each figure must be stated whole in the sentence the record cites (not a part, an increment,
a running total or a figure that has risen), and the sentences must share what they count
with another source's part of the record, unless a sentence states little besides the
figure ("At least 100 others were reported injured").
"""
from __future__ import annotations

from ..model import Article, Claim, Dispute
from .dispute_holders import own_voice, toll_holder
from .dispute_update import RISE_TO
from .dispute_wounded import injured
from .disputes import _content, detector
from .figures import RISEN
from .war_total import continues_total, sentence_before

MAX_CLAIMS = 6


def _clash(a: tuple[tuple, str], b: tuple[tuple, str]) -> bool:
    """Two whole figures of the wounded that cannot both be right (see the module note)."""
    (lo1, hi1), q1 = a
    (lo2, hi2), q2 = b
    if lo1 == lo2 or "vague" in (q1, q2):
        return False
    if lo1 > lo2:
        (lo1, hi1), q1, (lo2, hi2), q2 = (lo2, hi2), q2, (lo1, hi1), q1
    # lo1 < lo2: the lower must be a bound the higher exceeds, or a range the higher sits in
    if q1 == "min" or (hi1 and hi1 != lo1 and lo2 <= hi1):
        return False
    if ("approx" in (q1, q2) or "max" in (q1, q2)) and lo2 - lo1 <= 0.1 * lo2:
        return False
    return lo2 - lo1 > 0.05 * lo2      # 245 against 246: one outlet's count a moment later


@detector("wounded_event")
def wounded_event(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per record: each outlet's first sentence stating its record's injured figure."""
    by_id = {a.id: a for a in articles}
    out = []
    for ev in ctx["events"]:
        figs = {}
        for m in ev.mentions:
            if m.article not in by_id or not m.injured or m.article in figs:
                continue
            for sp in [m.span, *m.extra_spans]:
                got = injured(sp.text)
                if got and continues_total(sp.text, sentence_before(ctx["sents"].get(m.article, ()), sp.start)):
                    break            # "More than 9,000 have been wounded" after the war's toll: the war's
                if got and got[0][0] == m.injured.low and not RISEN.search(sp.text):
                    figs[m.article] = (sp, got)
                    break
        unit = {m.article: _content(" ".join(x.text for x in [m.span, *m.extra_spans])) for m in ev.mentions}
        figs = {a: x for a, x in figs.items()       # a bare figure sentence counts the record's wounded
                if len(_content(x[0].text)) <= 2 or any(_content(x[0].text) & unit[b] for b in figs if b != a)}
        later = {m.article for m in ev.mentions if any(RISE_TO.search(x.text) for x in [m.span, *m.extra_spans])}
        rivals = {a for a in figs for b in figs if a != b and _clash(figs[a][1], figs[b][1])
                  and max(a, b, key=lambda x: figs[x][1][0][0]) not in later}
        if len(rivals) < 2:
            continue
        claims = [Claim(a, toll_holder(sp.text, ctx["res"][a], sp.start) or own_voice(by_id[a].outlet), sp)
                  for a, (sp, _) in figs.items() if a in rivals]
        values = sorted({figs[a][1][0][0] for a in rivals})
        out.append(Dispute("number of injured: " + " vs ".join(map(str, values[:4])), claims[:MAX_CLAIMS], "count"))
    return out
