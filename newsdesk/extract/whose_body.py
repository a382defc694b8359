"""A quoted fragment inside a 'whose organisation …' clause is the organisation's wording.

'"…," said Greenfield's Ann Roe, whose group based its count on "satellite images and
farmers' reports".': the relative clause tells what the body did, so the fragment in it
quotes the body (the possessor of the person's name, in full), not the person who spoke the
quote before it.
"""
from __future__ import annotations

import re

_WHOSE = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
                    r"whose\s+(?:organi[sz]ation|group|agency|ministry|office|company|party|team|union|charity|"
                    r"institute|department)\s+(?:[a-z]+\s+){1,6}$")


def whose_body(found: list, text: str, res) -> None:
    """Re-file each quote of `found` (quotes._Found) set in such a clause under the body."""
    for f in found:
        left = text[f.para_start:f.para_start + f.mark.start]
        m = _WHOSE.search(left)
        if m:
            at = f.para_start + m.start(1)
            f.speaker, f.person = res.resolve(m.group(1), at, [])[0], False
            f.sp_start, f.sp_end = at, at + len(m.group(1))
