"""A claim and its official denial a few sentences later: "the ousted mayor wrote that a
police officer had demanded his arrest" against "the police chief denied ... that any
warrant had been signed".

Why a detector of its own: the denial states what it denies in its own words ("arrest
warrants" for "detention"), never points back ("denied this"), and names no accuser, so the
denial detector, which wants an anaphoric denial or an accuser naming the denier, misses
it; yet a party's claim flatly denied by the authority it concerns is what an analyst must
see contested. The signal is generic: a holder "denied that <clause>", and an earlier
sentence of the same article, within a few sentences, held by another party not on its
side, that shares a lowercase content word with the denied clause (words of one family,
such as arrest / detention / custody, count as one; a role both name, such as "police" or
"officers", tells who acts, not what is claimed).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import kin, one_side
from .disputes import _STOP, _claim, _quoted_by, detector, holder

# "denied ... that <clause>", not "would neither confirm nor deny that"
DENIED_THAT = re.compile(r"(?<!confirm\s)(?<!confirm\snor\s)(?<!confirm\sor\s)\bden(?:y|ies|ied|ying)\b"
                         r"(?:\s+[^,.;\"“”]{0,60}?)?\s+(?:reports?\s+|claims?\s+)?that\s+([^,;\"“”]{12,160})", re.I)
_FAMILIES = {"arre": r"arrest\w*|detain\w*|detention|custody|warrants?|jail\w*|imprison\w*"}
# who acts, not what is claimed: a role both sides name ("a police official", "his officers")
_ROLES = {"poli", "offi", "mini", "gove", "forc", "troo", "army", "mili", "sold", "spok", "auth", "lead", "memb"}
# how and when a thing was said, not what
_REPORTING = {"said", "says", "told", "tweeted", "wrote", "added", "stated", "announced", "reported",
              "claimed", "claims", "publicly", "also", "later"}
WINDOW = 3
_TAIL = re.compile(r"(?:\s+(?:or|and|for|of|to|the|a|an|in|on|by))+$")
# a party named, not a pronoun or a phrase the attribution misread ("they", "his organisation had been")
_NAMED = re.compile(r"\b(?!(?:The|A|An|His|Her|Its|Their|This|That|They|He|She|It)\b)[A-Z][a-z]+")


def _words(text: str) -> set[str]:
    """What a clause is about: its lowercase content words (names left out, as both sides
    name the parties), cut to four letters, a family's words as one."""
    out = set()
    for w in re.findall(r"\b[a-z]{4,}\b", text):
        fam = next((k for k, p in _FAMILIES.items() if re.fullmatch(p, w)), None)
        if fam or (w not in _STOP and w not in _REPORTING):
            out.add(fam or w[:4])
    return out - _ROLES


def _party(who: str | None) -> str | None:
    return who if who and _NAMED.search(who) else None


# an unnamed source is a party too when it is a class of witnesses the denial answers: "the
# medics said troops used live bullets" against "the army denied that troops used live bullets"
_SOURCES = re.compile(r"^(?:the\s+|local\s+|some\s+)*(?:medics|doctors|paramedics|witnesses|eyewitnesses|residents|"
                      r"survivors|activists|rescuers|relatives|villagers|monitors)$", re.I)


def _claimant(art: Article, s, res, unnamed: bool = False) -> str | None:
    """The claim's named holder; with `unnamed`, a class of witnesses too (only a denial a few
    sentences on in the same article answers them: across outlets they report any such act)."""
    who = holder(s.text, res, s.start) or _quoted_by(art, s)
    return _party(who) or (who if unnamed and who and _SOURCES.match(who.strip()) else None)


def _pair(art: Article, ctx: dict) -> Dispute | None:
    res, sents = ctx["res"][art.id], ctx["sents"][art.id]
    for i, s in enumerate(sents):
        m = DENIED_THAT.search(s.text)
        if not m or not (who := _party(holder(s.text, res, s.start))):
            continue
        denied = _words(m.group(1))
        for o in reversed(sents[max(0, i - WINDOW):i]):        # the nearest claim first
            other = _claimant(art, o, res, unnamed=True)
            if not other or DENIED_THAT.search(o.text) or one_side(who, other) or kin(who, other):
                continue
            if denied & _words(o.text):
                what = _TAIL.sub("", " ".join(m.group(1).split()[:8]))
                return Dispute(f"whether {what}: {other} vs {who}", [_claim(art, o, other), _claim(art, s, who)],
                               "occurrence")
    return None


@detector("denied_claim")
def denied_claim(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story."""
    return [d for art in articles if (d := _pair(art, ctx))][:1]
