"""A claim's motive: the act named after a cause cue is the one answered, not news.

Why: a claim of responsibility often gives its reason ("the group said the bombing was
revenge for police raids in the port city", "said it acted in retaliation for the army's
offensive in the valley"), and a strike is justified by the act it answers ("targeting
fighters responsible for a rocket attack on the border town"). Coded as a statement of its
own, the answered act took the sentence's place and doer (the raids' city, the police) and
split the claimed act's record or merged with another one. After the cue, the act is
background. Its places leave the sentence's acts; when the reason is stated as what the act
was ("the attack was revenge for ...") or describes a party ("fighters responsible for ..."),
the answered act is no statement of the sentence (an act done "in response to" another is
still two acts, ev_group_twoacts); when the only act coded is the answered one, the sentence still speaks of the claimed act ("the attack was revenge for ..."), so the statement keeps
only what the words before the cue say and may only join a record (anaphoric, weak).
"""
from __future__ import annotations

import re

from .cause_words import MOTIVE_NOUNS, alternation

# the turn from the claimed act to its reason; "responsible for" only as a description of a
# party ("fighters responsible for ..."), not as a claim ("was responsible for the attack")
_CAUSE = re.compile(
    r"\b(?:(?:in|as|was|were|is|a|an)\s+)?[\"\u201c']?" + alternation(MOTIVE_NOUNS) +
    r"[\"\u201d\u2019']?\s+"
    r"(?:for|against)\b|\bin\s+response\s+to\b|\bto\s+avenge\b|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bheld\s)(?<!\bnot\s)"
    r"(?<=[a-z]\s)responsible\s+for\s+(?:an?\s|the\s)", re.I)
# the reason stated as what the act was ("the attack was revenge for", "was carried out in
# retaliation for") or a party's description: a motive, whose act is never told as news there
_MOTIVE = re.compile(r"(?:\b(?:was|were|is|are|be|been)\s+(?:(?:carried\s+out|launched|staged|mounted)\s+)?"
                     r"(?:(?:in|as|an?)\s+)?[\"\u201c']?|^)(?:" + "|".join(MOTIVE_NOUNS) + "|"
                     r"response)|\bresponsible\s+for\b", re.I)
# the claimed act named before the cue: an act noun or a claim
_CLAIMED = re.compile(r"\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|assault|raid|"
                      r"strikes?|operation|massacre|ambush|responsib\w+|claimed)\b", re.I)

# a party described by an earlier act: that act is never the sentence's news
_DESCRIBED = re.compile(r"^responsible\s+for\b", re.I)


def cause_at(text: str) -> int | None:
    """Offset of the first cause cue after which an act is only the reason given."""
    m = _CAUSE.search(text or "")
    return m.start() if m else None


def _motive_span(text: str, at: int) -> str:
    """The words around the cue, from the last clause break before it."""
    pre = re.split(r"[,;:]", text[max(0, at - 40):at])[-1]
    return (pre + text[at:at + 20]).strip()


def named_in(p: str, s: str) -> bool:
    """The phrase stands in the text as whole words."""
    return re.search(rf"\b{re.escape(p)}\b", s) is not None


def keep_own_places(c, mine: str, rest: str) -> None:
    """Places the other side's words name and this side's words do not are the other act's."""
    c.places = [p for p in c.places if named_in(p, mine) or not named_in(p, rest)]


def answered_apart(cands: list, text: str | None) -> list:
    """The sentence's statements with the answered act kept out (see the module note)."""
    at = cause_at(text) if text else None
    if at is None or not cands:
        return cands
    head, tail = text[:at], text[at:]
    def pos(c):
        return c.triggers[0].start if c.triggers else 0
    own = [c for c in cands if pos(c) < at]
    answered = [c for c in cands if pos(c) >= at]
    for c in own:       # the reason's places are elsewhere
        keep_own_places(c, head, tail)
    if not answered:
        return cands
    if own and _MOTIVE.search(_motive_span(text, at)):
        return own          # a stated motive: its act is no statement of this sentence
    if own:             # an act answering another ("shelled X in response to raids"): two acts,
        return cands    # cut apart in ev_group_twoacts
    if not _CLAIMED.search(head) and not _DESCRIBED.search(text[at:at + 40]):
        return cands        # nothing claimed before the cue: the act after it is the news
    for c in answered:
        c.places = [p for p in c.places if named_in(p, head)]
        c.mode = None
        if c.actor and not named_in(c.actor, head):
            c.actor = None
        if c.recipient and not named_in(c.recipient, head):
            c.recipient = None
        c.anaphoric, c.weak = True, True
    return answered


def motive_day(text: str, day: str | None, rank: int, day_of) -> tuple[str | None, int]:
    """The day of a claim's act read before its stated motive: a day named after it ("was
    revenge for a raid on Monday", "fighters responsible for a rocket attack on Monday")
    dates the answered act."""
    at = cause_at(text)
    if at is None or at == 0 or not _MOTIVE.search(_motive_span(text, at)):
        return day, rank    # "launched a campaign in retaliation for X on <day>": whose day is unsure
    return day_of(text[:at])
