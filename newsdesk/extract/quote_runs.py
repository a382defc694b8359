"""Speakers for quotes that carry no attribution of their own, settled once every quote of
the article has been read. Such a quote first inherits the speaker of the run it sits in
(quotes._recent_speaker); two signals later in the text can overrule that guess: the clause
that closes its own sentence after a further quote, and the same words quoted again with a
name. Also here: a described speaker speaking again ('a ministry official said … he added')
and a bare 'the 23-year-old student' standing for the person named just before."""
from __future__ import annotations

import re

from .speakers import NAME_SEQ, ORG_HEADS, TITLES, looks_person, strip_titles
from .open_quote import said_inside

HUMAN_HEADS = frozenset("""
    official spokesman spokeswoman spokesperson witness resident man woman officer source diplomat
    doctor nurse neighbor neighbour student relative lawyer attorney analyst activist survivor soldier
    fighter militant worker driver teacher mother father brother sister son daughter wife husband
    friend protester firefighter paramedic medic guard employee owner villager farmer refugee
""".split())
# words of a title that only modify its head ('the deputy', 'the foreign'): no person by themselves
_TITLE_MODIFIERS = frozenset("""
    acting affairs defence defense deputy ex executive field finance foreign former home interior
    justice labour majority minority opposition prime senate senior supreme vice
""".split())


def _person_head(word: str) -> bool:
    """A description's head that names a person: a common human noun or an office held by one
    ('the rebels' leader', 'a senior commander'), not a body ('the ministry')."""
    w = word.lower()
    return w in HUMAN_HEADS or (w.isalpha() and w in TITLES and w not in ORG_HEADS and w not in _TITLE_MODIFIERS)


# a description's post-modifier: 'a spokesman for the Army', 'the driver of one bus'
_POST_MOD = re.compile(r"^((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:for|of|to|at|with|from)\s+"
                       r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,5}|(?:the|a|an|one)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")


def described_speaker(text: str, earlier: list, pos: int):
    """'"…," a ministry official said. "…," he added.': a he/she right after a quote by a
    described person (no name in between) is that person, not the last named one."""
    if not earlier or not earlier[-1].speaker:
        return None
    prev = earlier[-1]
    head = _POST_MOD.sub(r"\1", prev.speaker).split()[-1]    # 'a spokesman for the X Army': spokesman
    gap = text[prev.para_start + prev.mark.end:pos]
    if not _person_head(head) or len(gap) > 400:
        return None
    for nm in NAME_SEQ.finditer(gap):
        if len(nm.group().split()) >= 2 and looks_person(strip_titles(nm.group())):
            return None
    return prev


_AGENT_FOR = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|aide|adviser|"
                        r"advisor|lawyer|attorney)\s+(?:for|to)\s+\S")


def speaks_for(np: str) -> bool:
    """'A spokeswoman for Secretary of State Ann Roe': the agent speaks, not the person she
    speaks for, though that person's name closes the phrase."""
    return bool(_AGENT_FOR.match(np))


_AGED = re.compile(r"(?:the|The)\s+\d{1,3}-year-old\s+[a-z][\w-]*")
_BARE_AGED = re.compile(r"(?:the|The)\s+\d{1,3}-year-old")      # 'said the 25-year-old'


def aged_referent(np: str, text: str, pos: int) -> str | None:
    """'Ann Roe was not hurt. The 23-year-old singer wrote …': news style names a person once,
    then takes them up by age and occupation; the person named last before is the one meant."""
    if not _AGED.fullmatch(np.strip()):
        from .speaker_takeup import described_referent      # 'the 45-year-old', 'the mother of two'
        found = described_referent(np, text, pos)
        if found or not _BARE_AGED.fullmatch(np.strip()):
            return found              # a bare age no earlier name carries: the last person named
    from .ev_names import well_known_place
    best, bare, seen = None, not _AGED.fullmatch(np.strip()), set()
    for nm in NAME_SEQ.finditer(text, max(0, pos - 400), pos):
        name = strip_titles(nm.group())
        if 2 <= len(name.split()) <= 3 and looks_person(name) and not (bare and well_known_place(name)):
            best = name               # (a bare age has no occupation to check: 'Addis Ababa' is no one)
            seen.add(name)
    return None if bare and len(seen) != 1 else best    # a bare age only when one person was named


# a document as the subject of a sentence: 'The report was filed against four suspects.'
_DOC_SUBJECT = re.compile(r"\s*((?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|letter|complaint|"
                          r"memo|indictment|filing|lawsuit|document|communiqu[eé]|release|notice|ruling|verdict|"
                          r"FIR|charge sheet))\s+(?:was|is|had|has|[a-z]+ed)\b")


def document_before(text: str, sent0: int) -> str | None:
    """'The report was filed on Monday. It added that …': an 'it' opening the next sentence of
    the paragraph takes up the document, not the last institution named before it."""
    line0 = text.rfind("\n", 0, sent0) + 1
    if sent0 <= line0:
        return None
    from .attribution import sentence_start
    prev0 = sentence_start(text, max(line0, sent0 - 2), line0)
    m = _DOC_SUBJECT.match(text, prev0, sent0)
    return m.group(1) if m else None


_STOP = re.compile(r"[.!?](?:\s|$)")
_WORD = re.compile(r"[\w'’]+")


def _quoted(f, text: str) -> str:
    return text[f.para_start + f.mark.text_start:f.para_start + f.mark.text_end]


def _named_after(f) -> bool:
    """The speaker was named after the quote ('…," the mayor said'), not carried over."""
    return bool(f.speaker) and f.sp_start is not None and f.sp_start >= f.para_start + f.mark.end


