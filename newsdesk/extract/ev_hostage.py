"""Hostage-taking told beside a killing is an event of its own.

When gunmen storm a school or a mall they kill some people and hold others: PLOVER codes both as
ASSAULT, but the killing and the captivity are two acts with different victims, different ends
(the dead are counted, the hostages are freed or not) and different follow-ups (a rescue, a
siege). The project's gold keeps them apart (the Garissa convention: the attack and the
hostage-taking, each with its own sources), while grouping (ev_group.py) joins every sentence of
one scene into one mention. So after grouping, a mention that tells both gets a second mention,
mode "hostage", holding its hostage sentences; sentences that tell only the captivity leave the
killing, and a sentence that tells both ("stormed the hall, killing 40 and taking dozens
hostage") stays in both. A mention with no sentence of harm beyond captivity (a kidnapping
story) is left whole. Its own mode lets the cross-article linker keep it apart from every killing
(across/merge_separate.py).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .plover import find_triggers

_HOSTAGE = re.compile(r"\bhostages?\b|\bhostage-taking\b", re.I)


def _harm(text: str) -> bool:
    """The sentence tells harm other than captivity (a killing, a shooting, a blast, a toll)."""
    return any(t.type == "ASSAULT" and t.mode != "abduction" for t in find_triggers(text))


def split_hostages(mentions: list) -> list:
    """The mentions with each killing that also tells a hostage-taking split in two."""
    out = []
    for m in mentions:
        spans = [m.span, *m.extra_spans]
        held = [s for s in spans if _HOSTAGE.search(s.text)]
        harm = {id(s) for s in spans if _harm(s.text)}
        if m.type != "ASSAULT" or not held or not harm:
            out.append(m)
            continue
        kept = [s for s in spans if id(s) in harm or not _HOSTAGE.search(s.text)]
        out.append(replace(m, span=kept[0], extra_spans=kept[1:],
                           mode=None if m.mode == "abduction" else m.mode))
        # the held are its recipient: a lone telling naming whom it struck is no second telling of the
        # killing for across/merge_slots to fold back into the killing's record
        out.append(replace(m, span=held[0], extra_spans=held[1:], mode="hostage", dead=None, injured=None,
                           recipient=m.recipient or "hostages"))
    return out
