"""Speakers that only point at someone: a relative 'who', a document, a short name.

'SANA cited an official source who denied the claims, saying "…"': a restrictive 'who' (no
comma before it) stands for the noun phrase right before it, which may be a quoted label, not
for the previous quote's speaker. '"…," according to the statement.' with no issuer anywhere
before it: wire copy names the body behind the statement in the next sentence ('MSF also said
…': the 'also' says the same voice goes on) or as the body acting in the sentence before it;
'X's statement read' speaks for X. 'Somyot said' after 'Somyot Pumpanmuang': a given name alone
stands for the one person introduced in full with it. '…," Deputy Prime Minister Pra' closing
a page cut at a size cap: the name left after the comma is still the speaker."""
from __future__ import annotations

import re

from .speakers import CAP_STOP, looks_person, strip_titles, subject_before

_MARKS = re.compile(r"[\"“”‘’]")
_DETERMINED = frozenset("a an the one another".split())


def restrictive_antecedent(before: str) -> tuple[str, int] | None:
    """The noun phrase a restrictive 'who' stands for; `before` is the text up to 'who'.
    None after a comma ('X, who said …'): that aside is the callers' own case."""
    if not before.strip() or before.rstrip()[-1:] in {",", ";", ":", "—", "–"}:
        return None
    plain = _MARKS.sub(" ", before)          # 'an “official source” who': the label is the phrase
    sub = subject_before(plain)
    if not sub or sub[0].lower() == "who":
        return None
    first = sub[0].split()[0].lower()
    if first in _DETERMINED or looks_person(strip_titles(sub[0])):
        return named_before(plain, sub) or sub
    return None


def named_before(text: str, desc: tuple[str, int]) -> tuple[str, int] | None:
    """'Roe, a Texas native who …': the person a described antecedent (np, offset in `text`)
    stands in apposition to, when a name and a comma close the text before it."""
    if desc[0].split()[0].lower() not in _DETERMINED:
        return None
    named = _NAMED_BEFORE.search(text, 0, desc[1])
    if named and named.group(1).split()[0] not in CAP_STOP and looks_person(strip_titles(named.group(1))):
        return named.group(1), named.start(1)
    return None


# the name opens the sentence ('In Kabul, a police officer who …' names no Kabul)
_NAMED_BEFORE = re.compile(r"^\W*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s*$")


_DOC_NP = frozenset("the statement|a statement|the statements|the release|the communique|the communiqué".split("|"))
_SAYS = r"(?:said|says|stated|added|noted|insisted|warned|wrote|told)"
_ALSO_SAID = re.compile(r"\s*((?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.&-]*)){0,6}?)"
                        r"\s+also\s+" + _SAYS + r"\b")
_ACTS = re.compile(r"\s*((?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.&-]*)){0,6}?)"
                   r"(?:\s+\([A-Z]{2,}\))?\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|condemned|denied|"
                   r"rejected|accused|blamed|called|demanded|urged|announced|confirmed|published)\b")


_STOP = re.compile(r"[.!?][\"”’']?(?:\s+|$)")


def _is_body(name: str) -> bool:
    """A name that can issue a statement ('MSF', 'The Red Cross', 'Russia'), not a sentence
    opener ('However', 'On Monday')."""
    words = [w for w in name.split() if w not in ("The", "of", "for", "and", "the")]
    return bool(words) and words[0] not in CAP_STOP


