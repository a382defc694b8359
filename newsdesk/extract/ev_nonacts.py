"""Triggers that word something PLOVER does not code as an act of the day, each a rule of the
registry at the end (the events step asks `no_act`):
- what happens only if a condition holds ("If the mayor vetoes the plan, the council will
  override his veto");
- a denial held as a standing stance ("has repeatedly denied"): CAMEO's "deny responsibility"
  is a public statement (01x), which PLOVER leaves uncoded, and a stance repeated over time
  names no act on a day;
- a veto a party holds (a power, not its use); what a party failed to do; talks that broke down;
- wordings with no act between parties: a source asking not to be named, people sheltering in a
  building, a leader meeting his own staff, a man getting out of a car.
Beside them: a suspect giving himself up to police (the arrest is the act; PLOVER's surrender
is military, CAMEO 0874), and a party's home town, which is no place of its act."""
from __future__ import annotations

import re

from ..nlp import lemma_in, pos

# a sentence that opens on a condition: "If ...", "Unless ...", "In case ..."
_OPENS_ON_CONDITION = re.compile(r"^\W*(?:if|unless|in case|in the event that)\b", re.I)
# the main clause tells what will or could follow, not what was done
_MODALS = {"will", "would", "'ll", "’ll", "wo", "could", "can", "may", "might", "shall", "should"}


def _main_verb(tok):
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _modal_main(root) -> bool:
    """The main clause carries a modal or 'will': it tells what would follow the condition."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children)


def conditional_act(tok, tr, text: str) -> bool:
    """A sentence opening on 'if'/'unless' whose main clause is modal: every act in it is only
    possible ("If the board rejects the offer, the union will strike"). Violence keeps its
    mention, since 'if confirmed, the attack would be the deadliest' still tells the attack."""
    if tok is None or tr.type == "ASSAULT" or not _OPENS_ON_CONDITION.search(text):
        return False
    return _modal_main(_main_verb(tok))


# a lone suspect, not a force: "the gunman surrendered", "the suspect gave himself up"
SUSPECTS = {"gunman", "shooter", "suspect", "attacker", "assailant", "killer", "man", "woman",
            "teenager", "driver", "perpetrator", "bomber", "hijacker", "fugitive", "he", "she"}


def suspect_surrender(tr, actor_tok) -> bool:
    """'The gunman surrendered': a suspect giving himself up is the arrest's story (COERCE by
    the police), not a military surrender (RETREAT)."""
    if tr.type != "RETREAT" or actor_tok is None or not tr.text.lower().startswith("surrender"):
        return False
    return lemma_in(actor_tok, SUSPECTS) or actor_tok.lower_ in SUSPECTS


_STANDING = {"repeatedly", "consistently", "long", "always", "persistently", "continually",
             "routinely", "steadfastly", "previously"}


def standing_denial(tok, tr, text: str = "") -> bool:
    """'X has repeatedly denied using such weapons': a stance held over time (background to the
    story), no denial made on a day."""
    if tr.type != "REJECT" or tr.mode != "deny" or tok is None:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _STANDING for c in tok.children)


_HOLDING = {"have", "hold", "wield", "possess", "enjoy", "retain"}


def held_veto(tok, tr, text: str = "") -> bool:
    """'Moscow, which holds a veto', 'its veto power': the power to reject, not a rejection."""
    if tr.type != "REJECT" or tok is None or tr.text.lower() not in ("veto", "vetoes"):
        return False
    if pos(tok) not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "compound":
        return tok.head.lower_ in ("power", "powers", "right", "rights")
    return tok.dep_ == "dobj" and lemma_in(tok.head, _HOLDING)


def origin_tokens(role_toks) -> set:
    """The words of a party's origin ("a man from Allen, a suburb of Dallas"): where the person
    comes from is no place of the act."""
    out = set()
    for t in role_toks:
        if t is None:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                out.update(c.subtree)
    return out


_FAILING = {"fail"}
_BREAK = {"break", "broke", "broken"}
_ENDING = _BREAK | {"collapse", "stall", "founder", "falter", "fail"}


def failed_act(tok, tr, text: str = "") -> bool:
    """'The two sides failed to agree': what a party failed to do did not happen (an attempted
    attack is still an attack, and 'failed to reach a deal' is worded as a refusal)."""
    if tok is None or tr.type in ("ASSAULT", "REJECT"):
        return False
    return tok.dep_ == "xcomp" and lemma_in(tok.head, _FAILING)


def ended_talks(tok, tr, text: str = "") -> bool:
    """'Negotiations have broken down', 'talks collapsed': the talks' state is told, no meeting
    held on a day (the dev and tuning gold code none)."""
    if tr.type != "CONSULT" or tok is None or pos(tok) not in ("NOUN", "PROPN"):
        return False
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or not lemma_in(verb, _ENDING):
        return False
    return not lemma_in(verb, _BREAK) or any(c.lower_ in ("down", "off") for c in verb.children)


# a source's wish to stay unnamed: "who asked not to be named", "requested anonymity"
_ANONYMITY = re.compile(r"(?:ask|request)\w*\s+(?:not to be (?:named|identified|quoted)|(?:for )?anonymity)\b", re.I)


def anonymity(tok, tr, text: str) -> bool:
    """'An official who asked not to be named': the reporter's sourcing, no request between parties."""
    return tr.type == "REQUEST" and bool(_ANONYMITY.match(text[tr.start:]))


