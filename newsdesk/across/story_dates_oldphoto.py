"""A caption's day long before every dated outlet of its story is an old picture's (a hook
of `story_dates`).

Why: a page with no date of its own is dated by the first full date it states, and a photo
caption left in the text often states one ("Crowds gather in the square on May 2, 2019").
Unless the page marks the picture as a file photo, that day is taken as the report's day or
the day before it, so the report's "on Tuesday" lands in the photo's week, a year or more
before the act the other outlets date, and the day veto keeps its acts out of their records.
A report is written within days of its picture only when the picture is news; when every
other outlet of the story is dated more than OLD_PHOTO_DAYS after the caption, the caption
dates nothing and the article is undated (it then takes its story's day like any undated page).
"""
from __future__ import annotations

from datetime import date

from ..model import Article

OLD_PHOTO_DAYS = 30      # the background bound of extract/past.py: older is no news


def old_photo(art: Article, own: dict[str, date | None], story: list[Article], captioned) -> bool:
    """Whether `art` is dated only by a caption (`captioned(art)`) whose day lies more than
    OLD_PHOTO_DAYS before the own day of every other dated article of its story."""
    day = own.get(art.id)
    others = [own[b.id] for b in story if b is not art and own.get(b.id)]
    return bool(day and others) and all((o - day).days > OLD_PHOTO_DAYS for o in others) \
        and captioned(art)
