"""Disputes of short texts we write, for the dispute detectors' tests: each text one
article of one story (ids a0, a1, ...), sentence-split, no events."""
from __future__ import annotations

from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Picture
from newsdesk.nlp import sentences_step


def disputes_of(*texts: str) -> list:
    arts = [sentences_step(Article(id=f"a{i}", raw=t, text=t, story="s")) for i, t in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    return pic.disputes
