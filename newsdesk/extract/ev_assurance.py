"""Promises about what someone else will do: an assurance, not an agreement (AGREE).

Why: PLOVER codes a promise as AGREE because the promiser commits itself to a party ("the
rebels promised to free the hostages", "Iran promised it would allow inspectors"). A leader
who "pledged police would fully investigate" or vowed to residents "that the measures would
not affect them" commits nobody to anyone: it reassures the public about another body's
acts or about how things will go. No gold set (dev, sets 21-23) codes a promise as AGREE;
the two of this shape there are non-events. Promises of the promiser's own act stay AGREE.
"""
from __future__ import annotations

from ..nlp import pos

_PROMISE = ("promis", "pledg", "vow", "swor", "swear", "assur", "guarante")


def assurance(tok, tr) -> bool:
    """The AGREE trigger is a promise verb whose promised clause has a noun subject of its
    own ("pledged police would investigate"), not a pronoun standing for the promiser."""
    if tok is None or tr.type != "AGREE" or not tok.lower_.startswith(_PROMISE) or pos(tok) != "VERB":
        return False
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_.startswith("NN"):      # not "it", "they": the promiser
            return True
    return False
