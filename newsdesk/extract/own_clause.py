"""A quotation set inside a clause belongs to that clause's sentence.

News prose often embeds a quoted fragment in a sentence of its own: 'The ministry calls the
plan "a dead end."', 'Officials said the bridge would stay shut "until the river drops."'.
Two things follow from English sentence structure:

- when the fragment closes with a full stop inside the marks and a capitalised word follows,
  the words after it are a new sentence, so a speech verb there ('The mayor later said, …',
  '…, an aide said.') reports that sentence, not the fragment;
- with no speech verb of its own, the fragment is voiced by the subject of its sentence's
  main clause (when that subject is someone who can speak: a name, a pronoun, a body, an
  office, a document), not by whoever spoke a few sentences earlier.

Without these the fragment went to the next sentence's speaker or to a speaker of another
sentence carried over by the quote run.
"""
from __future__ import annotations

import re

from .doc_issuer import DOCUMENT_NOUNS
from .quote_runs import HUMAN_HEADS
from .speakers import ORG_HEADS, TITLES

# a quote mark opening inside a clause: the words before it do not end in a lead-in comma,
# colon or dash ('X said: "' / 'X, "' introduce a quote rather than embed it)
_LEAD_IN = re.compile(r"[,:;(\[—–-]\s*$")
_CLOSED = re.compile(r"[.!?…]\s*$")
_SPEAKING_PRONOUNS = frozenset("he she they we i".split())
_SUBJECT_DEPS = ("nsubj",)
_CUT_DEPS = frozenset("relcl acl appos punct cc conj advcl case".split())


def embedded(left: str) -> bool:
    """The opening mark sits inside a clause of at least three words before it, in running
    prose (a title-case headline is no clause: its capitals read as names)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", left)
    if len(left.split()) < 3 or _LEAD_IN.search(left):
        return False
    return sum(w[0].isupper() for w in words) * 3 < len(words) * 2


def closes_own_sentence(quote_text: str, right: str) -> bool:
    """The quoted words end in a full stop (or ?/!) and a capitalised word follows the mark."""
    return bool(_CLOSED.search(quote_text.rstrip(" '’\"”"))) and right.lstrip(" \t'’\"”)")[:1].isupper()


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _can_speak(head) -> bool:
    """A subject head that names someone who can say things."""
    low = head.text.lower()
    if head.tag_ in ("NNP", "NNPS"):
        return True
    if head.tag_ == "PRP":
        return low in _SPEAKING_PRONOUNS
    if head.tag_ not in ("NN", "NNS"):
        return False
    one = _singular(low)
    return bool({low, one} & (HUMAN_HEADS | ORG_HEADS | DOCUMENT_NOUNS)) or \
        (one in TITLES and one.isalpha())


def _phrase(subj) -> tuple[int, int]:
    """Character span of the subject phrase, without its relative / participial clauses,
    appositives and conjuncts ('The charter issued on Monday' -> 'The charter')."""
    cut = {t.i for c in subj.children if c.dep_ in _CUT_DEPS and c.i > subj.i for t in c.subtree}
    toks = [t for t in subj.subtree if t.i not in cut]
    end = subj.i
    for t in toks:                       # contiguous run from the left edge through the head
        if t.i > subj.i and t.i == end + 1:
            end = t.i
    start = toks[0].i
    doc = subj.doc
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def clause_subject(sentence: str, upto: int) -> tuple[str, int] | None:
    """(phrase, offset) of the main clause's active subject when it precedes offset `upto`
    and can speak. A passive subject is the thing said or the one spoken to, and the subject
    of a clause below the main one is what is reported, not who reports it: neither counts."""
    from ..nlp import parse_one
    doc = parse_one(sentence)
    sent = next((s for s in doc.sents if s.start_char <= upto < s.end_char), None)
    if sent is None:
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.idx < upto), None)
    if subj is None or not _can_speak(subj):
        return None
    a, b = _phrase(subj)
    if not b <= root.idx < upto:           # the quote sits in the subject or before its verb
        return None
    if named := _apposed_name(subj):       # 'The Minister of X, Ann Roe, has said': Ann Roe
        return named
    np = sentence[a:b].strip().rstrip(",")
    return np, sentence.index(np, a)


def _apposed_name(subj) -> tuple[str, int] | None:
    """(name, offset) of a personal name set in apposition to a described subject, the way
    news copy introduces an office holder ('The Minister of Health of X, Ann Roe,')."""
    from .speakers import looks_person
    for c in subj.children:
        if c.dep_ == "appos" and c.tag_ == "NNP" and c.i > subj.i:
            toks = [t for t in c.subtree if t.tag_ == "NNP"]
            span = subj.doc[toks[0].i:toks[-1].i + 1] if toks else None
            if span is not None and len(span) >= 2 and looks_person(span.text):
                return span.text, span.start_char
    return None
