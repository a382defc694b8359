"""How a lede sentence is read for the article's default day (a hook of `dates.lede_date`).

Why: the lede's first day dates the article's main act and becomes the day of every
sentence that names none. A day inside an after-clause that tells an earlier act of its own
("police believe the envoy was poisoned after he fell ill on Monday") dates that earlier
act; the lede's own act came later, on a day the sentence does not give, and the page's
undated statements (the charges, the denials) are not that earlier day's. Such a day, like a
dated since-phrase (`dates_acts.without_since`), is blanked for the default; a time of day
("after midnight on Friday", "after dawn prayers on Friday") is no earlier act and stays.
"""
from __future__ import annotations

import re

# "after he went missing", "after the guards opened fire": a subject, then a past verb
_AFTER = re.compile(r"\bafter\s+(?:he|she|they|it|we|his|her|their|its|the)\b", re.I)
_PAST_VERB = re.compile(r"\b(?:\w+ed|went|was|were|had|left|fled|came|met|took|made|began|broke|fell|"
                        r"ran|struck|shot|held|got|gave|told|said|saw|became|stole|drove|flew|"
                        r"disappeared|vanished)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\.\s")
_REACH = 80              # an after-clause runs this far to the day it names


def after_spans(sentence: str, found) -> list[tuple[int, int]]:
    """(start, end) of each after-clause that tells an act with a verb and runs, within its
    clause, to a day expression."""
    out = []
    for m in _AFTER.finditer(sentence):
        for s, e, _iso in found:
            gap = sentence[m.end():s]
            if s >= m.end() and s - m.end() <= _REACH and not _CLAUSE_BREAK.search(gap) \
                    and _PAST_VERB.search(gap):
                out.append((m.start(), e))
                break
    return out


def lede_view(sentence: str) -> str:
    """The sentence as its default day is read: dated since-phrases and dated after-clauses
    blanked (offsets kept)."""
    from .dates import date_expressions
    from .dates_acts import without_since
    sentence = without_since(sentence)
    if "after" not in sentence.lower():
        return sentence
    for s, e in after_spans(sentence, date_expressions(sentence)):
        sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    return sentence
