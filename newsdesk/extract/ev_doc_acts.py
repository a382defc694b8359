"""A document's words are its issuer's act. "The bloc issued a statement calling on X to ...",
"a joint declaration by all 29 member states urging Y": the verb of the request hangs on the
document noun (a participle, no subject of its own), so the parse gives the act no doer and an
actorless statement is dropped. Whoever issued the document made the request: the issuer named
in the document's own phrase (doc_party.issuer), or the subject of the verb that put it out."""
from __future__ import annotations

from ..nlp import lemma_in, pos
from .actors import is_party
from .doc_party import is_document, issuer

_PUTTING_OUT = {"issue", "release", "publish", "put", "send", "sign", "adopt", "make", "post", "deliver", "read"}


def document_content(tok) -> bool:
    """`tok` is a participle telling what a document says ("a statement calling on X"): the
    document's act, not a description of a party's standing activity (ev_shapes)."""
    return tok.dep_ == "acl" and is_document(tok.head)


def document_voice(tok):
    """The party token whose document the participle `tok` tells the content of, else None."""
    if tok is None or tok.dep_ != "acl" or pos(tok) != "VERB" or tok.tag_ not in ("VBG", "VBN"):
        return None
    doc = tok.head
    if not is_document(doc):
        return None
    found = issuer(doc)
    if found is not None:
        return found
    verb = doc.head
    if doc.dep_ == "dobj" and lemma_in(verb, _PUTTING_OUT):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and is_party(subj):
            return subj
    return None
