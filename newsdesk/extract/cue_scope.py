"""Which quotation an attribution clause belongs to, and when its subject is no speaker.

An attribution after a quote is that quote's only when the quote leaves its sentence open
for it: English closes a quoted sentence with a comma before '…," X said', while a full stop
inside the mark ends the sentence, so the words after it start a new one. Two shapes follow:

- '“…refugees.” Ann Roe said: “…”': the clause after the first quote ends in a colon right
  before the next quote mark, so it introduces the next quote, not the one before it;
- 'Roe said, “….” The mayor then visited …': a quote whose own sentence names its speaker
  before it and that closes in a full stop is not attributed to the next sentence's subject.

Without these the clause went to the wrong one of two quotes (the previous speaker's words
given to the next speaker, or a quote given to whoever the next sentence is about).

A passive verb of naming or speech before the quote ('was described as “…”', 'was promised
“…”') makes its subject the thing named or the person addressed; the speaker, if any, is the
agent phrase after the quote.
"""
from __future__ import annotations

import re

from .speakers import SPEECH_VERB

_CLOSED = re.compile(r"[.!?…]['’\"”]*\s*$")
_FULL_STOP = re.compile(r"\.['’\"”]*\s*$")
_INTRO_COLON = re.compile(r":\s*['‘\"“]?\s*$")
# after the speech verb, at most a short adjunct ('in a statement', 'on Sunday') before the mark
_TOUCHING = re.compile(r"(?:\s+[\w'’.-]+){0,5}?\s*[,:]\s*$")


def introduces_next(quote_text: str, right: str, next_follows: bool) -> bool:
    """The clause after a closed quote ends in a colon and the next quote opens right after
    it (`right` runs up to that quote's mark): the clause is the next quote's attribution."""
    return next_follows and bool(_CLOSED.search(quote_text)) and bool(_INTRO_COLON.search(right))


# a sentence-initial pronoun and a speech verb between two quotes: 'He added, “'
_PRONOUN_CUE = re.compile(r"\s*(?:He|She|They|We)\s+(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+)\s*[,:]\s*$")


def pronoun_opens_next(left: str, right: str, next_follows: bool) -> bool:
    """'X said, “…,” He added, “…”': a capitalised pronoun cannot continue the sentence the
    comma left open, so its clause opens the next quote; the first quote keeps the cue before it."""
    m = _PRONOUN_CUE.fullmatch(right) if next_follows else None
    return bool(m) and bool(SPEECH_VERB.fullmatch(m.group("verb"))) and touching_cue(left)


def touching_cue(left: str) -> bool:
    """The words before the quote end in a listed speech verb, a short adjunct at most and a
    comma or colon ('X said in a statement: “'): the quote's own attribution."""
    verbs = list(SPEECH_VERB.finditer(left))
    return bool(verbs) and bool(_TOUCHING.fullmatch(left, verbs[-1].end()))


# a sentence opened by a fronted time or setting phrase and its comma ('On Monday,', 'In a
# statement,', 'Later,'): an attribution closing a quote never starts that way
_FRONTED_OPEN = re.compile(r"\s*(?:On|In|At|By|After|Before|During|Since|Later|Earlier|Meanwhile|Separately|"
                           r"Previously|Last|Hours|Days|Weeks)\b[^,.;:!?'\"“”‘’]{0,40},\s+\S")


def fronted_opener(quote_text: str, right: str) -> bool:
    """'“….” On Saturday, the army admitted …': a quote that closes its sentence, then a
    sentence fronted by a phrase and a comma: that sentence reports its own news (2 crises)."""
    return bool(_CLOSED.search(quote_text)) and bool(_FRONTED_OPEN.match(right.lstrip(" \t'’\"”")))


def new_sentence_after(quote_text: str, right: str, left: str) -> bool:
    """A quote its own sentence attributes right before it ('X said, “…”') that ends in a
    full stop, with a capitalised sentence after it: that sentence tells something else."""
    return bool(_FULL_STOP.search(quote_text)) and right.lstrip(" \t'’\"”")[:1].isupper() \
        and touching_cue(left)


