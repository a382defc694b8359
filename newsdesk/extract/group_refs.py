"""Who a group reference is: a speaking 'they', and a body named in its own noun phrase.

A speaking 'they' is the plural subject of the sentence before it.

'They' never refers to one named person, yet the fallback for a 'they' with no institution
mentioned before it was the latest person named, often one from an earlier paragraph
('... detained the prime minister. The rebel officers issued a decree. They said ...'). News
writing opens a 'they' sentence right after the group it refers to, so the previous
sentence's plural subject (a plural common noun heading the clause's subject) is the
antecedent; an institution named after that subject still wins, as before.

'the rebel-run al-Noor TV' names its body itself: no other name ending in 'TV' replaces it.
"""
from __future__ import annotations

import re

_BREAK = re.compile(r"[.!?…]['\"”’]?\s+(?=[A-Z“‘\"'])")
_SUBJECTS = {"nsubj", "nsubjpass"}
_LOOKBACK = 600


def previous_sentence(text: str, sent_start: int) -> tuple[int, int] | None:
    """(start, end) of the sentence ending just before `sent_start`, paragraph breaks allowed."""
    end = len(text[:sent_start].rstrip())
    if end <= 0 or text[end - 1] not in ".!?…'\"”’":
        return None
    floor = max(0, end - _LOOKBACK)
    start = floor
    for m in _BREAK.finditer(text, floor, end - 1):
        start = m.end()
    para = text.rfind("\n", floor, end)
    start = max(start, para + 1)
    return (start, end) if end - start > 3 else None


def plural_subject(sentence: str) -> tuple[str, int] | None:
    """The main clause's subject when it is a plural common noun phrase, without its
    relative clause or trailing modifiers ('The striking dockworkers who blocked ...').
    The sentence (at most _LOOKBACK characters, never cut) is parsed through the shared cache."""
    from ..nlp import parse_one
    doc = parse_one(sentence)
    for tok in doc:
        if tok.dep_ == "ROOT":
            subj = [c for c in tok.children if c.dep_ in _SUBJECTS]
            if len(subj) != 1:
                return None
            head = subj[0]
            if head.tag_ != "NNS":      # a plural proper name ('United States') is one body
                return None
            if any(c.dep_ == "cc" for c in head.children):
                return None
            first = head.left_edge
            return doc[first.i:head.i + 1].text, first.idx
    return None


def own_subject(text: str, sent_start: int, pos: int) -> str | None:
    """'Locals hit back online, attacking what they called "…"': a 'they' inside a clause of a
    sentence whose main subject is a bare plural before it is that subject (a plural name
    such as 'Saudis' counts when one word long; 'United States' stays one body)."""
    prefix = text[sent_start:pos]
    if len(prefix) > _LOOKBACK or not prefix.strip():
        return None
    from ..nlp import parse_one
    doc = parse_one(prefix + "they")
    for tok in doc:
        if tok.dep_ == "ROOT":
            subj = [c for c in tok.children if c.dep_ in _SUBJECTS]
            if len(subj) != 1 or subj[0].i >= len(doc) - 1:
                return None
            head = subj[0]
            if not (head.tag_ == "NNS" or head.tag_ == "NNPS" and head.left_edge.i == head.i) \
                    or any(c.dep_ == "cc" for c in head.children):
                return None
            return doc[head.left_edge.i:head.i + 1].text
    return None


def _opens_clause(prefix: str) -> bool:
    """No noun before the pronoun in its own sentence ('Senate aides blocked it because they
    said …' has its antecedent right there). Only tags are read: the tagger alone runs."""
    if not prefix.strip():
        return True
    from ..nlp import tagged
    return not any(t.tag_.startswith("NN") for t in tagged(prefix))


def plural_antecedent(text: str, sent_start: int, mentions: list, pos: int) -> str | None:
    """The subject of the previous sentence when it is plural, the 'they' at `pos` has no
    noun before it in its own sentence, and no institution speaker was mentioned between."""
    if not _opens_clause(text[sent_start:pos]):
        return own_subject(text, sent_start, pos)
    prev = previous_sentence(text, sent_start)
    if prev is None:
        return None
    found = plural_subject(text[prev[0]:prev[1]])
    if found is None:
        return None
    at = prev[0] + found[1]
    if any(at < m.start < sent_start and m.name and not m.person for m in mentions):
        return None
    return found[0]


_PARTICLE = re.compile(r"^(?:al|el|ad|an|as|ash|at|az|ar)-(?=[A-Z])")


def own_name(word: str, lower_word, country) -> bool:
    """Whether a modifier of an institution's head word is a name: capitalised (after an
    'al-'-style particle too), never written in lower case in the text (`lower_word`), and
    no country's short form (`country`); 'the Foreign Ministry' or 'the Saudi agency' still
    point back to a longer name."""
    core = _PARTICLE.sub("", word)
    return core[:1].isupper() and "-" not in core and not lower_word(core) and not country(core)
