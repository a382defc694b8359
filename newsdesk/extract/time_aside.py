"""An attribution after a time clause: '"…" as crews dug through the night, the mayor told
reporters.' The clause only says when the words were spoken, yet its length pushed the speech
verb past the attribution reader's word window, so the quote was left with no speaker. Skipping
one 'as / while / even as …,' clause that holds no quotation mark or speech of its own gives
the real attribution."""
from __future__ import annotations

import re

from .speech_verbs import SPEECH_VERB

# the clause: a subordinator, then up to 30 words with no stop, quote mark or comma, then a comma
_CLAUSE = re.compile(r"[\s,]*(?:even\s+as|as|while)\s+([^,;:.!?\"“”‘’]{3,220}?),\s*(?=\S)")


def after_time_clause(right: str, read) -> tuple[str, int] | None:
    """(speaker, offset in `right`) read by `read` (attribution.right_speaker) from the words
    after an opening 'as / while' clause; None without one, or when the clause speaks itself."""
    m = _CLAUSE.match(right)
    if not m or len(m.group(1).split()) > 30 or SPEECH_VERB.search(m.group(1)):
        return None
    got = read(", " + right[m.end():])
    return (got[0], m.end() + got[1] - 2) if got else None
