"""Attack words that only describe a party or thing inside another act's statement
(ev_group_refs.py lists them).

Why: coverage after an attack reports what parties said or did about it, and names the
attack again to say which one: a government "accused the neighbour of backing militants who
killed 40 people in the bombing", a council "blamed the rebels for the attack that left
dozens dead", a ministry "denied any part in the raid". The sentence tells the accusation,
the blame or the denial; its toll only identifies the act. Because it repeats the toll it
passed for a telling (ev_group_refs only takes bare attack nouns), and the attack's record
listed the statement.

The test is syntactic. The sentence holds a statement act (an accusation, a demand, a
denial: the verbal PLOVER types), and every attack word of the attack statement lies under
that act's trigger, inside a modifier rather than as the act's own content: in a relative
or infinitival clause on a noun ("militants who killed", "a place to plot attacks") or as
the object of a preposition ("blamed X for the attack", "the outcry over the bombing").
An attack told as the content itself ("accused the army of killing protesters", "condemned
the attack that killed 30": the attack is the object) is still a telling and stays listed.
"""
from __future__ import annotations

from .events import VERBAL as STATEMENT_TYPES     # a party's words or stance, not an act of force
from .ev_group_refs import _noun_at as _token

# dependency roles that make a phrase a modifier of a noun rather than a clause's argument
_MODIFIER_ROLES = {"relcl", "acl", "pobj"}
# clauses hanging on the statement ("blamed them for prolonging the war", "called for talks
# after the group claimed the attack"): they describe unless their own verb is the attack word
_CLAUSE_ROLES = {"pcomp", "advcl"}


def _path_up(tok, top):
    """The tokens from `tok` up to (not including) `top`, or None if `top` does not govern it."""
    path = []
    while tok.i != top.i:
        if tok.head.i == tok.i:
            return None
        path.append(tok)
        tok = tok.head
    return path


def _content(tok) -> bool:
    """The token heads a content clause: what someone says or reports ("said that ...",
    "rejected reports that the army shelled ..."), which tells the act it reports."""
    return tok.dep_ == "ccomp" or (tok.dep_ == "acl" and any(c.dep_ == "mark" for c in tok.children))


def _described_under(tok, act) -> bool:
    """`act` governs `tok`, and the way down passes through a noun modifier or through a
    subordinate clause whose verb is not the attack word itself, and through no content
    clause: "blamed havens for prolonging the war" describes the havens, "accused the army
    of killing" and "vowed revenge after the general was killed" tell the act."""
    path = _path_up(tok, act)
    return bool(path) and not any(_content(t) for t in path) and any(
        t.dep_ in _MODIFIER_ROLES or (t.dep_ in _CLAUSE_ROLES and t.i != tok.i) for t in path)


_SELF = {"it", "they", "we", "i"}


def _own_claim(head) -> bool:
    """A party's words about itself in reported speech ("the group said it was behind the
    attack"): a claim of responsibility, which tells the attack (its doer) and stays listed."""
    verb = head if head.tag_.startswith(("VB", "MD")) else head.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "ccomp" and bool(subj) and subj[0].lower_ in _SELF


def _statement_heads(doc, cands: list, sent: int) -> list:
    """The trigger tokens of the sentence's statement acts, leaving out own claims."""
    out = []
    for o in cands:
        if o.sent == sent and o.type in STATEMENT_TYPES:
            out += [tok for t in o.triggers if (tok := _token(doc, t.start, t.end)) is not None
                    and not _own_claim(tok)]
    return out


def inside_statement(doc, c, cands: list) -> bool:
    """Every attack word of `c` describes something inside one statement act of its sentence."""
    heads = _statement_heads(doc, cands, c.sent)
    toks = [_token(doc, t.start, t.end) for t in c.triggers]
    if not heads or not toks or any(t is None for t in toks):
        return False
    return any(all(_described_under(t, h) for t in toks) for h in heads)


def may_be_inside(cands: list, c) -> bool:
    """A cheap test before the parse: an attack statement beside a statement act."""
    return c.type == "ASSAULT" and bool(c.triggers) and any(
        o.sent == c.sent and o.type in STATEMENT_TYPES for o in cands)
