"""An act noun told as part of a trend ("an upsurge in rebel attacks", "a wave of arson
attacks", "a rise in killings") names no act of the day.

Why: such a sentence sets the scene ("Fears have grown in the north about an upsurge in
attacks ...") and its plural noun was read as one more attack statement: it joined the
article's attack group, or a group of its own that took the town the trend is told in and
then drew the article's other sentences to a record of the wrong town. A trigger that is a
plural act noun right after a trend noun is an aside (ev_group_asides.drop_asides drops a
statement with no toll whose every attack word is one), unless the sentence names a day
("on Monday gunmen launched a wave of attacks") or a verb launches, causes or hears the run
("mounted a series of raids", "a mine hit the hull, causing a series of blasts"): that tells
the acts themselves.
"""
from __future__ import annotations

import re

_TREND = re.compile(r"\b(?:upsurge|surge|rise|spate|wave|string|series|increase|escalation|"
                    r"uptick|flurry|rash|spike|resurgence)\s+(?:in|of)\s+(?:[\w'\u2019-]+\s+){0,3}$",
                    re.I)
_LAUNCHED = re.compile(r"\b(?:launch|mount|stag|unleash|carr(?:y|ie)\w*\s+out|conduct|"
                       r"caus|trigger|spark|set(?:ting)?\s+off|heard|hear)\w*\s+"
                       r"(?:a|an|another|the)\s+(?:\w+\s+)?(?:series|wave|string|spate|flurry)\b",
                       re.I)
_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                  r"yesterday|tonight|overnight|this (?:morning|afternoon|evening))\b", re.I)


def trend(tr, text: str) -> bool:
    """The trigger is a plural act noun inside a trend phrase of a sentence that tells no
    act of a day."""
    if tr.kind != "noun" or not tr.text.lower().endswith("s"):
        return False
    return bool(_TREND.search(text[:tr.start])) and not _LAUNCHED.search(text) \
        and not _DAY.search(text)
