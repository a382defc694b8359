"""Attack words that count the act among others (ev_group_refs.py lists them).

Why: a report often ends a story's first telling by placing the act in a series: "it was
the fourth raid on the port since spring", "it is the second time this month that convoys
have been hit". The sentence is about the series, not the act: it names the act only as
"it" and counts it, and its attack words (the counted noun, or a clause on "the Nth time")
cover the earlier acts too, often with their own toll ("following the last one in May,
when 30 died"). Listed among the act's tellings it brings those acts into the record.

The test is syntactic. The sentence's main clause is a copula with a subject whose
predicate noun is counted by an ordinal ("the third attack", "the second time"), and every
attack word hangs below that clause rather than in a clause joined to it ("..., and killed
12 people" tells the act). A superlative ("the deadliest attack since 2010", "the second
deadliest") ranks the act itself and stays a telling. The same holds for a party's
campaign named as such: a statement with no toll or day of its own made only of plural
attack nouns owned by a party, with no figure ("the rebels have stepped up their raids on
the coast"); a day as owner ("Saturday's raids") only dates the acts.
"""
from __future__ import annotations

import re

from .ev_context import OWN_PUB
from .ev_group_refs import _DAY_WORD as _DAY, _noun_at

_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th))", re.I)
_BE = {"is", "was", "are", "were", "'s", "\u2019s"}
# a possessive just before a word ("their raids", "the army's air strikes")
_OWNER_BEFORE = re.compile(r"(?:\b(?:their|its|his|her|our)|'s|\u2019s)\s+(?:\w+\s+)?$", re.I)
# a span of time as possessor ("last week's raids")
_SPAN = re.compile(r"(?:day|night|morning|evening|weekend|week|month|year)s?", re.I)


def _counted(attr) -> bool:
    """The predicate noun carries an ordinal ("the third attack", "the 2nd time") and no
    superlative: "the second deadliest attack" ranks the act itself."""
    mods = [c for c in attr.children if c.dep_ == "amod"]
    return any(_ORDINAL.fullmatch(c.text) for c in mods) and not any(c.tag_ == "JJS" for c in mods)


def _counting_copula(doc):
    """The sentence's root if it is "<pronoun or noun> is the Nth <noun>", else None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lower_ not in _BE:
        return None
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    attr = [c for c in root.children if c.dep_ == "attr"]
    if not subj or not attr or not _counted(attr[0]):
        return None
    return root


def _under(tok, root) -> bool:
    """`tok` hangs below `root` without passing a clause joined to it by a conjunction."""
    while tok.i != root.i:
        if tok.dep_ == "conj" and tok.head.i == root.i or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def counts_series(doc, c) -> bool:
    """Every attack word of `c` lies in a main clause that counts the act in a series."""
    root = _counting_copula(doc)
    toks = [_noun_at(doc, t.start, t.end) for t in c.triggers]
    return root is not None and bool(toks) and all(t is not None and _under(t, root) for t in toks)


def _party_owner(tok) -> bool:
    """A possessor that is a party: "their", "the army's"; a day ("Saturday's raids") only
    dates the acts and names no campaign."""
    word = re.sub(r"\W", "", tok.text)     # a token may keep a stray backslash
    return tok.dep_ == "poss" and tok.ent_type_ not in ("DATE", "TIME") and \
        not (_DAY.fullmatch(word) or _SPAN.fullmatch(word))


def _campaign(tok) -> bool:
    """A plural attack noun owned by a party and not counted: "their raids", "the army's
    strikes"."""
    return tok is not None and tok.tag_ == "NNS" and any(map(_party_owner, tok.children)) \
        and not any(c.dep_ == "nummod" for c in tok.children)


def names_campaign(doc, c) -> bool:
    """The statement, with no toll, attacker or day, is made of campaign nouns only."""
    if c.dead is not None or c.injured is not None or int(c.date_explicit or 0) >= OWN_PUB:
        return False
    toks = [_noun_at(doc, t.start, t.end) for t in c.triggers]
    return bool(toks) and all(t.kind == "noun" for t in c.triggers) and all(map(_campaign, toks))


def may_count(text: str, c) -> bool:
    """A cheap test before the parse: the sentence has an ordinal word, or every attack
    word of `c` is plural after a possessive."""
    return bool(re.search(r"\b" + _ORDINAL.pattern + r"\b", text, re.I)) or all(
        t.text.endswith("s") and _OWNER_BEFORE.search(text[:t.start]) for t in c.triggers)
