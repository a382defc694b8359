"""A sentence fronted by another place of the story ("In Northtown, vigilantes found a second
device ...") tells that place's act, not the act a rival account describes.

Why: wire copy closes with paragraphs on related acts elsewhere, each opened by its town; a
detector that sets the means of one act against another's then reports a quarrel that is none.
The fronted town counts as elsewhere only when the story holds an event record placed there
that is not the other sentence's own record, and the other sentence never names that town (a
capital fronting its ministry's statement names no act of the story and is left alone).
"""
from __future__ import annotations

import re

_FRONTED = re.compile(r"^In ([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?),")


def elsewhere(x_text: str, y_text: str, y_record: str | None, events: list) -> bool:
    """Whether sentence x, fronted by a town, tells another act of the story than sentence y
    (whose event record is `y_record`)."""
    m = _FRONTED.match(x_text)
    if not m or m.group(1) in y_text:
        return False
    town = m.group(1)
    placed = {ev.id: ev.location.name for ev in events if ev.location is not None}
    return placed.get(y_record) != town and any(name == town and eid != y_record for eid, name in placed.items())
