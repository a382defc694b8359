"""Speakers named by a verb outside the speech-verb list, from sentence structure alone.

A quotation that a clause's verb takes as its whole complement is that clause's subject's
wording, whatever the verb: 'Roe shot back, "…"', 'Roe cautioned "…"', '"…," Roe barked
and left'. News writing varies these verbs endlessly (a closed list always misses some),
but the shape is fixed: subject, verb and at most a particle or adverb touch the quote.
Without this the quote fell back on the previous speaker, often another person.
"""
from __future__ import annotations

import re

from .charge_object import charge_participle, main_clause_participle  # noqa: F401  (re-exported)
from .finding_subject import finding_subject  # noqa: F401  (re-exported for attribution.left_speaker)
from .issued_by import issued_by  # noqa: F401  (re-exported for attribution.left_speaker)
from .speakers import CAP_STOP, looks_person, strip_titles

# finite verbs by form: regular pasts and presents, and a few common irregular pasts (plural nouns
# that head news subjects are none: 'Security forces "acting …"')
_VERB = (r"(?P<verb>(?!(?:does|goes|was|has|is|this|its|news|series|forces|troops|officials)\b)[a-z]{3,}(?:ed|s)|"
         r"shot|began|went|spoke|wrote|swore|put|kept|threw|broke|struck)")
_PARTICLE = r"(?:\s+(?:back|out|up|on|off|in))?(?:\s+[a-z]{3,}ly)?"
_NAME = r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|[Hh]e|[Ss]he)"
_LEAD = r"\s*(?:(?:But|And|Then|Later|So|Yet|Still),?\s+|[^,;:“”\"‘’]{2,120},\s+)?"
# 'Roe fired back forcefully: "…' — the verb group is the last thing before the mark
_LEFT = re.compile(_LEAD + _NAME + r"(?:\s+[a-z]{3,}ly)?\s+" + _VERB + _PARTICLE +
                   r"(?:\s+(?:at|in|on|during|before|from|via|over)\s+[^,;:“”\"‘’]{1,30}?)?\s*[,:]?\s*$")
# what may follow the verb without opening a clause of its own: an object pronoun or name,
# then the sentence's end or an adjunct
_OBJECT = r"(?:\s+(?:him|her|them|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*))?"
_TAIL = (r"(?=\s*(?:[.!?;,]|$)|\s+(?:and|as|at|in|on|to|from|during|after|before|while|when|with|"
         r"over|into|about|again|then)\b)")
# '…," Roe barked and …' / '…?" she pressed.' / '…," Roe assured Lee.'
_RIGHT = re.compile(r"[\s,—–]*" + _NAME + r"(?:\s+[a-z]{3,}ly)?\s+" + _VERB + _PARTICLE + _OBJECT + _TAIL)
# the inverted order: '…," declares Ann Roe, 27, a nurse.'
_RIGHT_INVERTED = re.compile(r"[\s,—–]*" + _VERB + r"\s+" + _NAME.replace("|[Hh]e|[Ss]he", "") + _TAIL)
# a comment clause whose gap the quote fills: 'As Ann Roe pointed out in May, "…'
_AS_CLAUSE = re.compile(r"(?:^|[,;:—–]\s*|\s)[Aa]s\s+(?P<np>(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,4}?"
                        r"[A-Z][\w'’.-]*)\s+(?:(?:had|has|have|once|[a-z]{3,}ly)\s+){0,2}[a-z]{3,}\b"
                        r"(?:\s+(?:it|out|back|up))?(?:\s+[^,;:“”\"‘’]{1,40})?\s*[,:]\s*$")
_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                       "april june july august september october november december".split())


def _speaker_np(np: str) -> bool:
    """A person by name or a 'he'/'she' the resolver can follow; bodies are body_subject's."""
    if np.lower() in ("he", "she"):
        return True
    first, last = np.split()[0], np.split()[-1]
    return first not in CAP_STOP and last.lower() not in _NOT_NAMES and looks_person(strip_titles(np))


# a quote opening on a verb completes the clause: the words before it are all subject
_VERB_OPEN = re.compile(r"\s*(?:is|was|are|were|has|have|had|will|would|could|[a-z]{3,}(?:s|ed))\b")


def bare_left(left: str, quote_text: str) -> tuple[str, int] | None:
    """The subject when the words before the quote are only 'Subject verb[,:]' (np, offset);
    not before '"…' opening on a verb ('Saudi forces "dealt with …"': 'forces' is a noun)."""
    if _VERB_OPEN.match(quote_text):
        return None
    for m in (_LEFT.match(left), _AS_CLAUSE.search(left)):
        if m and _speaker_np(strip_lead(m.group("np"))):
            return m.group("np"), m.start("np")
    return None


def strip_lead(np: str) -> str:
    """The name that closes a described subject: 'the columnist Ann Roe' -> 'Ann Roe'."""
    from .described_name import described_name    # 'the Hollywood columnist Ann Roe' -> 'Ann Roe'
    toks = np.split()
    while len(toks) > 1 and not toks[0][:1].isupper():
        toks.pop(0)
    named = described_name(np) if np[:1].islower() else None
    return named[0] if named else " ".join(toks)