def cue_elsewhere(quote_text: str, left: str, right: str, next_follows: bool) -> bool:
    """The clause after the quote introduces the next quote, or starts a new sentence after a
    quote its own sentence attributes: either way it is not this quote's attribution."""
    if introduces_next(quote_text, right, next_follows) or pronoun_opens_next(left, right, next_follows) \
            or fronted_opener(quote_text, right):
        return True
    from .attribution import left_speaker
    return new_sentence_after(quote_text, right, left) and left_speaker(left) is not None


# a passive verb of naming or judging right before the quote: 'was described Sunday as “…”'
_PASSIVE_NAMING = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:described|called|labell?ed|"
                             r"branded|termed|dubbed|denounced|condemned|characteri[sz]ed|decried|hailed|"
                             r"praised|critici[sz]ed|slammed)\s+(?:[\w-]+\s+){0,2}?as\s+(?:an?\s+|the\s+)?$")
_BY_AGENT = re.compile(r"['’\"”]?\s*,?\s*by\s+")
# a passive speech verb: its subject is the one spoken to ('He was promised “…” in a call from X')
_PASSIVE_SPEECH = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:promised|told|asked|urged|"
                             r"warned|assured|offered|pledged|guaranteed|ordered|given)\b[^“”\".;:]{0,60}$")
_FROM_AGENT = re.compile(r"['’\"”]?[^“”\".;:]{0,40}?\b(?:by|from)\s+")


def _agent_like(np: str) -> bool:
    """A by-phrase that can name who spoke: a name, a determined or plural noun phrase
    ('several governments', 'critics'), not an adverb ('by now', 'by far')."""
    words = np.split()
    return len(words) > 1 or np[:1].isupper() or (np.isalpha() and np.endswith("s") and len(np) > 3)


def passive_naming(left: str, right: str) -> tuple[str, int] | None:
    """'The move was described as “…” by several governments' / 'She was promised “…” in a call
    from X': the subject of a passive naming or speech verb is what is named or who is spoken
    to, never the speaker; a by- (or from-) phrase after the quote names who said it.
    None when the sentence is not this shape, ('', -1) when no agent follows (the speaker is
    unknown), else (agent, offset in right)."""
    if _PASSIVE_SPEECH.search(left):
        by = _FROM_AGENT.match(right)
    elif _PASSIVE_NAMING.search(left):
        by = _BY_AGENT.match(right)
    else:
        return None
    if by:
        from .speakers import np_after
        np = np_after(right[by.end():], loose=True)
        if np and _agent_like(np[0]):
            return np[0], by.end() + np[1]
    return "", -1


# the gap between two quotes of a paragraph that is nothing but a closed attribution:
# '“…,” she said. “' / '“…,” said Ann Roe, the mayor. “'
_CUE_GAP = re.compile(r"['’\"”]*\s*,?\s*[^“”\"\n]{2,120}?[.]\s*['‘\"“]?\s*")
# a sentence after the quote that is only its speaker and verb ('“….” He said.', '“….” He added, “')
_BARE_CUE = re.compile(r"['’\"”]*\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?\s+[a-z]+\s*[.!,:]?\s*")


def turn_goes_on(gap: str, quote_text: str, right: str) -> bool:
    """'“…,” she said. “….” She noted a rally on Saturday': a quote right after the previous
    quote's own closing attribution is the same speaker going on; a new sentence after it
    that tells more (a speech verb with a clause of its own, 'That's why, he added, …') is
    the next act of that speaker or another's, not this quote's attribution. `gap` runs from
    the previous mark's end to this one's start."""
    return bool(_CUE_GAP.fullmatch(gap)) and bool(_CLOSED.search(quote_text)) \
        and right.lstrip(" \t'’\"”")[:1].isupper() and not _BARE_CUE.fullmatch(right)
