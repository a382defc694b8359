"""What a toll sentence counts: the story's act, or another act it is dated against.

Why: outlets word one event's toll in their own way. "The minister told reporters that 30
had died", "provincial authorities, who set the toll at 50, said 300 were hurt" and "Some 35
are now known to be dead, most of them by the blasts" name nothing but the count itself: who
tells it, when, how sure, and the hurt beside the dead. Such a sentence counts the story's
dead just as a bare "At least 22 people were killed" does, so its figure rivals the other
outlets' figures for the story's act, also when the figures may be snapshots of a rising
count (a reader still sees outlets that disagree). A toll that names a thing of its own ("at
the second site") keeps those words and is still held apart by the count detector's
shared-word test.

The other way round, a toll the news is dated against ("the raid comes just weeks after 40
died in a similar attack on a market") counts that earlier act, whatever the interval's
wording: `figures.another_acts_toll` reads a counted interval ("two weeks after"), and
`elsewhere` adds the bare and hedged ones ("months after", "only days after"), an act
called similar or previous, one blast's toll of several ("a second blast ... left 20
dead") and a sentence whose "died" is a noise dying down.
"""
from __future__ import annotations

import re
from typing import Callable

from .dispute_holders import toll_holder
from .dispute_update import RISE_TO
from .figures import RISEN, TOLL_PHRASE, another_acts_toll, own_words
from ..extract.toll_listed import one_place

# 4-letter stems (the count detector's `_content`) of words that tell a toll without naming
# what it counts: telling and reporting, the public bodies that give figures, how sure the
# figure is, the hurt and missing beside the dead, and time
TELLING = {
    # telling and reporting
    "told", "tell", "repo", "gave", "give", "puts", "stat", "anno", "conf", "know", "esti", "beli",
    "publ", "rele", "upda", "brie", "rece", "late", "earl", "prev", "init", "firs", "fina", "curr",
    "acco", "cite", "citi", "spok", "quot", "offi", "auth", "gove", "muni", "loca", "nati", "mini",
    "agen", "medi", "news", "sour", "pref", "prov", "regi", "dist", "depa", "serv", "emer",
    "prem", "pres", "chie", "mayo", "head", "dire", "secr", "iden", "rais", "lowe", "revi",
    # how sure, how many
    "most", "many", "some", "seve", "seri", "tota", "numb", "figu", "coun", "rise", "stil",
    "rema", "toll", "bodi", "life", "live", "lost", "clai", "vict", "them", "thos", "whom",
    # the hurt and missing beside the dead
    "inju", "hurt", "woun", "hosp", "trea", "crit", "cond", "miss", "unac", "othe", "abou",
    # time
    "hour", "days", "week", "cour", "mont", "year", "yest", "toni", "midn", "noon", "wedn", "thur",
}
WORD_FIGURES = {"doze", "scor", "hund", "thou"}


# who tells it: a short lead-in up to the speech verb and its addressee ("Protest leader X told
# the Y agency that"), a short closing source (", a rescue official said."), "according to ..."
_SAY = r"(?:told|said|says|say|reported|reports|confirmed|added|stated)"
_LEAD_IN = re.compile(r"^(?:[^\d;]*?\s)?" + _SAY + r"(?:\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4})?(?:\s*that\b)?")
_CLOSING = re.compile(r",\s*(?:[^\d,;]*?\s)?" + _SAY + r"\b[^\d,;]*$|\baccording to\b[^\d,;]*")


def attribution_out(text: str) -> str:
    """The sentence without the words that say who tells it (a lead-in of at most ten words)."""
    m = _LEAD_IN.match(text)
    if m and len(m.group(0).split()) <= 10:
        text = text[m.end():]
    return _CLOSING.sub(" ", text)


def told_only(text: str, content: Callable[[str], set[str]], holder: str | None = None) -> set[str]:
    """The content stems of a toll sentence that name what it counts: the sentence's stems less
    the toll phrase, the generic act and site words, the telling words and the holder's name."""
    named = content(holder or "")
    return own_words(content(TOLL_PHRASE.sub(" ", attribution_out(text)))) - TELLING - WORD_FIGURES - named


def bare_toll(s, res, content: Callable[[str], set[str]]) -> bool:
    """Sentence `s` (its resolver `res`) states only the toll, with who tells it and when: it
    counts the story's dead."""
    return not told_only(s.text, content, toll_holder(s.text, res, s.start))


# "comes just months after", "came only days after", "follows weeks after": an interval told
# without a count; "in a similar attack", "the previous bombing": an act like this one, not it
_INTERVAL = re.compile(r"\b(?:came|comes|coming|follow(?:s|ed|ing)?)\s+(?:(?:just|only|barely|mere|a few|several|"
                       r"some)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|before)\b", re.I)
_LIKE_ACT = re.compile(r"\b(?:a similar|the previous|an earlier|a previous|the last such)\s+(?:[a-z]+\s+)?"
                       r"(?:attack|assault|bombing|blast|raid|massacre|shooting|strike|explosion|disaster|crash)\b",
                       re.I)


# "the gunfire died down", "the noise died away": no one died, the figure beside it counts no dead
_FADED = re.compile(r"\bdie[ds]? (?:down|away|out)\b", re.I)
_DEATH = re.compile(r"\b(?:kill\w*|dead|deaths?|died|dying|toll|slain|bodies|fatalit\w*|lives|perish\w*|martyr\w*)\b",
                    re.I)


# "a second blast struck the station, which left 20 dead": one blast's toll of several, unless
# the sentence tells the whole ("brought the toll to 40", "in all")
_ONE_OF = re.compile(r"\b(?:a|the)\s+(?:second|third|fourth|other)\s+(?:blast|explosion|bomb(?:ing)?|attack|device|"
                     r"bomber|assault)\b", re.I)
_WHOLE = re.compile(r"\b(?:toll|total|in all|altogether|overall|combined|together)\b", re.I)
# the dead who died at once ("five died on the spot"): a part of a toll that grows as the hurt die
_AT_ONCE = re.compile(r"\b(?:died|dead|(?:were|was) killed)\s+(?:instantly|immediately|on the spot|on impact|"
                      r"in the immediate aftermath)\b|\bdied at the scene\b", re.I)


def elsewhere(text: str) -> bool:
    """The sentence's figure is no toll of this act: another act's or period's (see the module
    note), one blast's of several, or no death at all, the only death word being a noise that
    died down; or only those who died at once, or at one of the act's places ("At the first house, ...")."""
    if _FADED.search(text) and not _DEATH.search(_FADED.sub(" ", text)):
        return True
    if (_ONE_OF.search(text) or _AT_ONCE.search(text) or one_place(text)) and not _WHOLE.search(text):
        return True
    return another_acts_toll(text) or bool(_INTERVAL.search(text) or _LIKE_ACT.search(text))


def risen(text: str) -> bool:
    """The sentence tells its toll as risen ("climbed to 302"): the outlet's figure all the same,
    but a sentence stating it plainly is the better claim of it."""
    return bool(RISEN.search(text) or RISE_TO.search(text))


def counted_as_other(c: dict, m: re.Match) -> bool:
    """The figure a fallback pattern reads as dead is one the counts step tied to another kind
    ("Beside the dead, 30 people were hurt"): never a toll."""
    return any(x.kind != "dead" and x.span[0] <= m.start(2) < x.span[1] for x in c["mentions"])
