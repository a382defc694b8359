"""An act told "days later" than a recalled one is background too (across/story_dates_later.py,
used by story_dates.drop_history; sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.story_dates import drop_history
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _art(text: str, published: str = "2021-04-12") -> Article:
    art = events_step(sentences_step(Article(id="a", raw=text, text=text, published=published)))
    art.story = "s1"
    return art


def test_days_later_after_a_last_month_sentence_is_history():
    text = ("Rebels shelled the port of Vandra on Sunday, killing four dockers, officials said. "
            "Last month, the interior minister said the army had pushed the rebels out of the hills. "
            "Days later, the defence minister threatened to bomb their camps across the border.")
    art = _art(text)
    assert "THREATEN" in [m.type for m in art.mentions]
    drop_history([art])
    kinds = [m.type for m in art.mentions]
    assert "THREATEN" not in kinds and "ASSAULT" in kinds


def test_days_later_after_todays_news_stays():
    text = ("Rebels shelled the port of Vandra on Sunday, killing four dockers, officials said. "
            "Hours later, the defence minister threatened to bomb their camps across the border.")
    art = _art(text)
    before = sorted(m.type for m in art.mentions)
    assert "THREATEN" in before
    drop_history([art])
    assert sorted(m.type for m in art.mentions) == before
