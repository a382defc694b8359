"""A measure named as part of another of its kind in the same sentence is that measure.
"The state cut off all contacts with Ostland, including a boycott of the games by its
ministers": the boycott is how the contacts were cut, one act, though its by-phrase names
other doers (ministers) than the verb's subject, which keeps ev_group_tellings from joining
the two. An "including" phrase lists parts, so the part joins the first statement of its
type told before it."""
from __future__ import annotations

import re

_INCLUDING = re.compile(r"\b(?:including|notably|among them|such as)\s+(?:a|an|the|its|their)?\s*$", re.I)


def join_included(cands: list, text: str) -> list:
    """`cands` of one sentence with each part listed after "including" folded into the
    statement of its type before it."""
    out: list = []
    for c in cands:
        first = c.triggers[0] if c.triggers else None
        whole = next((o for o in out if o.type == c.type and o.triggers and first is not None
                      and o.triggers[0].end <= first.start), None)
        if whole is not None and _INCLUDING.search(text[max(0, first.start - 40):first.start]):
            whole.triggers += c.triggers
            whole.recipient = whole.recipient or c.recipient
            continue
        out.append(c)
    return out
