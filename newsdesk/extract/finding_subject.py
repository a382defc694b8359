"""A finding that opens the sentence: 'An inquiry by the Coast Guard found that the hull was
"…"' — the body that made the finding is the source of the quoted words.

Why: with no speech verb before the quote ('found', 'indicated', 'showed' are none), the
quote fell back on the last speaker of the page, often the other side of a dispute. An
analysis, inquiry or review 'of' or 'by' a named body that finds, shows or indicates
something speaks for that body, as a document speaks for its issuer
(`attribution.document_subject`). Only a capitalised owner counts ("a review of the footage"
names no one), and the finding must open the quote's sentence.
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
        return None
    own = _OWNER.search(m.group("rest"))
    if not own:
        return None
    return own.group("own"), m.start("rest") + own.start("own")
