"""Triggers that name an act still ahead or only set the scene, read from the parse:

- the act a deadline or timetable is set for ("before the Aug. 31 troop withdrawal deadline",
  "the deadline for the complete military withdrawal"): the withdrawal is scheduled, not done,
  whatever tense the sentence is in, so it starts no event;
- a promise told as the setting of another clause ("after the ministry promised a safe exit",
  "the rebels, who have promised peace"): a subordinate promise explains the main act and is no
  agreement of its own (a promise in the main clause is still read as AGREE).

Kept apart from context.py (modality and tense) because both read the noun or clause the
trigger hangs on, not the words around it.
"""
from __future__ import annotations

from ..nlp import lemma_in, pos

# nouns that fix when an act is due: what they are for has not happened yet
SCHEDULE_NOUNS = {"deadline", "timetable", "timeline", "schedule", "countdown", "cutoff", "cut-off"}
# prepositions that link a schedule to its act ("deadline for the withdrawal", "timetable of")
_LINKS = {"for", "of", "on"}
# clause roles that tell a promise as another act's setting
_SETTING_ROLES = {"relcl", "advcl", "acl"}
# subordinators that make a clause the time or cause of another
_SETTING_MARKS = {"after", "before", "since", "as", "when", "while", "once", "because"}


def scheduled(tok) -> bool:
    """The trigger noun is what a deadline or timetable is set for: directly ("withdrawal
    deadline", a compound) or through 'for'/'of' ("the deadline for the withdrawal")."""
    if tok is None or pos(tok) not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "compound" and lemma_in(head, SCHEDULE_NOUNS):
        return True
    return tok.dep_ == "pobj" and head.lower_ in _LINKS and head.head.i != head.i and \
        lemma_in(head.head, SCHEDULE_NOUNS)


def setting_promise(tok, tr) -> bool:
    """A promise (AGREE read from 'promised', 'pledged', a non-hostile vow) told in a relative
    or adverbial clause: the setting of the sentence's own act, not an agreement reached."""
    if tok is None or tr.type != "AGREE" or not lemma_in(tok, {"promise", "pledge", "vow", "swear"}):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in tok.children):
        return True     # "..., after the ministry promised a safe exit" even when parsed as the root
    return tok.dep_ in _SETTING_ROLES and tok.head.i != tok.i
