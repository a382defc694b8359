"""Toll disputes on one story: a ministry's figure against medics' inside one article (the
second sentence names no place), folded with another outlet's figure for the same dead; a
past war's toll ("in the early 1990s") is no figure of the story's."""
from __future__ import annotations

from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Picture

A = ("The Health Ministry announced today that no more than 40 people were killed during the "
     "dispersal of the sit-in at Ostra square three days ago. "
     "Yesterday evening, a committee of doctors announced that the death toll had risen to 93 after "
     "security forces broke up the protest camp.")
B = ("More than 30 protesters were killed and hundreds wounded on Monday when soldiers broke up a sit-in "
     "outside the army headquarters, a medics union close to the protesters said.")
C = ("The rebels took the valley in the early 1990s after a war that left 25,000 dead, officials said. "
     "Shelling killed 12 people in the valley on Sunday, the defence ministry said.")


def run(arts):
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    return pic.disputes


def test_ministry_against_medics_in_one_article_and_across_outlets():
    arts = [Article(id="a", raw=A, text=A, story="s"), Article(id="b", raw=B, text=B, story="s")]
    tolls = [d for d in run(arts) if d.kind == "count"]
    assert len(tolls) == 1
    quotes = [c.span.text for c in tolls[0].claims]
    assert any("no more than 40" in q for q in quotes)
    assert any("risen to 93" in q for q in quotes)
    assert any(c.article == "b" for c in tolls[0].claims)


def test_a_past_decades_war_toll_is_no_figure_of_the_story():
    arts = [Article(id="c", raw=C, text=C, story="s"),
            Article(id="d", raw="Shelling killed 14 people in the valley, officials said.",
                    text="Shelling killed 14 people in the valley, officials said.", story="s")]
    for d in run(arts):
        assert not any("25,000" in c.span.text for c in d.claims)
