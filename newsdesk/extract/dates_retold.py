"""A day that dates a statement does not date the act the statement retells (events step).

Why: "The army on Monday denied that its troops shelled the camp" names one day, the
denial's; the shelling it retells came before, on a day the sentence does not give. Read
as the sentence's day it dates the retold act days late, so one real act splits into two
records days apart (the linker's date veto) or joins another act of the statement's day.
The same holds for a day owned by a charge ("on Monday blamed the raid on the rebels") or by
a written statement ("issued a statement Monday condemning the raid", "in a statement
released on Monday, X said ..."). Such a day is blanked for a mention whose every trigger
lies after the statement's verb (its that-clause, object or participle); a day the
complement names itself still dates the act, and the statement's own mention keeps its day.
Plain "said" is left alone: a wire lede's "police said Monday that gunmen killed five"
usually tells an act of that day. A charge is often made the day of the act it charges
("X on Saturday accused Y of shelling the city" in that morning's report): its day is only
demoted to a default for the retold act; a denial's or a written statement's day, when the
default would repeat it, leaves the act with no day.
"""
from __future__ import annotations

import re

# the verbs of a reply or a charge that retell an earlier act in their complement
_REPLY = r"denied|denies|rejected|dismissed|refuted|disputed"
_CHARGE = r"blamed|condemned|denounced|accused"
_VERB = r"(?:" + _REPLY + "|" + _CHARGE + r")"
_IS_CHARGE = re.compile(r"(?:" + _CHARGE + r")\b", re.I)
# a written statement: "issued a press statement", "in a statement released", "a statement on"
_STATEMENT = (r"(?:(?:issued|released|put\s+out|published)\s+(?:a|an)\s+(?:joint\s+|press\s+|written\s+)?"
              r"(?:statement|communiqu[eé])|(?:in\s+)?(?:a|an)\s+(?:joint\s+|press\s+|written\s+)?"
              r"(?:statement|communiqu[eé])\s+(?:issued|released|published|posted))")
_ADVERBS = r"(?:(?:\w+ly|also|again|swiftly)\s+){0,2}"
# "on Sunday strongly denied", "Sunday, denied": the day right before the verb
_VERB_AFTER_DAY = re.compile(r"\s*,?\s*" + _ADVERBS + r"(" + _VERB + r")\b", re.I)
# "denied on Sunday", "issued a press statement Sunday", "a statement released on Thursday"
_BEFORE_DAY = re.compile(r"\b(" + _VERB + r"|" + _STATEMENT + r")\s+(?:(?:on|late|early)\s+)?$", re.I)
# the words a statement's own mention is told with: its day stays
_OWN = re.compile(r"^(?:" + _VERB + r"|statement|communiqu|issued|released)", re.I)
# the complement ends with the sentence's clause: a semicolon or a new sentence
_END = re.compile(r";\s|\.\s")


def statement_verbs(sentence: str, found) -> list[tuple[int, int, int, bool]]:
    """(day start, day end, end of the statement's verb, whether it is a charge) for each
    day that dates a reply, a charge or a written statement."""
    out = []
    for s, e, _iso in found:
        m = _VERB_AFTER_DAY.match(sentence, e)
        if m:
            out.append((s, e, m.end(), bool(_IS_CHARGE.match(m.group(1)))))
            continue
        m = _BEFORE_DAY.search(sentence[max(0, s - 70):s])
        if m:
            out.append((s, e, e, bool(_IS_CHARGE.match(m.group(1)))))
    return out


def _retold(sentence: str, verb_end: int, triggers) -> bool:
    """Every trigger lies after the statement's verb, in its clause, and none is the
    statement's own word."""
    stop = _END.search(sentence, verb_end)
    end = stop.start() if stop else len(sentence)
    return bool(triggers) and all(verb_end <= t.start < end and not _OWN.match(t.text)
                                  for t in triggers)


def without_statement_days(sentence: str, found, triggers) -> str:
    """The sentence with each statement's day blanked (offsets kept) for a mention that the
    statement retells."""
    for s, e, verb_end, _charge in statement_verbs(sentence, found):
        if _retold(sentence, verb_end, triggers):
            sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    return sentence


def retold_only(sentence: str, triggers, day: str | None, rank: int, day_of) -> bool:
    """Whether a mention retold by a reply or a written statement took, once the statement's
    day was blanked, only a default (not a day its complement names) that repeats the
    statement's own day: then the text gives the retold act no day."""
    from .dates import date_expressions
    if not day or rank in (2, 3):
        return False
    if not any(_retold(sentence, verb_end, triggers) and not charge
               for _s, _e, verb_end, charge in statement_verbs(sentence, date_expressions(sentence))):
        return False
    return day_of(sentence)[0] == day


def mention_day(text: str, triggers, kind: str | None, day_of) -> tuple[str | None, int]:
    """(day, stated rank) of a mention read from its sentence (dates_acts.act_sentence) with no
    day for a retold act whose only day would be its statement's."""
    from .dates_acts import act_sentence
    from .ev_recalled import mention_date
    day, rank = mention_date(act_sentence(text, triggers, kind), triggers, day_of)
    if retold_only(text, triggers, day, rank, day_of):
        return None, 0
    return day, rank

