"""A report dismissed out of hand against the voice that tells it: "the ministry called
reports that the convoy carried arms 'absurd'" against "according to the drivers' union,
crates of rifles were found in the lorries".

Why a detector of its own: the denial detectors pair a rebuttal with a charge against the
rebutting party, or with the accuser the rebuttal names; a dismissal of "reports that ..."
names neither, it carries the rejected account in its own that-clause. The other side is
the story sentence, in another voice, that tells that account. The signal is generic: the
dismissal verb ("called / dismissed / described as") with a report noun and its that-clause,
then a falsity word ("absurd", "nonsense", "baseless"); the partner is an attributed sentence
of the story that shares a rare content word with what the clause says of its subject (a word
at most two sentences of the story use, so the account itself and not the story's topic or
the person it is about is shared), holds no
rebuttal of its own, and comes from a voice apart from the dismisser. The report may also be
"a/an <adjective> claim to have <done>" ("the navy rejected a rival claim to have freed the
hostages as utterly false"); a partner that retells the deed (the report's verb and two more of
its words: "the hostages were freed by the police") is taken too, the closest first.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import holder, quoted_by
from .dispute_sides import one_side
from .disputes import DENIAL, _claim, detector

_FALSE = r"(?:absurd|ridiculous|nonsense|stupid|baseless|groundless|lies|fabricat\w*|false|untrue|unfounded)"
# the report may come with any determiner and an adjective ("a rival claim", "the rebels'
# reports") and say its content as a that-clause or an infinitive ("a claim to have rescued ...")
DISMISSED = re.compile(r"\b(?:call(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|"
                       r"label+(?:ed|s|ing)?|reject(?:ed|s|ing)?)\s+"
                       r"(?:(?:the|these|such|media|an?|[\w-]+['\u2019]s?)\s+)?(?:[\w-]+\s+)?"
                       r"(?:reports?|claims?|suggestions?|allegations?|accounts?|assertions?)\s+(?:that|to\s+have)\s+"
                       r"(?P<clause>[^.;]{10,300}?)[\s,]*(?:as\s+)?(?:a\s+|an\s+)?[\"\u201c\u2018']?"
                       r"(?:(?:patently|completely|totally|utterly|entirely|simply)\s+)?" + _FALSE + r"\b", re.I)
# the voice before the dismissal verb when no speech verb names one: "The Kremlin has called ..."
_SUBJECT = re.compile(r"^\W*((?:The\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:(?:has|have|had)\s+)?"
                      r"(?:call|dismiss|describ|brand|label|reject)", re.I)
_STOP = frozenset("""that this with from were was have been their there which about after before into over
    under said says also would could will more most than them they when what where while being other some
    such only very report reports claims""".split())
_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|[a-z]{3,}ed)\b")
_HEDGE = re.compile(r"\b(?:whether|if|unclear|may|might|could)\b", re.I)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][a-z]{3,}", text)} - _STOP


def _stems(text: str) -> set[str]:
    return {w[:4] for w in _words(text)}


def _told(clause: str, verb: re.Match | None) -> set[str]:
    """Stems of what the report says, its verb included ("freed the hostages" ~ "hostages ... freed")."""
    return _stems(clause[verb.start():] if verb else clause)


def _retells(said: set[str], verb: re.Match | None, text: str) -> bool:
    """Another sentence tells the same deed: it shares the report's verb and two more of its words."""
    own = _stems(text)
    return bool(verb) and verb.group()[:4].lower() in own and len(said & own) >= 3


@detector("dismissed")
def dismissed(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: a dismissed report against the voice that tells it."""
    sents = [(art, s) for art in articles for s in ctx["sents"][art.id]]
    uses: dict[str, int] = {}
    for _, s in sents:
        for w in _words(s.text):
            uses[w] = uses.get(w, 0) + 1
    for art, s in sents:
        m = DISMISSED.search(s.text)
        if not m:
            continue
        sub = _SUBJECT.match(s.text)
        who = holder(s.text, ctx["res"][art.id], s.start) or (sub.group(1) if sub else None)
        if not who:
            continue
        clause = m.group("clause")
        verb = _VERB.search(clause)          # what the report says of its subject, not the subject
        rare = {w for w in _words(clause[verb.end():] if verb else clause) if uses.get(w, 0) <= 2}
        said = _told(clause, verb)
        for a2, s2 in sorted(sents, key=lambda x: -len(said & _stems(x[1].text))):
            if s2 is s or DENIAL.search(s2.text) or DISMISSED.search(s2.text) or not (
                    rare & _words(s2.text) or _retells(said, verb, s2.text)):
                continue
            other = holder(s2.text, ctx["res"][a2.id], s2.start) or quoted_by(a2, s2)
            if other and not one_side(other, who) and not _HEDGE.search(s2.text):
                return [Dispute(f"whether {' '.join(m.group('clause').split()[:8])}: {who} vs {other}",
                                [_claim(art, s, who), _claim(a2, s2, other)], "account")]
    return []
