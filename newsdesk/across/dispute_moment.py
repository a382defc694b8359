"""A toll told of an earlier moment of the same day: "Minutes before, marchers said two had
died", "Earlier in the day, a raid on the barracks left five dead".

Why: such a sentence counts what happened at another moment (an earlier act, or the count as
it stood then), so its figure rivals nothing the news states of the main act. The toll
detectors already leave out another period's toll ("last year", "two years ago",
`dispute_part_whole.EARLIER`); this is the same check at the scale of one day, used by the
toll trim and by the fallback's figure clash alike. A bare "Earlier," is left alone: it
usually opens what a source said before, which the update rules judge.
"""
from __future__ import annotations

import re

EARLIER_MOMENT = re.compile(
    r"^(?:(?:moments|minutes|hours|shortly|just|a few (?:minutes|hours))\s+(?:earlier|before)|"
    r"earlier\s+(?:in the day|that day|that morning|that evening|in the morning|in the evening|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    r"the (?:night|evening) before|the previous (?:night|evening))\s*,", re.I)


def earlier_moment(text: str) -> bool:
    """Whether the sentence opens by placing itself at an earlier moment of the day."""
    return bool(EARLIER_MOMENT.match(text.lstrip(" \"“‘'")))