def sentence_tail(found: list, k: int, text: str):
    """'Roads "were cut" and the port "closed within the hour," the mayor said.': a fragment
    its sentence carries on from is spoken by whoever the sentence's closing attribution
    names, after the later quote(s). None if the sentence ends first."""
    f = found[k]
    if not f.mark.closed or _quoted(f, text).rstrip(" '’\"”")[-1:] in ".!?…":
        return None
    prev = f
    for g in found[k + 1:]:
        if g.para_start != f.para_start:
            return None
        gap = text[prev.para_start + prev.mark.end:g.para_start + g.mark.start]
        if len(gap) > 200 or _STOP.search(gap):
            return None
        if not g.inherited:
            return g if _named_after(g) else None
        if _quoted(g, text).rstrip(" '’\"”")[-1:] in ".!?…":
            return None
        prev = g
    return None


def _words(s: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(s)]


def same_words(found: list, k: int, text: str):
    """A quote whose words (4 or more) the article quotes again with a named speaker is that
    speaker's: writers repeat a striking line, and the unattributed copy otherwise inherits
    whoever spoke last before it."""
    mine = _words(_quoted(found[k], text))
    for g in found:
        if g is found[k] or g.inherited or not g.speaker:
            continue
        theirs = _words(_quoted(g, text))
        n = min(len(mine), len(theirs))
        if (n >= 5 or n == 4 == len(mine) == len(theirs)) and mine[:n] == theirs[:n]:
            return g                  # (four words open many lines: 'I don't know, exactly')
    return None


def settle_inherited(found: list, text: str) -> None:
    """Overrule the carried-over speaker of each unattributed quote where the text names one."""
    for k, f in enumerate(found):
        if not f.inherited:
            continue
        if (inner := said_inside(f, text)) is not None:       # '"… all are dead, General X said.'
            f.speaker, f.sp_start, f.sp_end = inner
            f.person = True
            continue
        src = same_words(found, k, text) or sentence_tail(found, k, text)
        if src is not None and src.speaker:
            f.speaker, f.person, f.sp_start, f.sp_end = src.speaker, src.person, src.sp_start, src.sp_end


# 'The Economic Council of Ostra (ECO) condemned', 'Ostra summoned': a named body opening the
# sentence as the subject of a past-tense verb (an acronym in brackets may close its name)
_BODY_VERB = re.compile(r"\s*(?:(?:But|And|Meanwhile|However|Later|Earlier|Then|Instead),?\s+)?"
                        r"((?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){0,8}?"
                        r"(?:\s+\([A-Z]{2,}\))?)\s+(?:also\s+|has\s+|have\s+|had\s+)?[a-z]{3,}ed\b")


def body_subject(left: str) -> tuple[str, int] | None:
    """A state or a named organisation opening the sentence as the subject of a finite verb,
    for a quoted fragment the sentence gives no speech verb ('Ostra summoned the envoy over
    "hostile acts"'): the sentence tells what that body holds, so it names the speaker better
    than the quote before it, which may sit paragraphs away. A person is sentence_subject's."""
    m = _BODY_VERB.match(left)
    if not m:
        return None
    name = m.group(1)
    words = [w for w in re.sub(r"[()]", " ", name).split() if w not in ("The", "of", "for", "and", "the")]
    from .ev_names import place_kind
    from .speakers import ORG_HEADS
    if place_kind(name)[0] == "country" or (words and (words[-1].lower() in ORG_HEADS - _PEOPLE_HEADS
                                                       or any(len(w) >= 3 and w.isupper() for w in words))):
        return name, m.start(1)
    return None


_PEOPLE_HEADS = {"officials", "sources", "spokesman"}


_CUT_ATTRIBUTION = re.compile(r"[\s,]*(?:said|says|added|told|stated|according\s+to)\s*")
# '…," it is claimed.' / '… moved "…" to the exit, it was reported on Monday.': a dummy 'it' with a
# passive report verb closing the sentence (at most a few words after it)
_AGENTLESS = re.compile(r"(?:[^.!?\n]*?[,;—–])?\s*it\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                        r"(?:claimed|said|reported|alleged|understood|believed|thought|rumou?red)"
                        r"(?:\s+[\w-]+){0,3}\s*(?:[.!?]|$)")


def speaker_unknown(text: str, end: int) -> bool:
    """Whether the words quoted up to `end` have no speaker to find: the text stops right
    after the attribution verb ('"…," said ' and nothing more: a page cut at a character
    limit), or the attribution is an agentless passive ('"…," it is claimed'). Neither the
    clause's subject nor the previous speaker may then stand in for the one who said them."""
    return bool(_CUT_ATTRIBUTION.fullmatch(text, end) or _AGENTLESS.match(text, end))


# a lone capitalised word opening the sentence as the subject of a finite verb
_SURNAME_VERB = re.compile(r"\s*(?:(?:But|And|Instead|Still|Now|Meanwhile|However|Later|Earlier|Then|So),?\s+)?"
                           r"([A-Z][\w'’-]+)\s+(?:now\s+|also\s+|still\s+|then\s+)?([a-z]{3,}(?:s|ed)|sent|gave|"
                           r"wrote|spoke|made|took|told|paid|held|drew|struck)\b")


def surname_subject(left: str, res, base: int) -> tuple[str, int] | None:
    """'Roe thanked him for "…"': after the first mention news names a person by surname alone;
    a surname of a person the article named in full, opening the sentence as the subject of a
    finite verb, is whose wording the quoted fragment is (as sentence_subject for full names).
    `base` is where `left` starts in the text."""
    m = _SURNAME_VERB.match(left)
    if not m or m.group(2) in {"was", "has", "is", "does"}:
        return None
    word = m.group(1)
    from .speakers import CAP_STOP
    if word in CAP_STOP or not res._known_surname(word, base + m.start(1)):
        return None
    return word, m.start(1)
