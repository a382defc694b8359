"""Who killed them: one source has the armed group kill the hostages, another has the
troops' fire hit them ("the kidnappers shot the captives" against "soldiers shelled the
buses carrying the captives").

Why a detector of its own: the blame, culprit and denial detectors need a blaming verb, a
denial or blame running both ways between two camps; yet after a rescue raid or a
crackdown the rival accounts are plain reports of a deed, each naming a different doer of
one harm to one group of victims, and no one blames or denies anything in so many words.
The signal is generic: the victims' noun (hostages, civilians, passengers ...) is the
object of a harm verb whose doer is the state's armed force (army, troops, forces, jets)
in one attributed sentence and an armed group (militants, kidnappers, insurgents) in
another, from holders not on one side. Civilians, villagers and protesters are many groups
in a war or a crackdown (a strike's dead and a shelling's dead), so for them both accounts
must sit in one event record; hostages, passengers or worshippers are one group. Left out: a doer listed among the dead ("32
militants and 23 hostages killed"), a denied or hedged deed ("denied that its forces
killed", "may have killed"), and background.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_background import background
from .dispute_sides import one_side
from .disputes import _claim, _quoted_by, detector, holder

_VICTIMS = r"(?P<victims>hostages|captives|civilians|passengers|patients|villagers|protesters|worshippers|pilgrims)"
_STATE = r"(?:army|troops|soldiers|forces|military|jets|warplanes|helicopters|aircraft)"
_GROUP = r"(?:terrorists|militants|insurgents|rebels|jihadists|gunmen|kidnappers|captors|hostage[- ]takers|" \
         r"Islamists|extremists)"
_HARM = r"(?:kill(?:ed|ing)?|execut(?:ed|e|ing)|shot|blast(?:ed)?|bomb(?:ed)?|shell(?:ed)?|fired on|" \
        r"massacred|slaughtered|murdered)"


def _frames(doer: str) -> list[re.Pattern]:
    """The doer acting on the victims ("the kidnappers shot the captives", "troops shelled the
    buses carrying the captives"), and the passive ("the captives were shot, ..., by the kidnappers")."""
    return [re.compile(rf"\b{doer}\b(?P<gap>[^.;]{{0,40}}?)\b{_HARM}\b[^.;]{{0,70}}?\b{_VICTIMS}\b", re.I),
            re.compile(rf"\b{_VICTIMS}\s+(?:were|was|had been|have been)\s+{_HARM}\b[^.;]{{0,60}}?"
                       rf"\bby\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}{doer}\b", re.I)]


SIDES = {"the armed group": _frames(_GROUP), "the security forces": _frames(_STATE)}
# a doer counted among the dead or under a denial, doubt or condition
_LISTED = re.compile(r"\d|\band\b|,", re.I)
_NOT_STATED = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject\w*|dismiss\w*|whether|if|may|might|could|would|"
                         r"not|never|no|alleg\w*|accus\w*)\b", re.I)
_COUNTED_BEFORE = re.compile(r"(?:\d[\d,]*|\b(?:of|and))\s+(?:[\w-]+\s+)?$", re.I)


def doers(text: str) -> dict[str, str]:
    """Side -> victims' noun for each side the sentence names as the doer of a harm to victims."""
    if _NOT_STATED.search(text):
        return {}
    out = {}
    for side, frames in SIDES.items():
        for rx in frames:
            for m in rx.finditer(text):
                gap = m.groupdict().get("gap")
                if gap is not None and (_LISTED.search(gap) or _COUNTED_BEFORE.search(text[:m.start()])):
                    continue
                out.setdefault(side, m.group("victims").lower())
    return out if len(out) == 1 else {}


# victims of many acts in one story: both accounts must tell one record
MANY_GROUPS = {"civilians", "villagers", "protesters"}


def _one_record(a: list[tuple], b: list[tuple], ctx: dict) -> tuple[list, list]:
    """The accounts of each side that tell an event record an account of the other side tells."""
    recs: dict[tuple[str, int], set[str]] = {}
    for ev in ctx["events"]:
        for m in ev.mentions:
            for sp in [m.span, *m.extra_spans]:
                recs.setdefault((m.article, sp.start), set()).add(ev.id)

    def evs(x: tuple) -> set[str]:
        return recs.get((x[0].id, x[1].start), set())
    return ([x for x in a if any(evs(x) & evs(y) for y in b)],
            [y for y in b if any(evs(x) & evs(y) for x in a)])


@detector("doer")
def rival_doers(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the victims whose killing the most sources tell."""
    told: dict[str, dict[str, list]] = {}
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            got = doers(s.text)
            if not got or background(s.text, art):
                continue
            who = holder(s.text, res, s.start) or _quoted_by(art, s)
            if who:
                for side, victims in got.items():
                    told.setdefault(victims, {}).setdefault(side, []).append((art, s, who))
    for victims, sides in sorted(told.items(), key=lambda kv: -sum(map(len, kv[1].values()))):
        if len(sides) < 2:
            continue
        a, b = sides["the armed group"], sides["the security forces"]
        if victims in MANY_GROUPS:
            a, b = _one_record(a, b, ctx)
            if not a or not b:
                continue
        if all(one_side(x[2], y[2]) for x in a for y in b):
            continue
        claims = [_claim(art, s, h) for art, s, h in a[:3] + b[:3]]
        return [Dispute(f"who killed the {victims}: the armed group vs the security forces", claims, "responsibility")]
    return []
