"""A verbal act spoken inside a direct quotation is the speaker's own act.

events.py drops triggers inside quotations of six words or more: a witness's "they shot at
us" narrates a material act the reporter has not stated. But when the quoted words are
themselves a statement -- a denial, a warning, a plea ("'We ask them to stay out,' the
minister said") -- saying them IS the act, and its doer is the quote's teller, named outside
the quote by a speech verb. Only verbal acts qualify, and only when the quote gives them no
other doer (none, or a first-person one): "'He accused us of lying,' X said" stays dropped.
Two stance forms name a party that is not the doer: a charge judged in the trigger's own words
("'the claims are groundless'", whose subject is the thing rejected) and a threat told by its
modal or readiness ("'our troops are ready to strike if ...'", "'they will face a firm answer'"),
whose subject is the speaker's force or the target, never someone else who threatened.
"""
from __future__ import annotations

import re

from ..nlp import lemma_in, pos
from .ev_recalled import SPEECH_ACTS

FIRST_PERSON = {"i", "we", "me", "us"}
# what introduces a direct quotation; "add" / "go on" for a quote continued by the same teller
TELLING = {"say", "tell", "add", "insist", "state", "warn", "declare", "write", "go",
           "told", "wrote", "said"}


def quote_teller(doc, span: tuple[int, int]):
    """The subject of the speech verb outside quotation `span` (character offsets in the
    sentence) that introduces it, or None."""
    a, b = span
    for t in doc:
        if a <= t.idx < b or not lemma_in(t, TELLING):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and not a <= c.idx < b), None)
        if subj is not None:
            return subj
    return None


def spoken_act(doc, tr, tok, quoted: list[tuple[int, int]]):
    """The teller's token when trigger `tr` (token `tok`) is the speaker's own verbal act
    inside one of the `quoted` spans, told by a speech verb; else None (the trigger stays
    dropped)."""
    if tr.type not in SPEECH_ACTS or not (own_doer(tok) or stance_form(tr, tok)):
        return None
    span = next(((a, b) for a, b in quoted if a <= tr.start < b), None)
    if span is None:
        return None
    return _target_setter(tr, tok) or quote_teller(doc, span)


def _target_setter(tr, tok):
    """In "X will treat Y as legitimate targets" the subject X sets the targets: a named
    third party there is the one threatening, for whom the quoted speaker speaks."""
    if tr.type != "THREATEN" or tok is None or not tr.text.lower().startswith("as "):
        return None
    verb = _clause_verb(tok)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and pos(subj) == "PROPN" else None


# a threat's own form, opening with its modal or copula ("will face", "are ready to strike if") or
# naming the target ("as legitimate targets"), unlike a verb or noun that reports a threat someone
# made ("threatened", "gave them an ultimatum")
THREAT_FORM = re.compile(r"(?:will|would|shall|'ll|is|are|am|was|were|be|been|become|became|as|stands?|stood|"
                         r"remains?)\b", re.I)

# blame told as the copula's predicate ("'the regime is responsible for the deaths'"): its subject is
# the one blamed, and saying it is the speaker's charge
BLAME_FORM = re.compile(r"(?:is|are|was|were|be|been|being)\b(?:\s+\w+ly)?\s+(?:responsible|culpable)\b", re.I)


def stance_form(tr, tok) -> bool:
    """The trigger's wording carries the stance itself, so its clause's subject is no other
    doer: the subject lies inside the trigger's span (a charge judged false), or the trigger
    is a threat told by its modal or readiness ("they will pay", "are ready to strike if"),
    rather than by a word reporting someone's threat."""
    if tok is None:
        return False
    if tr.type == "ACCUSE" and BLAME_FORM.match(tr.text):
        return True         # the copula's clause is the charge, however the parser hangs it
    verb = _clause_verb(tok)
    if verb.dep_ in ("advcl", "relcl", "acl"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and tr.start <= subj.idx < tr.end:
        return True
    return tr.type == "THREATEN" and THREAT_FORM.match(tr.text) is not None


def _clause_verb(tok):
    verb = tok
    while pos(verb) not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def own_doer(tok) -> bool:
    """The speaker does the act: the trigger's clause has no subject or a first-person one
    ("we reject", "are asked not to"), and is stated, not a subordinate clause that frames
    another ("when we ask them ..."). A noun trigger's clause is its verb's ("The army gave
    them an ultimatum": the army's act, only told)."""
    if tok is None:
        return True
    verb = _clause_verb(tok)
    if verb.dep_ in ("advcl", "relcl", "acl"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.lower_ in FIRST_PERSON
