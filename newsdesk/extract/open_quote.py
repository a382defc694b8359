"""A quotation whose closing mark the page dropped: '"We have cleared the town ... all of them
are dead, General Ann Roe said.' runs to the end of its paragraph, so the attribution sits inside
the quoted text and nothing after the mark names a speaker; the quote would then inherit the
speaker before it. When the unclosed text ends in ', <titled name> said.' the named person is the
speaker and the attribution is cut from the quoted words (settle_inherited asks)."""
from __future__ import annotations

import re

from .speakers import looks_person, strip_titles

# a lone single mark may close the words instead ('…,' Governor of X Ann Roe told the agency (AGX).')
_INSIDE = re.compile(r",['’]?\s+((?:(?:[A-Z][\w.'’-]*|of)\s+){1,6}?[A-Z][\w'’-]+)\s+"
                     r"(?:said|says|added|told\s+[\w ()]{2,60}?)\.?\s*$")

_PLACE_HEADS = frozenset("province region state county district city governorate prefecture".split())


def said_inside(f, text: str) -> tuple[str, int, int] | None:
    """(person, start, end) named by the attribution that closes the text of the unclosed
    quote `f` (a quote_runs found quote); the quote's text end moves before the attribution."""
    m = f.mark
    if m.closed:
        return None
    a, b = f.para_start + m.text_start, f.para_start + m.text_end
    hit = _INSIDE.search(text, a, b)
    if not hit:
        return None
    words = hit.group(1).split()
    if "of" in words:                     # 'Governor of Khuzestan Ann Roe': the place is no name
        words = words[len(words) - words[::-1].index("of") + 1:]
    while words and words[0].lower() in _PLACE_HEADS:          # '… of Varo Province Ann Roe'
        words = words[1:]
    name = strip_titles(" ".join(words))
    if len(name.split()) < 2 or not looks_person(name):
        return None
    m.text_end = hit.start() + 1 - f.para_start          # keep the comma, as a closed quote does
    start = hit.start(1) + hit.group(1).rfind(name)
    return name, start, start + len(name)
