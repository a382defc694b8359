"""The day a sentence's event happened, resolved against the article's publication date.

Why not dateparser on every sentence: it is slow (milliseconds a call) and it happily turns
"May", "March" or "Sunday" into a date with no anchor. News dates come in a handful of
shapes, so one compiled regex finds the candidates and small resolvers turn each into an
ISO day (exact, and about a hundred times faster than dateparser). Numeric dates such as
"14/08/2013" are left alone on purpose: day-month order is ambiguous without the outlet.

Conventions (checked against the dev gold, see tests):
- "today", "this morning/afternoon/evening", "tonight", "earlier today" -> published.
- "yesterday", "last night" -> published - 1 day; "overnight" -> published - 1 day (the
  night that began the evening before a morning report; the report is usually filed after).
- weekdays -> the most recent such day on or before published ("on Tuesday"), or the next
  one on or after it when the sentence is in the future tense ("will ... on Tuesday"),
  "last Tuesday" -> strictly before, "next Tuesday" -> strictly after.
- "16 June", "June 16", "Aug. 14" -> that day, the year taken from published (the previous
  year when that would put a past event more than 30 days after publication).
- "the previous night/day/evening" -> the day before the day the text named last ("detained
  on Saturday. The previous night left 265 dead": Friday), else published - 1.
- "N days ago" -> published - N (N <= 10); "days ago", "last week", "this week", "recent
  days", "at the weekend", "on election day", "June 2014" -> None: not a day. Nothing is
  ever invented: no anchor, no date.
- a day that is not the act's is passed over (dates_acts.py): a report's day beside the
  act's earlier one, a figures stamp "(27 August)", a plan's "scheduled for August 31".
- "Easter Sunday", "Good Friday", "Christmas Day", "New Year's Day" -> the feast in the
  published year (or the explicit year).
With published None only dates carrying their own year resolve.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..nlp.folded import Folded
from .dates_feasts import FEASTS, easter, feast_day  # noqa: F401  (easter: part of this module's API)
from .dates_dateline import filing_day
from .dates_nouns import NAMED_AFTER as _NAMED_AFTER

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMW = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"

PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"),
    ("wd_md", rf"\b(?P<rel>(?:last|this|next)\s+)?(?P<wd>{_WD}){_PART},?\s+(?:the\s+)?"
              rf"(?:(?P<mon>{_MONTH})\s+(?P<day>{_DAY})|(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MONTH}))"
              rf"\b(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("md", rf"\b(?P<mon>{_MONTH})\s+(?P<day>{_DAY})\b(?!\s*(?:%|per\s*cent|percent))"
           rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("dm", rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("ymd", r"\b(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-2]?\d|3[01])\b"),
    ("numeric", r"(?<![\d/])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
    ("nth", rf"\bon\s+the\s+(?P<day>{_DAY[:-len('(?:st|nd|rd|th)?')]}(?:st|nd|rd|th))\b"
            r"(?!\s+(?:of\s+)?[a-z])"),
    ("month_year", rf"\b(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b"),
    ("feast", r"\b(?P<feast>Easter\s+Sunday|Easter\s+Monday|Good\s+Friday|Christmas\s+Day|"
              r"Christmas\s+Eve|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day)\b"
              rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("weekday", rf"\b(?P<rel>(?:last|this|next|early|late|on)\s+)?(?P<wd>{_WD}){_PART}\b"
                r"(?!\s+(?:Times|Telegraph|Express|Mail|Herald|Post|Observer|Mirror|Star|"
                r"Tribune|Independent|Guardian|Nation|Standard|Sport|Review|Magazine)\b)"),
    ("ago", rf"\b(?P<n>{_NUMW}|a)\s+(?P<unit>days?|weeks?)\s+ago\b"),
    ("prev", r"\b(?:the\s+)?(?:previous|preceding)\s+(?:night|evening|day)\b"),
    ("rel", r"\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|overnight|"
            r"last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|"
            r"later\s+today|tomorrow)\b"),
    ("vague", r"\b(?:last|this|next|past|previous)\s+(?:week|weekend|month|year)\b|"
              r"\b(?:days|weeks|months)\s+ago\b|\bin\s+recent\s+(?:days|weeks)\b|"
              r"\b(?:over|at|on|during)\s+the\s+weekend\b|\bearlier\s+this\s+(?:week|month)\b|"
              # a day named after an occasion the text does not date ("on election day"):
              # some day of the story, rarely the report's
              r"\bon\s+(?:the\s+)?(?:election|polling|voting|referendum)\s+day\b|"
              # a span of weeks or more up to the report ("in the last two months"): an
              # ongoing state or campaign told as background, no single day
              r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:[a-z]+\s+)?(?:weeks|months|years)\b"),
]
_RX = re.compile("|".join(f"(?P<{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in PATTERNS),
                 re.I)
_RX_FOLDED = Folded(_RX)          # the same matches, searched on lower-cased text (nlp/folded)
# prefilter: a sentence reaches the big regex only when one of these words is in it
_WORDS = re.compile(r"[a-z]+")
ANCHORS = ({"today", "tonight", "yesterday", "overnight", "ago", "week", "weekend", "month",
            "day", "year", "days", "weeks", "months", "years", "night", "morning", "afternoon", "evening",
            "tomorrow", "christmas", "easter", "boxing", "previous", "preceding"} | set(MONTHS)
           | {"january", "february", "march", "april", "june", "july", "august", "september",
              "sept", "october", "november", "december"} | set(WEEKDAYS))
_ISO_HINT = re.compile(r"\d{4}-\d\d-\d\d|\d/\d|\d\.\d\d?\.\d{4}|\d(?:st|nd|rd|th)\b")
_FUTURE = re.compile(r"\b(?:will|shall|'ll|is\s+(?:due|set|expected|scheduled|to)|are\s+"
                     r"(?:due|set|expected|scheduled|to)|plans?\s+to|planned|going\s+to|"
                     r"would)\b", re.I)
# "lift the blockades from Friday", "until Monday": a weekday that opens or closes a span
# lies ahead of the report, whatever the tense of the verb
# "the army will guard the site of the blast that occurred on Tuesday": a past verb right
# before the day dates a past act, whatever future the sentence's main clause holds
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|began|struck|broke\s+out|took\s+place|came|hit)"
                               r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$")
_ONWARD = re.compile(r"\b(?:from|starting|beginning|until|till|by)\s+$", re.I)
_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "a": 1}
RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
            "this evening": 0, "earlier today": 0, "later today": 0, "yesterday": -1,
            "last night": -1, "overnight": -1, "the day before yesterday": -2, "tomorrow": 1}


def _iso(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")[:3]]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())




def _month_day(month: int, day: int, year: str | None, pub: date | None, future: bool) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        if pub is None:
            return None
        d = date(pub.year, month, day)
    except ValueError:
        return None
    if not future and d > pub + timedelta(30):
        try:
            d = date(pub.year - 1, month, day)
        except ValueError:
            return None
    elif future and d < pub - timedelta(30):
        try:
            d = date(pub.year + 1, month, day)
        except ValueError:
            return None
    return d


def _weekday(wd: int, rel: str, pub: date | None, future: bool) -> date | None:
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if rel == "last":
        return pub - timedelta(back or 7)
    if rel == "next":
        return pub + timedelta(fwd or 7)
    if future:
        return pub + timedelta(fwd)
    return pub - timedelta(back)


def _resolve(kind: str, g: dict, pub: date | None, future: bool, before: date | None = None
             ) -> date | None:
    """One matched expression to a day, or None when it names no single day. `before` is
    the day the text named last: "the previous night" is the night before it."""
    def grp(name):
        return g.get(f"{kind}_{name}")
    if kind == "iso":
        try:
            return date(int(grp("y")), int(grp("m")), int(grp("d")))
        except ValueError:
            return None
    if kind == "wd_md":
        mon, day = (grp("mon"), grp("day")) if grp("mon") else (grp("mon2"), grp("day2"))
        return _month_day(_month(mon), _day(day), grp("y"), pub, future)
    if kind in ("md", "dm"):
        return _month_day(_month(grp("mon")), _day(grp("day")), grp("y"), pub, future)
    if kind == "ymd":
        try:
            return date(int(grp("y")), int(grp("m")), int(grp("d")))
        except ValueError:
            return None
    if kind == "numeric":
        # 14/08/2013 is day-first, 08/14/2013 month-first; 05/06/2013 is ambiguous: None
        a, b = int(grp("a")), int(grp("b"))
        if (a > 12) == (b > 12):
            return None
        day, month = (a, b) if a > 12 else (b, a)
        try:
            return date(int(grp("y")), month, day)
        except ValueError:
            return None
    if kind == "nth":
        # "on the 14th": the latest such day of the month on or before publication
        if pub is None:
            return None
        day, y, m = _day(grp("day")), pub.year, pub.month
        for _ in range(3):
            try:
                d = date(y, m, day)
                if d <= pub:
                    return d
            except ValueError:
                pass
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        return None
    if kind == "feast":
        year = int(grp("y")) if grp("y") else (pub.year if pub else None)
        if year is None:
            return None
        name = re.sub(r"\s+", " ", grp("feast").lower()).replace("’", "'")
        d = FEASTS[name](year)
        if pub is not None and not grp("y") and not future and d > pub + timedelta(30):
            d = FEASTS[name](year - 1)
        return d
    if kind == "weekday":
        rel = (grp("rel") or "").strip().lower()
        return _weekday(WEEKDAYS[grp("wd").lower()], rel, pub, future)
    if kind == "ago":
        if pub is None:
            return None
        n = grp("n").lower()
        n = _NUMWORDS.get(n) or (int(n) if n.isdigit() else None)
        if n is None or not grp("unit").lower().startswith("day") or n > 10:
            return None
        return pub - timedelta(n)
    if kind == "prev":
        base = before or pub
        return base - timedelta(1) if base else None
    if kind == "rel":
        if pub is None:
            return None
        return pub + timedelta(RELATIVE[re.sub(r"\s+", " ", grp("rel").lower())])
    return None           # month_year, vague


def date_expressions(sentence: str, published: str | None = None, before: str | None = None
                     ) -> list[tuple[int, int, str | None]]:
    """(start, end, ISO day or None) for every date expression in the sentence; None marks
    an expression that names no single day ("last week") or has no anchor. `before`: the day
    the text named last, which "the previous night" counts back from (else `published`)."""
    return list(_date_expressions(sentence, published, before))


# a few articles' worth: the event step asks for each sentence several times (event_date,
# then date_expressions, per candidate), never for sentences long gone
@lru_cache(maxsize=256)
def _date_expressions(sentence: str, published: str | None, before: str | None = None
                      ) -> tuple[tuple[int, int, str | None], ...]:
    pub, out = _iso(published), []
    for st, en, kind, groups, ahead in _expressions(sentence):
        d = kind and _resolve(kind, groups, pub, ahead, _iso(before))
        out.append((st, en, d.isoformat() if d else None))
    return tuple(out)


# the scan, once per sentence whatever day it is resolved against (the report's, the one named before)
@lru_cache(maxsize=256)
def _expressions(sentence: str) -> tuple[tuple[int, int, str | None, dict | None, bool], ...]:
    """(start, end, kind, groups, ahead) per expression; kind None: a name, no day."""
    if not sentence:
        return ()
    if ANCHORS.isdisjoint(_WORDS.findall(sentence.lower())) and not _ISO_HINT.search(sentence):
        return ()
    future = bool(_FUTURE.search(sentence))
    out = []
    for m in _RX_FOLDED.finditer(sentence):
        kind = next(k for k, _ in PATTERNS if m.group(k) is not None)
        text = m.group()
        if kind in ("md", "month_year") and text[:3].lower() in ("may", "mar") and not text[0].isupper():
            continue          # "may 25" / "march 2014" in lower case: a verb, not a month
        if kind == "feast" and not feast_day(sentence, m.start(), m.end()):
            continue          # "a Christmas market": a season's thing, not a day
        if kind in ("md", "dm") and _NAMED_AFTER.match(sentence, m.end()):
            out.append((m.start(), m.end(), None, None, False))
            continue          # "the September 11 attacks", "the April 6 movement": a name
        ahead = future and not _PAST_VERB_BEFORE.search(sentence, 0, m.start()) or \
            (kind == "weekday" and bool(_ONWARD.search(sentence, 0, m.start())))
        out.append((m.start(), m.end(), kind, m.groupdict(), ahead))
    return tuple(out)


# bare "Christmas" names a day only as a time ("on Christmas", "by Christmas"), never as
# the modifier of a thing ("a Christmas market", "Christmas lights")
_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|emerged|confirmed|claimed|"
                        r"revealed|stated|added|disclosed)\b", re.I)
# "had been arrested"; a passive perfect is the state an act left ("said Sunday dozens have been killed")
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?\w+(?:ed|en|wn|ung|ought|ied)\b|"
                         r"\b(?:have|has)\s+been\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ung|ought|ied)\b", re.I)


_TOLL_UPDATE = re.compile(r"\b(?:toll|number\s+of\s+(?:dead|deaths|casualties))\b[^.;]{0,60}?\b"
                         r"(?:rose|risen|climbed|jumped|reached|hit|stood|increased|grew)\b"
                         r"[^.;]{0,30}$", re.I)


# "X on Sunday denied reports that ...": the day is the denial's, the act denied came before
_DENIED_REPORTS = re.compile(r"\s*,?\s*(?:denied|dismissed|rejected|refuted)\s+(?:the\s+)?"
                             r"(?:reports?|claims?|allegations?|accusations?)\s+that\b", re.I)


def _dates_the_report(sentence: str, start: int, end: int) -> bool:
    """"Police said Monday 24 people had been arrested", "Today, evidence emerged that
    gunmen had slaughtered...": the day is the report's; the pluperfect event came before.
    "The death toll climbed to 525 Thursday": the day dates the count, not the violence.
    "X on Sunday denied reports that he was killed": the day dates the denial."""
    if _TOLL_UPDATE.search(sentence[max(0, start - 90):start]) or _DENIED_REPORTS.match(sentence, end):
        return True
    near = sentence[max(0, start - 25):min(len(sentence), end + 25)]
    return bool(_REPORTING.search(near)) and bool(_PLUPERFECT.search(sentence, end))


@lru_cache(maxsize=512)      # asked again per sentence: the day named before, then the retold night
def event_date(sentence: str, published: str | None, before: str | None = None,
               filed: bool = True) -> str | None:
    """The ISO day of the sentence's event: the first expression that names one day and
    does not merely date a report of an earlier act, else None (never the publication
    date by default: that choice belongs to the caller). A wire dateline's day is the
    report's (dates_dateline.py): any other day the sentence names comes first, and with
    `filed` False it is never taken."""
    found = date_expressions(sentence, published, before)
    wire = filing_day(sentence, found)
    for i, (s, e, iso) in enumerate(found):
        if iso and i != wire and not _dates_the_report(sentence, s, e) and not _ONWARD.search(sentence, 0, s) \
                and not _dates_before_act(sentence, s) and not _dates_no_act(sentence, found, i):
            return iso        # "lift the blockades from Friday" dates what follows, not the act
    return found[wire][2] if filed and wire is not None else None


def _dates_no_act(sentence: str, found, i: int) -> bool:
    """Expression i stamps figures, names a plan's day or dates the report of an act whose
    own earlier day the sentence names later (dates_acts.py)."""
    from . import dates_acts as A
    s, e, _iso = found[i]
    return A.stamp_day(sentence, s, e) or A.planned_day(sentence, s) or A.report_day(sentence, found, i)


# "informed of the coordinates prior to the bombing, most recently on September 29": the day
# dates something done before the act the sentence names, not the act
_BEFORE_ACT = re.compile(r"\b(?:prior to|before|ahead of|in the (?:run|lead)-up to)\s+(?:the|this|that)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:bombings?|attacks?|(?:air)?strikes?|raids?|blasts?|"
                         r"explosions?|shootings?|assaults?|shelling|massacres?|invasion)\b", re.I)


def _dates_before_act(sentence: str, start: int) -> bool:
    m = _BEFORE_ACT.search(sentence, 0, start)
    return m is not None and not re.fullmatch(r"\s*(?:on|in|at)?\s*", sentence[m.end():start])


_FLASHBACK = re.compile(r"^(?:the\s+)?(?:previous|preceding)\s+(?:night|evening|day)\b", re.I)


def days_named_before(sentences: list[str], published: str | None) -> list[str | None]:
    """For each sentence, the last day an earlier sentence named (None before any): what
    "the previous night" counts back from."""
    out, last = [], None
    for s in sentences:
        out.append(last)
        last = event_date(s, published, last) or last
    return out


def flashback_days(sentences: list[str], before: list[str | None], published: str | None
                   ) -> list[str | None]:
    """For each sentence, the day of a retelling it belongs to, else None: a sentence that
    opens with "The previous night ..." moves the story back a day, and the sentences after
    it that name no day of their own go on telling that night (DW: "The previous night left
    265 dead ... They announced martial law ... Erdogan invited his voters ..."). A sentence
    whose own day lies over PAST_DAYS back opens a retelling of background the same way,
    which a sentence in the present ends ("... pledged elections. Protests have continued")."""
    out, day, recalled = [], None, False
    for s, b in zip(sentences, before):
        own = event_date(s, published, b)
        night = bool(_FLASHBACK.match(s.strip()))
        if night or _background_day(own, published):
            day, recalled = own, not night
        elif own or (recalled and _NOW.search(s)):
            day = None
        out.append(day)
    return out


# a verb of the present ("has continued", "remains", "are advised"): the text is back to now
_NOW = re.compile(r"\b(?:is|are|has|have|remains?|continues?|says|say)\b", re.I)


def _background_day(day: str | None, published: str | None) -> bool:
    """A day over PAST_DAYS before the report opens a retelling of background ("Dorn saw a
    coup on April 11. ... The junta took office and promised ...") just as "the previous
    night" does: the sentences after it that name no day go on telling that time."""
    from .past import PAST_DAYS
    d, pub = _iso(day), _iso(published)
    return bool(d and pub) and (pub - d).days > PAST_DAYS


def date_context(sentences: list[str], anchor: str | None) -> tuple[list[str | None], list[str | None]]:
    """(per sentence the default day: a retold night's, else the lede's; per sentence the
    day named last before it) against `anchor`."""
    if not anchor:
        return [None] * len(sentences), [None] * len(sentences)
    lede = default_day(sentences, anchor)
    before = days_named_before(sentences, anchor)
    return [f or lede for f in flashback_days(sentences, before, anchor)], before


def default_day(sentences: list[str], anchor: str | None) -> str | None:
    """The day an article's sentences that name none default to: the lede's (`lede_date`),
    else a recent day the text names as its act's own ("Saturday's attack" in a report
    filed days later, `dates_acts.recent_named_day`). Shared by the events step and the
    re-dating of an article against its story's estimated day, so both read it alike."""
    from .dates_acts import recent_named_day
    return lede_date(sentences[:4], anchor) or recent_named_day(sentences, anchor, lambda s: event_date(s, anchor))


_DATE_LINE = re.compile(
    r"^\W*(?:(?:published|updated|posted)\b\W*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\W+)?"
    rf"(?:{_MONTH}\s+{_DAY},?|{_DAY}\s+{_MONTH},?)\s+{_YEAR}"
    r"(?:\W+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\W*$", re.I)


def no_statement(sentence: str) -> bool:
    """Whether a 'sentence' states nothing: a date line ("Wednesday, June 29, 2016", the
    page's day) or a credit of two words or fewer ("(Reuters)", "AP Photo"). Such a line is
    never the lede that dates the article's main act; the next real sentence is."""
    return bool(_DATE_LINE.match(sentence.strip())) or len(re.findall(r"\w+", sentence)) <= 2


def lede_date(sentences: list[str], published: str | None, n: int = 2) -> str | None:
    """The day the article's main event happened, as its lede states it: the first day
    named in the first `n` sentences that state something. A better default than `published`
    for the article's sentences that name no day (a morning report of "Friday night's attacks"
    is published on Saturday): on the dev gold it dates 101 of 207 such source sentences right
    against 84 for `published` (first two sentences; one or three do worse or no better).
    Skipped: date lines and credits (`no_statement`) and photo captions (their day is the
    picture's, often an old file photo's)."""
    from .dates_caption import caption_line
    from .dates_lede import lede_view       # dated since- and after-clauses blanked
    for k, s in enumerate([x for x in sentences if not no_statement(x) and not caption_line(x)][:n]):
        iso = event_date(lede_view(s), published, filed=False)     # a filing day is no act's
        if iso and not (k and _dates_statement(s, iso, published)):
            return iso
    return None


def _dates_statement(sentence: str, iso: str, published: str | None) -> bool:
    """The day a later lede sentence names dates a statement ("On Thursday, the council said
    the army intended to act"), while the first sentence told the news with no day: the
    statement came before the news, so its day is no default for the article's acts."""
    from .dates_acts import statement_day
    return any(d == iso and statement_day(sentence, s, e)
               for s, e, d in date_expressions(sentence, published))


def mention_day(days: list[tuple[str | None, int]], named_first: bool = False) -> tuple[str | None, bool]:
    """(day, stated) of an event mention from its sentences' (day, rank) pairs (ranks of
    ev_context.event_date_ex: 3 and 2 the sentence names the day, 1 the lede's day, 0 a
    default): the earliest stated day (ranks 3 and 1; later days are follow-ups: "the toll
    rose Monday"), else the first default day, unless the first sentence only names a past
    period ((None, True): "the bombings last month"): the report's day would then be a wrong
    day, not a default. With `named_first` (an article with its own date) a day a sentence
    names, even the publication day, beats the lede's, which dates the lede's act: "arrested
    after the coup ... detained on Saturday" in Saturday's paper whose lede dates the coup
    Friday. Without a date of its own the article's days rest on a guessed anchor, and the
    earliest stated day is the safer choice."""
    tiers = ((3, 2), (1,)) if named_first else ((3, 1),)
    for ranks in tiers:
        named = sorted((d, ex) for d, ex in days if d and ex in ranks)
        if named:
            return named[0][0], named[0][1] != 2
    if days and days[0] == (None, True):
        return None, False      # its first sentence puts it in a past period ("last month")
    return next((d for d, _ in days if d), None), False


_MONTH_ONLY = re.compile(r"\b(?:in|since|last)\s+(January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b(?!\s+\d)")


def long_ago(sentence: str, anchor: str | None, days: int = 30) -> bool:
    """Whether the sentence places what it says over `days` before `anchor` (a stated day, or
    'in January' in an April report): background a report recalls, not its news."""
    day = _iso(anchor)
    if day is None:
        return False
    for _s, _e, d in date_expressions(sentence, anchor):
        if d and (day - date.fromisoformat(d)).days > days:
            return True
    m = _MONTH_ONLY.search(sentence)
    back = (day.month - _month(m.group(1))) % 12 if m else 0
    return 2 <= back <= 6       # a month two to six months back; nearer ones may be this month's news
