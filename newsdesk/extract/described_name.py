"""A person named at the end of a lowercase description: 'former Gov. Ann Roe of Ohio',
'undecided Republican voter Ann Roe of Derry', 'former George W. Bush speechwriter Ann Roe'.

Why: the plain readers of such a description (speakers._DESCRIBED, _TITLED_RUN) allow only
undotted words between its first word and the name and nothing after the name, but real
attributions put dotted titles and initials ('Gov.', 'W.') in that stretch and a hometown or
employer after the name ('of New Mexico'). Missing the name there left the quote to an
earlier speaker of the article (PolNeAR train: '..., said former Gov. X of Y' went to 'Some
Democrats' of the paragraph before).
"""
from __future__ import annotations

import re

# a hometown or employer after the name: 'of New Mexico', 'from the Cato Institute'
_PLACE_TAIL = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’.&-]*"
                         r"(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|on))*(?:(?:\s+[a-z][\w-]*){0,2}\s+"
                         r"(?:union|party|group|association|federation|council|committee|department))?$")   # '… police union'
# words that cannot head a description of the person after them: the name is their object
# ('talks with Ann Roe', 'and Ann Roe'), or the phrase is no description ('the', 'his')
_NOT_DESCRIPTION = frozenset("""
    in on at of for to from with by his her their its our the a an over after before near into
    than and or but about against under between among like as via per including whom whose
    who which that this these those said says told asked
""".split())
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "van", "von", "da", "der", "la", "le"})
# the word before the name must name a role ('crowds near the old market Ann Roe' is no title):
# an office (speakers.TITLES), a person noun below, or an agent ending ('-er', '-ist', '-ian' …)
_ROLE_WORDS = frozenset("""
    widow widower clerk aide critic dissident expert delegate veteran student resident correspondent
    host nurse pilot
    guard candidate nominee fan mother father wife husband son daughter brother sister friend colleague
    coach priest monk chef poet author actress star survivor victim witness citizen refugee scholar
    diplomat fellow agent operative strategist activist official graduate executive attorney
""".split())
_AGENT = re.compile(r"[a-z-]+(?:er|or|ist|ian|man|woman|eer|ess|ant|ee)")
_NOT_ROLES = frozenset("""
    center centre corner border water order number paper letter river tower quarter cluster chamber
    theater theatre shelter sector floor door error mirror manner matter summer winter october november
    december september after under over hour tour factor corridor harbor harbour interior exterior
""".split())


def _role(w: str) -> bool:
    from . import speakers                # (speakers imports this module: read at call time)
    w = w.lower().strip(",")
    return w in speakers.TITLES or w in speakers.HONORIFICS or w in _ROLE_WORDS or \
        (bool(_AGENT.fullmatch(w)) and w not in _NOT_ROLES)


def _joins_roles(toks: list, k: int) -> bool:
    """'journalist and critic X': an 'and' between two role words describes one person."""
    return 0 < k < len(toks) - 1 and toks[k].group().lower() == "and" and \
        _role(toks[k - 1].group()) and _role(toks[k + 1].group())


def _name_token(w: str) -> bool:
    return w[:1].isupper() or w.lower() in _PARTICLES


def described_name(np: str) -> tuple[str, int] | None:
    """(name, offset in np) for a description that ends in a person's name after a lowercase
    word (two or more name words; titles and initials in between are allowed), else None.
    Callers ask only where the phrase is known to describe one person (it opens lowercase,
    or it is the subject of a clause of saying)."""
    from . import speakers
    toks = list(re.finditer(r"\S+", np))
    if toks and toks[0].group().lower() in {"the", "a", "an"}:
        toks = toks[1:]                   # 'the Hollywood columnist Ann Roe'
    if len(toks) < 3 or toks[0].group().lower() in _NOT_DESCRIPTION:
        return None
    tail = _PLACE_TAIL.search(np, toks[1].start())
    body = np[:tail.start()] if tail else np
    toks = [t for t in toks if t.end() <= len(body)]
    i = len(toks)
    while i > 0 and _name_token(toks[i - 1].group()):
        i -= 1
    before = toks[i - 1].group().lower().strip(",") if 0 < i < len(toks) else ""
    if not before or before in _NOT_DESCRIPTION or before.endswith("ing") \
            or (before.endswith("ed") and i > 1 and before != "named") \
            or any(t.group().lower() in {"and", "or", "&"} and not _joins_roles(toks, k)
                   for k, t in enumerate(toks[:i])):
        return None                 # 'the man accused of killing X' / 'experts X and Y': no one described
    run = body[toks[i].start():]
    name = speakers.strip_titles(run)
    if name == run and not _role(before):
        return None                       # no title inside the run, no role before it
    if len(name.split()) < 2 or not speakers.looks_person(name):
        return None
    return name, toks[i].start() + run.rfind(name)
