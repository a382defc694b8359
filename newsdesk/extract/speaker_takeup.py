"""A person named once and taken up later by a description of them: news style introduces
'the country's president, Ann Roe,' or 'Ann Roe, a spokeswoman for the council,' and then
quotes 'the president' or 'the spokeswoman'; names 'Ann Roe, 45,' and quotes 'the 45-year-old'
or 'the mother of two'; has 'witnesses' describe a scene and quotes 'one'. Each function maps
such a description back to the name (or the fuller description) the text gave before."""
from __future__ import annotations

import re
from functools import lru_cache

from .speakers import CAP_STOP, HONORIFICS, NAME_SEQ, ORG_HEADS, TITLES, looks_person, strip_titles

_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|van|von)\b(?:-[\w'’-]+)?))*"
# a title or rank written before the name in the appositive ('the army spokesman, Col. Ann Roe,')
_RANK = r"(?:(?:[A-Z][a-z]{0,4}\.|Sir|Dame|Dr|Mr|Mrs|Ms)[ \t]+)*"


def _person(run: str) -> str | None:
    name = strip_titles(run.strip())
    return name if len(name.split()) >= 2 and looks_person(name) else None


@lru_cache(maxsize=512)
def _apposed_patterns(role: str) -> tuple["re.Pattern", "re.Pattern"]:
    """The role-first and name-first appositive patterns of `role` (compiled once per role)."""
    esc = re.escape(role)
    first = re.compile(rf"\b(?i:{esc})(?:\s+(?:of|for|at|in|to)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){{0,2}}?)?"
                       rf",[ \t]+{_RANK}({_NAME})(?=\s*(?:,|\.|;|\s(?:said|told|says|who|and)\b))")
    second = re.compile(rf"({_NAME}),\s+(?:an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?{esc}\b")
    return first, second


def apposed_holders(text: str, role: str) -> list[tuple[int, str]]:
    """(position, name) of each person the text sets in apposition to `role`: 'the country's
    president, Ann Roe,' / 'the chief executive of the airline, Ann Roe,' (role first, a short
    complement allowed, an abbreviated rank before the name) and 'Ann Roe, a spokeswoman for
    the council,' (name first; 'the' and a possessive already read by role_holders)."""
    if not role or not re.fullmatch(r"[a-z][a-z -]*", role) or role.split()[-1] not in TITLES:
        return []                     # an office ('the spokesman'), not any noun ('the man')
    out = []
    if role.split()[-1] not in text.lower():
        return out
    first, second = _apposed_patterns(role)
    for m in first.finditer(text):
        if (name := _person(m.group(1))) is not None:
            out.append((m.start(1), name))
    for m in second.finditer(text):
        if (name := _person(m.group(1))) is not None:
            out.append((m.start(1), name))
    return sorted(out)


_AGE_ONLY = re.compile(r"(?:the|The)\s+(\d{1,3})-year-old(?:\s+[a-z][\w-]*)?")


def described_referent(np: str, text: str, pos: int) -> str | None:
    """'the 45-year-old' (no noun after it) after 'Ann Roe, 45,' or 'Ann Roe, a 45-year-old
    nurse,': the person the text gave that age. None when nobody or several people fit."""
    s = np.strip()
    age = _AGE_ONLY.fullmatch(s)
    if age:
        years = age.group(1)
        hits = {_person(m.group(1)) for m in re.finditer(
            rf"({_NAME}),\s+(?:an?\s+)?{years}(?:-year-old\b|\s*,)", text[max(0, pos - 1500):pos])}
        hits.discard(None)
        return hits.pop() if len(hits) == 1 else None
    return None


# 'Witnesses described the panic. "…," said one.': the plural that 'one' takes up
_PEOPLE_PLURAL = re.compile(r"\b(witness|eyewitness|resident|survivor|student|villager|neighbou?r|worker|doctor|"
                            r"nurse|official|soldier|protester|passenger|shopkeeper|parent|refugee|"
                            r"relative|volunteer|rescuer|medic|police officer|officer)(?:e?s)\b", re.I)


def one_of(np: str, text: str, pos: int) -> str | None:
    """'one' as a speaker -> 'one witness' when the sentences before it (same or previous
    paragraph, 400 characters) speak of witnesses: the count word alone names no one."""
    if np.strip().lower() != "one":
        return None
    hits = list(_PEOPLE_PLURAL.finditer(text, max(0, pos - 400), pos))
    return f"one {hits[-1].group(1).lower()}" if hits else None


# 'One woman, who gave her name as Amira, said': the given name is the speaker's name
_GIVEN = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+the\s+[A-Z][\w'’-]+)?)"     # ('Abu Ali the Elder')
_GAVE_NAME = re.compile(r"\b(?:gave|giving|gives)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
                        + _GIVEN + r"|\b(?:identified|named|known)\s+(?:only\s+)?as\s+" + _GIVEN +
                        r"|\b(?:goes|went|going)\s+by\s+(?:the\s+name\s+(?:of\s+)?)?" + _GIVEN)

_GAVE_AFTER = re.compile(r",\s+(?:(?:who|and|but)\s+(?:[a-z]+\s+){0,4}?)?(?:" + _GAVE_NAME.pattern + ")")


def given_as(np: str, after: str) -> str | None:
    """The name a described speaker 'gave as' in the appositive right after the description
    (`after` is the text that follows it: 'One woman, who gave her name as Amira, said'): a
    first name is still the person's name."""
    words = np.split()
    if not words or words[0].lower() not in {"one", "a", "an", "another", "the"} or looks_person(np):
        return None
    m = _GAVE_AFTER.match(after)
    if not m:
        return None
    name = next(g for g in m.groups() if g)
    return None if name.split()[0].lower() in HONORIFICS | TITLES else name


_BODY_HEADS = frozenset("ministry department office agency council committee commission authority embassy "
                        "directorate secretariat".split())
_BODY_WORD = r"(?:[A-Z][\w'’.-]*|of|for|and|the)"


def named_body(np: str, text: str, pos: int) -> str | None:
    """'the ministry' -> the latest body before `pos` the text names with that head word,
    written either way round ('the Health Ministry', 'the Ministry of Civil Defence'), within
    1500 characters: the last body of any kind named ('Officials at …') may not be it."""
    words = np.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _BODY_HEADS:
        return None
    head = words[1].capitalize()
    rx = re.compile(rf"(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}{head}\b|\b{head}(?:[ \t]+(?:of|for)(?:[ \t]+(?:the|and))?"
                    rf"[ \t]+[A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){{0,3}})")
    best = None
    for m in rx.finditer(text, max(0, pos - 1500), pos):
        name = re.sub(r"^(?:The|A|An|In|At|On|From|By|For|And|But|Officials|Sources)[ \t]+", "", m.group())
        if name.split()[0] != head or len(name.split()) > 1:
            best = name
    return best


_FROM_DOC = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:statement|message|post|communiqu[eé]|letter|"
                       r"announcement)\s+(?:from|by|issued by|released by)\s+((?:the\s+)?[^\s,;:]+(?:\s+[^\s,;:]+){0,5}?)"
                       r"(?:\s+(?:was|is|were|are|has|had|said|says|called)\b.*)?")


def issuer_of(np: str) -> str | None:
    """'a statement from the group' -> 'the group': the document speaks for its issuer."""
    m = _FROM_DOC.fullmatch(np.strip())
    return m.group(1) if m else None


_GROUP_NP = frozenset({"the group", "the militant group", "the armed group", "the rebel group", "the movement",
                       "the militia", "the organisation", "the organization", "the outfit"})
_GROUPISH = frozenset("front movement group party brotherhood league army alliance coalition union forces "
                      "brigade brigades militia state organisation organization".split())
# 'The Northern Front claimed …': a body named with 'The' and acting as its sentence's subject
_ACTING_BODY = re.compile(r"(?:^|[.!?]\s+|\n)The[ \t]+((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]+"
                          r"(?:(?:has|have|had|also)\s+)?(?:[a-z]{3,}ed|said|says|claims|took|made|issued)\b")


def group_named(np: str, text: str, pos: int) -> str | None:
    """'the group' with no name of that head word before it: the latest body the text names
    with 'The' as a sentence's subject within 1500 characters ('The Northern Front claimed
    the attack.'), which a person's name never is."""
    if np.strip().lower() not in _GROUP_NP:
        return None
    best = None
    for m in _ACTING_BODY.finditer(text, max(0, pos - 1500), pos):
        head = m.group(1).split()[-1].lower()
        if not m.group(1).isupper() and m.group(1).split()[0] not in CAP_STOP and (head in _GROUPISH or head not in ORG_HEADS):
            best = m.group(1)         # ('The Associated Press reported', 'The ministry said': no group)
    return best


# descriptions news style uses for a person it has just named ('George Roe tweeted … the actor
# wrote'); the anonymous kind ('the official', 'the source', 'the spokesman') is left out (an
# indefinite 'a senior official' usually introduced it), and so are offices ('the judge', 'the
# lawyer'): a named person nearby is often the party, not the office holder
_TAKEUP_NOUNS = frozenset("""
    actor actress singer star producer director author writer rapper musician artist comedian
    presenter host player athlete veteran teenager teen pensioner mother father mom dad
    grandmother grandfather widow widower businessman businesswoman entrepreneur scientist
    researcher professor engineer pilot priest imam pastor doctor surgeon nurse teacher student
    survivor driver farmer shopkeeper activist politician lawmaker legislator
""".split())
_TAKEUP = re.compile(r"(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)(?:\s+of\s+(?:two|three|four|five|six|\d))?")


def named_before(np: str, text: str, pos: int, full, by_last: dict) -> str | None:
    """'the actor' / 'the mother of two' / 'the veteran lawmaker' as a speaker -> the one
    person who is a subject in the 400 characters before `pos` (named within the first six
    words of a sentence, outside quotation marks: 'Star Ann Roe tweeted …' yes, 'against Ben
    Oda' no); `full` gives a name's fullest form, `by_last` maps surnames to full names.
    None when nobody or several people are."""
    m = _TAKEUP.fullmatch(np.strip())
    if not m or m.group(1) not in _TAKEUP_NOUNS:
        return None
    lo = max(0, pos - 400)
    found = set()
    for nm in NAME_SEQ.finditer(text, lo, pos):
        run = strip_titles(nm.group().rstrip(".’'"))
        who = full(run) if len(run.split()) >= 2 and looks_person(run) else by_last.get(run.lower())
        if not who:
            continue
        s0 = max(text.rfind("\n", 0, nm.start()), *(text.rfind(c, 0, nm.start()) for c in (". ", "? ", "! ")))
        lead = text[s0 + 1:nm.start()]
        if len(lead.split()) <= 6 and lead.count("“") <= lead.count("”") and lead.count('"') % 2 == 0:
            found.add(who)
    return found.pop() if len(found) == 1 else None


# a medium that carried a body's words: 'AFP quoted a TV report as saying', '… state television said'
_MEDIUM = re.compile(r"(?:an?|the)?\s*(?:state\s+|local\s+|national\s+)?(?:TV|television|radio)(?:\s+(?:report|broadcast|"
                     r"channel|station|bulletin))?", re.I)


def carried_by(np: str) -> bool:
    """Whether the speaker as written is a medium ('a TV report', 'state television'): the body
    whose statement it read out, named in the sentence before, is the speaker
    (quote_refs.document_owner is asked as for 'the statement')."""
    return bool(_MEDIUM.fullmatch(np.strip()))


# a label line over the quote: 'A statement from the victim's parents, issued on Sunday:'
_LABEL = re.compile(r"\s*(?:An?|The)\s+(?:[a-z]+\s+)?(?:statement|message|letter|communiqu[eé])\s+(?:from|by|issued by)\s+"
                    r"((?:the\s+)?[^,:;\n]{2,60}?)(?:,[^:\n]{0,60})?:\s*$")


def label_issuer(line: str) -> tuple[str, int] | None:
    """(issuer, offset in line) of a line naming a document and its issuer and ending in a
    colon: the quote paragraph after it is the document's text, the issuer its speaker."""
    m = _LABEL.match(line)
    return (m.group(1), m.start(1)) if m else None
