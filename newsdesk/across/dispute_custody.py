"""Where a detained person is held: "the premier was put under house arrest" against "the
premier was taken to an undisclosed location".

Why a detector of its own: the two accounts share the person and the act (a detention) but
no figure, label, denial or contrast word, and usually sit in different outlets; yet whether
a seized leader is at home or hidden away is what a reader of a takeover must see contested.
The signal is generic: one sentence holds a named person at home ("under house arrest",
"confined to his residence"), another sentence of the story, from another outlet, moves the
same named person to a place no one names ("an undisclosed location"). Background ("under
house arrest since 2014", "spent years under house arrest") and negated sides state neither.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .disputes import _claim, detector, holder

AT_HOME = re.compile(r"\bunder\s+house\s+arrest\b|\b(?:held|detained|confined)\s+(?:at|in|to)\s+"
                     r"(?:his|her|their)\s+(?:own\s+)?(?:home|house|residence)\b", re.I)
_NOWHERE = r"(?:an?\s+)?(?:undisclosed|unknown|unidentified|secret)\s+(?:location|place|destination|site)"
HIDDEN = re.compile(r"\b(?:moved|taken|transferred|driven|flown|whisked|led)\s+(?:away\s+)?to\s+" + _NOWHERE +
                    r"|\b(?:held|kept|detained)\s+(?:at|in)\s+" + _NOWHERE, re.I)
# a past detention told as background, or a side that is denied
BACKGROUND = re.compile(r"\b(?:since\s+(?:\d{4}|the\s+\d{4}s)|for\s+(?:\w+\s+)?(?:years|decades|months)|"
                        r"languish\w*|spen[dt]\w*|former(?:ly)?|years\s+of)\b", re.I)
NEGATED = re.compile(r"\b(?:not|no\s+longer|never|denied|den(?:y|ies))\b[^.]{0,30}$", re.I)
_TITLES = {"President", "Prime", "Minister", "General", "Gen", "Mr", "Mrs", "Ms", "Dr", "State", "Counsellor",
           "Premier", "Leader", "Chief", "The", "Lt", "Colonel", "Army", "Police"}
_FUNCTION = {"when", "after", "before", "while", "since", "then", "there", "this", "that", "those", "these",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "according"}
MAX_SIDE = 2


def _names(text: str) -> set[str]:
    """Personal name words of a sentence: capitalised words that are no title, function word
    or place ("Sudan's army" and "Sudan" share no person)."""
    from ..extract.ev_names import place_kind
    return {w for w in re.findall(r"\b[A-Z][a-z]{3,}\b", text)
            if w not in _TITLES and w.lower() not in _FUNCTION and place_kind(w)[0] is None}


def _side(cue: re.Pattern, text: str) -> bool:
    return any(not NEGATED.search(text[max(0, m.start() - 40):m.start()]) for m in cue.finditer(text)) \
        and not BACKGROUND.search(text)


def _sides(articles: list[Article], ctx: dict) -> tuple[list, list]:
    """(at home, hidden away) as (article, sentence, named persons)."""
    home, away = [], []
    for art in articles:
        for s in ctx["sents"][art.id]:
            at_home, hidden = _side(AT_HOME, s.text), _side(HIDDEN, s.text)
            if at_home == hidden or not (names := _names(s.text)):
                continue                  # both in one sentence: a report of the change, not a side
            (home if at_home else away).append((art, s, names))
    return home, away


@detector("custody")
def custody(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first person held at home in one outlet and hidden in another."""
    home, away = _sides(articles, ctx)
    for a1, s1, n1 in home:
        rivals = [(a, s) for a, s, n in away if a is not a1 and n & n1]
        if rivals:
            who = sorted(n1 & next(n for a, s, n in away if (a, s) == rivals[0]))[0]
            claims = [_claim(a1, s1, holder(s1.text, ctx["res"][a1.id], s1.start))] + \
                [_claim(a, s, holder(s.text, ctx["res"][a.id], s.start)) for a, s in rivals[:MAX_SIDE]]
            return [Dispute(f"where {who} is held: under house arrest vs an undisclosed location", claims, "claim")]
    return []
