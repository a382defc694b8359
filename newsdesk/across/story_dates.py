"""Dates for articles that state none, from the other articles of their story.

Why: scraped text often carries no publication date (the date lived in the URL or the page
chrome), so "on Tuesday", "yesterday" or a sentence with no day at all cannot be placed.
Coverage of one story is written within a few days, though, and the story's dated articles
(a stated `published`, a date line in the page head, a full date in the opening sentences)
fix its reference day R (a story dated only by follow-ups weeks later counts on their acts'
days, story_follow.py). An undated article is then given the day nearest R that keeps its
own weekday references consistent: a report that says "Thursday" when R is a Wednesday was
written on Thursday or later. Nothing is invented when no article of the story is dated.

The estimate is kept on `art.layers["date_estimate"]` (the brief marks such dates), never
written to `published` (FORMAT.md: `published` is what the page states).
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from ..model import Article, EventMention, Picture
from ..pipeline import corpus_step
from ..extract.past import PAST_DAYS, told_as_past
from .story_dates_later import later_than_past
from .story_follow import reported_as_news, story_anchors

WINDOW_BACK = 3          # days before R a weekday reference may fall and still fit the story
WEEK_BACK = 6            # "on Saturday" names at most last Saturday, six days before publication
SHIFTS = (0, 1, -1, 2, 3)  # candidate publication days around R, in order of preference
LEDE_SENTENCES, LEDE_WEIGHT = 2, 2
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def own_anchor(art: Article) -> str | None:
    """The article's own date (`ev_context.article_anchor`, as the events step uses it)."""
    from ..extract import ev_context as X
    if "own_anchor" not in art.layers:       # dateparser is slow: once per article
        art.layers["own_anchor"] = X.article_anchor(art)
    return art.layers["own_anchor"]


