"""A report filed the day after its act: when the lede names no day, a day told as the act's
own further down ("yesterday's raids", "Throughout yesterday, police charged ...") is the
default for the sentences that name none (dates_acts.recent_named_day); a statement's day
("Yesterday, the minister said") is not. Sentences written for the test."""
from __future__ import annotations

from conftest import event_mentions
from newsdesk.extract.dates_acts import recent_named_day

PUB = "2031-04-08"          # a Tuesday


def _day_of(s: str) -> str | None:
    from newsdesk.extract.ev_context import event_date
    return event_date(s, PUB)


def test_a_whole_day_of_acts_names_the_default_day():
    text = ["More than 300 people were hurt as riot police broke up a banned vote in the valley, medics said.",
            "Throughout yesterday, officers fired tear gas at queues outside schools."]
    assert recent_named_day(text, PUB, _day_of) == "2031-04-07"
    assert recent_named_day(["Police described yesterday's raids as lawful."], PUB, _day_of) == "2031-04-07"


def test_a_statement_dated_yesterday_names_no_default_day():
    assert recent_named_day(["Yesterday, the minister said the vote was void."], PUB, _day_of) is None


def test_an_undated_blame_in_a_next_day_report_takes_the_act_day():
    text = ("More than 300 people were hurt as riot police broke up a banned vote in the valley, medics said. "
            "The prime minister blamed the unrest on the regional government. "
            "Throughout yesterday, officers fired tear gas at queues outside schools.")
    blames = [m for m in event_mentions(text, PUB) if m.type == "ACCUSE"]
    assert blames and blames[0].date == "2031-04-07"


def test_a_page_time_after_the_day_is_read_as_its_day():
    """Feeds and HTML meta give 'YYYY-MM-DDTHH:MM:SSZ'; the day part is the publication day
    (a full timestamp once made the whole article's event step fail)."""
    text = ["More than 300 people were hurt as riot police broke up a banned vote in the valley, medics said.",
            "Throughout yesterday, officers fired tear gas at queues outside schools."]
    assert recent_named_day(text, PUB + "T19:34:35Z", _day_of) == "2031-04-07"
    mentions = event_mentions(" ".join(text), PUB + "T19:34:35Z")
    assert mentions and all(m.date for m in mentions)
