"""Years for the month-days of articles left with no anchor, from what their text states.

Why: a scraped page with no date of its own, in a story no article of which is dated, has
no anchor at all, so "On September 28, militants seized the city" stays undated although
the article (or another article of its story) states the year elsewhere: a full day such
as "October 3, 2015" in a later paragraph or a photo credit of the same days. The year is
taken only when every full day the article states agrees on it (a story reporting 2015
that recalls 2011 gives none), else when the full days of its story's undated coverage
agree and come from two articles at least, and only a day the sentence itself names as a
month and a day (not a span's end, "through August 3") takes it: relative days ("on Saturday", "today") still need a real
anchor and stay undated. Nothing is invented: no stated year, no date.
"""
from __future__ import annotations

import re
from datetime import date

from ..model import Article

_MONTH_DAY = ("md", "dm", "wd_md")       # dates.PATTERNS kinds that name a month and a day
_BOUND = re.compile(r"\b(?:through|until|till|by|from|starting|beginning|due|scheduled for|set for)\s+(?:on\s+)?$",
                    re.I)


def agreed_year(years: list[int]) -> int | None:
    """The one year the list holds, else None (none stated, or stated years disagree)."""
    return years[0] if years and len(set(years)) == 1 else None


def past_years(art: Article) -> list[int]:
    """Years of the full days the article states, those told as still ahead ("elections due
    on November 1, 2016", "until October 15, 2016") left out: the news is not in them."""
    from .story_dates_doubt import stated_years, years_ahead
    ahead = set(years_ahead(art))
    return [y for y in stated_years(art) if y not in ahead]


STORY_VOICES = 2          # articles of the story that must state the year when the article does not


def text_year(art: Article, story: list[Article]) -> int | None:
    """The year the article's full days state when they agree, else the one the full days
    of its story state when they agree and at least STORY_VOICES articles state it: one
    other outlet's single day may be background ("the last concert, on July 9, 1995")."""
    own = agreed_year(past_years(art))
    if own:
        return own
    stated = [(a.id, y) for a in story for y in past_years(a)]
    year = agreed_year([y for _, y in stated])
    return year if year and len({aid for aid, _ in stated}) >= STORY_VOICES else None


def yearless_day(sentence: str, year: int) -> str | None:
    """The ISO day of the act the sentence dates by a month and day with no year ("On
    September 28"), placed in `year`; None when the day the events step would take for the
    act is of another kind (a weekday, "today") or states its own year, or when a weekday
    named with it ("Saturday, October 3") does not fall on that day in `year`."""
    from ..extract.dates import WEEKDAYS, _day, _expressions, _month, date_expressions, event_date
    probe = f"{year}-12-31"                 # any day of the year: only month-days are kept
    iso = event_date(sentence, probe, filed=False)
    if not iso:
        return None
    exprs = list(zip(date_expressions(sentence, probe), _expressions(sentence)))
    for i, ((_s, end, d), (_s2, _e2, kind, groups, _ahead)) in enumerate(exprs):
        if d != iso:
            continue
        wd = None
        if kind == "weekday" and i + 1 < len(exprs) and exprs[i + 1][1][2] in ("md", "dm") \
                and re.fullmatch(r",?\s*(?:the\s+)?", sentence[end:exprs[i + 1][0][0]]):
            # "on Saturday, October 3": the weekday's own match hides the month-day it names
            wd, (_s, _e, d), (_s2, _e2, kind, groups, _ahead) = groups.get("weekday_wd"), *exprs[i + 1]
        if kind not in _MONTH_DAY or _BOUND.search(sentence, 0, _s):
            return None                     # "now through August 3": a span's end, not an act's day
        g = {k[len(kind) + 1:]: v for k, v in groups.items() if k.startswith(f"{kind}_") and v}
        if wd:
            g["wd"] = wd
        if g.get("y"):
            return None                     # a full day: the events step dated it already
        mon, day = (g.get("mon"), g.get("day")) if g.get("mon") else (g.get("mon2"), g.get("day2"))
        try:
            out = date(year, _month(mon), _day(day))
        except (ValueError, TypeError, KeyError):
            return None
        if g.get("wd") and WEEKDAYS[g["wd"].lower()] != out.weekday():
            return None
        return out.isoformat()
    return None


def fill_years(articles: list[Article]) -> int:
    """Date the undated mentions of articles with no anchor (own or estimated) by the
    month-days their sentences name, in the year their text or story states; returns how
    many mentions were dated. The earliest such day of a mention's sentences is taken
    (`dates.mention_day`: later days are follow-ups)."""
    by_story: dict[str, list[Article]] = {}
    for a in articles:
        by_story.setdefault(a.story or f"alone:{a.id}", []).append(a)
    n = 0
    for a in articles:
        if a.layers.get("own_anchor") or a.layers.get("date_estimate") or a.published:
            continue
        todo = [m for m in a.mentions if not m.date]
        if not todo:
            continue
        story = [b for b in by_story[a.story or f"alone:{a.id}"]
                 if not (b.layers.get("own_anchor") or b.layers.get("date_estimate") or b.published)]
        year = text_year(a, story)
        if year is None:
            continue
        for m in todo:
            days = sorted(d for sp in [m.span, *m.extra_spans] if (d := yearless_day(sp.text, year)))
            if days:
                m.date, m.date_explicit, m.date_estimated = days[0], True, True
                n += 1
    return n
