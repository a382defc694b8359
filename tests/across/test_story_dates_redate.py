"""An undated article re-dated against its story's estimated day reads each act in its
sentence as the events step does (across/story_dates_redate.py): an act told as coming
before another time keeps no day, whichever anchor dates the article. Sentences we wrote."""
from __future__ import annotations

from newsdesk.across.story_dates import redate
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

REPORT = ("Gunmen attacked the central market of Port Alma on Saturday, killing nine traders. "
          "Only hours earlier, militiamen stormed a police post on the coast road. "
          "The governor blamed the Korvan militia, while the militia has denied the charge.")


def _mentions(text: str, published: str | None) -> list:
    art = Article(id="r", raw=text, text=text, published=published)
    art = events_step(sentences_step(art))
    art.story = "s1"
    return art


def _days(art: Article, word: str) -> set:
    return {m.date for m in art.mentions if word in m.span.text}


def test_redating_keeps_an_earlier_act_undated_as_a_dated_article_does():
    dated = _mentions(REPORT, "2030-06-16")
    undated = _mentions(REPORT, None)
    redate(undated, "2030-06-16")
    for word in ("stormed", "denied"):
        assert _days(undated, word) == _days(dated, word), word
    assert _days(undated, "stormed") == {None}


def test_redating_still_gives_the_ledes_act_its_day():
    undated = _mentions(REPORT, None)
    redate(undated, "2030-06-16")
    assert _days(undated, "market") == {"2030-06-15"}
