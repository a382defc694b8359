"""How many were hurt in one merged record, across outlets (across/dispute_wounded_event.py):
"about 40" in one outlet against "at least 90" in another is a dispute; a lower bound below a
larger figure, two counts a moment apart, and a word figure are not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_wounded_event import _clash, wounded_event
from newsdesk.model import Article, Count, Event, EventMention


def _story(*texts, injured):
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s") for i, t in enumerate(texts)]
    ms = [EventMention(article=a.id, type="ASSAULT", span=a.span(0, len(a.text)), injured=Count(*n))
          for a, n in zip(arts, injured)]
    ctx = {"res": {a.id: None for a in arts}, "sents": {}, "events": [Event("e1", "ASSAULT", ms)]}
    return wounded_event(arts, ctx)


def test_two_outlets_give_figures_that_cannot_both_be_right():
    found = _story("About 40 people were wounded in the market blast, officials said.",
                   "At least 90 others were reported to have been injured in the market blast.",
                   injured=[(40, 40), (90, None)])
    assert len(found) == 1 and found[0].topic == "number of injured: 40 vs 90"
    assert [c.article for c in found[0].claims] == ["a0", "a1"]


def test_a_bound_below_a_count_or_a_count_a_moment_later_is_no_dispute():
    assert not _story("More than 100 people were wounded in the market blast.",
                      "The market blast wounded 117 people, the hospital said.",
                      injured=[(100, None), (117, 117)])
    assert not _story("The market blast left 245 injured.", "The market blast left 246 injured, police said.",
                      injured=[(245, 245), (246, 246)])


def test_the_rule_of_two_figures():
    assert _clash(((50, 50), "approx"), ((100, None), "min"))
    assert not _clash(((100, None), "min"), ((117, 117), "exact"))
    assert _clash(((123, None), "min"), ((80, 80), "exact"))
    assert not _clash(((40, None), "vague"), ((100, None), "min"))
