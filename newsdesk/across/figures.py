"""The event's own dead / injured figure, chosen from what its sources say.

Why not the most cited figure: coverage of one attack is written over hours and days while
the toll rises (Sri Lanka 138 -> 207 -> 290, Egypt 149 -> 235 -> 278 -> 525), so the old
figures outnumber the new one. The best-supported figure is the highest official one, once
four kinds of statement are set aside, each of which a source marks itself:
- a figure some source calls superseded ("revising down an earlier tally of 38");
- a running total of a whole conflict ("7,500 have now died in the crackdown", "killed
  since Feb. 15"): a sentence of the live event's report can carry it, but it counts more
  than this event;
- a party's claim ("the Brotherhood claims at least 2,000") while an official toll exists;
- a rounded or upper-bound figure ("nearly 140", "as many as 118") while a counted one
  exists.
Ties go to the more often cited, then the latest report, then the open-ended form ("at
least 128" holds both "128" and "at least 128").

Each source keeps its own figure (`EventMention.dead` / `injured`, written per source by
`sources_json`); this module only picks the event-level one. The statement flags come from
`Article.layers["figures"]`, which the events step fills (`extract/ev_group.py`); without
them (a store that kept no layers) every figure counts as counted and official.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Count, EventMention
from .war_total import WAR_TOTAL, total_part

ROUNDED = {"approx", "at_most", "vague"}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_SPELL = (r"(?:uprising|revolt|conflict|war|civil war|revolution|insurgency|crackdown|unrest|"
          r"protests|violence|fighting)")
_LONG = r"(?:uprising|revolt|conflict|civil war|revolution|insurgency|crackdown)"
# A figure that totals a whole conflict or period, not one event.
RUNNING_TOTAL = re.compile(
    r"\b(?:so far|to date|since the (?:start|beginning|outbreak)|since (?:the )?(?:\w+ )?" + _SPELL +
    r"|since (?:the )?(?:government|regime|army|military|troops|forces|authorities) (?:\w+ )?"
    r"(?:launched|began|started)|since " + _MONTH + r"(?: \d{1,2})?(?!\w)|since (?:19|20)\d\d"
    r"|(?:over|in) the (?:past|last) (?:year|decade|month|week|(?:\w+ )?(?:years|months|weeks))"
    r"|(?:have|has) now (?:died|been killed)|in the (?:[\w-]+ )?" + _LONG + r"\b(?! in\b)|" + WAR_TOTAL + ")", re.I)


def _digits(n: int) -> set[str]:
    return {str(n), f"{n:,}"}


def running_total(m: EventMention, c: Count) -> bool:
    """Whether the sentence of `m` stating figure `c` gives it as a running total."""
    return any(RUNNING_TOTAL.search(sp.text) and any(d in total_part(sp.text) for d in _digits(c.low))
               for sp in [m.span, *m.extra_spans])


def _note(notes: dict | None, article: str, field: str, c: Count) -> dict:
    for n in ((notes or {}).get(article) or {}).get(field, ()):
        if (n["low"], n["high"]) == (c.low, c.high):
            return n
    return {}


def best_count(mentions: list[EventMention], field: str, when: dict[str, float],
               notes: dict[str, dict] | None = None) -> Count | None:
    """The event's `field` ("dead" or "injured") from its mentions. `when` maps an article
    id to its publication time (epoch seconds, -1 unknown); `notes` maps an article id to
    its `layers["figures"]`."""
    figs = [(getattr(m, field), m.article, m) for m in mentions if getattr(m, field)]
    if not figs:
        return None
    info = [(c, a, _note(notes, a, field, c)) for c, a, m in figs if not running_total(m, c)] \
        or [(c, a, _note(notes, a, field, c)) for c, a, _ in figs]
    arts = {a for _, a, _ in figs} | {m.article for m in mentions}
    stale = {n["low"] for a in arts for n in ((notes or {}).get(a) or {}).get(field, ())
             if n.get("superseded")}         # "an earlier tally of 38": 38 and "at least 38"
    keep = [x for x in info if x[0].low not in stale] or info
    keep = [x for x in keep if not x[2].get("claim")] or keep
    keep = [x for x in keep if x[2].get("qualifier") not in ROUNDED] or keep
    cited = Counter((c.low, c.high) for c, _, _ in keep)
    latest: dict[tuple, float] = {}
    for c, a, _ in keep:
        latest[(c.low, c.high)] = max(latest.get((c.low, c.high), -1.0), when.get(a, -1.0))
    low, high = max(cited, key=lambda k: (k[0], cited[k], latest[k], k[1] is None))
    return Count(low, high)


# who a figure counts: the attackers ("eight militants") or anyone else ("119 people")
ATTACKER_NOUN = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|terrorists?|militants?|bombers?|shooters?|"
                           r"hijackers?|insurgents?|jihadists?)\b", re.I)


def counted_kinds(text: str) -> frozenset[str]:
    """The kinds of people ("attackers", "others") a sentence's death figures count. Why:
    officials who give 119 dead and 8 militants killed, or "three militants and one soldier"
    against "nine militants overall", count different groups and dispute nothing."""
    from ..extract.counts import casualties
    try:
        mentions = casualties(text)["mentions"]
    except Exception:                 # the counts module is another layer's
        return frozenset()
    kinds = set()
    for m in mentions:
        if m.kind != "dead" or m.subgroup or m.increment or m.superseded:
            continue
        after = " ".join(text[m.span[1]:].split()[:2])
        for part in re.split(r"\s+and\s+", text[m.span[0]:m.span[1]] + " " + after):
            kinds.add("attackers" if ATTACKER_NOUN.search(part) else "others")
    return frozenset(kinds)


def victims_toll(text: str, c: dict) -> tuple[tuple, str]:
    """A sentence's toll as ((low, high), qualifier): the counts step's dead figure, unless that
    one counts the attackers while a later figure counts the others ("police shot the two
    gunmen; four people died"): the attack's toll is the victims', the attackers' another act's."""
    dead = ((c["dead"].low, c["dead"].high), c.get("dead_qualifier") or "")
    ms = [m for m in c["mentions"] if m.kind == "dead" and not (m.subgroup or m.increment or m.superseded)]

    def of_attackers(m) -> bool:
        return bool(ATTACKER_NOUN.search(text[m.span[0]:m.span[1]] + " " + " ".join(text[m.span[1]:].split()[:2])))
    if len(ms) < 2 or ms[0].count.low != c["dead"].low or not of_attackers(ms[0]):
        return dead
    rest = [m for m in ms[1:] if not of_attackers(m)]
    return ((rest[0].count.low, rest[0].count.high), rest[0].qualifier or "") if rest else dead


# the toll of one group ("the death toll of foreigners reached 18") is a part of the event's
PART_TOLL = re.compile(r"\btoll (?:of|among) (?!(?:victims|people|persons|casualties|attacks|bombings|blasts|"
                       r"explosions|shootings|raids|strikes|clashes|dead)\b)[A-Za-z]+s\b")
# a toll told as a figure of the count itself ("The number of victims exceeds 60")
TOLL_PHRASE = re.compile(r"\b(?:death toll|number of (?:dead|deaths|victims|fatalities))\s+(?:has\s+|had\s+)?"
                         r"(exceed\w*|top(?:s|ped)|pass(?:es|ed)|(?:rose|risen|climbed) to|reached|stands at|"
                         r"stood at)\s+(?:(more than|at least|over|about|nearly|some)\s+)?(\d[\d,]*)\b", re.I)


# a party's toll that leaves no room for more, held under a speech or claim verb: "said that
# nobody was killed", "insisted only one person had died"; the casualty parser reads no
# figure from the first and the toll readers drop single deaths, yet each is a whole count
# that a source reporting many dead contradicts
_SAID = r"\b(?:that|said|says|insist\w*|claim\w*|maintain\w*|stated)\s+(?:[\w'\u2019-]+\s+){0,3}?"
_DIED = r"\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:killed|died|dead)\b"
WHOLE_TOLL = re.compile(_SAID + r"(?:(no(?:body| one|-one)|none)|(?:only|just)\s+(one|a single)(?:\s+[a-z]+)?)" + _DIED,
                        re.I)


def toll_told(text: str) -> tuple[tuple[int, int | None], str] | None:
    """((low, high), qualifier) of a toll told as the count itself, which the casualty
    parser reads no figure from: "exceeds 60" is a lower bound; "nobody was killed" is
    none, "only one person died" one."""
    t = TOLL_PHRASE.search(text)
    if not t:
        w = WHOLE_TOLL.search(text)
        return ((0, 0) if w.group(1) else (1, 1), "exact") if w else None
    if int(t.group(3).replace(",", "")) < 2:
        return None
    n = int(t.group(3).replace(",", ""))
    above = t.group(1)[:1].lower() in "etp" or (t.group(2) or "").lower() in {"more than", "at least", "over"}
    return (n, None if above else n), "min" if above else "approx" if t.group(2) else "exact"


# a running total of a whole conflict ("more than 8,000 people have died so far in the violence
# following the revolt") is background, not a figure for the story's event
CUMULATIVE = re.compile(r"\b(?:so far|to date|since the (?:start|beginning|outbreak)|since (?:the )?(?:uprising|revolt|"
                        r"conflict|war|revolution|insurgency)|over the past (?:year|\w+ years|decade)|"
                        r"in the past (?:year|\w+ years|decade))\b", re.I)


# the toll of what came before the news ("The coup attempt followed a 15-day protest ...,
# during which at least 20 people were killed"): the preceding period's, not the event's
PRIOR_PERIOD = re.compile(r"\b(?:follow(?:s|ed)|came after|comes after)\b[^.;]{0,80}?\b(?:during|in) which\b",
                          re.I)
# another act the news calls to mind ("revived memories of the July 14 truck assault in Nice,
# where 86 people were killed"): its toll is that act's
RECALLED = re.compile(r"\b(?:memor(?:y|ies) of|reminiscent of|recall(?:s|ed|ing)? the|echo(?:es|ed|ing)? of)\b", re.I)
# the news dated against an earlier act ("The raid came a week after gunmen killed 40 in ..."):
# the figure after the interval is that act's
_SPAN = r"(?:a|an|one|two|three|four|five|six|\d+|several|a few|few)"
DATED_AGAINST = re.compile(r"\b(?:came|comes|coming|follow(?:s|ed|ing)?)\s+(?:just |only |barely |less than |more than )?"
                           + _SPAN + r"\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\b", re.I)


def another_acts_toll(text: str) -> bool:
    """The sentence's toll is another act's or period's: a conflict's running total, the
    period before the news, an act the news recalls or is dated against, or a related story's
    headline kept in the body."""
    return bool(CUMULATIVE.search(text) or PRIOR_PERIOD.search(text) or RECALLED.search(text)
                or DATED_AGAINST.search(text) or teaser(text))


# a related-story headline ("Ferry sinks off the cape, killing 9 as storm closes ports"): a short
# capitalised line with no closing punctuation and no attribution, as link lists are kept
_HEADLINE = re.compile(r"^[A-Z0-9][^.!?;:\n]{10,140}(?<![.!?;:,\"'\u201d\u2019)\]])$")
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|told|according|reported|reports)\b", re.I)
_CUT_AFTER = {"the", "a", "an", "in", "of", "and", "to", "at", "on", "for", "with", "by", "from", "as", "that", "who"}


