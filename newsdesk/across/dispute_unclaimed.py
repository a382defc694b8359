"""Claimed against not claimed: one outlet reports that a group claimed the act, another says
that no one has claimed it.

Why a detector of its own: `claimed` pairs a claim with a rival culprit or a doubt, and reads
"no group has claimed responsibility" as stating no culprit, so it drops the very sentence
that contradicts the claim. Yet whether anyone has owned the act is a question an analyst
must see answered two ways.
The signal is generic: a sentence whose subject claims the act (the `claimed` reader) in one
article, and a negated claim of responsibility ("no group has claimed", "there was no claim
of responsibility", "there has not been any claim of responsibility": "not ... any" is "no")
in another article of the story; a named party's "has not claimed" answers that party's claim only.
Timing: a claim made after an outlet's "not yet" does not contradict it, so the pair is
dropped when the outlet saying "not yet" is dated before the one reporting the claim, or
when that outlet itself reports the claim too (it told both stages), or when the claim is
told as coming later ("later claimed", "has since claimed"). A claim told as an
older act ("has previously claimed attacks") is background, not a claim of this act.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_background import background, report_day
from .dispute_claimed import _ACT, _claimant
from .dispute_sides import kin, one_side
from .disputes import _claim, detector, holder

_OWN = r"(?:claimed|admitted|taken|accepted|assumed)\s+(?:responsibility|credit)"
_THE_ACT = r"(?:the|this|that|[A-Z]\w+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?" + _ACT
# nobody owns the act: "no group has yet claimed responsibility", "no one has claimed the attack"
NOBODY_CLAIMED = re.compile(
    r"\b(?:no|nobody|none)\b(?:\s+(?:one|group|organi[sz]ation|faction|militant\s+group|party))?\s+"
    r"(?:(?:has|had|have)\s+)?(?:yet\s+|so\s+far\s+|immediately\s+|publicly\s+)?(?:" + _OWN + r"|claimed\s+"
    + _THE_ACT + r")"
    r"|(?:\bno|(?:\bnot|n't)\s+(?:yet\s+)?(?:been\s+|made\s+|received\s+|seen\s+)?any)\s+"   # "not ... any" = "no"
    r"(?:immediate\s+)?claims?\s+of\s+responsibility\b"
    r"|\bresponsibility\s+(?:has|had)\s+(?:not|yet\s+to)\s+(?:yet\s+)?(?:been|be)\s+claimed\b", re.I)
# a named party does not own it: "the Front has not claimed responsibility" (contradicts its own claim only)
PARTY_NOT = re.compile(r"\b(?:has|have|had)\s+(?:yet\s+to|not\s+(?:yet\s+)?)(?:been\s+)?claim(?:ed)?\s+"
                       r"(?:responsibility|credit)", re.I)
# a claim of older acts, told as such ("has claimed a number of attacks in the past")
_EARLIER = re.compile(r"\b(?:in the past|(?:earlier|previous|past|other|several|many) attacks|"
                      r"a (?:number|series|string) of)\b", re.I)
# the claim told as made after the first reports: no rival to an outlet's "not yet"
_LATE = re.compile(r"\b(?:later|subsequently|eventually|afterwards|(?:has|have)\s+since)\b", re.I)
# the negated subject is no holder ("No group ..."): the outlet says it
_NOBODY = re.compile(r"^(?:no|none|nobody)\b", re.I)


def unowned(text: str) -> str | None:
    """Who the sentence says has not claimed the act: "" for no one at all, else the named
    party; None when it says nothing of the kind."""
    if NOBODY_CLAIMED.search(text):
        return ""
    m = PARTY_NOT.search(text)
    if not m:
        return None
    lead = re.split(r"[,;:]\s*|\b(?:that|but|and|while|although)\s+", text[:m.start()])[-1].strip()
    return "" if _NOBODY.match(lead) else lead if re.match(r"(?:the\s+)?[A-Z]", lead) else None


def unclaimed(text: str) -> bool:
    """The sentence says the act is unclaimed, by anyone or by a named party."""
    return unowned(text) is not None


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    for s in ctx["sents"][art.id]:
        who = _claimant(s.text)
        if who and not unclaimed(s.text) and not _EARLIER.search(s.text) and not _LATE.search(s.text) \
                and not background(s.text, art):
            out.append((art, s, who))
    return out


def _denials(art: Article, ctx: dict) -> list[tuple]:
    res = ctx["res"][art.id]
    out = []
    for s in ctx["sents"][art.id]:
        party = unowned(s.text)
        if party is not None:
            cut = _own_clause(s.text)
            who = holder(s.text[cut:], res, s.start + cut)
            out.append((art, s, art.id if not who or _NOBODY.match(who) else who, party))
    return out


# a coordinated clause of its own: "A witness said X, but there has been no claim"
_COORD = re.compile(r"(?:,\s*but|;)\s+")


def _own_clause(text: str) -> int:
    """Where the clause that says no one claimed it starts: a speaker of an earlier
    coordinated clause does not hold it (the outlet does, unless the clause names a source)."""
    m = NOBODY_CLAIMED.search(text) or PARTY_NOT.search(text)
    cuts = [c.end() for c in _COORD.finditer(text, 0, m.start())] if m else []
    return cuts[-1] if cuts else 0


def _described(claimant: str) -> bool:
    """A claimant told by description ("the extremist group"): a reader is better served by a
    claim that names the group, when another outlet gives one."""
    return bool(re.match(r"(?:the|a|an)\s+[a-z]", claimant, re.I)) and not re.search(r"\s[A-Z]", claimant)


def _before(a: Article, b: Article) -> bool:
    """`a` is dated before `b` (both dated)."""
    da, db = report_day(a), report_day(b)
    return bool(da and db and da < db)


@detector("unclaimed")
def unclaimed_act(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first claim against the first outlet saying none was made."""
    claims = {a.id: _claims(a, ctx) for a in articles}
    for art in articles:
        if claims[art.id]:
            continue                          # an outlet that tells the claim too told both stages
        for _, s, who, party in _denials(art, ctx):
            rivals = sorted((c for cl in claims.values() for c in cl), key=lambda c: _described(c[2]))
            for ca, cs, claimant in rivals:
                if _before(art, ca):
                    continue                  # its "not yet" came before the claim was made
                if party and not (kin(party, claimant) or one_side(party, claimant)):
                    continue                  # one group's silence does not answer another's claim
                return [Dispute(f"whether anyone claimed it: {claimant} vs no claim",
                                [_claim(ca, cs, claimant), _claim(art, s, who)], "responsibility")]
    return []
