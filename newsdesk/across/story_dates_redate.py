"""Re-dating an article against its story's estimated day, read as the events step reads it.

Why: an article with no date of its own has its acts dated by the events step with no
anchor, and `story_dates.redate` re-reads them once the story gives it one. Reading each
sentence only for the day it names (else the lede's) loses what the events step knows of
how the act sits in its sentence: an act inside "a week after gunmen stormed the hotel",
one told "hours earlier", a reply "has denied" or a campaign "for months" has no day of its
own, and a retold night ("The previous night ...") dates the sentences that follow it. So
each sentence is read here with its act's triggers and the per-sentence default days, the
same way as for an article that states its date.
"""
from __future__ import annotations

from ..model import Article, EventMention, Span


def day_context(art: Article, anchor: str) -> tuple[list[str | None], list[str | None]]:
    """(per sentence the default day, per sentence the day named last before it), as the
    events step reads an article dated `anchor`: set-back sentences are no lede."""
    from ..extract.dates import date_context
    from ..extract.dates_anchored import lede_days
    texts = [s.text for s in art.sentences]
    ledes, before = date_context(texts, anchor)
    return lede_days(texts, anchor) or ledes, before


def _sentence_index(art: Article, sp: Span) -> int | None:
    """The index of the article sentence the span is (by offset, else by text)."""
    for i, s in enumerate(art.sentences):
        if s.start == sp.start and s.end == sp.end:
            return i
    texts = [s.text for s in art.sentences]
    return texts.index(sp.text) if sp.text in texts else None


def _triggers(text: str, typ: str) -> list:
    """The sentence's triggers of the mention's type (the events step's reading of them)."""
    from ..extract import plover as P
    return [t for t in P.retype(text, P.find_triggers(text)) if t.type == typ]


def span_day(art: Article, sp: Span, typ: str, anchor: str, ctx) -> tuple[str | None, int]:
    """(day, stated rank) of one sentence of a mention of type `typ`, by the events step's
    rules (`dates_retold.mention_day`, `dates_anchored.act_day`)."""
    from ..extract import ev_context as X
    from ..extract.dates_acts import lede_rank
    from ..extract.dates_anchored import act_day
    from ..extract.dates_retold import mention_day
    ledes, before = ctx
    i = _sentence_index(art, sp)
    lede = ledes[i] if i is not None else None
    prev = before[i] if i is not None else None
    trig = _triggers(sp.text, typ)
    day_of = lambda t: X.event_date_ex(t, anchor, lede, prev)  # noqa: E731
    if not trig:
        return day_of(sp.text)
    day, rank = mention_day(sp.text, trig, typ, day_of)
    day, rank = act_day(sp.text, trig, day, rank)
    return day, lede_rank(rank, typ)


def mention_redate(art: Article, m: EventMention, anchor: str, ctx) -> tuple[str | None, bool]:
    """(date, stated) of a mention re-read against `anchor`, its sentences combined by
    `dates.mention_day` (the earliest stated day: the anchor is a guess)."""
    from ..extract.dates import mention_day
    return mention_day([span_day(art, sp, m.type, anchor, ctx) for sp in [m.span, *m.extra_spans]])
