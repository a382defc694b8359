"""Two death figures of one act that the article itself tells as a rising toll.

Why: differing death tolls keep two statements apart (ev_group._conflict): "17 killed in a
market blast" and "40 killed in a bus ambush" are two acts. But an updated report keeps its
first figure too: a caption or an early paragraph still says "at least 17 were killed" while
the lede says "at least 27", and a later line settles it ("the initial report showed 17 ...
the death toll rose to 27"). When the article tells a toll rising to the larger figure, the
smaller one is the same act's earlier count, not another act.
"""
from __future__ import annotations

from .counts import casualties
from .ev_group_tellings import _RISING_TOLL


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


def risen_pair(g, c) -> bool:
    """The group's and the candidate's death figures differ, and the larger is one the
    article tells the toll rising to (`risen_tolls`, kept on the candidate as `risen`)."""
    risen = getattr(c, "risen", frozenset())
    if not risen or g.dead is None or c.dead is None or g.dead.low is None or c.dead.low is None:
        return False
    low, high = sorted((g.dead.low, c.dead.low))
    return low < high and high in risen
