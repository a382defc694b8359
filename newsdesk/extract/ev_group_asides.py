"""Attack statements that name an attack only as an aside of another act (ev_group.py).

Why: a report of an attack goes on with what others did about it: a government condemns
"the air strikes", a leader is "shocked by the attack", a ministry calls "the supposed
attack" a hoax or denies any "role in" the raids, a general accuses rivals of "incitement to
violence", an analyst speaks of "such attacks" or of "attacks that were praised" by a group,
a state commits "90 warplanes" to a campaign. Each names an attack word, but the sentence's
act is the condemnation, the denial, the justification, a class of acts or a force
committed; a toll word in someone's forecast ("warned more raids could ... kill any hope of
talks") tells no death. Grouped as tellings of the attack, they carry that other act into
the attack's record (and its places or figures split the record). A statement that gives
the attack its own toll or attacker still tells it and is kept. Likewise a place named only
in a likeness to another act ("similarities to a bombing in ...") is that act's, not this one's.
"""
from __future__ import annotations

import re

from . import ev_group_prior as P, ev_group_reprisal as Q, ev_group_apart as V
from .ev_group_elsewhere import mark_elsewhere
from .ev_group_fresh import mark_fresh_retold
from .ev_group_included import mark_included
from .ev_group_lynch import mark_lynchings
from .ev_group_trend import trend

# the act as the direct object of a condemnation: "condemned the Ostra-led air strikes on ..."
_CONDEMNED = re.compile(r"\b(?:condemn|denounc|deplor|decr(?:y|ie)|slam)\w*\s+(?:[\w'\u2019-]+\s+){0,3}$",
                        re.I)