_SHELTER = {"refuge", "shelter", "cover", "safety"}


def sheltered(tok, tr, text: str) -> bool:
    """'Workers sought refuge in a building', '... where they had sought shelter': hiding from
    danger somewhere, not asking a party for asylum."""
    if tr.type != "REQUEST" or not re.search(r"\b(?:refuge|shelter|cover|safety)\b", tr.text, re.I):
        return False
    after = text[tr.end:tr.end + 40]
    before = text[max(0, tr.start - 60):tr.start]
    return bool(re.match(r"^\s*(?:in|inside|at|under|behind|on|among)\b", after, re.I)
                or re.search(r"\bwhere\s+(?:[\w'’-]+\s+){1,3}$", before, re.I) or not after.strip(" .,;"))


# one's own cabinet, advisers or security chiefs: a leader meeting them is the state deliberating
_OWN_BODIES = {"cabinet", "council", "advisers", "advisors", "aides", "ministers", "chiefs", "commanders",
               "generals", "officials", "team", "staff"}
_WITH_OWN = re.compile(r"^[^.;]{0,25}?\bwith\s+(?:his|her|their|its)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
                       + "|".join(sorted(_OWN_BODIES)) + r")\b", re.I)


def own_side_meeting(tok, tr, text: str) -> bool:
    """'a crisis meeting with her defence chiefs': a leader consulting his or her own
    government is no CONSULT between parties (dev gold: a security-cabinet meeting is no event)."""
    if tr.type != "CONSULT":
        return False
    return bool(_WITH_OWN.match(text[tr.end:]))


_VEHICLES = {"vehicle", "car", "van", "truck", "lorry", "bus", "taxi", "train", "boat"}


def left_vehicle(tok, tr, text: str) -> bool:
    """'He withdrew from the overturned car': a person getting out, no retreat from ground."""
    if tr.type != "RETREAT" or tr.mode != "withdraw":
        return False
    m = re.match(r"^\s+from\s+(?:the|a|an|his|her|their)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", text[tr.end:], re.I)
    return bool(m) and any(w.lower().rstrip("s") in _VEHICLES for w in m.group(1).split())


# each rule reads (token, trigger, sentence text)
_RULES = (conditional_act, standing_denial, held_veto, failed_act, ended_talks,
          anonymity, sheltered, own_side_meeting, left_vehicle)


def no_act(tok, tr, text: str) -> bool:
    """Any rule of the registry: the trigger tells no act of the day."""
    return any(rule(tok, tr, text) for rule in _RULES)