def reference_day(anchors: list[date]) -> date | None:
    """The story's reference day: the lower median of its dated articles' days (robust to
    one late follow-up or one stray date line)."""
    if not anchors:
        return None
    xs = sorted(anchors)
    return xs[(len(xs) - 1) // 2]


def _resolved(art: Article, pub: date) -> list[tuple[date, bool, int]]:
    """(day, is a weekday reference, weight) for every day the article names when published
    on `pub`; the lede's days weigh double (they date the article's main event)."""
    from ..extract.dates import date_expressions
    out = []
    iso = pub.isoformat()
    for i, s in enumerate(art.sentences):
        for start, end, d in date_expressions(s.text, iso):
            if d:
                out.append((date.fromisoformat(d), bool(_WEEKDAY.search(s.text[start:end])),
                            LEDE_WEIGHT if i < LEDE_SENTENCES else 1))
    return out


def story_days(arts: list[Article]) -> set[date]:
    """Days the dated articles of a story give their events (the story's calendar)."""
    return {d for a in arts for m in a.mentions if (d := _day(m.date)) is not None}


def _fits(day: date, pub: date, ref: date, days: set[date]) -> bool:
    """Whether a weekday reference fits the story when published on `pub`: it falls near the
    reference day, or it is a day the dated articles give an event and at most a week before
    `pub` (a report of Thursday tells the crash "on Saturday", five days back: it was written
    on Thursday, not pushed to the next Saturday)."""
    return day >= ref - timedelta(days=WINDOW_BACK) or (
        day in days and timedelta(0) <= pub - day <= timedelta(days=WEEK_BACK))


def estimate_anchor(art: Article, ref: date, days: set[date] | None = None,
                    shifts: tuple[int, ...] = SHIFTS) -> date:
    """The publication day near `ref` under which the days the article names fit the story
    best: every weekday it names fits the story (`_fits`), and as many of its days
    ("yesterday", "on Wednesday") as possible are days the dated articles state. Ties go to
    the day nearest `ref`."""
    best, best_score = ref, -1
    for k in shifts:
        pub = ref + timedelta(days=k)
        res = _resolved(art, pub)
        if not all(_fits(d, pub, ref, days or set()) for d, wd, _ in res if wd):
            continue
        score = sum(w for d, _, w in res if d in (days or ()) and d <= pub)
        if score > best_score:
            best, best_score = pub, score
    return best


def mention_date(m: EventMention, anchor: str, lede: str | None) -> tuple[str | None, bool]:
    """(date, stated) for a mention from its sentences, by the events step's rule."""
    from ..extract import ev_context as X
    from ..extract.dates import mention_day
    return mention_day([X.event_date_ex(sp.text, anchor, lede) for sp in [m.span, *m.extra_spans]])


def redate(art: Article, anchor: str) -> int:
    """Re-resolve the article's mention dates against `anchor`; returns how many changed.
    Each sentence is read as the events step reads it (story_dates_redate.py): one that names
    no day takes the article's default day (`dates.default_day`: an undated report of
    "Saturday's attack" whose lede names no day dates its acts that Saturday, not on the
    estimated day of the report), and an act the sentence sets before another time keeps none."""
    from .story_dates_redate import day_context, mention_redate
    ctx = day_context(art, anchor)
    changed = 0
    for m in art.mentions:
        d, stated = mention_redate(art, m, anchor, ctx)
        if d != m.date:
            changed += 1
        m.date, m.date_explicit, m.date_estimated = d, stated, d is not None
    return changed


PHOTO_SHIFTS = (0, 1, 2)  # a photo is taken on the day of the report or before it


def photo_dated(art: Article) -> bool:
    """Whether the article's own date is only a photo caption's ("In this March 18, 2012
    photo ..."): the day the picture was taken, which a report published the next day would
    wrongly resolve its "Monday" against."""
    from ..extract import ev_context as X
    from .merge_captions import _tail
    from ..extract.dates_caption import marked_caption
    if art.published or X.raw_anchor(art.raw):
        return False
    sents = art.sentences[:12]
    first = X.text_anchor([s.text for s in sents])
    return bool(first) and X.text_anchor(
        [s.text for s in sents if not marked_caption(s.text + _tail(art.text or "", s.end))]) != first


def _echo(art: Article, ref: date, dated: list[tuple[Article, date]]) -> date | None:
    """For an article that names no day at all: the day a dated article gives the act its
    lede tells (story_dates_echo.py), if it falls within WINDOW_BACK days before `ref`."""
    from .story_dates_echo import echoed_day
    if _resolved(art, ref):
        return None
    d = echoed_day(art, dated)
    return d if d is not None and timedelta(0) <= ref - d <= timedelta(days=WINDOW_BACK) else None


def _earlier(art: Article, ref: date, dated: list[tuple[Article, date]],
             days: set[date]) -> date | None:
    """The day of an undated report from the first week of an act a late dated article
    states (story_dates_back.py): its weekdays do not fit `ref`, they fit that week."""
    from .story_dates_back import earlier_report_day
    return earlier_report_day(art, ref, dated, lambda d: _fits(d, ref, ref, days), WEEK_BACK)


def date_stories(articles: list[Article]) -> int:
    """Estimate dates for the undated articles of every story, and for the articles dated
    only by a photo caption (the report is that day or up to PHOTO_SHIFTS later); returns
    articles redated."""
    own = {a.id: _day(own_anchor(a)) for a in articles}
    by_story: dict[str, list[Article]] = {}
    for a in articles:
        by_story.setdefault(a.story or f"alone:{a.id}", []).append(a)
    _doubt_page_dates(by_story, own)
    _doubt_photo_dates(by_story, own)
    _doubt_late_pages(by_story, own)
    _doubt_early_pages(by_story, own)
    n = 0
    for arts in by_story.values():
        ref = reference_day(story_anchors([(a, own[a.id]) for a in arts if own[a.id]]))
        if ref is None:
            continue
        days = story_days([a for a in arts if own[a.id]])
        for a in arts:
            if not a.mentions:
                continue
            if own[a.id]:
                if photo_dated(a) or _scene_dated(a):
                    # the story's days without the ones the photo's day gave this article
                    others = story_days([b for b in arts if own[b.id] and b is not a])
                    est = estimate_anchor(a, own[a.id], others, PHOTO_SHIFTS)
                    if est != own[a.id]:
                        a.layers["date_estimate"] = est.isoformat()
                        redate(a, est.isoformat())
                        n += 1
                continue
            dated = [(b, own[b.id]) for b in arts if own[b.id]]
            est = (_earlier(a, ref, dated, days) or _echo(a, ref, dated)
                   or estimate_anchor(a, ref, days)).isoformat()
            a.layers["date_estimate"] = est
            redate(a, est)
            n += 1
    return n


def _doubt_page_dates(by_story: dict[str, list[Article]], own: dict[str, date | None]) -> None:
    """Articles whose page date the rest of their story contradicts count as undated
    (`story_dates_doubt`): a viewed-on date must not become the story's reference day."""
    from .story_dates_doubt import doubted, undate
    for arts in by_story.values():
        memo: dict = {}                        # each text's years, read once per story
        for a in arts:
            if doubted(a, arts, own, memo):
                undate(a)
                own[a.id] = None


def _doubt_late_pages(by_story: dict[str, list[Article]], own: dict[str, date | None]) -> None:
    """A repost's late page date gives way to the days its text states, else to its story's
    (`story_dates_repost`): its "today" is the day of the news, not of the post."""
    from .story_dates_repost import doubt_late_pages
    doubt_late_pages(by_story, own)


def _doubt_early_pages(by_story: dict[str, list[Article]], own: dict[str, date | None]) -> None:
    """A page date before the days the story's other outlets state gives way to them
    (`story_dates_early`): its "on Tuesday" then lands on their Tuesday."""
    from .story_dates_early import doubt_early_pages
    doubt_early_pages(by_story, own)


def _doubt_photo_dates(by_story: dict[str, list[Article]], own: dict[str, date | None]) -> None:
    """Articles whose own date is only the caption of a picture the page marks as a file
    photo count as undated: the picture is old, so its day says nothing of when the report
    was written, and as a reference day it would date the whole story's "on Sunday" to the
    photo's week. A caption not so marked may be the report's day or the one before
    (`photo_dated`: estimated from it)."""
    from ..extract import ev_context as X
    from ..extract.dates_caption import file_photo_dated
    from .story_dates_doubt import undate
    from .story_dates_oldphoto import old_photo
    for arts in by_story.values():
        for a in arts:
            if own[a.id] and not a.published and not X.raw_anchor(a.raw) and file_photo_dated(
                    [s.text for s in a.sentences[:12]]) or old_photo(
                    a, own, arts, lambda b: photo_dated(b) or _scene_dated(b)):
                undate(a)
                own[a.id] = None


def _scene_dated(art: Article) -> bool:
    """Like `photo_dated`, for a caption no credit marks ("Syrians leave ... on Dec. 13, 2016")."""
    from ..extract import ev_context as X
    from ..extract.dates_caption import caption_dated
    return not art.published and not X.raw_anchor(art.raw) and caption_dated(
        [s.text for s in art.sentences[:12]])


HISTORY_DAYS = PAST_DAYS  # a stated day this long before the report is background, not news
# Acts a report recalls as background (an earlier attack, arrest, protest); a verbal act's
# sentence often holds a past clause about something else ("until Morsi, toppled in a coup
# last month, is reinstated"), so only a stated day rules those out.
RECALLED = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"})
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def article_year(art: Article) -> int | None:
    """The year an article is written in: its own or estimated date, else the latest year it
    names (a report of 2014 names 2014 and earlier years, rarely later ones)."""
    d = _day(own_anchor(art) or art.layers.get("date_estimate"))
    if d:
        return d.year
    years = [int(y) for y in _ANY_YEAR.findall(art.text or "") if int(y) <= date.today().year]
    return max(years) if years else None


def background(text: str, anchor: date | None, year: int | None) -> bool:
    """Whether a sentence tells of something well before the report: the one rule of
    extract/past.py, shared with the events step."""
    return told_as_past(text, anchor, year)


_FRONT = re.compile(r"^\W*((?:\w+[ .]+){0,5}?\w+),")


def fronted_past(text: str, anchor: date | None, year: int | None) -> bool:
    """Whether a sentence opens with a past time ("In 2011, he was charged ...", "Early last
    month, ..."): a fronted time phrase dates the whole sentence, whatever its act."""
    m = _FRONT.match(text)
    return bool(m) and background(m.group(1), anchor, year)


def _key_span(m: EventMention):
    """The sentence that states who the mention is about (its recipient), else its first."""
    who = (m.recipient or "").strip()
    if who:
        for sp in [m.span, *m.extra_spans]:
            if who in sp.text:
                return sp
    return m.span


def drop_history(articles: list[Article]) -> int:
    """Drop mentions told as background: their own sentence dates them over HISTORY_DAYS
    before the article's day ("since the Jan. 7-9 attacks" in an April report), or the
    sentence naming their victim places it in an earlier year or "last month" ("the day
    after another follower killed Fusilier Lee Rigby" in 2013). PLOVER codes what is
    reported as happening now, not the background a story recalls; a recalled attack kept
    as an event would also draw the live one's sentences to it. An act stated long ago that
    the story's other articles report as news on its day stays, however late this report
    (a follow-up, story_follow.py); so does one told as background ("last month") whose
    stated day the story's other articles report as news: a report of a later step recalls
    the story's own act, not history. Returns how many were dropped."""
    n = 0
    anchors = {a.id: _day(own_anchor(a) or a.layers.get("date_estimate")) for a in articles}
    by_story: dict[str, list[Article]] = {}
    for a in articles:
        by_story.setdefault(a.story or f"alone:{a.id}", []).append(a)
    for a in articles:
        anchor, story = anchors[a.id], by_story[a.story or f"alone:{a.id}"]
        year = article_year(a)
        ours = {id(m) for m in a.mentions if anchor and _stated_before(a, m, anchor)
                and reported_as_news(a, m, story, anchors)}
        if anchor:
            _trim_recalled(a, anchor, ours)
        keep = [m for m in a.mentions if id(m) in ours or not (
            (anchor and _stated_long_ago(a, m, anchor))
            or (m.type in RECALLED and background(_key_span(m).text, anchor, year))
            or fronted_past(m.span.text, anchor, year)
            or later_than_past(a, m, lambda t: fronted_past(t, anchor, year) or background(t, anchor, year)))]
        n += len(a.mentions) - len(keep)
        a.mentions = [_without_past_spans(m, anchor, year) for m in keep]
    return n


def _stated_long_ago(a: Article, m: EventMention, anchor: date) -> bool:
    """The mention's stated day lies over HISTORY_DAYS before the article's day, and that
    day's year is not only inferred from an estimated anchor (`story_dates_doubt`)."""
    from .story_dates_doubt import weak_history
    d = _day(m.date) if m.date_explicit else None
    return bool(d) and (anchor - d).days > HISTORY_DAYS and not weak_history(a, m, anchor, HISTORY_DAYS)


_YEARS_BACK = re.compile(r"\b(?:years?|decades?)\s+(?:earlier|ago|before|previously)\b|\b(?:in|since)\s+((?:19|20)\d\d)\b",
                         re.I)


def _years_back(text: str, anchor: date) -> bool:
    """'confiscated years earlier', 'stored there since 2013': the sentence puts its act
    years before the report, whatever day another clause lends the mention."""
    return any(not m.group(1) or int(m.group(1)) < anchor.year for m in _YEARS_BACK.finditer(text))


def _stated_before(a: Article, m: EventMention, anchor: date) -> bool:
    """The mention states a day before the article's (its act is not the report's own), far
    back or not: only a stated day can be matched with the day another article reports. A
    recent day borrowed by a sentence that puts its act years back does not count."""
    d = _day(m.date) if m.date_explicit else None
    return _stated_long_ago(a, m, anchor) or (
        d is not None and d < anchor and not _years_back(_key_span(m).text, anchor))


def _trim_recalled(a: Article, anchor: date, ours: set[int]) -> None:
    """A mention whose old day comes only from a further sentence loses that sentence (a
    recalled attack grouped under today's), not the act (`story_dates_doubt`); one whose act
    the story's other articles report as news (`ours`, story_follow.py) keeps them all."""
    from .story_dates_doubt import without_old_sentences
    a.mentions = [(without_old_sentences(a, m, anchor, HISTORY_DAYS) or m)
                  if id(m) not in ours and _stated_long_ago(a, m, anchor) else m
                  for m in a.mentions]


def _without_past_spans(m: EventMention, anchor: date | None, year: int | None) -> EventMention:
    """The mention without its further sentences that open with a past time ("In 2015,
    another Vasiliades was arrested ..."): an article's grouping can gather a recalled act
    of the same kind under today's one, and it would carry its sentence into the record."""
    extra = [sp for sp in m.extra_spans if not fronted_past(sp.text, anchor, year)]
    return m if len(extra) == len(m.extra_spans) else dataclasses.replace(m, extra_spans=extra)


@corpus_step("story_dates")
def story_dates(articles: list[Article], picture: Picture) -> None:
    from .story_dates_also import undate_also
    from .story_dates_year import fill_years
    date_stories(articles)
    drop_history(articles)
    for a in articles:
        undate_also(a)
    fill_years(articles)       # month-days of coverage with no anchor, in the year its text states