# the act as what a reaction is to: "shocked by the attack in X", "saddened at the bombing"
_REACTED = re.compile(r"\b(?:shocked|saddened|appalled|horrified|outraged|sickened|heartbroken|devastated)\s+"
                      r"(?:by|at|over)\s+(?:the|this|that|these|those|such)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)
# the act as what someone is denied, suspected or asked to be behind: "denied any role in the
# raids", "asked whether the army was behind the bombing", "suspected of involvement in the
# blasts", "no evidence that X was behind the attacks", "the cell responsible for the attack
# was set up in ..." ("two attackers behind the blasts", "X was responsible for it" tell it)
_CULPRIT = re.compile(r"(?:\b(?:deni\w*|den(?:y|ies)|reject\w*|dismiss\w*|suspect\w*|no|not|never|whether|"
                      r"who|question\w*)\b[^.;]{0,50}?\b(?:(?:involved|involvement|role)\s+in|behind|"
                      r"responsible\s+for)"
                      r"|\b(?:no|any|little|scant)\s+evidence(?:\s+that)?"
                      r"|\bthe\s+(?:group|man|men|cell|network|organi[sz]ation)\s+responsible\s+for)"
                      r"\s+(?:the\s+|these\s+|those\s+|any\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
# the act as the subject of a denial: "The supposed attack in X was a hoax / a fabrication"
_DENIED = re.compile(r"^[^.;:]{0,80}?\b(?:is|was|are|were)\s+(?:(?:a|an|one\s+of\s+the|all|just|simply|"
                     r"nothing\s+but|pure|merely)\s+)*(?:fake|fabricat\w*|hoax\w*|false|lies?|"
                     r"made[- ]up|invented|propaganda)\b", re.I)
# the act as what is incited, called for, feared or risked: "incitement to violence"
_UNREAL = re.compile(r"\b(?:incit\w+|call(?:s|ed|ing)?\s+for|threat(?:s|ened)?\s+of|fears?\s+of|risk\s+of|"
                     r"danger\s+of|prospect\s+of|warn\w*\s+of)\s+(?:to\s+)?(?:an?\s+|the\s+|more\s+|further\s+)?"
                     r"(?:[\w-]+\s+)?$", re.I)
# a class of acts: "such attacks", "similar bombings", "attacks that were praised by ..."
_SUCH = re.compile(r"\b(?:such|similar)\s+(?:[\w-]+\s+)?$", re.I)
_DEFINED = re.compile(r"^\s+(?:that|which)\s+(?:were|are|had|have|it|they|he|she)\b", re.I)
_DETERMINED = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her|our|a|an|\w+['\u2019]s)\s+"
                         r"(?:[\w-]+\s+)?$", re.I)
# a force committed: "has committed 90 warplanes", "some 60 fighter jets"
_FORCE = re.compile(r"^(?:war)?(?:planes?|jets?|aircraft|warships?|drones?|helicopters?|bombers)$", re.I)
_COUNTED = re.compile(r"\b(?:\d[\d,]*|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?$", re.I)


# a death foretold in someone's words: "warned that more raids could ... kill any hope of talks"
_FORETOLD = re.compile(r"\b(?:said|says|warned|argued|claimed|added)\b[^.;]{0,80}?"
                       r"\b(?:would|could|might|may|will)\s+(?:[\w'\u2019-]+,?\s+){0,8}$", re.I)


def _class_of_acts(tr, text: str) -> bool:
    if tr.kind != "noun" or not tr.text.lower().endswith("s"):
        return False
    before = text[max(0, tr.start - 40):tr.start]
    return bool(_SUCH.search(before)) or \
        (not _DETERMINED.search(before) and bool(_DEFINED.match(text[tr.end:])))


def _aside(tr, text: str) -> bool:
    """The trigger names the attack only as the object of another act's words."""
    if tr.kind == "toll":
        return bool(_FORETOLD.search(text[max(0, tr.start - 160):tr.start]))
    before = text[max(0, tr.start - 60):tr.start]
    return bool(_CONDEMNED.search(before) or _UNREAL.search(before) or _REACTED.search(before)
                or (tr.kind == "noun" and _CULPRIT.search(before))) or _class_of_acts(tr, text) or \
        (tr.kind == "noun" and bool(_DENIED.match(text[tr.end:]))) or \
        (bool(_FORCE.match(tr.text)) and bool(_COUNTED.search(before)))


# a habit, not an act: "is known to bomb ...", "often strikes ...", "stages regular attacks",
# "have attacked pipelines in the past"
_HABIT_BEFORE = re.compile(r"(?:\b(?:known|tends?|used)\s+to|\b(?:often|frequently|regularly|routinely|"
                           r"repeatedly|usually|commonly|previously|habitually))\s+(?:[\w'\u2019-]+\s+){0,2}$",
                           re.I)
_HABIT_NOUN = re.compile(r"\b(?:regular|frequent|repeated|occasional|periodic|routine|sporadic|recurr\w+|"
                         r"countless|numerous)\s+(?:[\w-]+\s+)?$", re.I)
_HABIT_AFTER = re.compile(r"^[^.;:]{0,80}?\b(?:in the past|over the years|for years|in recent years|"
                          r"over the (?:past|last) (?:\w+ )?(?:years|decades))\b", re.I)


def _habitual(tr, text: str) -> bool:
    """The trigger tells what a party does by habit or did before, not the act reported."""
    before = text[max(0, tr.start - 60):tr.start]
    return bool(_HABIT_BEFORE.search(before) or _HABIT_AFTER.match(text[tr.end:])
                or (tr.kind == "noun" and _HABIT_NOUN.search(before)))


# the act as the backing of another: "troops, backed by US airstrikes, began an offensive"
_BACKING = re.compile(r"(?:\b(?:backed|supported|aided|assisted|covered)\s+by|\bwith\s+(?:the\s+)?"
                      r"(?:help|support|backing|cover)\s+(?:of|from))\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}$",
                      re.I)


def _backing(tr, text: str) -> bool:
    return tr.kind != "toll" and bool(_BACKING.search(text[max(0, tr.start - 60):tr.start]))


def drop_asides(art, cands: list) -> list:
    """Attack statements with no toll or attacker whose every attack word is an aside of
    another act, and toll-less ones that only tell a habit or a trend (their doer may be
    named): they join no record and open none. So does the backing of another attack told in the same
    sentence ("backed by US airstrikes"): its backer is named, but the act is the one backed."""
    def dropped(c) -> bool:
        if c.type != "ASSAULT" or not c.triggers or c.dead is not None or c.injured is not None:
            return False
        text = art.sentences[c.sent].text
        backed = all(_backing(t, text) for t in c.triggers) and any(
            o is not c and o.sent == c.sent and o.type == c.type and not any(_backing(t, text) for t in o.triggers)
            for o in cands)
        return backed or (not c.actor and all(_aside(t, text) for t in c.triggers)) or \
            all(_habitual(t, text) or trend(t, text) for t in c.triggers)
    return [c for c in cands if not dropped(c)]


def past_aside(c, g, linked) -> bool:
    """A statement of words or deals set in an earlier year ("a pact it signed in 2026")
    joins a statement of today only when a name links them, not by sitting beside it; the
    vetoes of ev_group_apart.py (a reply strike, a killing of another day or by other means)
    keep a statement out whatever links it."""
    if V.apart(c, g):
        return True
    return c.type != "ASSAULT" and g.type != "ASSAULT" and getattr(c, "past", False) and not linked(g, c)


# a likeness drawn to another act: "because of similarities to a bombing in ...", "very
# similar to the raid on ...", "reminiscent of the siege of ..."
_LIKENESS = re.compile(r"\b(?:similarit(?:y|ies)\s+(?:to|with)|similar\s+to|resembl\w*|"
                       r"reminiscent\s+of|likened\s+to|compared\s+(?:to|with))\b", re.I)


def drop_other_places(art, cands: list) -> None:
    """Places (and tolls) a statement names for another act: a likeness drawn, a distance
    anchor, the act it came after (ev_group_prior.py); an "Also on Sunday," act elsewhere
    is marked as one of its own (ev_group_elsewhere.py), "another attack" after a lede's
    "fresh attacks" as a reference back (ev_group_fresh.py), and so is "This included the
    killing of two officers" after a toll (ev_group_included.py)."""
    drop_likeness_places(art, cands)
    P.drop_anchor_places(art, cands)
    P.mark_prior_acts(art, cands)
    Q.mark_reprisals(art, cands)
    mark_lynchings(art, cands)
    mark_elsewhere(art, cands)
    mark_fresh_retold(art, cands)
    mark_included(art, cands)


def drop_likeness_places(art, cands: list) -> None:
    """A place named only after a likeness cue is the compared act's, not this one's: it
    would set the statement apart from its own act ("another town") and place the record
    there. Places also named before the cue are kept."""
    for c in cands:
        text = art.sentences[c.sent].text
        cue = _LIKENESS.search(text)
        if cue is None or not c.places:
            continue
        head = text[:cue.start()]
        kept = [p for p in c.places if p in head or p not in text[cue.end():]]
        if len(kept) != len(c.places):
            c.places = kept
