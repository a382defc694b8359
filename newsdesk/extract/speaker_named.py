"""The name a described speaker stands for, read from the whole text once every quote has its
speaker (`named_form`, applied by the quotes step to each final speaker after `speaker_form`).

A speaker left as a description is scored, and read, by the name the article gives it:
- an office the text wrote before a name ('Chief of Army Staff General Ann Roe' ... 'the army
  chief'; 'Interior Cabinet Secretary (CS) Ben Oda' ... 'The CS'): the latest person whose title
  run holds every word of the description;
- a document with no issuer named ('X said ... The statement added'): a statement is no speaker,
  its issuer is, the latest body or person the text had saying something before it;
- 'the company' or 'the firm' in a page about one company, and its short form ('Acme' for
  'Acme Foods Inc.'): the company, named as the text names it without its legal suffix.
Each reading gives None unless the text names exactly what the description points at.
"""
from __future__ import annotations

import re

from .speaker_alias import group_alias
from .speaker_apposed import apposed_office
from .office_takeup import office_holder
from .group_subject import group_subject
from .role_antecedent import role_subject
from .speaker_form import speaker_form
from .speaker_given import first_name_full, introduced_before, partly_named
from .speakers import NAME_SEQ, TITLES, is_pronoun, looks_person, strip_titles

# the head of an office description: 'the interior minister', 'the army chief', 'the CS'
_OFFICE_HEADS = frozenset("""
    chief secretary minister commander spokesman spokeswoman spokesperson director governor
    president premier chairman chairwoman chair ceo prosecutor commissioner inspector mayor
    ambassador envoy general head leader chancellor judge administrator superintendent
""".split())
_DESCRIBED = re.compile(r"([Tt]he\s+)?((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)")
_ABBR = re.compile(r"[A-Z]{2,5}")
# a token of a title run before a name: a capitalised word, 'of', an abbreviation in brackets
_TITLE_TOKEN = re.compile(r"\(?[A-Z][\w'’.-]*\)?|of|for")


def _title_words(text: str, name_start: int) -> list[str]:
    """The words of the title run right before a name (lower case, brackets dropped): walking
    back over capitalised words, 'of', '(CS)' and lower-case office words ('army chief')."""
    words = []
    for tok in reversed(text[max(0, name_start - 80):name_start].split()):
        if not (_TITLE_TOKEN.fullmatch(tok) or tok.lower() in TITLES):
            break
        words.append(tok.strip("()").lower())
    return words


def _split_name(run: str) -> tuple[str, int] | None:
    """The person's name that ends a capitalised run ('Army Staff General Ann Roe' -> 'Ann
    Roe', offset 19): the longest tail of 2-4 words holding no title word."""
    words = run.split()
    for n in (4, 3, 2):
        if len(words) < n:
            continue
        tail = words[-n:]
        name = " ".join(tail)
        if not any(w.lower() in TITLES for w in tail) and strip_titles(name) == name \
                and looks_person(name):
            return name, len(run) - len(name)
    return None


def titled_person(np: str, text: str, pos: int) -> str | None:
    """'the army chief' / 'The CS' -> the latest person before `pos` whose title run holds
    every word of the description, its head an office word or an abbreviation (with no
    article, every word must be a title word: 'Army Chief')."""
    m = _DESCRIBED.fullmatch(np.strip())
    if not m:
        return None
    words = m.group(2).split()
    if not (words[-1].lower() in _OFFICE_HEADS or _ABBR.fullmatch(words[-1])):
        return None
    if not m.group(1) and not all(w.lower() in TITLES for w in words):
        return None                      # 'Army Chief' as the resolver left it, not 'Ann Chief'
    want = {w.lower() for w in words}
    abbr = _ABBR.fullmatch(words[-1])    # an office's abbreviation stands right before the name:
    # 'Secretary (CS) Ben Oda', not a body's 'Relations (ISPR) Director General Ben Oda'
    best = None
    for run in NAME_SEQ.finditer(text, 0, pos):
        got = _split_name(run.group().rstrip(".’'"))
        if not got:
            continue
        title = _title_words(text, run.start() + got[1])
        if want <= set(title) and not (abbr and title[:1] != [words[-1].lower()]):
            best = got[0]
    return best


_DOC = re.compile(r"[Tt]he\s+(?:statement|release|communiqu[eé]|announcement)")
_SAYER = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))"
                    r"((?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for)){0,5})"
                    r"\s+(?:also\s+|has\s+|had\s+)?(?:said|says|stated|announced|added|insisted|claimed)\b")


def statement_issuer(np: str, text: str, pos: int) -> str | None:
    """'The statement' with no issuer named: the latest sayer (a name or body opening its
    sentence with a speech verb) in the 800 characters before `pos`."""
    if not _DOC.fullmatch(np.strip()):
        return None
    best = None
    for m in _SAYER.finditer(text, max(0, pos - 800), pos):
        who = m.group(1)
        if not (is_pronoun(who) or _DOC.fullmatch(who) or who.split()[0] in {"But", "And", "So", "Then"}):
            best = re.sub(r"^The\s+", "", who)
    return best


_FIRM = re.compile(r"[Tt]he\s+(?:company|firm|retailer|chain|carrier|airline|maker|manufacturer|lender|insurer)")
# a company name with its legal suffix: 'Acme Foods Inc.', 'Borel Group Ltd'
_LEGAL = re.compile(r"\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}?),?\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|Plc|PLC|"
                    r"Co|AG|GmbH)(?![\w-])")


def one_company(np: str, text: str) -> str | None:
    """'the company' (or the company's short form 'Acme') -> the one company the text names
    with a legal suffix ('Acme Foods Inc.' -> 'Acme Foods'); None for none or several."""
    names = {re.sub(r"^The\s+", "", m.group(1)) for m in _LEGAL.finditer(text)}
    if len(names) != 1:
        return None
    name = names.pop()
    if _FIRM.fullmatch(np.strip()):
        return name
    short = np.strip()
    if re.fullmatch(r"[A-Z][\w&'’-]*", short) and name.startswith(short + " "):
        return name
    return None


_READINGS = (lambda np, text, pos: titled_person(np, text, pos),
             lambda np, text, pos: statement_issuer(np, text, pos),
             lambda np, text, pos: one_company(np, text),
             partly_named, first_name_full, introduced_before,        # speaker_given.py
             group_alias, apposed_office, office_holder,      # speaker_alias.py, speaker_apposed.py, office_takeup.py
             group_subject,                                   # group_subject.py
             role_subject)                                    # role_antecedent.py


def named_form(speaker: str | None, text: str, pos: int | None) -> str | None:
    """`speaker` in its reported form (speaker_form), then the name the text gives a described
    speaker, read at `pos` (where the speaker is mentioned, or the quote when unknown)."""
    form = speaker_form(speaker)
    if not form:
        return form
    for read in _READINGS:
        if got := read(form, text, pos if pos is not None else len(text)):
            return got
    return form
