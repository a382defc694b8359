"""A finding that opens the sentence: 'An inquiry by the Coast Guard found that the hull was
"…"' — the body that made the finding is the source of the quoted words.

Why: with no speech verb before the quote ('found', 'indicated', 'showed' are none), the
quote fell back on the last speaker of the page, often the other side of a dispute. An
analysis, inquiry or review 'of' or 'by' a named body that finds, shows or indicates
something speaks for that body, as a document speaks for its issuer
(`attribution.document_subject`). Only a capitalised owner counts ("a review of the footage"
names no one), and the finding must open the quote's sentence. A jury, inquest, court or panel
that found, ruled or was satisfied that "…" (after at most a short fronted phrase: 'By a
majority of nine to one, jurors were satisfied that "…"') is likewise the source of its finding.
"""
from __future__ import annotations

import re

_FINDING = (r"(?:analysis|analyses|investigation|inquiry|enquiry|probe|review|assessment|study|examination|"
            r"audit|autopsy|inspection)")
_FOUND = r"(?:found|finds|indicated|indicates|showed|shows|concluded|concludes|determined|revealed|reveals|suggested|suggests)"
_OPENING = re.compile(r"\W*(?:An?|The|Its|Their)\s+(?:[\w-]+\s+){0,2}?" + _FINDING + r"\s+(?:(?:conducted|carried\s+out|"
                      r"commissioned)\s+)?(?:of|by|from)\s+(?P<rest>[^\"\u201c\u201d;.]{1,80}?)\s+(?:has\s+|had\s+|have\s+)?"
                      + _FOUND + r"\b")
_OWNER = re.compile(r"(?:^|\s)(?:the\s+)?(?P<own>[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3})")


def finding_subject(left: str) -> tuple[str, int] | None:
    """The named body whose analysis, inquiry or review opens `left` and finds what the quote
    says, with its offset in `left`; None if the finding names no body."""
    m = _OPENING.match(left)
    if not m:
        return verdict_subject(left)
    own = _OWNER.search(m.group("rest"))
    if not own:
        return None
    return own.group("own"), m.start("rest") + own.start("own")


_JUDGING = r"(?:jury|jurors|inquest|coroner|panel|tribunal|court|judges?|magistrates?)"
_VERDICT = re.compile(r"\W*(?:[A-Z][^\"\u201c\u201d;.,]{2,60},\s+)?(?P<np>(?:(?:[Tt]he|[Aa])\s+)?(?:[a-z-]+\s+){0,2}?"
                      + _JUDGING + r")\s+(?:also\s+|unanimously\s+)?(?:found|ruled|concluded|determined|decided|agreed|"
                      r"(?:was|were)\s+satisfied)\s+that\b[^\"\u201c\u201d]{0,200}$")


def verdict_subject(left: str) -> tuple[str, int] | None:
    """The jury, inquest or court that opens `left` and found or ruled what the quote says,
    with its offset in `left`; None otherwise."""
    m = _VERDICT.match(left)
    return (m.group("np"), m.start("np")) if m else None
