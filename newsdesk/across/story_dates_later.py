"""An act told as "days later" than a recalled one is history too.

Why: "Last month, the paper reported that the president had weighed a strike. Days later, the
defence secretary warned Syria against it." dates the second act only through the first: a
fronted "days later" / "a week later" / "shortly afterwards" carries the time of the sentence
before it. When that sentence places its act well before the report ("last month", "in 2013"),
the later act is background as well, not today's news (PLOVER codes what is reported as
happening now); its own sentence names no past time, so the per-sentence rule cannot see it.
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import Article, EventMention

# a fronted time phrase counted from the sentence before: "Days later,", "Two weeks later,",
# "A day later,", "Hours later,", "Shortly afterwards,", "Soon after,"
_LATER = re.compile(r"^\W*(?:(?:(?:a|one|two|three|four|five|six|a few|several|\d+)\s+)?"
                    r"(?:hours?|days?|weeks?|months?)\s+(?:later|afterwards?)|"
                    r"(?:shortly|soon)\s+(?:after(?:wards?)?|thereafter))\s*,", re.I)


def later_than_past(art: Article, m: EventMention, past: Callable[[str], bool]) -> bool:
    """The mention's sentence opens with a time counted from the sentence before it, and
    `past` (the story step's background rule) holds for that earlier sentence."""
    sents = art.sentences
    i = next((k for k, s in enumerate(sents) if s.start <= m.span.start < s.end), None)
    if not i or not _LATER.match(sents[i].text):
        return False
    return past(sents[i - 1].text)
