"""Generic present-tense statements: a sentence whose main verb is a present copula ("is",
"are") and that tells no act in the past ("Unlike other raids by the militia, this one is
well documented", "The menace of the movement is well known, with its atrocities met by
sanctions") says how things stand; an event noun inside it names a kind of act, not a
reported one.

Kept: the predicate itself ("This deal is a grave error" is the speaker's accusation); any
sentence with a past or perfect verb, a number or a day word, since a present copula also
carries fresh reports ("The toll from Monday's blast is 20"); and an ongoing state of
violence ("Heavy clashes are ongoing near the port", "Fighting remains fierce"), which is
the act itself, told as it goes on.

Why this runs after the article's places are read (events.py): the article's default place
(its focus city, its main country) is voted by the place names of its event sentences, and
a generic statement still tells where the coverage is; dropping its sentence from that vote
moved other events' places (dev location 0.871 -> 0.850 when this rule ran as a trigger
filter).
"""
from __future__ import annotations

import re

from ..nlp import doc_text, token_at

_BE = {"is", "are", "'s", "’s", "remains", "remain"}
_DAY = re.compile(r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|last (?:night|week|month))\b", re.I)
_PERFECT_AUX = {"has", "have", "had", "was", "were"}
# a copula that states violence going on now: the act itself, not a kind of act
_ONGOING = {"ongoing", "continuing", "underway", "raging", "intensifying", "escalating", "unabated",
            "persisting", "still"}
_PRECHECK = re.compile(r"\b(?:is|are|remains?)\b|['’]s\b", re.I)
_PREDICATES = ("attr", "acomp", "oprd", "ccomp", "xcomp")
_ADJUNCTS = ("prep", "advcl", "npadvmod")          # beside a present passive: "Unlike earlier raids, ..."
_DEFINITE = {"the", "this", "that", "these", "those"}


def may_be_generic(text: str) -> bool:
    """A cheap test before any parse: a present copula, and no day word or digit."""
    return bool(_PRECHECK.search(text)) and not _DAY.search(text) and not re.search(r"\d", text)


def _told_act(doc) -> bool:
    """A past tense, a perfect or passive past, or a number anywhere in the sentence."""
    for tok in doc:
        if tok.tag_ in ("VBD", "CD"):
            return True
        if tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT_AUX
                                     for c in tok.children):
            return True
    return False


def _ongoing(doc, root, node) -> bool:
    """The trigger's phrase is the copula's subject and the clause says it goes on
    ("clashes are ongoing", "fighting is still raging", "the siege remains in place")."""
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return root.lower_ in ("remains", "remain") or any(t.lower_ in _ONGOING for t in root.subtree)


def generic_statement(doc, start: int) -> bool:
    """Whether the trigger at char `start` of the parsed sentence `doc` is a noun inside a
    present copular clause that tells no act (see the module doc)."""
    text = doc_text(doc)            # memoised: Doc.text rebuilds the string from every token
    if not may_be_generic(text):
        return False
    tok = token_at(doc, start)
    if tok is None or not tok.tag_.startswith("NN"):
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or _told_act(doc):
        return False
    passive = _present_passive(root)
    if not passive and (root.lower_ not in _BE or root.tag_ not in ("VBZ", "VBP") or
                        any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children)):
        return False
    node = tok                      # the predicate (attr/acomp) or a word under it is the claim
    while node.head.i != node.i and node.head.i != root.i:
        node = node.head
    if node.i == root.i or node.dep_ in _PREDICATES or passive and node.dep_ not in _ADJUNCTS:
        return False
    if node is tok and node.dep_ in ("nsubj", "nsubjpass") and _specific(tok):
        return False                # "The attack on the convoy is a breach": that very act
    return not _ongoing(doc, root, node)


def _present_passive(root) -> bool:
    """"(this one) is well documented": a present passive with no other auxiliary."""
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass", "neg")]
    return root.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in ("is", "are")


def _specific(tok) -> bool:
    """A definite or possessed act noun ("the attack", "Sunday's raid") names one act."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def drop_generic(cands: list, doc) -> list:
    """The statements of one parsed sentence less those whose every trigger is generic."""
    if doc is None or not may_be_generic(doc_text(doc)):
        return cands
    return [c for c in cands if not c.triggers or
            not all(generic_statement(doc, t.start) for t in c.triggers)]
