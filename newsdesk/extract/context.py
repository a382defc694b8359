"""Which trigger mentions are not events to record: negated, hypothetical, future (except
announced deployments and threats, whose future is their content), historical background.

Works on the spaCy parse of the one sentence: the trigger's own clause (its head verb and that
verb's auxiliaries, negation and subordinators) decides, so a negation or a "would" elsewhere
in a long sentence does not kill an event in another clause.
"""
from __future__ import annotations

from ..nlp import lemma_in, pos
from ..nlp.folded import folded

import re

MODALS = {"would", "could", "might", "may", "should", "shall", "must", "can", "will", "'ll", "wo"}
NEG = {"not", "n't", "never", "no", "without", "nor"}
# verbs that put what they govern in the future or in the unreal ("plans to send")
IRREALIS = {"plan", "intend", "want", "seek", "hope", "expect", "aim", "prepare", "propose",
            "consider", "threaten", "vow", "pledge", "promise", "wish", "urge", "invite", "call", "ask",
            "demand", "fear", "warn", "suggest", "may", "decide", "agree", "refuse", "need",
            "allow", "set", "likely", "unlikely", "able", "ready", "going", "order", "help", "design",
            "prevent", "stop", "block", "deny"}
CONDITION = {"if", "unless", "whether", "lest"}
# verbs whose object is an act that has not happened: "planning an attack", "foiled a plot to
# bomb", "the ability to prevent attacks", "planned on attacking churches"
PLOTTING = {"plan", "plot", "prevent", "foil", "thwart", "avert", "prepare", "intend"}
# types whose statement is itself future-facing: the act is the announcement / the threat
FUTURE_OK = {"MOBILIZE", "THREATEN", "REQUEST", "SANCTION"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
HISTORICAL = re.compile(
    r"\b(?:since (?:world war|the (?:19|20)\d\ds|the cold war)|(?:years|decades|centuries) ago|"
    r"last year|in the (?:19|20)\d0s|during the (?:civil war|iran-iraq war|war)|"
    r"(?:has|have) been fighting|for (?:more than )?(?:two|three|four|five|\d+) years|"
    r"(?:months|years)-long|ever since|history|historically|"
    r"worst (?:\w+\s+){0,4}since|bloodiest (?:\w+\s+){0,4}since|deadliest (?:\w+\s+){0,4}since)\b",
    re.I)
# stronger: the whole sentence is about the past ("similar attacks in the past"; "the previous
# night" is the night before the report, no past)
STRONG_HISTORY = re.compile(r"\b(?:in the past|previous(?:ly)?(?! (?:night|day|evening|morning|afternoon)\b)|"
                            r"similar attacks|years ago|decades ago|"
                            r"earlier this year|(?:several|a few|some|two|three|four|five|six) months ago|"
                            r"over the (?:past|last) (?:few |several |two |three |\d+ )?(?:years|decades)|"
                            r"last year|have been fighting|for (?:over |more than |nearly |almost )?(?:a|one|two|three|\d+) "
                            r"(?:years?|decades?))\b", re.I)


def clause_head(tok):
    """The verb that heads the trigger's clause (the token itself when it is a verb)."""
    t = tok
    for _ in range(6):
        if pos(t) in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _modal_or_neg(verb) -> str | None:
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "neg" or low in ("not", "n't", "never"):
            return "negated"
        if c.dep_ == "aux" and low in MODALS:
            return "future" if low in ("will", "'ll", "wo", "shall") else "hypothetical"
        if c.dep_ == "mark" and low in CONDITION:
            return "hypothetical"
    return None


def excluded(tok, typ: str, sent_text: str, published_year: int | None) -> str | None:
    """A reason to drop this trigger ("negated", "hypothetical", "future", "historical"),
    or None to keep it. `tok` is the trigger's spaCy token (or None: only text rules)."""
    if tok is not None:
        # nominal trigger negated directly: "no attacks", "without violence"
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return "negated"
            if c.dep_ == "det" and c.lower_ == "any" and pos(tok) == "NOUN":
                return "hypothetical"       # "to hinder any assault": no attack in particular
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("no", "without"):
            return "negated"
        verb = clause_head(tok)
        why = "hypothetical" if _plotted(tok) else _modal_or_neg(verb)
        # climb through xcomp/ccomp chains: "plans to send", "said it would withdraw"
        t, hops = verb, 0
        if why is None and any(c.lower_ == "had" for c in verb.children) and verb.tag_ == "VBG":
            why = "background"      # "protesters had been demanding": a standing state
        while why is None and hops < 4 and t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl",
                                                      "relcl", "pcomp") and t.head.i != t.i:
            if t.dep_ == "advcl" and any(c.lower_ in CONDITION for c in t.children):
                why = "hypothetical"
                break
            if t.dep_ == "xcomp" and lemma_in(t.head, IRREALIS):
                why = "future"
                break
            if t.dep_ in ("relcl", "acl") or (t.dep_ == "advcl" and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
                break
            t = t.head
            hops += 1
            if t.dep_ != "conj" or hops > 1:
                w = _modal_or_neg(t)
                if w == "negated" and t is not verb:
                    w = None   # "did not say X attacked" is rare; the outer negation is reporting
                why = why or w
        if why == "future" and typ in FUTURE_OK:
            why = None
        if why == "hypothetical" and typ in ("MOBILIZE",) and "plan" in sent_text.lower():
            why = None
        if why:
            return why
    if published_year and _historical(sent_text, published_year):
        return "historical"
    return None


def _plotted(tok) -> bool:
    """The trigger is what a plotting verb governs ("planning an attack", "planned on
    attacking"): the act is an aim, not an event."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("dobj", "pobj", "pcomp", "prep") or t.head.i == t.i:
            return False
        t = t.head
        if pos(t) in ("VERB", "AUX"):
            return lemma_in(t, PLOTTING)
    return False


def _historical(text: str, year: int) -> bool:
    """A year well before publication stated in the sentence, or a background phrase."""
    years = [int(y) for y in YEAR.findall(text)]
    if years and max(years) < year - 0 and all(y < year for y in years) and not re.search(
            r"\b(?:on|since|from) \w+ \d{1,2}\b", text):
        return True
    return False


def strong_history(text: str) -> bool:
    return bool(folded(STRONG_HISTORY).search(text))      # nlp/folded: the same test, faster


def background(text: str) -> bool:
    """Background wording that marks a comparison with the past, not the event itself
    ("the worst attack in Europe since the Madrid bombings of 2004")."""
    return bool(folded(HISTORICAL).search(text))

# nouns that make a governed event unreal: "the threat of an attack", "warnings of a plot"
IRREALIS_NOUNS = {"threat", "warning", "fear", "risk", "plot", "plan", "possibility", "danger",
                  "prospect", "intention", "attempt_", "rumour", "rumor", "prevention"}


INTENT_HEADS = {"offer", "promise", "pledge", "agree", "plan", "prepare", "intend", "decide",
                "vow", "swear", "threaten", "willing", "ready", "prepared", "committed", "try"}


def modal_of(tok) -> str | None:
    """The modal or intent word governing a trigger's clause ("will", "must", "offer"), if any."""
    if tok is None:
        return None
    verb = clause_head(tok)
    t = verb
    for _ in range(3):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in MODALS:
                return c.lower_
            if c.dep_ == "mark" and c.lower_ in ("unless", "if"):
                return c.lower_
        if t.dep_ == "xcomp" and lemma_in(t.head, INTENT_HEADS):
            return t.head.lower_
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
    return None
