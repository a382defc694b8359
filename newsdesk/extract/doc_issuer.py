"""The issuer of a document named as a quote's source.

News copy often lets a document speak ('…," said a statement issued on Monday by the
ministry', 'according to a report posted on the army's website'). The document is not the
speaker: whoever issued it is, and the phrase usually names them after a participle ('issued /
released / posted … by X', 'from X') or as the owner of the page it was put on ('on X's
website'). Only the rest of the document's own phrase is read, never the next clause."""
from __future__ import annotations

import re

# nouns for a document that carries its issuer's words: it speaks (quotes) and acts (events)
# for whoever issued it (own_clause, doc_party)
DOCUMENT_NOUNS = frozenset("""
    statement report release communique communiqué letter post tweet message note bulletin
    announcement poster document memo memorandum flyer leaflet notice manifesto charter decree
    declaration
""".split())

# the subject side: 'a new toll published overnight by X said', 'The council's statement after … said'
_DOC = r"(?:statement|report|toll|release|communiqu[eé]|letter|post|tweet|message|note|bulletin|update|tally|count|announcement)"
_BY_SOURCE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?" + _DOC + r"\s+(?:[a-z]+\s+){0,2}?(?:from|by)\s+"
                        r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z0-9][\w'’.-]*){0,6})\s*$")
_OWNED_DOC = re.compile(r"^\W*((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,4}[\w-]+)['’]s\s+(?:[a-z-]+\s+){0,2}?" + _DOC +
                        r"\s+(?:after|following|at|on|from)\b[^,;:\"“”]{0,80}?\s*$")

# a document noun at the head of a short noun phrase: 'a statement', 'the joint communique'
DOC_PHRASE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:statement|report|release|communiqu[eé]|letter|post|tweet|message|bulletin|"
                        r"announcement|notice|memo|circular|declaration)s?\b")
_PARTICIPLE = r"(?:issued|released|published|posted|signed|sent|put out|circulated|distributed|read out|shared)"
# the participle may carry a short place / time adjunct before the agent: 'issued in the capital by'
_BY_AGENT = re.compile(rf"\s+(?:{_PARTICIPLE}\s+(?:(?:in|on|at|late|early|overnight|this|last|[A-Z][\w-]*)\s+)"
                       rf"{{0,4}}?)?(?:by|from)\s+(?=\S)")
# 'posted on the ministry's Facebook page': the page's owner put the document out
_ON_OWNED_PAGE = re.compile(rf"\s+{_PARTICIPLE}\s+(?:on|to|via)\s+((?:the\s+)?(?:[\w.-]+\s+){{0,4}}?[\w.-]+)['’]s\s+"
                            r"(?:official\s+|verified\s+)?(?:[A-Z][\w-]*\s+)?"
                            r"(?:page|account|website|site|feed|channel|handle)\b")
# 'a report on the website of the X Movement': the page named by its owner after 'of'
_ON_PAGE_OF = re.compile(rf"\s+(?:{_PARTICIPLE}\s+)?(?:on|via)\s+(?:the|its|their)\s+(?:official\s+)?"
                         r"(?:page|account|website|site|feed|channel)\s+of\s+(?=\S)")


def document_issuer(text: str, at: int = 0) -> tuple[str, int] | None:
    """When text[at:] opens with a document phrase that names who issued it, that issuer and
    its offset in `text`; else None (a bare 'the statement said' is the resolver's case)."""
    from .speakers import SPEECH_VERB, is_pronoun, np_after   # speakers reads document_source from here
    doc = DOC_PHRASE.match(text, at)
    if not doc:
        return None
    if owned := _ON_OWNED_PAGE.match(text, doc.end()):
        return owned.group(1), owned.start(1)
    agent = _BY_AGENT.match(text, doc.end()) or _ON_PAGE_OF.match(text, doc.end())
    if not agent:
        return None
    tail = text[agent.end():agent.end() + 160]
    if verb := SPEECH_VERB.search(tail):
        tail = tail[:verb.start()]         # 'a tweet from the office of X says': the verb is not the issuer's
    np = np_after(tail)
    if not np or is_pronoun(np[0]) or not re.match(r"(?:the\s+)?[A-Z]", np[0]):
        return None     # 'issued by them', 'from earlier today', 'from the office of …': no named issuer
    return np[0], agent.end() + np[1]


def document_source(text: str) -> tuple[str, int] | None:
    """'an updated toll released late by the Central Committee said' / 'The council's short
    statement issued after an emergency sitting on Friday said': a document is the subject, its author
    the speaker (not the noun closing the phrase after it: 'an emergency sitting'). `text` is
    the words before the verb; the issuer must close them ('a tweet from the office of X says')."""
    if m := _BY_SOURCE.search(text) or _OWNED_DOC.match(text):
        return m.group(1), m.start(1)
    for doc in DOC_PHRASE.finditer(text):
        issuer = document_issuer(text, doc.start())
        if issuer and not text[issuer[1] + len(issuer[0]):].strip():
            return issuer
    return None
