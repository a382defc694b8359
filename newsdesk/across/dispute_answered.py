"""A rebuttal that names the accuser, not the accused: "the ministry called Velmora's
allegations baseless" against "Velmoran officials blamed neighbouring states for arming the
rebels".

Why a detector of its own: `denial` pairs a rebuttal with accusations that name the
rebutting party, yet an accusation often names the accused loosely ("regional countries",
"foreign backers") while the answer names whoever made it ("X's accusations are false",
"rejected charges by X"). In English news writing the possessor of the charge noun, or the
agent after "by"/"from", is the accuser, so the pair is found through the accuser: a story
sentence whose subject belongs to that party (the same state, by country, capital or
demonym, or the same name) and which accuses someone. Precision first: the rebutter must
stand apart from the accuser, a claim of responsibility is no charge, and a story keeps at
most one such dispute.
"""
from __future__ import annotations

import re

from ..extract.actors import actor_country
from ..model import Article, Dispute
from .dispute_holders import accuser, holder
from .dispute_sides import accused_then_denied, accuses, one_side, party_names
from .disputes import ACCUSE, DENIAL, _claim, _quoted_by, detector

MAX_ACCUSATIONS = 4
_PARTY = r"(?P<party>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*?)"
_CHARGE = r"(?:[a-z]+\s+)?(?:allegations?|accusations?|claims?|charges?)(?!\s+of\s+(?:responsibility|credit))"
_FALSE = (r"(?:baseless|false|unfounded|groundless|untrue|lies|fabricat\w+|absurd|ridiculous|nonsense|"
          r"unjustified|without\s+(?:any\s+)?(?:basis|foundation))")
_REBUT_WORDS = r"den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut\w+|rebuff\w*"
_REBUT = rf"(?i:{_REBUT_WORDS})"
# "<Party>'s allegations are baseless" / "dismissed <Party>'s accusations" / "rejected charges by <Party>"
ANSWERED = [
    re.compile(_PARTY + r"['\u2019]s?\s+" + _CHARGE + r"\s+(?:are|were|is|was|as)\s+(?:\w+ly\s+)?" + _FALSE),
    re.compile(r"\b" + _REBUT + r"\s+(?:the\s+)?" + _PARTY + r"['\u2019]s?\s+" + _CHARGE),
    re.compile(r"\b" + _REBUT + r"\s+(?:as\s+\w+\s+)?(?:the\s+)?" + _CHARGE + r"\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?"
               + _PARTY + r"\b"),
    # "called <Party>'s charges absurd" / "responding to <Party>'s allegations, ... denied"
    re.compile(r"\b(?i:call(?:ed|s|ing)?)\s+(?:the\s+)?" + _PARTY + r"['\u2019]s?\s+" + _CHARGE
               + r"\s+(?:\W?\w+\W?\s+){0,2}?\W?" + _FALSE),
    re.compile(r"\b(?i:respond\w*|reacting|in\s+response)\s+to\s+(?:the\s+)?" + _PARTY + r"['\u2019]s?\s+" + _CHARGE
               + r"\b(?=.*\b(?:" + _REBUT_WORDS + r"|" + _FALSE + r")\b)"),
]
# a party taking the act on itself charges no one
OWN_ACT = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:of\s+)?(?:responsibility|credit)\b", re.I)
_NOT_PARTY = {"The", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "It", "He", "She", "They"}


def answered_party(text: str) -> str | None:
    """The accuser a rebuttal names as the author of the charge it rejects, or None."""
    for rx in ANSWERED:
        m = rx.search(text)
        if not m:
            continue
        words = [w for w in m.group("party").split() if w not in _NOT_PARTY]
        if words and words[0][:1].isupper():
            return " ".join(words)
    return None


def _subject(text: str, cue: re.Match) -> str:
    """The accusing clause's opening words: the state or person who makes the charge."""
    return re.split(r"[,;:]", text[:cue.start()], maxsplit=1)[0]


def _same_party(a: str, b: str, country_b: str | None) -> bool:
    """One party: a shared name or demonym ("Velmoran officials" ~ "Velmora"), or one state
    by its country, capital or demonym ("Iranian minister" ~ "Tehran")."""
    if one_side(a, b) or party_names(a) & party_names(b):
        return True
    return bool(country_b and actor_country(a) == country_b)


def _of_party(text: str, who: str | None, party: str, country: str | None) -> bool:
    """The accusing sentence is the party's: its holder, or the subject of its charge."""
    if who and _same_party(who, party, country):
        return True
    cue = ACCUSE.search(text)
    return bool(cue and _same_party(_subject(text, cue), party, country))


def _accusations(articles: list[Article], ctx: dict, party: str, skip) -> list[tuple]:
    country = actor_country(party)
    out = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if s is skip or DENIAL.search(s.text) or OWN_ACT.search(s.text) or not accuses(s.text, ACCUSE) \
                    or accused_then_denied(s.text, DENIAL):
                continue
            who = holder(s.text, res, s.start) or accuser(s.text, res, s.start)
            if _of_party(s.text, who, party, country):
                out.append((art, s, who or party))
    return out


def _apart(rebutter: str, party: str) -> bool:
    """The rebutter is not the accuser's own voice (same name or same state)."""
    return not _same_party(rebutter, party, actor_country(party))


@detector("answered")
def answered(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first rebuttal naming an accuser whose charge the story tells."""
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            party = answered_party(s.text)
            if not party:
                continue
            rebutter = holder(s.text, res, s.start) or _quoted_by(art, s)
            if not rebutter or not _apart(rebutter, party):
                continue
            acc = _accusations(articles, ctx, party, s)
            if acc:
                claims = [_claim(a, x, w) for a, x, w in acc[:MAX_ACCUSATIONS]] + [_claim(art, s, rebutter)]
                return [Dispute(f"accusations by {party} and {rebutter}'s rebuttal", claims, "accusation")]
    return []
