"""Attack words inside a party's judgement of the attack (ev_group_refs.py lists them).

Why: after an attack, the coverage reports what parties say about it: who they suspect
("the minister said a militia was the prime suspect in the bombing"), what they think it
was for ("the president said the attack was intended to derail the vote"), what it resembles
("the mayor said the blast was similar to last year's"). Such a sentence names the attack,
often as the subject of its clause, so the reference test counts it as a telling; but it
tells the party's statement, and listed among the attack's tellings it joins that
statement to the act.

The test is syntactic. The attack noun sits in the content clause of a stance predicate
with a subject (a verb of saying, or a predicate of certainty: "officials are confident
that ..."), and that clause judges rather than reports: a copula whose subject is someone
else, the noun hanging in its predicate ("X was the suspect in the attack", "X was behind
the bombing that killed 30"; not the party's own claim, "said it was behind"); or the
noun as subject of a predicate that relates the act to something else: an adjective with
its own complement ("was similar to ...") or a verb with an infinitive of aim ("was meant
to ...", "was carried out to ..."). "Police said the blast killed 14" or "said the attack
was the deadliest" still report the act and stay listed.
"""
from __future__ import annotations

import re

# verbs of saying and thinking, whose content clause is the speaker's statement
_SAYING = re.compile(r"\b(?:said|says|say|saying|claim(?:s|ed)?|stress(?:es|ed)?|insist(?:s|ed)?|"
                     r"argu(?:e|es|ed)|believ(?:e|es|ed)|suggest(?:s|ed)?|told|add(?:s|ed)|"
                     r"maintain(?:s|ed)?|assert(?:s|ed)?|declar(?:e|es|ed)|warn(?:s|ed)?)\b", re.I)
_BE = {"is", "was", "are", "were", "be", "been", "being", "'s", "\u2019s"}
# a copula and a predicate word opening a content clause ("are confident that", "is sure that")
_STANCE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?\w+\s+that\b", re.I)
# a possessive that makes the subject the speaker's own ("its fighters"): its own claim
_SELF = {"its", "their", "our", "my"}


def may_judge(text: str) -> bool:
    """A cheap test before the parse: the sentence has a verb of saying or a stance
    predicate opening a that-clause."""
    return bool(_SAYING.search(text) or _STANCE.search(text))


def _has_subject(tok) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _stance(head) -> bool:
    """A verb of saying with a speaker (the parser gives no lemmas here: the word form is
    matched), or the predicate word of a copula with a subject ("the ministry is confident",
    "officials were convinced"): either holds a party's view of what its clause says."""
    if _SAYING.fullmatch(head.text):
        return _has_subject(head)
    return head.dep_ == "acomp" and head.head.lower_ in _BE and _has_subject(head.head)


def _content_clause(verb) -> bool:
    """The verb heads the content clause of a stance predicate with a speaker."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and _stance(head)


def _anaphoric(subj) -> bool:
    """A pronoun, or a definite noun with no name in it ("the group"): it may point back at
    the speaker, so the words may be the speaker's own claim ("a spokesman said the group
    was behind the attack") or a witness's place ("he said he was near the blast")."""
    if subj.tag_ == "PRP":
        return True
    named = any(t.tag_.startswith("NNP") for t in subj.subtree)
    return not named and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)


def _other_party(copula) -> bool:
    """The copula's subject is a party other than the speaker, named or new to the text:
    "said its fighters were behind" is the speaker's own claim and tells the act."""
    subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subj is not None and not _anaphoric(subj) and \
        not any(c.dep_ == "poss" and c.lower_ in _SELF for c in subj.children)


def _party_judged(noun):
    """"X was the prime suspect in the attack", "X was behind the attack": the noun hangs
    in the predicate of a copula whose subject is a party, not the act, through the
    predicate noun or straight on the copula."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.head.dep_ == "attr":
        copula = prep.head.head
        ok = any(c.dep_ == "nsubj" for c in copula.children)
    else:
        copula = prep.head
        ok = _other_party(copula)
    ok = ok and copula.lower_ in _BE and _content_clause(copula)
    return copula if ok else None


def _aimed(verb) -> bool:
    """An infinitive of aim hangs on the verb ("was intended to sway", "carried out to
    stop"). "Appeared to be a suicide attack" describes the act: a copula is no aim."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lower_ not in _BE
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _related(adj) -> bool:
    """An adjective with a complement of its own ("similar to ...", "linked to ...")."""
    return any(c.dep_ == "prep" for c in adj.children)


def _act_judged(noun):
    """"The attack was similar to ...", "the attack was meant to ...": the noun is the
    subject of a predicate that relates the act to something else."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if not _content_clause(verb):
        return None
    if any(c.dep_ == "acomp" and _related(c) for c in verb.children) or _aimed(verb):
        return verb
    return None


def judgement(noun):
    """The clause of a party's judgement of the act that the attack noun (a parsed token)
    is the subject or the suspect's act of, or None. Attack words elsewhere inside that
    clause ("to head off an attack", "bombings that killed 14") belong to the judgement."""
    if noun is None or noun.tag_.startswith("VB"):
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return _party_judged(noun) or _act_judged(noun)