def document_owner(np: str, text: str, q_start: int, q_end: int) -> str | None:
    """Who a bare 'the statement' speaking for the quote text[q_start:q_end] belongs to, when
    nothing before named its issuer: the body that 'also said' something in the next sentence,
    else the body acting as the subject of the sentence before the quote."""
    if np.lower() not in _DOC_NP:
        return None
    end = _STOP.search(text, q_end)
    if end:
        nxt = _ALSO_SAID.match(text, end.end())
        if nxt and _is_body(nxt.group(1)):
            return re.sub(r"^The\s+", "", nxt.group(1))
    before = text[:q_start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    acts = _ACTS.match(before[cut + 1:])
    if acts and _is_body(acts.group(1)):
        return re.sub(r"^The\s+", "", acts.group(1))
    return None


def given_name_full(name: str, res) -> str | None:
    """'Somyot said' after 'police chief Somyot Pumpanmuang': Thai, Indonesian and many other
    naming customs cut a person to the given name, not the surname. A lone name the resolver
    left as it was is the one person the article introduced in full with that first name."""
    if " " in name or not name[:1].isupper():
        return None
    fulls = {full for _, full in res.names if len(full.split()) >= 2 and full.split()[0] == name}
    return fulls.pop() if len(fulls) == 1 else None


_OWNED = re.compile(r"((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})['’]s\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:statement|release|communiqu[eé]|letter|post|tweet|message|note|announcement)")
# '…," CHRF's statement read.' / '…," the editorial reads.' / '…," reads a letter from …' / '…," it
# read.': a document 'reads' or 'states' its words (a place or medium may follow its noun: 'a
# message on the website reads'); 'it' is the document the paragraph is about
_DOC_NOUN = (r"(?:statement|release|communiqu[eé]|letter|post|tweet|message|note|announcement|banner|sign|"
             r"placard|poster|notice|editorial|e-?mail|memo|ad|advert(?:isement)?|headline|report|document|"
             r"filing|complaint|lawsuit|suit|transcript|flyer|leaflet|petition|caption|column|op-ed|card|"
             r"shirt|t-shirt|slogan|text|website|page|white paper)")
_READ_NP = (r"(?:(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5}['’]s|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
           r"[Tt]his|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?" + _DOC_NOUN + r"(?:\s+(?:on|in|at|from|of)\s+[^,.;:\"“”]{1,40}?)?")
_READ = re.compile(r"[\s,;:—–]*(?:(" + _READ_NP + r"|it)\s+(?:read|reads|states)"
                   r"|(?:read|reads|states)\s+(" + _READ_NP + r"))\s*(?:[.,;]|$)")
# '…," Deputy Prime Minister Pra' and nothing after: the page was cut inside the attribution
_CUT_NAME = re.compile(r"[\s,]*((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*)\s*$")


def owned_document(np: str) -> str | None:
    """'CHRF's statement' speaks for CHRF."""
    m = _OWNED.fullmatch(np)
    from .named_document import named_document       # 'the Vantor report' speaks for Vantor
    return re.sub(r"^[Tt]he\s+", "", m.group(1)) if m else named_document(np)


def read_document(right: str) -> tuple[str, int] | None:
    """A document that 'read' the quoted words, as (np, offset in `right`)."""
    m = _READ.match(right)
    g = m and (1 if m.group(1) else 2)
    return (m.group(g), m.start(g)) if m else None


_DOC_MENTION = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his)\s+(?:[\w-]+\s+){0,2}?"
                          + _DOC_NOUN + r"\b")


def read_it(text: str, at: int) -> str | None:
    """The document an 'it' that 'reads' the quote stands for ('The email was sent at 2 a.m. …
    "…," it read'): the last one named in the 300 characters before, else None."""
    if not re.match(r"it\s+(?:read|reads|states)\b", text[at:at + 12]):
        return None
    found = list(_DOC_MENTION.finditer(text, max(0, at - 300), at))
    return found[-1].group() if found else None


def cut_attribution(quote_text: str, right: str, at_end: bool) -> tuple[str, int] | None:
    """'"…," Deputy Prime Minister Pra' closing the text: the inverted attribution lost its verb
    to a page cut, and the name run left after the comma is still the speaker."""
    if not at_end or quote_text.rstrip()[-1:] not in {",", "?", "!"}:
        return None
    m = _CUT_NAME.fullmatch(right)
    if not m or m.group(1).split()[0] in CAP_STOP:
        return None
    return m.group(1), m.start(1)
