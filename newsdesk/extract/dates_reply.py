"""A denial told in the present perfect has no day of its own (events step).

Why: a sentence that names no day takes the lede's day, the day of the act the page reports.
"The army blamed the rebels for the raid, which the rebels have denied" tells a reply to
that act in the present perfect: it happened at some time between the act and the report,
not on the act's day, and the sentence does not say when. Such a reply gets no day (never a
guess) when its day would only be the lede's; a day the sentence names still dates it.
"""
from __future__ import annotations

import re

# a reply to a charge: the verbs a denial or a dismissal is told with
_REPLY = {"denied", "rejected", "dismissed", "refuted", "disputed"}
# "has denied", "have flatly rejected", "has since dismissed": the perfect right before it
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|since|repeatedly|strongly|flatly|"
                      r"categorically|consistently)\s+)?$", re.I)
LEDE_RANK = 1          # ev_context.LEDE: the day is the lede's, the sentence names none


def _perfect_reply(sentence: str, trig) -> bool:
    """The trigger is a reply verb in the present perfect ("has denied")."""
    words = trig.text.split()
    return bool(words) and words[0].lower() in _REPLY and \
        bool(_PERFECT.search(sentence[max(0, trig.start - 40):trig.start]))


def reply_since(sentence: str, triggers, rank: int) -> bool:
    """Whether the mention is a present perfect reply that only took the lede's day."""
    return rank == LEDE_RANK and bool(triggers) and \
        all(_perfect_reply(sentence, t) for t in triggers)
