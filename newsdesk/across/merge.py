"""One record per real-world event (placeholder: one event per article mention)."""
from __future__ import annotations

from ..model import Article, Event, Picture
from ..pipeline import corpus_step


@corpus_step("merge_events")
def merge_events(articles: list[Article], picture: Picture) -> None:
    n = 0
    for art in articles:
        for m in art.mentions:
            n += 1
            picture.events.append(Event.from_mention(f"e{n}", m))
