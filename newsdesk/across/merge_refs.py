"""Take sentences that only point at an attack off the attack's list of tellings.

Why: a statement such as "officials said a militia was behind the attack" or "markets were
closed in response to the bombing" names the attack without telling it (extract/
ev_group_refs.py marks such sentences per article, in `art.layers["references"]`). Grouping
keeps them with the attack they point at, because their places and parties identify it and
cross-article merging, places and dates read a record's sentences; once the records are
built, they are taken off its sources so the record lists the attack's own tellings only.
A mention told by references alone keeps its first one: the record shows where the article
names the act, and one such sentence is enough to show it.
"""
from __future__ import annotations

import dataclasses

from ..model import Event, EventMention


def _unlisted(m: EventMention, refs: set) -> EventMention:
    spans = [m.span, *m.extra_spans]
    kept = [sp for sp in spans if (sp.start, sp.end) not in refs] or spans[:1]
    if len(kept) == len(spans):
        return m
    return dataclasses.replace(m, span=kept[0], extra_spans=kept[1:])


def unlist_references(events: list[Event], articles) -> None:
    """Drop the reference sentences from every attack record's mentions, in place."""
    refs = {a.id: {tuple(r) for r in a.layers.get("references") or ()} for a in articles}
    for ev in events:
        if ev.type == "ASSAULT":
            ev.mentions = [_unlisted(m, refs.get(m.article, set())) for m in ev.mentions]
