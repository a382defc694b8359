"""A toll already contested inside one event's sources is not contested again as "the toll
at <place>" (across/disputes.py, count detector): the same metro toll twice would push a
story's other disputes past the per-story cap."""
from __future__ import annotations

from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Count, Event, EventMention, Picture
from newsdesk.nlp import sentences_step

TEXTS = {
    "a": "Bombs hit the airport and the metro on Monday, killing 30 people. "
         "The Tessa transport authority said 18 people were killed in the metro blast.",
    "b": "Two bombs killed 30 people on Monday. "
         "The mayor said the bombing at the Tessa metro station killed 20 people.",
    "c": "The coordinated bombings on Monday killed 30 people. "
         "The Tessa fire brigade said 25 people died in the metro blast.",
}


def _mention(art: Article, sentence: str, dead: int) -> EventMention:
    start = art.text.index(sentence)
    return EventMention(art.id, "ASSAULT", art.span(start, start + len(sentence)),
                        dead=Count(dead, dead))


def test_the_metro_toll_is_one_dispute():
    arts = [sentences_step(Article(id=k, raw=t, text=t, story="s")) for k, t in TEXTS.items()]
    a, b = TEXTS["a"].split(". ")[1], TEXTS["b"].split(". ")[1]
    metro = Event("e1", "ASSAULT", [_mention(arts[0], a, 18), _mention(arts[1], b, 20)])
    pic = Picture(articles=arts, events=[metro])
    find_disputes(arts, pic)
    tolls = [d for d in pic.disputes if d.kind == "count"]
    assert len(tolls) == 1 and {c.article for c in tolls[0].claims} == {"a", "b"}
