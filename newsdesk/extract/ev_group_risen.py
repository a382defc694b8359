"""Two death figures of one act that the article itself tells as a rising toll.

Why: differing death tolls keep two statements apart (ev_group._conflict): "17 killed in a
market blast" and "40 killed in a bus ambush" are two acts. But an updated report keeps its
first figure too: a caption or an early paragraph still says "at least 17 were killed" while
the lede says "at least 27", and a later line settles it ("the initial report showed 17 ...
the death toll rose to 27"). When the article tells a toll rising to the larger figure, the
smaller one is the same act's earlier count, not another act.

A page can also carry its report twice: the update on top, then the earlier version below
(an "(Updated)" marker, the old headline, the same sentences again with the old toll). The
figures of the lower copy are the same act's earlier count too (`older_copy`).
"""
from __future__ import annotations

from .counts import casualties
from .ev_group_tellings import _RISING_TOLL
from .ev_group_copy import older_copy


def risen_tolls(art) -> frozenset[int]:
    """The death figures the article tells a toll rising to ("the death toll rose to 27")."""
    got = art.layers.get("risen_tolls")
    if got is None:
        out = set()
        for s in art.sentences:
            m = _RISING_TOLL.search(s.text)
            if m is None:
                continue
            for f in casualties(s.text)["mentions"]:
                if f.kind == "dead" and f.span[0] >= m.start() and f.count.low is not None:
                    out.add(f.count.low)
        got = art.layers["risen_tolls"] = frozenset(out)
    return got


def mark(art, c) -> None:
    """Scratch flags for `risen_pair`: the tolls the article tells rising, and whether the
    candidate's sentence lies in an older copy of the report the page keeps below it."""
    c.risen = risen_tolls(art)
    start = older_copy(art)
    c.older_copy = start is not None and c.sent >= start


def risen_pair(g, c) -> bool:
    """The group's and the candidate's death figures differ, and the larger is one the
    article tells the toll rising to (`risen_tolls`, kept on the candidate as `risen`), or
    the candidate tells the older copy's figure of an act the group tells above it."""
    if getattr(c, "older_copy", False) and any(not getattr(o, "older_copy", True) for o in g.cands):
        return True
    risen = getattr(c, "risen", frozenset())
    if not risen or g.dead is None or c.dead is None or g.dead.low is None or c.dead.low is None:
        return False
    low, high = sorted((g.dead.low, c.dead.low))
    return low < high and high in risen
