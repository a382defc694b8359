"""Whether a party was behind an act: "the Russian state was culpable for the attempted
murder" against "Russian officials have denied involvement".

Why a detector of its own: the denial detector pairs a rebuttal with accusations that name
the rebutting party after an accusing verb ("accused X of"), but responsibility is as often
stated with the party first ("X was culpable for / responsible for / behind the attack",
"X being involved in"), and the denial names no accuser ("denied involvement"); yet who was
behind an act, asserted by one side and denied by the accused, is the story's open question.
The signal is generic: a sentence names a party as responsible for an act, and another
sentence of the story, held by that same party (its officials, its ministry), denies
involvement, responsibility or a role. The accusing sentence must not be the accused's own
voice, and a hedged one ("whether it was behind", "who was behind") asserts nothing. A denial
of "their country's guilt" names the accused by the deniers' own state, so it answers a charge
against a state (whose leader's officials deny it need not carry the state's name).
"""
from __future__ import annotations

import re

from ..extract.actors import _alias
from ..model import Article, Dispute
from .dispute_sides import kin, one_side, party_names, side
from .disputes import _claim, _quoted_by, detector, holder

_PARTY = r"((?:[A-Z][\w'\u2019-]*\s+|the\s+){0,3}[A-Z][\w'\u2019-]*(?:\s+[a-z]+)?)"
# an act, not a duty ("responsible for the safety of its citizens")
_ACT_NOUN = (r"(?:attacks?|murders?|killings?|bombings?|poisoning|blasts?|assaults?|violence|explosions?|"
             r"strikes?|shootings?|deaths?|crash|fire|massacres?|downing|shelling|hacks?|hacking|abduction|"
             r"kidnapping|assassination)\b")
RESPONSIBLE = re.compile(_PARTY + r"\s+(?:(?:was|were|is|are|had\s+been)\s+(?:(?:\w+ly|somehow)\s+)?"
                         r"(?:(?:culpable|responsible|to\s+blame)\s+for|behind)|(?:being|was|were)\s+involved\s+in)\s+"
                         r"(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,3}?" + _ACT_NOUN)
_ROLE = r"(?:involvement|responsibility|role|culpability|complicity|part|hand|links?)"
# "their country's guilt": the deniers' own state as the one charged
_OWN_STATE = r"(?:its|their)\s+(?:own\s+)?(?:country|nation|state|government)['\u2019]s\s+"
_STATE_HEAD = re.compile(r"\b(?:state|government|regime)$", re.I)     # "the Dorn state"
OWN_STATE = re.compile(r"\bden(?:y|ies|ied|ying)\s+" + _OWN_STATE, re.I)
DENIED_ROLE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:any\s+|all\s+|its\s+|their\s+|"
                         + _OWN_STATE + r")?(?:[A-Z][\w-]+\s+)?"      # "denied any Dornish involvement"
                         r"(?:involvement|responsibility|role|culpability|guilt|being\s+behind|complicity|links?)\b"
                         # "denied it had any role", "denied playing a part in"
                         r"|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:(?:it|they)\s+(?:had|has|have|played)|"
                         r"having|playing)\s+(?:any|a)\s+" + _ROLE + r"\b"
                         # "denied it was behind the blasts", "denies that they were behind it"
                         r"|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:was|were|had\s+been)\s+"
                         r"(?:(?:\w+ly|somehow)\s+)?behind\b"
                         # the accused party rejecting the charge itself: "dismissed the accusation"
                         r"|\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed))\s+(?:the\s+)?"
                         r"(?:accusations?|allegations?|charges?|claims?)\b", re.I)
_NAME = r"((?:[A-Z][\w'\u2019-]*\s+|the\s+){0,3}[A-Z][\w'\u2019-]*)"      # no lowercase tail
# the party first as the object of a charge: "held Dorn responsible for the attack", "blamed Dorn for the bombing"
HELD = re.compile(r"\b(?:held|holds|holding|blam(?:ed|es|ing))\s+" + _NAME + r"\s+(?:responsible\s+)?for\s+"
                  r"(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,3}?" + _ACT_NOUN)
# the party after the act: "blamed the bombing on Dorn"
BLAMED_ON = re.compile(r"\bblam(?:ed|es|ing)\s+(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,3}?" + _ACT_NOUN + r"\s+on\s+"
                       r"((?:[A-Z][\w'\u2019-]*\s+|the\s+){0,3}[A-Z][\w'\u2019-]*"
                       r"(?:\s+(?:government|army|military|regime|forces|troops|authorities))?)")
# the party as the agent a holder names: "said Dorn had orchestrated the attack"
ORDERED = re.compile(r"\b(?:said|says|believes?|concluded|suspects?)\s+(?:that\s+)?" + _NAME +
                     r"\s+(?:had\s+|has\s+)?(?:orchestrated|ordered|masterminded|planned|sponsored|staged|"
                     r"carried\s+out)\s+"
                     r"(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,3}?" + _ACT_NOUN)
# the party as the sponsor of the agents: "carried out by militants backed by Dorn"
SPONSORED = re.compile(_ACT_NOUN + r"[^.;]{0,40}?\b(?:carried\s+out|staged|perpetrated|committed)\s+by\s+"
                       r"(?:[\w-]+\s+){1,3}?(?:backed|armed|sponsored|funded|sent|trained)\s+by\s+" + _NAME)