def bare_right(quote_text: str, right: str) -> tuple[str, int] | None:
    """The subject of '…," Subject verb' after a quote the sentence goes on from (it ends in
    a comma, or in '?'/'!' with a pronoun next or the verb closing the sentence); a quote closing in a full stop
    ends its sentence, so the words after it are a new one (np, offset in right)."""
    end = quote_text.rstrip(" ’'\"”")[-1:]
    comma_out = right.lstrip(" ’'\"”")[:1] == ","
    m = _RIGHT.match(right) or _RIGHT_INVERTED.match(right)
    if not m or not _speaker_np(m.group("np")):
        return None
    if not (end == "," or comma_out or (end in "?!" and m.group("np")[:1].islower())
            or (end in "?!" and re.match(r"\s*(?:[.;]|$)", right[m.end():]))):
        return None
    return m.group("np"), m.start("np")


def nearest_right(listed, bare):
    """The attribution after a quote whose subject comes first: a subject right after the
    mark with its own verb ('…," Roe assured Lee after Lee praised him') is the speaker;
    a listed speech verb further on belongs to a later clause."""
    if bare and (not listed or bare[1] < listed[1]):
        return bare
    return listed


def nearest_left(listed, bare):
    """The subject whose verb touches the quote ('After Lee spoke, Roe shot back, "…"') over
    a listed speech verb's subject earlier in the sentence; only asked for when no
    attribution follows the quote (an explicit one after it outranks a guessed verb)."""
    if bare and (not listed or listed[1] < bare[1]):
        return bare[0], bare[1], "bare"
    return listed


# a gerund after a preposition ('… by saying', '… after adding'): its subject is the clause's
_GERUND_AFTER = re.compile(r"\b(?:by|after|before|while|when|without|upon)\s+$")
_CLAUSE_OPEN = re.compile(r"\s*(?:(?:But|And|Then|Later|So|Yet|Still),?\s+|[^,;:“”\"‘’]{2,60},\s+)?"
                          r"(?P<np>[Hh]e|[Ss]he|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+"
                          r"(?:also\s+|then\s+|later\s+)?[a-z]{3,}\b")


def gerund_subject(left: str, verb_at: int) -> tuple[str, int] | None:
    """'She answered the post by saying, "…"': the speaker is the subject opening the clause,
    not the noun phrase that ends before the preposition (np, offset in left)."""
    if not _GERUND_AFTER.search(left, 0, verb_at):
        return None
    m = _CLAUSE_OPEN.match(left)
    if not m or m.start("np") >= verb_at or not _speaker_np(m.group("np")):
        return None
    return m.group("np"), m.start("np")


# a verb chain ending in 'to' before the speech verb: 'X went on to say', 'X was prompted to
# say', 'X appeared to assert …': the chain's subject says the words (subject_before stops
# at the 'to' and finds no noun phrase)
_TO_CHAIN = re.compile(r"\s+(?:(?:was|were|is|are|had|has|have|been)\s+)?(?:[a-z]{3,}ed|went\s+on|goes\s+on|"
                       r"go\s+on|began|begins|seemed|seems|wants|tries|decided|chose|rose)\s+to\s*$")


def chain_subject(before: str) -> tuple[str, int] | None:
    """The subject of 'X went on to' that ends `before` (the words before a speech verb)."""
    m = _TO_CHAIN.search(before)
    if not m or re.search(r"\b(?:declined|refused|failed|wanted)\s+to\s*$", before):
        return None                       # 'X declined to say' says nothing quoted
    from .speakers import subject_before      # (that module is read before this one)
    return subject_before(before[:m.start()] + " ")


# the subject and finite verb opening a clause (after a comma, the sentence start or 'as', 'after' …)
_COORD_OPEN = re.compile(r"(?:^|[,;:—–]\s*|\b(?:then|so|but|as|after|while|before)\s+)"
                         r"(?P<who>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})"
                         r"\s+(?:\w+ly\s+)?(?:[a-z]{2,}ed|took|stood|sat|got|gave|made|shook|went|came|"
                         r"held|threw|grew|drew|broke|spoke|turned|flew|met|ran|led|sent|won|fell)\b")
_COORD_BREAK = re.compile(r"\b(?:who|whom|which|that|whose|where|when|if)\b")
# a plural common-noun subject opening the sentence, an aside allowed before its first verb:
# 'Grieving parents, several of them weeping, marched ... and chanted "…"' (a crowd, not a name)
_CROWD_OPEN = re.compile(r"^\s*(?P<who>(?:The\s+|[A-Z][a-z]+\s+)?[a-z]{3,}s)(?:,[^,;\"“”]{1,50},)?\s+(?:\w+ly\s+)?"
                         r"(?:[a-z]{2,}ed|sang|wept|stood|gathered|held|threw|broke|ran|went|came)\b")


def coordinated_subject(left: str, verb_at: int) -> tuple[str, int] | None:
    """'…, he looked into the camera, furrowed his brow and said, "…"': a speech verb after
    'and' (or 'but': 'X backed the plan, but now said') shares the subject of the first verb
    of its coordination, the clause subject nearest before it, not the subject of an earlier
    clause ('when I asked him …'). None
    when a relative or subordinate word sits between ('Roe thanked the mayor, who smiled
    and said'), where the subject is elsewhere."""
    before = left[:verb_at]
    if not re.search(r"(?:,\s*|\s)(?:and|but)\s+(?:then\s+|now\s+|also\s+|later\s+)?$", before):
        return None
    last = None
    for m in _COORD_OPEN.finditer(before):
        last = m
    last = last or _CROWD_OPEN.match(before)
    if last is None or _COORD_BREAK.search(before, last.end()):
        return None
    from .speakers import CAP_STOP
    who = last.group("who")
    if who.split()[0] in CAP_STOP and who.lower() not in {"he", "she", "they"}:
        return None
    return who, last.start("who")
