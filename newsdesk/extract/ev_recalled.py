"""Trigger words that sit in words recalled or quoted rather than in the reporter's own
statement of a live event, found by reading unseen coverage (round 5):

- the yardstick of a superlative: "the worst bombing in the region since 1994, when rebels
  blew up a bus, killing 31" -- the when-clause tells the old event the
  new one is measured against, whatever the article's own date (often unknown on scraped
  pages, so the year rules of past.py cannot fire);
- an act named with its own past time: "since the market attack last March", "the raids in
  Tarvel last year", "last year's bombings" -- another, older event
  the report recalls, not a mention of today's;
- an act named only as the occasion of another ("The cabinet met yesterday in light of the
  bombings"): the sentence's day is the other act's, so it gives the named
  act no day;
- a habit or standing state: "the bridge is normally closed to lorries", "the border is
  usually shut at night" -- no act took place;
- a quotation that runs over several sentences: a sentence that starts inside it ('"I heard a bang. Then
  the gunman fired at us," said X') holds the speaker's words up
  to the closing mark, and a paragraph that opens a quotation it never closes (the
  typographic convention for a quote that goes on in the next paragraph) is quoted to its
  end. The speaker's words state no event of their own (ev_filter.within_quotation already
  drops a sentence wholly inside a closed quotation).
"""
from __future__ import annotations

import re

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "since 1994, when", "since July 1998, when", "since Sept. 3, 2001, when"
_SINCE_WHEN = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH + r"\.?\s+|[A-Z][a-z]{2,3}\.\s+)?"
                         r"(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d,?\s+when\b")
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|\.\s")


def recalled_when(text: str, start: int) -> bool:
    """The trigger at `start` lies in the when-clause of "since <year>, when …"."""
    for m in _SINCE_WHEN.finditer(text, 0, start + 1):
        if m.end() > start:
            continue
        end = _CLAUSE_END.search(text, m.end())
        if start < (end.start() if end else len(text)):
            return True
    return False


_PAST_TIME = r"[Ll]ast\s+(?:year|" + _MONTH + r")"
# "the market attack last March", "raids in Tarvel last year" (a place between them)
_TIME_AFTER = re.compile(r"(?:\s+(?:in|at|on|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,?\s+"
                         + _PAST_TIME + r"\b")
# "last year's bombings", "last March's attack"
_TIME_BEFORE = re.compile(_PAST_TIME + r"['’]s\s+(?:[\w-]+\s+){0,2}$")


# "today's raid follows the bombings of a market in March": the act a new one is said to follow
_FOLLOWS = re.compile(r"\b(?:follows|followed|comes|came)\s+(?:(?:days|weeks|months|just|only|shortly)\s+)*"
                      r"(?:after\s+)?(?:[\w'’-]+\s+){0,4}$")
_ITS_TIME = re.compile(r"^[^.;:—–]*?\b(?:in|since|last|earlier this)\s+(?:" + _MONTH + r"|year|(?:19|20)\d\d)\b"
                       r"(?!\s+\d)")


def recalled_time(text: str, trig) -> bool:
    """A noun trigger that carries its own past time ("the attack last March"), or an earlier
    act another is said to follow, told with a month or year of its own."""
    if trig.kind != "noun":
        return False
    before = text[max(0, trig.start - 40):trig.start]
    return bool(_TIME_AFTER.match(text, trig.end) or _TIME_BEFORE.search(before)
                or (_FOLLOWS.search(before) and _ITS_TIME.match(text[trig.end:])))


# "in light of the bombings", "after the raid", "in response to Tuesday's attack"
_OCCASION = re.compile(r"\b(?:in light of|after|following|in (?:the )?wake of|in response to|in reaction to|"
                       r"over|because of|since)\s+(?:the|these|this|those|its|their|\w+day['’]s)\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.I)


def occasion_only(text: str, triggers) -> bool:
    """Every trigger of the statement is a noun named as the occasion of another act."""
    return bool(triggers) and all(t.kind == "noun" and _OCCASION.search(text[max(0, t.start - 60):t.start])
                                  for t in triggers)


def mention_date(text: str, triggers, day_of) -> tuple[str | None, bool]:
    """(day, stated) of a statement: `day_of(text)`, unless it names its act only as the
    occasion of another, whose day the sentence gives."""
    if occasion_only(text, triggers):
        return None, False
    day, rank = day_of(text)
    if rank in (2, 3) and triggers and _other_clause(text, triggers):
        rank = 1 if rank == 3 else 0    # still the sentence's day, but not its act's
    return day, rank


# ", and Thursday Turkish Prime Minister ... demanded": a day told in a clause of its own
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|;\s+")


def _other_clause(text: str, triggers) -> bool:
    """The sentence's first day expression lies in another coordinated clause than every
    trigger ("The violence stunned world leaders, and Thursday X demanded"): it dates that
    clause's act."""
    from .dates import date_expressions
    found = date_expressions(text, None)
    if not found:
        return False
    at = found[0][0]
    return all(_CLAUSE_BREAK.search(text[min(t.start, at):max(t.start, at)]) for t in triggers)


# what normally holds, and how often a kind of act happens ("militants rarely launch attacks")
_HABIT = re.compile(r"\b(?:normally|usually|typically|generally|routinely|customarily|rarely|seldom|"
                    r"often|frequently|regularly|occasionally|sometimes)\s+(?:\w+\s+){0,2}$", re.I)


def habitual(text: str, trig) -> bool:
    """The trigger is told as what normally holds ("is usually shut", "rarely launch attacks"),
    not as an act."""
    return bool(_HABIT.search(text[max(0, trig.start - 30):trig.start]))


def quotation_spans(art) -> list[tuple[int, int]]:
    """(start, end) in art.text of double quotations that hold more than one sentence:
    closed ones, and a paragraph-opening quotation left open to the paragraph's end; read
    once per article."""
    got = art.layers.get("ev_recalled_quotes")
    if got is None:
        from .quote_marks import line_doubles
        got = [(pos + m.text_start, pos + m.text_end) for pos, para, m in line_doubles(art.text or "")
               if re.search(r"[.!?…]\s+\S", para[m.text_start:m.text_end])
               and (m.closed or not para[:m.text_start].strip(" \t-•*–—\"“‘'`"))]
        art.layers["ev_recalled_quotes"] = got
    return got


# a speaker's words may be the act itself ("This deal is a grave error" accuses); only
# acts the speaker narrates (a shooting, a closure) are dropped
SPEECH_ACTS = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONCEDE",
               "DISAPPROVE", "DEMAND"}


def quoted_trigger(art, text: str, trig) -> bool:
    """The trigger `trig` of sentence `text` lies inside a multi-sentence quotation that
    opened before the sentence did (the sentence's own quotes are events.py's) and
    narrates an act rather than being one."""
    if trig.type in SPEECH_ACTS:
        return False
    start = trig.start
    at = (art.text or "").find(text)
    if at < 0:
        return False
    pos = at + start
    return any(a < at and a <= pos < b for a, b in quotation_spans(art))
