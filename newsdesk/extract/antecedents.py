"""Who a later 'he said' may refer to: a full name that opens its sentence as subject, or is
the subject of a finite verb, or is what the story calls someone it follows ('identified him
as X'), and an unnamed person the text has speak ('another witness told …'). A name after a
verb or inside a reported clause is no such antecedent, nor is a lone nationality word. Read
by the resolver when it collects an article's names and resolves pronouns."""
from __future__ import annotations

import re

from .doc_issuer import DOCUMENT_NOUNS
from .nested_cue import is_finding
from .speakers import ORG_HEADS, plural_common

# words that open a sentence before its subject; a name run starting with one is still a name
CONNECTIVES = frozenset("But And However Meanwhile Still Yet Now Later Earlier Instead Then So While When "
                        "After Before Since As If Although".split())
_SENT_START = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:(?:But|And|However|Meanwhile|Still|Yet|Now|Later|"
                         r"Earlier|Instead|Then|So),?\s+)?$")
# a time or manner adverb may stand between a subject and its verb ('Ann Roe today signed ...')
_WHEN = r"(?:(?:today|yesterday|tonight|now|also|later|then|[a-z]{2,}ly)\s+)?"   # or 'suddenly', 'quickly'
_SUBJECT_NEXT = re.compile(r"\s+" + _WHEN + r"(?:of|was|is|had|has|[a-z]{3,}ed|[a-z]{3,}s)\b")


def opens_sentence(text: str, start: int, end: int) -> bool:
    """'Allen Williams of Upper Darby was checking in his father ...': a full name that opens a
    sentence as its subject introduces a person a later 'he said' may refer to."""
    end = past_age(text, end)
    return bool(_SENT_START.search(text[max(0, start - 16):start])
                and _SUBJECT_NEXT.match(text[end:end + 16]))


# an age in brackets after a name, the Irish and British style ('Ann Roe (42) had been …')
_AGE = re.compile(r"[ \t]*\(\d{1,3}\)")


def past_age(text: str, end: int) -> int:
    """Where a name's clause goes on after an age in brackets: 'Ann Roe (42) said' is a
    subject as much as 'Ann Roe said'."""
    m = _AGE.match(text, end)
    return m.end() if m else end


# a finite verb right after a name makes the name a subject ('Karim Benali watched ...');
# participles that usually open a modifier ('Smith based in ...') do not
_FINITE_NEXT = re.compile(r"\s+" + _WHEN + r"(was|is|had|has|says|said|told|took|"
                          r"spoke|saw|ran|went|came|gave|made|heard|felt|found|thought|knew|fled|"
                          r"stood|began|[a-z]{3,}ed)\b")
_NOT_FINITE = {"based", "named", "called", "dubbed", "compared", "related", "located", "owned",
               "backed", "listed", "needed", "aged", "injured", "killed", "wounded", "arrested",
               "detained", "accused", "charged", "elected", "appointed", "returned"}


# 'Police identified him as X' / 'a man named as X': the name is what the story calls someone it
# already follows (the suspect), so a later 'he' may well be X, though X is no subject
IDENTIFIED_AS = re.compile(r"\b(?:identified|named)\s+(?:(?:him|her|them|the\s+\w+)\s+)?as\s+$")


# ('… won the second set but Djokovic came through': a name after 'but' opens a new main clause
# as its subject, so it stays an antecedent)
_SUBORDINATE = {"that", "when", "after", "because", "if", "as", "while", "since", "before", "until",
                "where", "whether", "and", "or", "than", "with", "by", "against", "to"}


def acts(text: str, start: int, end: int) -> bool:
    """'Karim Benali watched' / 'His neighbour, Karim Benali, watched': a name that is the
    subject of a finite verb is someone a later 'he said' may refer to (a name after a verb,
    the object, is not)."""
    prev = text[max(0, start - 12):start].split()
    if prev and prev[-1].lower() in _SUBORDINATE:
        return False                  # '... reported that Robert Costa had written': not the topic
    nxt = text[past_age(text, end):end + 40]
    if nxt.startswith(","):
        if not text[max(0, start - 2):start] == ", ":
            return False
        nxt = nxt[1:]
    m = _FINITE_NEXT.match(nxt)
    return bool(m and m.group(1) not in _NOT_FINITE)


def nationality(toks: list[str]) -> bool:
    """'the former French colonial capital': a lone nationality word is a modifier, never a
    person's name, though a title word ('former') stands before it."""
    if len(toks) != 1:
        return False
    from .geo import demonym_country
    return bool(demonym_country(toks[0]))


_ONE = frozenset("a an another one".split())


def unnamed_speaker(np: str) -> bool:
    """'another passenger', 'a retired engineer': a singular indefinite description that is the
    subject of a speech verb is someone who speaks, a person a following 'he said' can go back
    to although the text never names them (not a body, a document or a finding)."""
    words = np.split()
    if len(words) < 2 or words[0].lower() not in _ONE or any(w[:1].isupper() for w in words[1:]):
        return False
    head = words[-1].lower()
    return head.isalpha() and not plural_common(np) and head not in ORG_HEADS \
        and head not in DOCUMENT_NOUNS and not is_finding("the " + head)


_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


def clause_opener_subject(text: str, start: int, name_start: int, end: int) -> bool:
    """'When Ann Roe fled her flat, she …' / 'But Ben Oda had gone': a name right after the word
    that opens its sentence (a connective or a subordinator) and before its finite verb is the
    subject the sentence is about, so a later 'she said' may refer to it; the name run read
    whole ('When Ann Roe') is no name, and `acts` refuses a name after 'when' mid-sentence."""
    if not _OPENING.search(text[max(0, start - 4):start]):
        return False
    m = _FINITE_NEXT.match(text[past_age(text, end):end + 40])
    return bool(m and m.group(1) not in _NOT_FINITE) and text[start:name_start].strip() in CONNECTIVES
