"""A measure with no doer of its own inside what a party announces: the announcer took it.

Why: news copy reports measures through the authority that proclaims them, and the clause of
the measure itself often names no agent: a passive ("the ministry announced that the border
had been closed"), a pronoun whose announcer sits in a purpose clause ("troops went on air to
announce they had taken over"). The actor was left empty. "Announce", "declare" and "proclaim"
are performative: an authority that announces a measure is the one enacting it, which "say" or
"report" do not imply (a witness or a rights group says that arrests were made; it did not
make them). Only the announcement's content clause is read; a measure named as the verb's
object is left to the parser's own rules. A harm is never read this way ("the ministry
announced that 40 were killed" names no killer), and a broadcaster only voices its owner
("the army's radio announced ...": the army).
"""
from __future__ import annotations

from ..nlp import lemma_in, pos
from .actors import is_party

# verbs by which an authority enacts what it makes known
ANNOUNCE = {"announce", "declare", "proclaim"}
# measure types an announcer takes; a harm (ASSAULT) or a statement type is not
MEASURES = {"COERCE", "SANCTION", "RETREAT", "MOBILIZE"}
# relations that keep a token inside the content of the verb above it (an auxiliary: its own verb)
_CONTENT = {"ccomp", "dobj", "conj", "nsubjpass", "nsubj", "xcomp", "pobj", "prep", "acl", "aux", "auxpass"}
# heads of a medium that carries a party's announcement without being that party
MEDIA = {"television", "tv", "radio", "channel", "broadcaster", "newspaper", "agency", "media",
         "outlet", "station", "website", "account"}
_PRONOUNS = {"it", "they", "he", "she", "we"}


def _announcing_verb(tok):
    """The announcing verb whose content clause holds `tok`, climbing at most four relations
    and never past a verb that has a party subject of its own (that party acted). A measure
    that is only the verb's object ("a member state announced the closure of its ports") is
    left alone: such an object is often a member's share of a joint measure, told under the
    bloc's act (dev: naming the member split it from the bloc's record)."""
    t = tok
    for _ in range(4):
        if t.dep_ not in _CONTENT or t.head.i == t.i:
            return None
        dep, t = t.dep_, t.head
        if pos(t) in ("VERB", "AUX") and lemma_in(t, ANNOUNCE):
            return t if dep == "ccomp" else None
        if pos(t) in ("VERB", "AUX") and any(c.dep_ == "nsubj" and is_party(c) and c.lower_ not in _PRONOUNS
                                              for c in t.children):
            return None
    return None


def _subject_of(verb):
    """The party subject of `verb`, or of the verb a purpose clause ("went on air to announce")
    hangs on; a passive announcing verb has none."""
    for _ in range(2):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj if is_party(subj) else None
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _voice_of(party):
    """A medium stands for its owner ("the army's radio"), else for no one."""
    if not lemma_in(party, MEDIA):
        return party
    owner = next((c for c in party.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    return owner if owner is not None and is_party(owner) else None


def announcer(tok, typ: str, actor):
    """The party that announced the measure at `tok` when the measure's clause names no doer
    (no actor, or an "it" / "they" that is the announcement's own subject), else `actor`."""
    if tok is None or typ not in MEASURES or lemma_in(tok, {"be"}):
        return actor        # a bare "be" reads as a state ("are in custody"), not a measure taken
    if actor is not None and actor.lower_ not in ("it", "they"):
        return actor
    verb = _announcing_verb(tok)
    subj = _subject_of(verb) if verb is not None else None
    if subj is None or (actor is not None and subj.i == actor.i):
        return actor
    return _voice_of(subj) or actor
