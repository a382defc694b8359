"""Disputes told in one sentence: "The government blames terrorists for the bombings, but the
opposition says the regime itself may be behind them."

Why a detector of its own: the contrast detector pairs two sentences, and reporters often
put both sides in one ("X said ..., while Y insisted ..."). The signal is generic: a party
blames, accuses, claims or says something, then "but / while / whereas" opens a second
party's saying verb; the two parties must differ and not be one side (a man and his
lawyer), and a cue must mark the turn (a strong claim verb, a contradiction, or two
outlets each reporting a that-clause: "X has been reporting that ..., but Y is reporting
that ..."). Sentences of one story that share what they are about make one dispute.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_retold import retold
from .dispute_sides import one_side
from .disputes import BLAME, CONTRA_CUE, STRONG, _claim, _content, _topic, detector, holder

_SAY = (r"(?:say|says|said|report(?:s|ed|ing)?|insist\w*|claim\w*|maintain\w*|den(?:y|ies|ied)|believe[sd]?|"
        r"suspect\w*|doubt\w*|argue[sd]?|counter\w*|reject\w*|dismiss\w*|blame[sd]?|accuse[sd]?|"
        r"admit(?:s|ted)?|acknowledge[sd]?|recogni[sz]e[sd]?)")
# the second party may carry a clause of its own ("although the government, which summoned
# the envoy, said ..."); "although" sets two accounts against each other by itself; a participle
# after the turn ("while also appearing to ...") goes on with the first party, naming no second
TURN = re.compile(r"(?:,\s*|\s+)(?:but|while|whereas|(?P<conc>although|though))\s+(?!(?:also\s+)?(?!(?:no|some|every|any)thing\b)[a-z]+ing\b)(?=(?:[\w'\u2019-]+\s+){0,5}?"
                  r"(?:[\w'\u2019-]+,[^,]{1,120},\s+)?(?:also\s+)?" + _SAY + r"\b)")
# the second party did not see what the first one says happened ("she never saw him leave")
UNSEEN = re.compile(r"\b(?:never|not|n['\u2019]t)\s+(?:\w+\s+)?(?:saw|seen|see|heard|hear|witnessed)\b", re.I)
LEAD = re.compile(r"^\W*((?:[A-Za-z][\w'\u2019.-]*\s+){0,4}?[A-Za-z][\w'\u2019-]*)\s+"
                  r"(?:also\s+|ha(?:s|ve)\s+(?:been\s+)?|(?:is|are)\s+)?" + _SAY + r"\b")
# both sides report a that-clause ("X has been reporting that A, but Y is reporting that B"):
# two accounts set against each other, a cue in itself
PARALLEL = re.compile(r"\b(?:report(?:s|ed|ing)?|sa(?:y|ys|id)|claim(?:s|ed|ing)?)\s+that\b")
# a claim closed by its denial: "…, said its troops took the heights – what Tessa denied",
# "…, which the army rejects": the denial is itself the cue
# ("- a charge the port authority rejected": the charge named, then who rejected it)
DENIED_TAIL = re.compile(r"(?:,|\s[–—-])\s*(?:which|what|a claim|an account|something|"
                         r"an?\s+(?:allegation|accusation|charge|assertion|claim|account)(?:\s+that)?)\s+"
                         r"((?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}|the\s+(?:[a-z]+\s+){1,2})(?:has\s+|have\s+|had\s+)?"
                         r"(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses)\b")
CUE = re.compile(r"\b(?:doubt\w*|counter\w*|dismiss\w*|disput\w+|accus\w+)\b", re.I)
# "the Israeli army last night said": the time the words were said is no part of who said them
WHEN_TAIL = re.compile(r"(?:\s+(?:last\s+(?:night|week|month|year)|yesterday|today|tonight|earlier|later|"
                       r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                       r"this\s+(?:morning|afternoon|evening|week)))+$", re.I)
# a second side opened by "he"/"she" ("…, although he did not say who had the gun"): the
# pronoun points back to the first side's speaker, one voice qualifying itself
SAME_VOICE = re.compile(r"^\W*(?:he|she)\s", re.I)
_VOID = {"it", "this", "that", "there", "which", "he", "she", "they", "we", "i", "you", "who",
         "no", "was", "is", "were", "are", "be", "been", "not"}


# "X issued a statement saying": X speaks; "X, which summoned the envoy, said": X, not the envoy
ISSUED = re.compile(r"^\W*((?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+(?:\w+ly\s+)?(?:issued|released|put\s+out)\s+"
                    r"an?\s+(?:\w+\s+)?statement\b")
# "The mayor defended the ban by saying that ...": the subject speaks through "by saying"
BY_SAYING = re.compile(r"^\W*((?:[A-Za-z][\w'\u2019.-]*\s+){0,3}?[A-Za-z][\w'\u2019-]*)\s+(?:also\s+)?"
                       r"(?:has\s+|have\s+|had\s+)?(?:tried\s+to\s+\w+|sought\s+to\s+\w+|\w+ed)\b[^,;]{0,60}?"
                       r"\bby\s+(?:saying|claiming|arguing|insisting|alleging)\b")
# "There were rumours of shelling near the dam, although the army denies them": the first side is
# the reports themselves, unnamed but a side all the same when the second one denies them
REPORTS = re.compile(r"^\W*there\s+(?:ha(?:s|ve|d)\s+(?:also\s+)?been|(?:is|are|was|were))\s+(?:also\s+)?"
                     r"((?:[a-z]+\s+){0,2}(?:reports|claims|allegations|accounts|rumou?rs))\s+(?:of|that)\b", re.I)
DENIES = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b", re.I)
RELATIVE = re.compile(r"^(\W*(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+),\s*(?:which|who|whose)\s[^,]{1,120},(?=\s)")


def _party(text: str, res, offset: int) -> str | None:
    """Who speaks in one side of the sentence: the attribution rule, else the words before
    its first saying verb."""
    issued = ISSUED.match(text)
    text = RELATIVE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    who = issued.group(1) if issued else holder(text, res, offset)
    if not who:
        m = LEAD.match(text) or BY_SAYING.match(text)
        who = m.group(1) if m else None
    if who and not {w.lower() for w in who.split()} & _VOID:
        return WHEN_TAIL.sub("", re.sub(r"^(?:[Tt]he)\s+", "", who)) or None
    return None


def split_sides(text: str) -> tuple[str, str, int] | None:
    """(first side, second side, offset of the second) when a sentence turns from one
    party's claim to another's."""
    tail = DENIED_TAIL.search(text)
    if tail:
        return text[:tail.start()], text[tail.start(1):], tail.start(1)
    m = TURN.search(text)
    if not m or not (CUE.search(text) or BLAME.search(text[:m.start()]) or STRONG.search(text)
                     or CONTRA_CUE.search(text[m.end():]) or m.group("conc") or UNSEEN.search(text[m.end():])
                     or (PARALLEL.search(text[:m.start()]) and PARALLEL.search(text[m.end():]))
                     or retold(text[:m.start()], text[m.end():])):
        return None             # two parties saying things is no dispute without a cue
    return text[:m.start()], text[m.end():], m.end()


@detector("inline")
def inline(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = []            # (article, sentence, first party, second party, words)
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            sides = split_sides(s.text)
            if not sides or SAME_VOICE.match(sides[1]):
                continue
            a = _party(sides[0], res, s.start)
            b = _party(sides[1], res, s.start + sides[2])
            anon = REPORTS.match(sides[0])
            if not a and anon and DENIES.search(sides[1]):
                a = anon.group(1)
            if not a or not b or a.split()[-1].lower() == b.split()[-1].lower() or one_side(a, b):
                continue
            found.append((art, s, a, b, _content(s.text)))
    out: list[Dispute] = []
    used: set[int] = set()
    for i, (art, s, a, b, words) in enumerate(found):
        if i in used:
            continue
        group = [found[i]]
        for j in range(i + 1, len(found)):
            if j not in used and len(found[j][4] & words) >= 2:
                used.add(j)
                group.append(found[j])
        claims = [c for g in group for c in (_claim(g[0], g[1], g[2]), _claim(g[0], g[1], g[3]))]
        kind = "responsibility" if BLAME.search(s.text) else "claim"
        out.append(Dispute(f"{a} vs {b}: {_topic(sides_text(s.text))}", claims, kind))
    return out


def sides_text(text: str) -> str:
    """What the dispute is about: the first side, or for a claim closed by its denial the
    clause after its last saying verb (what was denied)."""
    sides = split_sides(text)
    if not sides:
        return text
    if DENIED_TAIL.search(text):
        said = list(re.finditer(r"\b(?:that|" + _SAY + r")\s+", sides[0]))
        return sides[0][said[-1].end():] if said else sides[0]
    return sides[0]
