"""Acts the trigger table alone misreads: a standing measure prolonged, a party leaving a place,
and a decision stated beside a clause that names a past year.

Why: a prolonged measure ("the state of emergency declared last year ... will be extended")
names when the measure began, so the sentence looks like history and the row's gap words
cannot reach back over its long subject; leaving a city is a withdrawal (PLOVER RETREAT) only
for a party that worked or held it there (an aid group, an embassy, troops), not for a resident
or a travelling leader; and "officials who have overseen the port since 2014" describes the
recipient of today's house arrest, not a running count.
"""
from __future__ import annotations

import re

from .plover_more import DISSOLVE

MEASURE = re.compile(r"\b(?:state of (?:emergency|siege)|emergency (?:powers|rule|measures|law)|martial law|"
                     r"curfews?|(?:travel |entry )?bans?|sanctions|embargo|border controls|border checks|detention|"
                     r"house arrest|blockade|lockdown)\b", re.I)
PROLONG = re.compile(r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)\b", re.I)
PARTY = re.compile(r"\b(?:aid|doctors|charit(?:y|ies)|organi[sz]ations?|agenc(?:y|ies)|ngos?|msf|"
                   r"m[ée]decins sans fronti[èe]res|red cross|red crescent|united nations|u\.n\.|embassy|embassies|"
                   r"diplomats|staff|mission|peacekeepers|troops|forces|army|soldiers|militants|rebels|fighters|"
                   r"insurgents|militia|workers)\b", re.I)
# "who have overseen storage and security since 2014": a clause that describes a party
PARTY_SINCE = re.compile(r"\b(?:who|which|that) (?:have|has|had)\b[^,.;]{0,80}?\bsince (?:19|20)\d\d", re.I)
DECISIONS = {"COERCE", "SANCTION", "MOBILIZE", "RETREAT", "CONCEDE"}
# power taken: a seizure only by armed men or the body they form ("the colonels ... took power")
POWER = re.compile(r"\bpower\b|\bin charge\b|\bcharge of\b", re.I)
ARMED = re.compile(r"\b(?:soldiers|troops|military|army|mutin\w*|junta|officers|generals|colonels|coup|putsch|"
                   r"rebels|insurgents|militants|militias?|armed forces|security forces)\b", re.I)

# a ruler put out (plover_more's ousting row)
OUST = re.compile(r"(?:overthr|oust|depos|toppl|(?:removed|forced|driven) (?:[\w'’-]+ )?from)", re.I)
# "removed from office" is also what a president does to a minister: only beside an armed body
REMOVED = re.compile(r"(?:removed|forced|driven) ", re.I)
# civil rule suspended (plover_more's dissolution row)
DISSOLVED = re.compile(r"\b(?:dissol|suspen|dismiss|abolish|abrogat)", re.I)
# what no lawful office dissolves: a parliament may be dissolved for an election, a constitution
# or all the state's institutions only by those who took power
LAWLESS = re.compile(r"\b(?:constitution|institutions)\b", re.I)
# a ruler put out by votes, not by force ("ousted in a no-confidence vote", "deposed by the party")
BALLOT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|elections?|electoral|impeach\w*|no-confidence|"
                    r"confidence motion|lawmakers|legislators|mps|parliament voted|party members|shareholders|board)\b",
                    re.I)

# a participle used as an epithet: it stands before a title, after nothing, a determiner, a
# possessive, a preposition or a conjunction
TITLE_AFTER = re.compile(r"\s+(?:(?:former|long-?time|veteran|elected|civilian|military|islamist|exiled)\s+)?"
                         r"(?:presidents?|prime ministers?|premiers?|leaders?|rulers?|kings?|dictators?|regimes?|"
                         r"governments?|strongman|heads? of state|chiefs?|generals?|ministers?|governors?)\b", re.I)
EPITHET_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|former|of|for|to|with|by|and|or|from|about|against|on|under|his|"
                            r"her|its|their|our)\s+|['’]s\s+|[,;:(“\"]\s*)$", re.I)


def prolonged(text: str) -> bool:
    """The sentence tells a standing measure prolonged (past.py: its past time is the
    measure's start, not the act's)."""
    return bool(PROLONG.search(text) and MEASURE.search(text))


