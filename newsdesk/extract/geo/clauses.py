"""Which clause a place phrase sits in, relative to the act's trigger.

A place is the site of the act only when it modifies the act's own predicate. News sentences
also place the parties and other happenings: a clause describing a party ("a group banned in
X", "militants who trained in Y"), the goal of another verb ("so that refugees could travel
on to Z"), or an earlier act set days or weeks apart to compare ("came a week after gunmen
killed dozens in W"). Such names are read off the dependency parse, never off lists of
places, so the rule holds for any name. attach.attached_role asks `earlier_act` first (such
a name votes for no article place either); roles.role asks `aside_role` last, after the
more specific roles (a border's far side, a destination, a possessive owner).
"""
from __future__ import annotations

from newsdesk.nlp import doc_text, pos

# units that put another act days or more apart: "a week after", "two months before";
# hours and minutes usually tell the same act's own course ("seven hours after they entered")
DISTANT_UNITS = {"day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years",
                 "decade", "decades"}
TIME_LINKS = {"after", "before", "since"}
_SPAN_STEMS = ("day", "week", "fortnight", "month", "year", "decade")     # in every DISTANT_UNITS word
# prepositions of a goal: on another verb, where something went or should go, not where the
# act happened ("fired into the town" is the trigger's own and never reaches this test)
GOAL_PREPS = {"to", "toward", "towards"}


def _is_verb(tok) -> bool:
    return tok.tag_.startswith("VB")


def _governing_verb(head):
    """The first verb above the place name: the predicate its phrase modifies."""
    for t in head.ancestors:
        if _is_verb(t):
            return t
    return None


def _dominates(top, tok) -> bool:
    """`tok in top.subtree`, by walking up from `tok`: a subtree (the whole sentence under
    the root) costs a Token object per word, the path up only a few."""
    if tok.doc is not top.doc:
        return False
    for _ in range(len(tok.doc)):
        if tok.i == top.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_clause(verb, trigger) -> bool:
    """The verb is the trigger, one of the words the trigger hangs under, a clause that holds
    the trigger, or a clause hanging on the trigger's own phrase with no other verb between
    ("killed gunmen holed up in X", "banned citizens from travelling to Y"): then the place
    belongs to the act itself (where its targets were, what it is about)."""
    if verb.i == trigger.i or _dominates(verb, trigger):     # the trigger itself or under it
        return True
    for t in verb.ancestors:
        if t.i == trigger.i:
            return True
        if _is_verb(t):
            return False
    return False


def _has_span_words(doc) -> bool:
    """The sentence names a span of days and a time link at all (memoised on the Doc: most
    sentences do not, and their places need no walk up the tree)."""
    got = doc.user_data.get("nd_spans")
    if got is None:
        text = doc_text(doc).lower()      # a word absent from the text is in no token: skip the walk
        got = any(w in text for w in _SPAN_STEMS) and any(w in text for w in TIME_LINKS)
        if got:
            low = {t.lower_ for t in doc}
            got = bool(low & DISTANT_UNITS and low & TIME_LINKS)
        doc.user_data["nd_spans"] = got
    return got


def distanced_clause(head):
    """The "a week after ..." clause or phrase the name sits in, else None: an act set a
    measured span of days or more apart from the sentence's main one."""
    if not _has_span_words(head.doc):
        return None
    for t in head.ancestors:
        units = [c for c in t.children if c.dep_ == "npadvmod" and c.lower_ in DISTANT_UNITS]
        if t.lower_ in TIME_LINKS and t.dep_ == "prep" and units:
            return t                               # "a week after the attack in Paris"
        if units and any(c.dep_ == "mark" and c.lower_ in TIME_LINKS for c in t.children):
            return t                               # "a week after militants killed ... in Paris"
    return None


def earlier_act(head, trigger=None) -> bool:
    """The name is the site of an act set days or more apart, and the trigger (if any) is not
    that act: it neither places the trigger nor votes for the article's place."""
    clause = distanced_clause(head)
    return clause is not None and (trigger is None or not _dominates(clause, trigger))


def aside_role(head, trigger) -> str | None:
    """'aside' when the name places a party through a clause describing it ("a group banned
    in X") and 'onward' when it is the goal of another verb ("refugees left for Y, heading
    on to Z"), else None. Only clauses apart from the trigger's own count."""
    if trigger is None:
        return None
    verb = _governing_verb(head)
    if verb is None or _own_clause(verb, trigger):
        return None
    if verb.dep_ in ("acl", "relcl") and pos(verb.head) in ("NOUN", "PROPN", "PRON"):
        return "aside"
    prep = head.head
    if prep.dep_ == "prep" and prep.lower_ in GOAL_PREPS and head.dep_ == "pobj" and \
            _on_verb(prep, verb):
        return "onward"
    return None


def _on_verb(prep, verb) -> bool:
    """The goal phrase hangs on the verb itself, or on a word completing it ("travel
    unhindered to Z"), not on a noun or an adjective of a noun ("loyal to Z")."""
    h = prep.head
    return h.i == verb.i or h.head.i == verb.i and h.dep_ in ("dobj", "acomp", "advmod", "oprd", "xcomp")
