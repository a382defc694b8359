"""'"…," the nurse began in her message, "…"': a speaker who opens a run of speech with a verb
of beginning. 'began' is no speech verb anywhere else ('the strike began in May'), so it
counts only in the attribution slot right after a quote that breaks off at a comma, where
the words up to the end of the clause can be nothing but the speaker and its verb."""
from __future__ import annotations

import re

_BEGAN = re.compile(
    r"[\s,]*((?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"\s+(?:began|begins|started|starts)"
    r"(?:\s+(?:in|on|at)\s+(?:his|her|their|its|the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)?"   # 'in her video'
    r"\s*[,.:;]?\s*$")


def began_speaker(quote_text: str, right: str) -> tuple[str, int] | None:
    """(speaker, offset in `right`) when `right` is just 'X began …' after a comma-closed quote."""
    if not quote_text.rstrip().endswith(","):
        return None
    m = _BEGAN.match(right)
    return (m.group(1), m.start(1)) if m else None
