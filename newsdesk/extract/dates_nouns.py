"""Days that name a thing, or belong to a noun naming another act, not the mention's own act.

Why: a sentence often dates a thing it only names beside the act it tells. "ahead of the
May 25 presidential election" names a vote; "The minister blamed the rebels for the assault
on Friday night" dates the assault, not the blaming (often told the day after). A noun's day
is skipped only for a mention of another kind than the noun's act (an assault mention keeps
"killed in the assault on Friday"), and only when the noun phrase holds none of the
mention's triggers. Agreement nouns ("the accords reached on April 17") date the accord, not
an assault told beside them.
"""
from __future__ import annotations

import re

# a day right before one of these nouns names it ("the September 11 attacks", "the April 6
# movement", "the May 25 presidential election"): a name, or the day of a vote ahead, never
# the day of the sentence's act
NAMED_AFTER = re.compile(r"\s+(?:attacks?|anniversary|memorial|commission|movement|revolution|uprising|"
                         r"massacre|bombings?|agreement|accords?|(?:(?:presidential|parliamentary|"
                         r"general|legislative|local|snap|early)\s+)?(?:elections?|polls|vote|ballot|"
                         r"referendum|runoff|run-off))\b", re.I)

# act nouns -> the PLOVER kind whose mentions the noun's day may date
_NOUNS = {
    "ASSAULT": r"assaults?|attacks?|bombings?|blasts?|explosions?|(?:air)?strikes?|raids?|"
               r"shootings?|massacres?|shelling|ambush(?:es)?|rampage|sieges?",
    "AGREE": r"agreements?|accords?|deals?|ceasefires?|truces?|treat(?:y|ies)|pacts?",
}
# "the assault on Friday", "the raid carried out on Sunday"
_PARTICIPLE = (r"(?:reached|signed|agreed|struck|brokered|concluded|launched|carried\s+out|"
               r"staged|mounted|committed)")
_RX = {kind: re.compile(r"\b(?:" + nouns + r")(?:\s+" + _PARTICIPLE + r")?\s+(?:on\s+|late\s+|early\s+)?$",
                        re.I)
       for kind, nouns in _NOUNS.items()}
# "two held over Monday's hotel siege were charged on Friday": a possessive day owned by an act
# noun (up to two modifiers between) dates that act, not the sentence's other one
_OWNED = {kind: re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b", re.I)
          for kind, nouns in _NOUNS.items()}


def noun_day_spans(sentence: str, found, kind: str | None) -> list[tuple[int, int]]:
    """(start, end) of each act noun with the day right after it ("the assault on Friday") or
    owning it ("Friday's assault"), for nouns whose act is not `kind` (the mention's type)."""
    out = []
    for s, e, _iso in found:
        head = sentence[max(0, s - 60):s]
        for noun_kind, rx in _RX.items():
            if noun_kind == kind:
                continue
            m = rx.search(head)
            if m:
                out.append((s - len(head) + m.start(), e))
                break
            m = _OWNED[noun_kind].match(sentence, e)
            if m:
                out.append((s, m.end()))
                break
    return out


def without_noun_days(sentence: str, found, trigger_starts: list[int], kind: str | None) -> str:
    """The sentence with every such noun phrase blanked (offsets kept) when it holds none of
    the mention's triggers."""
    for s, e in noun_day_spans(sentence, found, kind):
        if trigger_starts and not any(s <= t < e for t in trigger_starts):
            sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    return sentence


def only_names(sentence: str, found) -> bool:
    """Every day expression of the sentence names a thing ("ahead of the May 25 election"):
    the sentence names no day of its own act, so it takes the default day like a sentence
    with none."""
    return bool(found) and all(NAMED_AFTER.match(sentence, e) for _s, e, _iso in found)
