"""Whether every attacker died: "all four militants were killed" in one outlet against
"several of the gunmen remain at large" in another.

Why a detector of its own: `fate` sets the whole crew dead against the whole crew fled and
leaves parts of the crew aside, yet the usual quarrel after a raid is narrower: one source
says the attackers are all dead (the threat is over), another that some of them are still
free (it is not). A part at large contradicts "all dead", so here the part counts. The
signal is generic: "all (N) <attackers> ... died / were killed / are dead" and, in another
article, some, several, others or a number of the attackers still at large, on the run or
escaped, or a source doubting that all were accounted for ("it was unclear whether other
gunmen were still at large"). Not an account: a hedged or negated clause ("may have fled",
"none escaped"), and the attackers' deaths without "all" ("three of the attackers were
killed" says nothing of the rest).
"""
from __future__ import annotations

import re

from ..extract.quantities import UNITS
from ..model import Article, Dispute
from .dispute_holders import accounts
from .disputes import _claim, detector

_CREW = r"(?:gunmen|attackers|assailants|shooters|militants|terrorists|perpetrators|bombers|hostage-takers|" \
        r"jihadists|insurgents|raiders|suspects)"
_N = r"(?:\d{1,2}|" + "|".join(UNITS) + ")"
ALL_DEAD = re.compile(rf"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:{_N}\s+)?(?:[\w-]+\s+)?{_CREW}\b"
                      r"(?:\s+[\w,-]+){0,4}?\s+(?:(?:have|had|were|are)\s+(?:all\s+)?)?"
                      r"(?:died|dead|killed|shot\s+dead|blew\s+themselves\s+up)\b", re.I)
_SOME = rf"(?:some|several|others|a\s+number|a\s+few|{_N}|one|more)"
AT_LARGE = re.compile(rf"\b(?:{_SOME}\s+(?:other\s+|more\s+)?(?:of\s+the\s+)?(?:[\w-]+\s+){{0,2}}{_CREW}|"
                      rf"other\s+{_CREW}|the\s+(?:other|remaining|rest\s+of\s+the)\s+{_CREW})\b"
                      r"(?:\s+[\w,-]+){0,8}?\s+(?:(?:remain(?:s|ed)?|are|were|was|is)\s+(?:still\s+)?"
                      r"(?:at\s+large|on\s+the\s+run)|(?:have|has|had)\s+(?:escaped|fled)|escaped|fled|got\s+away)\b",
                      re.I)
# a source doubting that all were caught: "it was unclear whether other attackers were still at large"
DOUBT = re.compile(rf"\b(?:unclear|not\s+clear|not\s+known|unknown)\s+(?:if|whether)\s+(?:any\s+)?(?:other|more|further|"
                   rf"some)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?{_CREW}\s+(?:[\w-]+\s+){{0,3}}?(?:at\s+large|on\s+the\s+run|"
                   r"escaped|fled)\b", re.I)
_HEDGE = re.compile(r"\b(?:not|no|none|never|may|might|could|whether|if|unclear|believed|feared|thought|possibly|"
                    r"perhaps|tried|trying|attempt\w*|before)\b|n['’]t\b", re.I)


MAX_FREE = 3


def all_dead(text: str) -> bool:
    """The sentence says every attacker died."""
    return any(not _HEDGE.search(m.group()) for m in ALL_DEAD.finditer(text))


# the verb belongs to another subject: "two gunmen opened fire and the crowd fled"
_OTHER_SUBJECT = re.compile(r"\b(?:and|while|when|as|crowds?|people|residents|civilians|hostages|guests|staff)\b",
                            re.I)


def some_free(text: str) -> bool:
    """The sentence says some of the attackers are still free (unhedged), or doubts that all were caught."""
    return bool(DOUBT.search(text)) or any(not _HEDGE.search(text[max(0, m.start() - 30):m.end()]) and
               not _OTHER_SUBJECT.search(m.group()[m.group().lower().rfind(_crew(m.group())):])
               for m in AT_LARGE.finditer(text))


def _crew(span: str) -> str:
    return re.findall(_CREW, span, re.I)[-1].lower()


@detector("all_dead")
def all_dead_vs_free(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first all-dead account against the first some-free one of
    another article."""
    sides = accounts(articles, ctx, lambda text: [k for k, test in (("dead", all_dead), ("free", some_free))
                                                  if test(text)], ("dead", "free"))
    for a1, s1, h1 in sides["dead"]:
        free = [x for x in sides["free"] if x[0].id != a1.id]
        if free:
            free = [x for i, x in enumerate(free) if x[0].id not in {y[0].id for y in free[:i]}]  # one an article
            return [Dispute("whether all the attackers died: all dead vs some at large",
                            [_claim(a1, s1, h1)] + [_claim(a, s, h) for a, s, h in free[:MAX_FREE]], "occurrence")]
    return []
