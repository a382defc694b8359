"""A sentence-opening "It" that acts: the body named as subject of the sentence before.

Why: news copy names an organisation once and goes on with "It": "The press office of the
league said the rally was over. It warned members to stay away." The pronoun subject was left
empty as the actor. "It" stands for one thing that is no person, so the previous sentence's
main subject resolves it only when that subject is a singular party and not a person; an
expletive "It" ("It is unclear whether", "It seems") is never resolved. A sentence-opening
"They" that acts is read the same way (subject continuity): it stands for the plural party that
was the main subject before ("The rebel units seized the airport. They announced a curfew."),
never for a figure ("Dozens were hurt. They ...") or a lone person.
"""
from __future__ import annotations

from ..nlp import lemma_in
from . import actors as A
from . import ev_names as N

# verbs whose "It" subject is expletive, not a referring pronoun
_EXPLETIVE = {"is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remained",
              "takes", "took", "happened", "emerged", "matters", "mattered", "looks", "looked"}
_SINGULAR_NOUNS = {"NN", "NNP"}
_TELLING = {"say", "said", "tell", "told", "add", "state", "claim", "report", "write", "wrote", "insist",
            "explain", "note", "stress"}


def acting_it(tok) -> bool:
    """`tok` is a capitalised "It" subject of the sentence's main verb, used as a pronoun."""
    return (tok is not None and tok.text == "It" and tok.dep_ == "nsubj"
            and tok.head.dep_ == "ROOT" and tok.head.lower_ not in _EXPLETIVE)


def acting_they(tok) -> bool:
    """`tok` is a capitalised "They" subject of the sentence's main verb, and that verb is an
    act, not a telling ("They said ..."): who tells is left to the paragraph's speakers."""
    return (tok is not None and tok.text == "They" and tok.dep_ == "nsubj"
            and tok.head.dep_ == "ROOT" and not lemma_in(tok.head, _TELLING))


def group_subject(subj) -> bool:
    """`subj` can be what a later "They" stands for: a plural party noun or name, not a count
    of people (a toll's victims are no actor) and not a pronoun."""
    from .actors import QUANTITY
    return subj is not None and subj.tag_ in ("NNS", "NNPS") and A.is_party(subj) and \
        subj.lower_ not in QUANTITY and not any(c.dep_ == "nummod" for c in subj.children)


def main_subject(doc):
    """The nominal subject of a parsed sentence's root verb, else None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None


def body_subject(subj) -> bool:
    """`subj` can be what a later "It" stands for: a singular party that is a body (a named
    organisation or place, or a noun that heads one), never a person."""
    if subj is None or subj.tag_ not in _SINGULAR_NOUNS or not A.is_party(subj):
        return False
    return subj.lower_ in _BODY_HEADS or subj.ent_type_ in _BODIES or \
        (subj.tag_ == "NNP" and N.well_known_place(subj.text))     # a capital for its state


# nouns that head the name of a body, never of a person
_BODY_HEADS = frozenset("""ministry office council committee commission agency department embassy
    party movement organisation organization group league front network centre center government
    administration regime army military police station channel radio service observatory
    alliance coalition union federation authority company firm bank court parliament cabinet
    junta assembly""".split())
_BODIES = {"ORG", "GPE", "NORP", "FAC", "LOC"}


def prior_party(art, si: int, tok, name_of) -> str | None:
    """What an acting "It" / "They" stands for: the body / group that is the main subject of
    the sentence before (`name_of` names a token), else None."""
    it, they = acting_it(tok), acting_they(tok)
    if si == 0 or not (it or they):
        return None
    from ..nlp import parse_one           # cached: the sentence's next "it" asks again
    subj = main_subject(parse_one(art.sentences[si - 1].text))
    fits = body_subject(subj) if it else group_subject(subj)
    return name_of(subj) if fits else None
