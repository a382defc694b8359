"""The sayer named after the verb of an inverted attribution that follows a quote:
'"…," said Ann Roe, a broker.' The early pass over speech verbs (quotes._speech_mentions) takes
only subjects written before a verb, so such a speaker was missing from its antecedents until
the quote itself was attributed; a 'he said' aside between that quote and the next one was then
resolved to an earlier man and carried him on to the following 'he said' quotes. Only a sayer
whose gender the name or title shows is added: the resolver lets a name of unknown gender take
any he/she, so such a late candidate would outbid the right one ('X's fate …, but she said')."""
from __future__ import annotations

import re

from .attribution import INVERTING, right_speaker
from .gender import first_gender, title_gender
from .speakers import is_pronoun

_CLOSED = re.compile(r"(?:,\s*[”\"’']|[”\"’']\s*,)\s+$")     # '…,” said' / '…”, said'


def quoted_sayer(text: str, verb: "re.Match", sent0: int) -> tuple[str, int] | None:
    """(np, offset from sent0) of the speaker named after `verb` when the verb inverts right
    after a closing quote mark ('…,” said Ann Roe'), else None."""
    if verb.group() not in INVERTING or not _CLOSED.search(text, max(0, verb.start() - 6), verb.start()):
        return None
    r = right_speaker(", " + text[verb.start():verb.start() + 160])
    if not r or is_pronoun(r[0]) or not (first_gender(r[0]) or title_gender(r[0])):
        return None
    return r[0], verb.start() + r[1] - 2 - sent0
