"""The clause that hands a quote over with a colon ('The mayor shot back: "…"').

Why: when no speech verb we know stands next to the quote, the quote used to inherit the
previous speaker of the run, although its own sentence names who speaks: in news writing a
colon at the end of a clause introduces what that clause's subject says. We take the
subject of the last main clause before the colon (a fronted phrase or a trailing prepositional
phrase, split off by commas, is skipped), never a name from another sentence.
"""

from __future__ import annotations

import re

_DET = r"(?:the|a|an|this|that|his|her|its|their|one|another|[A-Z][\w'’.-]*)"
_AUX = r"(?:who|which|that|and|but|then|there|was|were|is|are|did|does|do|has|had|have|will|would|could|can)"
_NP = rf"{_DET}(?:\s+(?!{_AUX}\b)[\w'’.-]+){{0,5}}?"
_PRONOUN = r"(?:he|she|they|it|i|we)"
_ADVERB = r"(?:(?:then|also|later|again|simply|once|finally|quickly|only|[a-z]{3,}ly)\s+)"
_VERB = r"(?:[a-z]{3,}(?:ed|es|s)|wrote|said|told|spoke|put|shot|fired|hit|gave|took|went|came)"
_CLAUSE = re.compile(rf"\s*(?:(?:but|and|so|then|yet|still|later|earlier),?\s+)?(?P<np>{_PRONOUN}|{_NP})\s+{_ADVERB}?(?P<verb>{_VERB})\b"
                     rf"(?P<rest>(?:\s+\w[\w'’-]*){{0,4}})\s*$", re.I)
_PREP_LEAD = re.compile(r"\s*(?:with|in|at|on|from|after|before|during|as|to|for|in front of)\b", re.I)
_NOT_SUBJECT = frozenset({"there", "here", "but", "and", "then", "this", "that", "it", "one", "another"})
_COPULA = frozenset({"was", "is", "has", "does", "goes", "reads", "follows", "includes"})


def _clause_np(seg: str) -> tuple[str, int] | None:
    """The subject of one comma-free clause 'NP [adverb] verb [up to four words]'."""
    m = _CLAUSE.match(seg)
    if not m or m.group("verb").lower() in _COPULA:
        return None
    np = m.group("np")
    first = np.split()[0]
    if first.lower() in _NOT_SUBJECT or (first[0].islower() and first.lower() not in
                                          {"the", "a", "an", "his", "her", "its", "their"}):
        return None
    return np, m.start("np")


def colon_clause_subject(left: str) -> tuple[str, int] | None:
    """'At the meeting, the senator retorted: "…"' -> ('the senator', offset in `left`):
    the subject of the clause the colon closes, when `left` (the quote's own sentence up to
    the mark) ends in a colon. A trailing prepositional phrase ('…, with a smile:') is
    passed over to reach the clause before it."""
    body = left.rstrip()
    if not body.endswith(":"):
        return None
    body = body[:-1]
    cuts = [0] + [m.end() for m in re.finditer(r",", body)]
    for k in range(len(cuts) - 1, max(-1, len(cuts) - 3), -1):
        seg = body[cuts[k]:cuts[k + 1] - 1 if k + 1 < len(cuts) else len(body)]
        hit = _clause_np(seg)
        if hit:
            return hit[0], cuts[k] + hit[1]
        if not _PREP_LEAD.match(seg):
            return None
    return None
