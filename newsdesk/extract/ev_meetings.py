"""A meeting is an event between parties (PLOVER CONSULT): the checks that a meeting, visit or
call told in a sentence has a second party, kept apart from events.py for its size."""
from __future__ import annotations

from ..nlp import pos
from . import ev_names as N


def two_parties(tok, recip_tok) -> bool:
    """A meeting codes as CONSULT only between parties ("met Kerry", "a meeting with",
    "the two men spoke", "visited Russia"), not an internal "emergency meeting of security
    chiefs"."""
    if tok is None:
        return False
    if tok.head.lower_ in ("during", "on") and tok.head.i < tok.i:
        return False        # "During a visit to Vienna, Kerry said ...": the setting of a statement
    if tok.lower_.startswith("visit") and (recip_tok is not None or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to")):
        return True
    if tok.lower_.startswith("mediat") or tok.lower_ in ("summit", "lunch", "dinner", "breakfast"):
        return True
    if any(c.dep_ == "conj" for t in tok.children if t.dep_ == "nsubj" for c in t.children):
        return True         # "Israel and Lebanon renewed negotiations"
    if any(t.lower_ in ("with", "between") for t in tok.doc[tok.i + 1: tok.i + 7]):
        return True
    if recip_tok is not None and not (N.run_of(recip_tok) and N.well_known_place(recip_tok.text)):
        return True
    if any(c.lower_ in ("with", "between") and c.head == tok for c in tok.subtree):
        return True
    return paired_subject(tok)


def paired_subject(tok) -> bool:
    """The meeting's subject is itself a pair ("the two leaders met", "both sides held talks");
    a "two" elsewhere ("the mother of a two-year-old spoke") names no second party."""
    verb = tok if pos(tok) in ("VERB", "AUX") else tok.head
    pairs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + \
        [c for c in tok.children if c.dep_ == "poss"]       # "the two leaders' meeting"
    for subj in pairs:
        if subj.lower_ in ("two", "both") or any(
                c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "preconj")
                for c in subj.children):
            return True
    return False


def called_party(tok, tr):
    """The direct object of a meeting verb when it lies inside the trigger's own words ("phoned
    her counterpart"): the party called, which the role finder does not name. An object outside
    them ("met the standards", "was visiting her father") is left to the role finder."""
    if tok is None or pos(tok) != "VERB":
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and tr.start <= c.idx < tr.end), None)
