"""What an attack was aimed at, told two ways: the rebels say their bomb was aimed at soldiers at a
checkpoint, while a relief agency says it hit a crowded civilian district on purpose.

Why a detector of its own: whether an attack's target was armed or civilian decides whether it
was an act of war or a crime, and each side tells it as a plain fact, not as a denial of the
other: no contrast opener, denial word or figure links the sentences, which usually sit in
different outlets. `intent` reads whether a hit was aimed or accidental; this reads *whom* it
was aimed at. The signal is generic: a target cue ("targeted", "aimed at", "meant for"), the
party named after it, and that party's actor class. Precision first: both claims have a named
holder and are not one side, both name an attack with one word family, and one target is
civilian while the other is an armed or official body. A story keeps at most one.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_culprit import camp, claim_holder
from .dispute_sides import one_side
from .disputes import _claim, detector

TARGET = re.compile(r"\b(?:target(?:ed|ing|s)?|aimed\s+at|meant\s+for|intended\s+for)\s+", re.I)
# the target's noun phrase ends at a preposition, a participle or a clause mark
_END = re.compile(r"\s+(?:of|in|on|at|near|among|with|from|for|to|who|which|that|and|as|while|"
                  r"[a-z]+ing|[a-z]+ed)\b|\s*[,.;:()\u2013\u2014\"\u201d]", re.I)
ATTACK = re.compile(r"\b(?:attacks?|bomb(?:s|ing|ings)?|blasts?|explosions?|(?:air\s?)?strikes?|raids?|"
                    r"shelling|assault|massacre)\b", re.I)
ARMED = {"state", "rebels/militants"}
# a war machine or post aimed at stands for the armed side that holds it ('targeted rocket launchers')
MILITARY = re.compile(r"\b(?:(?:missile|rocket)\s+)?launch(?:ers?|pads?|sites?)\b|\bmilitary\s+(?:targets?|positions?|"
                      r"sites?|installations?|bases?|facilit\w+)\b|\b(?:arms|weapons?|ammunition)\s+depots?\b", re.I)
# what a strike hit, told as a civilian place or vehicle ('the strike hit a bus carrying pupils'): the
# other side's account of the target, with no target cue of its own
HIT_CIVIL = re.compile(r"\b(?:hit|struck|strikes|destroyed)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
                       r"(?:bus|school|hospital|clinic|market|wedding|mosque|church|homes?|houses?)\b", re.I)
_VOID = {"it", "they", "he", "she", "we", "this", "that"}


def target(text: str) -> str | None:
    """The party a sentence says an attack was aimed at, or None ('targeted police guarding a
    road' -> 'police')."""
    m = TARGET.search(text)
    if not m:
        return None
    rest = text[m.end():]
    end = _END.search(rest, 1)
    np = rest[:end.start()] if end else rest
    return np.strip() if 0 < len(np.split()) <= 5 else None


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        aim, hit = target(s.text), HIT_CIVIL.search(s.text)
        if not (aim or hit) or not ATTACK.search(s.text):
            continue
        who = claim_holder(s.text, res, s.start)
        kind = (camp(aim) or ("state" if MILITARY.search(aim) else None)) if aim else "civilians"
        aim = aim or hit.group().split()[-1]      # the place or vehicle hit
        if who and who.lower() not in _VOID and kind and (kind == "civilians" or kind in ARMED):
            out.append((art, s, who, aim, kind))
    return out


@detector("target")
def rival_targets(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for a1, s1, h1, t1, k1 in found:
        if k1 not in ARMED:
            continue
        rivals = [c for c in found if c[4] == "civilians" and not one_side(h1, c[2])
                  and camp(c[2]) != camp(h1)]
        if rivals:
            a2, s2, h2, t2, _ = rivals[0]
            return [Dispute(f"what the attack targeted: {t1} ({h1}) vs {t2} ({h2})",
                            [_claim(a1, s1, h1)] + [_claim(a, s, h) for a, s, h, _, _ in rivals[:3]], "claim")]
    return []