def teaser(text: str) -> bool:
    """A headline-like line: at most 16 words, no sentence end, nobody telling it, and not a
    sentence cut by the page's end ("... were killed in the")."""
    words = text.split()
    return 0 < len(words) <= 16 and words[-1].lower() not in _CUT_AFTER and bool(_HEADLINE.match(text.strip())) \
        and not _ATTRIBUTED.search(text)


# a toll told as risen ("the death toll rose to 72") updates the earlier figures: no rival to them
RISEN = re.compile(r"\b(?:ris(?:es|en|ing)|rose|climb(?:s|ed|ing)|jump(?:s|ed)|increas(?:es|ed))\s+to\b", re.I)
# one part of a sum told in two parts ("86 died at the scene as 17 others died in hospital")
PART_AFTER = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
                        r"(?:others|more)\s+(?:\w+\s+){0,2}?(?:died|dead|killed|perished)\b"
                        r"|\banother\s+\d[\d,]*\s+(?:\w+\s+){0,2}?(?:died|dead|killed|perished)\b", re.I)


# a count besides someone already named ("four other people were killed in the strike")
BESIDES = re.compile(r"^\s*(?:[a-z]+\s+)?other\b", re.I)


def part_of_sum(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is one part of a sum the sentence goes on to complete, or
    counts the dead besides someone already named (unless the counts already added that one:
    "the envoy and three other staff" is a toll of four, extract/toll_named.py)."""
    from ..extract.toll_named import named_head
    return bool(PART_AFTER.search(text, end) or (BESIDES.match(text[end:]) and not named_head(text[:start]))
                or re.search(r"\bother\b", text[start:end], re.I))


def settled(figs: list[tuple[tuple, str]], told: list[tuple[tuple, str]]) -> bool:
    """Floors a little below the one exact count the same reports state ('at least 27', 'at
    least 28', '29 killed'): all true at once, the count rose as outlets filed. A floor above an
    exact count ('at least 28' against '27 killed'), two exact counts or a gap over 10% still
    contest. `told` holds every figure the reports state (each ((low, high), qualifier))."""
    top = max(lo for (lo, _), _ in figs)
    exact = {lo for (lo, hi), q in [*figs, *told] if q == "exact" and lo == hi and lo >= 0.9 * top}
    v = min(exact) if len(exact) == 1 else None
    return v is not None and all(lo == v or (q == "min" and 0.9 * v <= lo <= v) for (lo, _), q in figs)


def stated_figures(tolls: dict, aids) -> list[tuple[tuple, str]]:
    """Every figure ((low, high), qualifier) the reports `aids` state, from per-report tolls."""
    return [(v, q) for a in aids for _, v, q in tolls[a]]


# what any toll of an attack may say of the act and its site without naming a thing of its own
# ("in the strike at the facility"): content stems (dispute _content's 4 letters) of no scope
_GENERIC_SCOPE = {"stri", "stru", "atta", "blas", "expl", "bomb", "shel", "inci", "assa", "raid", "faci",
                  "site", "scen", "area", "buil", "plac", "loca", "even", "trag"}


def own_words(stems: set[str]) -> set[str]:
    """A toll sentence's content stems less the generic act and site words: a sentence that names
    only 'the strike at the facility' counts the story's dead like a bare toll does."""
    return stems - _GENERIC_SCOPE


# "one US envoy was killed", "officials said one diplomat had been killed": a toll stated as one.
# Not "one of them" (a part), nor one of a group that is a part of the dead (police, troops,
# hostages, children, foreigners) or an attacker; not "a man was killed" (what one report saw)
_ONE_TOLL = re.compile(r"\b[Oo]ne\s+(?!of\b)((?:[\w'\u2019-]+\s+){0,4}?)(?:had been|has been|was)\s+killed\b")
_ONE_PART = re.compile(r"\b(?:police\w*|officers?|soldiers?|troops?|guards?|hostages?|child|children|students?|"
                       r"pupils?|tourists?|foreigners?|firefighters?|rescuers?|medics?)\b", re.I)


def one_told(text: str) -> bool:
    """Whether the sentence states a toll of one person, a figure a rival toll can contest."""
    m = _ONE_TOLL.search(text)
    return bool(m) and not _ONE_PART.search(m.group(1)) and not ATTACKER_NOUN.search(m.group(1)) \
        and text[max(0, m.start() - 3):m.start()].lower() != "no "