# the charge as a duty the party cannot shed: "the Dorn Front cannot absolve itself of blame",
# "Dorn bears responsibility for the bombing"
UNABSOLVED = re.compile(_NAME + r"\s+(?:(?:cannot|can\s?not|can['\u2019]t|could\s+not|will\s+not)\s+"
                        r"(?:absolve|escape|evade|shirk|avoid)\s+(?:(?:it|them|him|her)sel(?:f|ves)\s+(?:of|from)\s+)?"
                        r"(?:the\s+|its\s+|their\s+)?(?:blame|responsibility|culpability)\b|"
                        r"(?:bears?|bore)\s+(?:the\s+)?(?:full\s+|direct\s+)?(?:blame|responsibility)\s+for\s+"
                        r"(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,3}?" + _ACT_NOUN + ")")
# the party as the home of the agents a holder names: "an attempt on his life by state-sponsored
# actors in Dorn", "the bombing was the work of agents from Dorn"
BY_AGENTS = re.compile(r"(?:\battempt\s+on\s+[^.;]{0,40}?\blife|" + _ACT_NOUN + r")[^.;]{0,30}?\b(?:by|work\s+of)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:actors|agents|operatives|spies|intelligence\s+services|special\s+services)"
                       r"\s+(?:in|of|from)\s+" + _NAME)
# the blame idiom: "pointed the finger (of blame) at Dorn"
POINTED = re.compile(r"\bpoint(?:ed|s|ing)?\s+(?:the\s+|a\s+)?fingers?\s+(?:of\s+blame\s+)?at\s+" + _NAME)
_HEDGE = re.compile(r"\b(?:whether|if|who|what|which|not|never)\s+(?:\w+\s+){0,2}$", re.I)
_GENERIC = {"the", "he", "she", "it", "they", "this", "that", "who", "which"}


def accused(text: str) -> str | None:
    """The party a sentence states was responsible for an act, or None."""
    for m in [*RESPONSIBLE.finditer(text), *HELD.finditer(text), *BLAMED_ON.finditer(text), *ORDERED.finditer(text),
              *SPONSORED.finditer(text), *UNABSOLVED.finditer(text), *BY_AGENTS.finditer(text), *POINTED.finditer(text)]:
        party = m.group(1).strip()
        if party.split()[0].lower() in _GENERIC and len(party.split()) == 1:
            continue
        if not _HEDGE.search(text[max(0, m.start() - 30):m.start()]):
            return party
    return None


# who holds a party responsible in a sentence with no speech verb: its opening subject
# (or denies it: "The Dornish authorities have refuted the allegations")
_CHARGER = re.compile(r"^\W*((?:The\s+)?[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3}?)\s+(?:(?:have|has|had)\s+)?"
                      r"(?:held|holds|blam(?:ed|es)|den(?:ied|ies)|refut(?:ed|es)|reject(?:ed|s)|dismiss(?:ed|es))\s")
# the denied role naming its party: "denied any Dornish involvement"
_NAMED_ROLE = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:any\s+|all\s+)?([A-Z][\w-]+)\s+" + _ROLE + r"\b")


# who denies their own state's guilt: the denial's subject ("Dorn's aides continued to deny"), even
# when another's speech verb follows in the sentence
_DENIER = re.compile(r"((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*(?:\s+(?!ha[sd]\b|have\b)[a-z]+)?)\s+"
                     r"(?:(?:have|has|had)\s+)?(?:continued\s+to\s+)?den(?:y|ies|ied)\s+" + _OWN_STATE)
_OPENER = re.compile(r"^(?:While|As|But|And|Although|Though)\s+")


def _voice(art: Article, s, ctx: dict) -> str | None:
    own = _DENIER.search(s.text)
    if own:
        return _OPENER.sub("", own.group(1))
    m = _CHARGER.match(s.text)
    return holder(s.text, ctx["res"][art.id], s.start) or _quoted_by(art, s) or (m.group(1) if m else None)


def _seat(name: str) -> str:
    """A seat of power read as its state ("the Kremlin" -> Russia): the denier named by the
    seat answers a charge laid against the state."""
    return re.sub(r"\b[A-Z][a-z]{2,}\b", lambda m: _alias(m.group(0)) or m.group(0), name)


def _answers(party: str, who: str, denial: str) -> bool:
    """The denial is the charged party's: its holder is of that party (or of the seat of its
    power), or it denies its own state's guilt and the charge names a state."""
    return kin(party, who) or kin(party, _seat(who)) or bool(OWN_STATE.search(denial) and side(party) != "foes" and (
        _STATE_HEAD.search(party) or any(k.startswith("cc:") for k in party_names(party))))


@detector("involvement")
def involvement(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the accusations of a party against that party's denials."""
    charges, denials = [], []
    for art in articles:
        for s in ctx["sents"][art.id]:
            if DENIED_ROLE.search(s.text):
                who = _voice(art, s, ctx)
                if who:
                    denials.append((art, s, who))
            elif party := accused(s.text):
                charges.append((art, s, party, _voice(art, s, ctx) or art.outlet or art.id))
    for art, s, who in denials:
        named = _NAMED_ROLE.search(s.text)
        acc = [(a, c, p, h) for a, c, p, h in charges if (_answers(p, who, s.text) or named and kin(p, named.group(1)))
               and not one_side(h, who)]
        if acc:
            claims = [_claim(a, c, h) for a, c, _, h in acc[:4]] + [_claim(art, s, who)]
            return [Dispute(f"whether {acc[0][2]} was behind it: {acc[0][3]} vs {who}", claims, "accusation")]
    return []
