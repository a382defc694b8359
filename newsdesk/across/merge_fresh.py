"""A report of "fresh attacks Monday night" is not the attack another outlet tells on Sunday.

Why: an attack on a town is often followed by a second one nearby a night later, and the
outlets that report the second call it "fresh attacks", "another attack", "new raids". When
a page gives no publication date, its "Monday night" stays a weekday with no calendar day, so
the day veto of the linker cannot apply; the wording, the town, the doer and the type all
match the first attack's reports, and the two nights became one record (with the second
night's toll and claims). The writer has said the act is a later one, and named its day:
such a mention never joins a mention whose act is told on other weekdays only. Weekdays
of the telling ("officials said on Monday") are not the act's and are left out.
"""
from __future__ import annotations

import re

import numpy as np

_FRESH = re.compile(r"\b(?:fresh|new|renewed|another|a\s+second|second|further)\s+(?:[\w-]+\s+)?"
                    r"(?:attacks?|raids?|killings?|assaults?|massacres?|violence|bombings?|shootings?)\b", re.I)
_WEEKDAY = re.compile(r"\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)
# the weekday of a telling: "said Monday", "told AFP on Monday", "said in a statement
# e-mailed to the agency on Monday"
_TOLD = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|added|stated|claimed)\b"
                   r"(?:\s+[\w.-]+){0,6}?\s+(?:on\s+)?$", re.I)


def _act_days(text: str) -> set[str]:
    """Weekdays a sentence names for an act, not for its telling."""
    return {d.group(1).lower() for d in _WEEKDAY.finditer(text)
            if not _TOLD.search(text[max(0, d.start() - 60):d.start()])}


def _fresh_days(m) -> set[str]:
    """The weekdays a mention's first statement gives its act when it calls it a later one."""
    text = m.span.text
    return _act_days(text) if _FRESH.search(text) else set()


def fresh_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n): a mention told as a fresh act on its weekday, and a mention of
    another article whose statements give its act other weekdays only."""
    n = len(mentions)
    veto = np.zeros((n, n), dtype=bool)
    fresh = [_fresh_days(m) for m in mentions]
    if not any(fresh):
        return veto
    days = [set().union(*(_act_days(s.text) for s in [m.span, *m.extra_spans])) for m in mentions]
    for i, mine in enumerate(fresh):
        if not mine:
            continue
        for j, m in enumerate(mentions):
            if m.article != mentions[i].article and days[j] and not days[j] & mine:
                veto[i, j] = veto[j, i] = True
    return veto
