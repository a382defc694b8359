"""A group's claim of an act recast by an official: "the Red Banner said it had carried out the
raid" against "the minister described the assailants as bandits" or "insisted the killings
were politically motivated".

Why a detector of its own: `claimed` wants a second culprit named ("blamed X for the attack"),
but an official who will not grant the claimant its act rarely names one; he renames the
attackers (bandits, criminals, thugs) or gives the act another motive (political, ethnic, a
land quarrel). Whose account of the act stands is the story's open question all the same.
The signal is generic: one sentence in which a group claims the act (a claim of
responsibility, or a group "claimed / confirmed / admitted" that it attacked or carried it
out), and another sentence of the story, from another holder, that recasts the attackers as a
kind of criminal or the act as "<adverb>-motivated". Not a recast: attackers described by
their arms or number ("as heavily armed", "as young men"), a motive stated by the claimant
itself, a motive that is negated or asked about ("not politically motivated", "whether").
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_claimed import _claimant
from .dispute_culprit import claim_holder
from .dispute_holders import own_voice
from .dispute_sides import one_side
from .disputes import _claim, detector

_ACT_DONE = (r"(?:carried\s+out|attacked|staged|launched|conducted|were\s+behind|was\s+behind|"
             r"killed|struck|raided)")
# "the Front claimed that its men had raided the depot", "X confirmed that they struck a convoy"
OWN_CLAIM = re.compile(r"\b(?:claimed|confirmed|admitted|announced)\s+(?:that\s+)?(?:it|they|its\s+\w+|"
                       r"their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?" + _ACT_DONE + r"\b", re.I)
_ATTACKERS = r"(?:the\s+)?(?:\w+\s+)?(?:attackers|assailants|gunmen|killers|raiders|militants|perpetrators)"
_CRIMINAL = (r"(?:bandits?|criminals?|thugs?|robbers?|rustlers?|gangsters?|gangs?|outlaws?|"
             r"hooligans?|mercenaries|hired\s+guns)")
# the attackers renamed: "described the assailants as 'bandits'", "called the gunmen common criminals"
RENAMED = re.compile(r"\b(?:describ|call|brand|label|dismiss|characteri[sz])(?:ed|es|ing|s)?\s+" + _ATTACKERS +
                     r"\s+(?:as\s+)?(?:an?\s+|mere\s+)?[\"'\u201c\u2018]?(?:\w+\s+)?" + _CRIMINAL + r"\b", re.I)
# the act given another motive: "the killings were politically motivated"
MOTIVE = re.compile(r"\b(?:killings?|attacks?|massacre|violence|raids?|murders?)\s+(?:was|were|had\s+been)\s+"
                    r"(?:\w+ly\s+)?(?:politically|ethnically|tribally|criminally|personally)[\s-]motivated\b",
                    re.I)
_DOUBT = re.compile(r"\b(?:not|no|never|n't|whether|if|deny|denied|denies|rejected)\b", re.I)


def _claims_act(text: str) -> bool:
    return bool(_claimant(text) or OWN_CLAIM.search(text))


def _recast(text: str) -> bool:
    """The sentence renames the attackers or gives the act another motive, not negated."""
    m = RENAMED.search(text) or MOTIVE.search(text)
    return bool(m) and not _DOUBT.search(text[max(0, m.start() - 25):m.end()])


def _who(art: Article, s, ctx: dict) -> str | None:
    return claim_holder(s.text, ctx["res"][art.id], s.start)


def _claimer(text: str) -> str | None:
    """Who claims the act: `claimed`'s claimant, else the last name before the first comma
    ahead of the claim ("The hill-based Red Banner movement, ... has claimed that ...")."""
    if who := _claimant(text):
        return who
    m = OWN_CLAIM.search(text)
    names = re.findall(r"\b(?!The\b)[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*", text[:m.start()].split(",")[0]) \
        if m else []
    return names[-1] if names else None


@detector("recast")
def recast(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first recast sentence with a claim of the act, the claim of
    its own article first."""
    for art in articles:
        for s in ctx["sents"][art.id]:
            if not _recast(s.text) or _claims_act(s.text):
                continue
            h2 = _who(art, s, ctx)
            for a in sorted(articles, key=lambda a: a.id != art.id):
                for p in ctx["sents"][a.id]:
                    if p is s or not _claims_act(p.text):
                        continue
                    h1 = _claimer(p.text) or _who(a, p, ctx)
                    if h1 and h2 and one_side(h1, h2):
                        continue
                    return [Dispute(f"who was behind the attack: {h1 or 'a group'}'s claim vs "
                                    f"{h2 or 'another account'}",
                                    [_claim(a, p, h1 or own_voice(a.outlet)),
                                     _claim(art, s, h2 or own_voice(art.outlet))], "responsibility")]
    return []
