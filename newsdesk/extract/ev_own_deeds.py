"""A party's own deed told in its own words. Quoted speech states no event of its own (the
speaker's words, ev_filter.within_quotation and ev_recalled.quoted_trigger), but a spokesman
saying "we have detained two men" or "this has seen us search three flats" reports a done act
of the body he speaks for: the quotation is the act's source, as a communique would be. Only
acts of force a body does to people or property (arrests, detentions, searches, raids), told
as done, with "we" / "us" as the doer right before the verb."""
from __future__ import annotations

import re

_OWN_DEED = re.compile(
    r"\b(?:we|us)\s+(?:have\s+|had\s+|also\s+|now\s+|already\s+){0,3}?"
    r"(?:arrest(?:ed)?|detain(?:ed)?|raid(?:ed)?|search(?:ed)?|seiz(?:e|ed)|"
    r"carried out (?:[\w'’-]+\s+){0,2}?(?:raids?|searches|warrants|arrests))\b", re.I)


def own_deed(text: str, trig) -> bool:
    """The quoted trigger `trig` of sentence `text` is the speaker's body's own done act."""
    return trig.type == "COERCE" and any(m.start() <= trig.start <= m.end() for m in _OWN_DEED.finditer(text))
