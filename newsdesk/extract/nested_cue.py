"""Nested attribution: 'The union said its own review shows the crane "…"'.

A speech verb whose subject is a finding (an inquiry, a review, a report, the evidence) can sit
inside the clause another speaker reports. The finding does not speak: the outer sayer reports
what it found, so the outer sayer voices the quoted words. A finding that names an owner of its
own ('a UN report says') is a source the outer sayer cites, and keeps the words.
"""
from __future__ import annotations

import re

from .doc_issuer import DOCUMENT_NOUNS
from .quote_runs import HUMAN_HEADS
from .speakers import ORG_HEADS, SPEECH_VERB, TITLES, subject_before

# determiners a finding is introduced with; a possessive pronoun makes it the sayer's own
_DET = frozenset("a an the its their his her our this that".split())
# derivational endings of English abstract nouns: what an inquiry produces or is, no one who speaks
_ABSTRACT = re.compile(r"(?:tion|sion|sis|ment|ence|ance|ings|ysis)s?$")
# findings that carry no abstract ending
_FINDING_NOUNS = frozenset("evidence footage probe study review data research inquiry survey autopsy test tests".split())
# the outer speech verb and an optional 'that' right before the finding
_OUTER_CUE = re.compile(r"(?:\s+that)?\s*$")
# a speech verb right after a comma or a closing quote comes after what is said: its subject follows
_INVERTED = re.compile(r"[,\u201d\"]\s*$")


def is_finding(np: str) -> bool:
    """'an on-the-ground investigation', 'its own review', 'the evidence': a lower-case noun
    phrase headed by a finding (a document, an inquiry, an abstract result), owned by no name
    and by no person or body."""
    words = np.split()
    if len(words) < 2 or words[0].lower() not in _DET or any(w[:1].isupper() for w in words[1:]):
        return False
    head = words[-1].lower().strip(".,;:")
    if head in DOCUMENT_NOUNS or head.rstrip("s") in DOCUMENT_NOUNS or head in _FINDING_NOUNS:
        return True
    if head in HUMAN_HEADS or head in ORG_HEADS or head in TITLES or head.rstrip("s") in ORG_HEADS | HUMAN_HEADS:
        return False             # 'the administration', 'the government': bodies that speak
    return bool(_ABSTRACT.search(head))


def outer_sayer(left: str, inner: tuple[str, int]) -> tuple[str, int, str] | None:
    """When the subject `inner` (phrase, offset in `left`) is a finding that opens the clause
    reported by an earlier speech verb ('X said that <inner> confirms …'), that verb's subject,
    its offset and the verb; else None."""
    if not is_finding(inner[0]):
        return None
    before = left[:inner[1]]
    cue = _OUTER_CUE.search(before)
    head = before[:cue.start()]
    verbs = list(SPEECH_VERB.finditer(head))
    if not verbs or head[verbs[-1].end():].strip():
        return None
    verb = verbs[-1]
    if _INVERTED.search(head[:verb.start()]):
        return None              # '…, said an initial report': the report is the sayer itself
    sub = subject_before(head[:verb.start()])
    if not sub or is_finding(sub[0]):
        return None
    return sub[0], sub[1], verb.group()


# finite verbs that close a reported clause's subject: 'said Okafor had "…"'
_FINITE = frozenset("was were is are had has have would will could should must did does can".split())


def reported_subject(np: str) -> bool:
    """'… but now said Okafor had "the means …"': a name after a speech verb that a finite
    verb follows opens the clause being reported; it is that clause's subject, not an
    inverted sayer ('said Mayor Ann Roe, "…"'). True for such a phrase (`np` as np_after
    read it, the verb included)."""
    words = np.split()
    return len(words) >= 2 and words[-1] in _FINITE
