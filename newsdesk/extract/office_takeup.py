"""A bare office as speaker ('the prosecutor general said', 'The conservative president
suspended …, saying …') in a text that never writes a holder's name beside that office: news
style names its protagonist once ('Kostin also said …', 'Pinera reversed the hike') and then
refers to them by their office, so the office stands for the one untitled person the passage
before it is about. A reading of speaker_named.named_form, tried after the office readings
that need the title written before a name; None unless exactly one such person is the subject
of a sentence in the 1000 characters before, no other person is named there in full and the
text never titles that person otherwise."""
from __future__ import annotations

import re

from .speakers import CAP_STOP, HONORIFICS, NAME_SEQ, TITLES, looks_person, strip_titles

_OFFICE = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}?(president|premier|prime\s+minister|chancellor|governor|mayor|"
                     r"minister|prosecutor[\s-]general|attorney[\s-]general)")
_SENT_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")
# what follows a subject: a verb or adverb in lower case, or an appositive
_AFTER_SUBJECT = re.compile(r"(?:[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+)?[a-z]{3,}\b|,[ \t]+(?:an?|the)[ \t])")


def _subjects(text: str, lo: int, hi: int) -> list[str]:
    """Names that open a sentence of text[lo:hi] (after at most a short fronted phrase and its
    comma) as its subject, outside quotation marks."""
    out = []
    starts = [lo] + [m.end() for m in _SENT_END.finditer(text, lo, hi)]
    for s0 in starts:
        run = NAME_SEQ.match(text, s0 + len(text[s0:hi]) - len(text[s0:hi].lstrip()))
        if run is None or run.group().split()[0] in CAP_STOP:
            fronted = re.match(r"[^\"“”,.;:]{3,80},[ \t]+", text[s0:hi])
            run = fronted and NAME_SEQ.match(text, s0 + fronted.end())
        if not run or run.end() > hi or not _AFTER_SUBJECT.match(text, run.end()):
            continue
        para = text.rfind("\n", 0, run.start()) + 1
        lead = text[para:run.start()]
        if lead.count("“") > lead.count("”") or lead.count('"') % 2:
            continue
        name = strip_titles(run.group().rstrip(".’'"))
        if name.split()[0] not in CAP_STOP and name.split()[0].lower() not in HONORIFICS and looks_person(name):
            out.append(name)
    return out


def _titled_otherwise(text: str, surname: str, office: str) -> bool:
    """Whether a title word other than the office's stands right before the person's name."""
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
        before = text[max(0, m.start() - 60):m.start()].split()
        for tok in reversed(before[-4:]):
            low = tok.lower().strip(",")
            if low in HONORIFICS or tok[:1].isupper() and low not in TITLES:
                continue               # 'Mr.', a first name
            if low in TITLES and low not in office.split():
                return True
            break
    return False


def _others_named(text: str, lo: int, hi: int, surname: str) -> bool:
    """Whether text[lo:hi] names, outside quotation marks, another person in full ('Ann Roe
    and Ben Oda met'): the office could then be either's. Places ('Latin America') are none."""
    from .ev_names import place_kind       # (the gazetteer loads on first use)
    for run in NAME_SEQ.finditer(text, lo, hi):
        name = strip_titles(run.group().rstrip(".’'"))
        toks = name.split()
        if len(toks) < 2 or toks[0] in CAP_STOP or toks[-1] == surname or not looks_person(name):
            continue
        para = text.rfind("\n", 0, run.start()) + 1
        lead = text[para:run.start()]
        if lead.count("“") <= lead.count("”") and lead.count('"') % 2 == 0 and place_kind(name)[0] is None:
            return True
    return False


def office_holder(np: str, text: str, pos: int) -> str | None:
    """The one untitled subject before `pos` a bare office `np` stands for, else None."""
    m = _OFFICE.fullmatch(np.strip().lower())
    if not m:
        return None
    office = re.sub(r"[\s-]+", " ", m.group(1))
    names = _subjects(text, max(0, pos - 1000), pos)
    people = {n.split()[-1] for n in names}
    if len(people) != 1:
        return None
    surname = people.pop()
    if _titled_otherwise(text, surname, office) or _others_named(text, max(0, pos - 1000), pos, surname):
        return None
    return max((n for n in names if n.split()[-1] == surname), key=len)
