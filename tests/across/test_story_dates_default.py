"""An undated article re-dated against its story's estimated day reads its default day as
the events step does (across/story_dates.py `redate`, extract/dates.py `default_day`):
a lede that names no day leaves a recent day the text names as its act's own ("Saturday's
raid") as the default, not the estimated day of the report. Sentences we wrote."""
from __future__ import annotations

from newsdesk.across.story_dates import redate
from newsdesk.extract.dates import default_day
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

LATE_REPORT = ("The Korvan militia has claimed the drone raid on two fuel depots near Port Alma. "
               "Firefighters were still cooling the tanks, the port authority said. "
               "Saturday's raid was the largest the militia has carried out, its spokesman said. "
               "He threatened to strike the depots of any ally of the government next.")


def _art(text: str) -> Article:
    art = Article(id="late", raw=text, text=text)
    art = events_step(sentences_step(art))
    art.story = "s1"
    return art


def test_a_recent_day_named_as_the_acts_own_is_the_default():
    sents = [s.strip() + "." for s in LATE_REPORT.split(".") if s.strip()]
    assert default_day(sents, "2030-06-19") == "2030-06-15"      # Saturday before a Wednesday
    assert default_day(sents[:2], "2030-06-19") is None          # no day named anywhere


def test_the_redated_threat_takes_the_raids_day_not_the_estimate():
    art = _art(LATE_REPORT)
    redate(art, "2030-06-19")
    threats = [m for m in art.mentions if m.type == "THREATEN"]
    assert threats and all(m.date == "2030-06-15" for m in threats)


def test_a_lede_that_names_a_day_stays_the_default():
    sents = ["Troops retook the bridge on Monday, the army said.",
             "A general said Saturday's raid had been repelled."]
    assert default_day(sents, "2030-06-19") == "2030-06-17"
