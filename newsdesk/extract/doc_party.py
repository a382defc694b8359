"""A document never acts: "the statement said", "a communique condemned" tell what their
issuer did. News writing names the issuer in the document's own phrase ("the army's
statement", "a statement from the bloc", "a letter signed by the envoys") or, when a
quotation closes with "..., the statement said", as the subject of the quoted clause
("The government condemns ..."). A document with no issuer in its sentence names no party:
an empty actor is better than a paper one. This reads the parse of an event sentence; a
quote's source is read from the raw words before its speech verb (doc_issuer.py)."""
from __future__ import annotations

import re

from ..nlp import lemma_in, pos
from .actors import is_party
from .doc_issuer import DOCUMENT_NOUNS

_SPEECH = {"say", "state", "add", "read", "declare", "announce", "note", "stress", "insist", "warn"}
_ISSUING = ("from", "by", "of")
_PRONOUNS = {"we", "i", "you", "it", "they", "he", "she", "this", "that", "us"}

# the bare names a document goes by, with the adjectives that only say which one it is
BARE_DOCUMENT = re.compile(
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:joint|official|written|brief|short|separate|earlier|"
    r"later|new|final|latest|press|formal|signed|statement)\s+)*"
    r"(?:statement|communiqu[eé]|declaration|letter|report|bulletin|notice|memo|memorandum|tweet|"
    r"release|message|note|document)s?", re.I)


def is_document(tok) -> bool:
    return tok is not None and pos(tok) == "NOUN" and lemma_in(tok, DOCUMENT_NOUNS)


def issuer(tok):
    """The party token that issued document `tok`, read from its own phrase or from the
    quoted clause it voices; None when its sentence does not say."""
    for c in tok.children:
        if c.dep_ == "poss" and is_party(c) and c.lower_ not in _PRONOUNS:
            return c                                    # "the army's statement"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _ISSUING:
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and is_party(g):
                return g                                # "a statement from the bloc"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            g = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if g is not None and is_party(g):
                return g                                # "a letter signed by the envoys"
    return _quoted_subject(tok)


def _quoted_subject(tok):
    """'"The council rejects the plan," the statement said': the named subject of the clause
    the document voices is its issuer (a pronoun, "we", says nothing by itself)."""
    say = tok.head
    if tok.dep_ != "nsubj" or say.i == tok.i or not lemma_in(say, _SPEECH):
        return None
    for clause in (c for c in say.children if c.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _PRONOUNS and not is_document(subj) and is_party(subj):
            return subj
    return None


def bare_document(name: str | None) -> bool:
    """'statement', 'the joint communique', 'reports': a name that is only a document."""
    return bool(name) and BARE_DOCUMENT.fullmatch(name.strip()) is not None
