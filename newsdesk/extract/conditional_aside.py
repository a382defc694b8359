"""An attribution after a conditional aside: '…" if confirmed, the council has warned.'

The aside's participle ('confirmed', 'proven', 'verified') is itself on the speech-verb list,
so the attribution reader took it for the verb, found no subject before it and gave up; the
quote was left with no speaker. Skipping a short 'if/unless/once …ed,' aside before reading
the attribution gives the real one.
"""
from __future__ import annotations

import re

_ASIDE = re.compile(r"[\s,]*(?:if|unless|once|when|until)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|true)\s*,\s*")


def after_aside(right: str, read) -> tuple[str, int] | None:
    """(speaker, offset in `right`) read by `read` (attribution.right_speaker) from the words
    after a conditional aside opening `right`; None without such an aside."""
    m = _ASIDE.match(right)
    if not m:
        return None
    got = read(", " + right[m.end():])
    return (got[0], m.end() + got[1] - 2) if got else None