def grounded(text: str, tr) -> bool:
    """False for an extension whose sentence names no standing measure ("the contract was
    extended"), a leaving with no such party before it, power taken with no armed body
    before it, a government or parliament dissolved with no armed body in the sentence (a
    leader calling an election does that; a constitution suspended needs none), a ruler
    ousted by a vote, or one "removed from office" with no armed body in the sentence."""
    if tr.mode == "extend":
        return bool(MEASURE.search(text))
    if tr.mode == "leave":
        return bool(PARTY.search(text[:tr.start]))
    if tr.mode == "seize" and OUST.match(tr.text):
        if REMOVED.match(tr.text) and not ARMED.search(text):
            return False
        return not BALLOT.search(text) and not epithet(text, tr)
    if tr.type == "COERCE" and POWER.search(tr.text):
        return bool(ARMED.search(text[:tr.start]))
    if tr.kind == "verb" and tr.mode == DISSOLVE and DISSOLVED.search(tr.text):
        return bool(LAWLESS.search(tr.text) or ARMED.search(text))
    return True


def epithet(text: str, tr) -> bool:
    """"the ousted president", "Deposed leader X said": the participle names who someone is
    (the act is background), where "soldiers ousted the president" tells it."""
    return bool(TITLE_AFTER.match(text, tr.end) and EPITHET_BEFORE.search(text[:tr.start]))


def absorb_measure(trigs: list) -> list:
    """Without the standing measure's own trigger when the sentence prolongs it: "the curfew
    ... was extended" is one act, the extension."""
    if not any(t.mode == "extend" for t in trigs):
        return trigs
    return [t for t in trigs if not (t.kind == "state" and t.type == "COERCE")]


# "a curfew imposed after the bombings was lifted": the lifting row's span opens with
# the measure and the participle that tells its imposition
IMPOSED = re.compile(r"^(curfews?|state of (?:emergency|siege)|martial law|blockade|ban)\s+(?:[\w'’-]+\s+)?"
                     r"(?:imposed|declared|ordered|introduced)\b", re.I)


def imposed_in_lift(trigs: list) -> list:
    """The sentence's triggers plus the imposition a lifting names: "a curfew imposed after
    the blasts was lifted" tells two acts, the curfew (COERCE) and its end (CONCEDE), but the
    lifting row's span covers both words, so the curfew's own row never matches."""
    out = list(trigs)
    for t in trigs:
        m = IMPOSED.match(t.text) if t.type == "CONCEDE" else None
        if m:
            mode = "curfew" if m.group(1).lower().startswith("curfew") else "state of emergency"
            out.append(type(t)(t.start, t.start + m.end(1), "COERCE", mode, "state", m.group(1)))
    return sorted(out, key=lambda t: t.start)


def leaver_ok(tr, actor: str | None) -> bool:
    """Leaving a place codes only when the one who leaves is such a party ("aid workers said
    families left the town" is no withdrawal)."""
    return tr.mode != "leave" or bool(actor and PARTY.search(actor))


def setting(historical: bool, cumulative: bool, tr, text: str) -> bool:
    """Whether the sentence's past time makes this trigger the setting of the news (it may
    join an event, not start one)."""
    return (historical and tr.mode != "extend") or running(cumulative, tr, text)


# a "since" phrase hung on a noun of the subject ("the union behind strikes since May voiced
# support"): it dates what the noun names; one opening the sentence or after a comma, or one
# after a verb, dates the clause
NOUN_SINCE = re.compile(r"^(?:(?!\b(?:has|have|had|been|is|are|was|were|be|will|would|can|could|may|might|"
                        r"[a-z]+ed)\b)[^,;:])*?\b[a-z][\w'’-]* since\b")
STANCES = DECISIONS | {"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "AGREE", "THREATEN"}


def running(cumulative: bool, tr, text: str) -> bool:
    """A "since 2014" clause makes a toll or a fight a running count, but a decision or a
    stance beside a clause or a noun phrase that only describes a party is still today's act."""
    return cumulative and not (tr.kind == "verb" and (
        (tr.type in DECISIONS and PARTY_SINCE.search(text)) or
        (tr.type in STANCES and NOUN_SINCE.search(text[:tr.start]) and "since" not in text[tr.start:].lower())))


def undescribed(text: str) -> str:
    """The sentence without the years of such a describing clause, so they do not mark it as
    history."""
    return PARTY_SINCE.sub(lambda m: m.group(0)[:-4], text)
