"""Dates of events a report places in a past period, and anchors that are deadlines, on
short texts of our own (ev_context.event_date_ex, dates.mention_day, ev_context.text_anchor)."""
from __future__ import annotations

from newsdesk.extract import ev_context as X
from newsdesk.extract.dates import mention_day


def test_a_past_period_is_no_day():
    pub = "2014-01-10"
    day, stated = X.event_date_ex("Security was tightened after the bombings in the city last month.", pub)
    assert (day, stated) == (None, True)
    plain = X.event_date_ex("Two suicide bombers killed 34 people at the station.", pub)
    assert plain == (pub, False)
    # the mention opened by the "last month" sentence takes no day, not the report's
    assert mention_day([(day, stated), plain]) == (None, False)
    # a stated day still wins; a plain first sentence keeps the default
    assert mention_day([(day, stated), ("2013-12-29", True)]) == ("2013-12-29", True)
    assert mention_day([plain, (day, stated)]) == (pub, False)


def test_a_deadline_is_not_the_day_of_writing():
    sents = ["The decree imposes a restricted zone around the resort.",
             "The measures run from January 7 until March 21, 2014, officials said."]
    assert X.text_anchor(sents) is None
    assert X.text_anchor(["The decree was signed on August 19, 2013, in Moscow."]) == "2013-08-19"


class _S:
    def __init__(self, text):
        self.text = text


class _Art:
    """The few Article fields article_anchor reads."""
    def __init__(self, sentences):
        self.published, self.raw = None, None
        self.sentences = [_S(s) for s in sentences]
        self.text = " ".join(sentences)


def test_an_event_date_told_before_later_months_is_no_anchor():
    story = ["The man who shot a teenager was convicted on Saturday of attempted murder.",
             "He killed the boy at a gas station on the evening of Nov. 23, 2012.",
             "The calls he made from jail all took place in December 2012."]
    assert X.article_anchor(_Art(story)) is None
    # a later month the text looks ahead to does not move the anchor
    ahead = ["Police arrested the man on Nov. 23, 2012, officials said.",
             "His trial is scheduled for February 2013."]
    assert X.article_anchor(_Art(ahead)) == "2012-11-23"


def test_a_span_of_weeks_up_to_the_report_is_no_day():
    pub = "2021-05-14"
    span = "Thousands of families have left the valley in the past three months as the shelling went on."
    assert X.event_date_ex(span, pub)[0] is None
    assert X.event_date_ex("Over the last few years the militia has grown stronger.", pub)[0] is None
    # a named day in the same sentence still dates its act; a plain past act keeps the day
    dated = "Police said on Tuesday that in the past weeks 30 people were held."
    assert X.event_date_ex(dated, pub)[0] == "2021-05-11"
    assert X.event_date_ex("Earlier, three guards were shot at the gate.", pub)[0] == pub


def test_a_weekend_or_an_occasions_day_is_no_report_day():
    """"at the weekend" (the British form of "over the weekend") and a day named after an
    occasion ("on polling day") name some day of the story, not the page's: no default day."""
    pub = "2022-06-14"
    for s in ("The minister had toured the flooded valley at the weekend to meet rescuers.",
              "Militiamen burned two ballot depots on polling day, the commission said.",
              "On the weekend, crowds blocked the harbour road."):
        assert X.event_date_ex(s, pub)[0] is None, s
    # a weekday or a plain sentence keeps its day; "the weekend" as a subject is no time
    assert X.event_date_ex("Militiamen burned two ballot depots on Sunday.", pub)[0] == "2022-06-12"
    assert X.event_date_ex("Militiamen burned two ballot depots, the commission said.", pub)[0] == pub
    assert X.event_date_ex("The weekend was calm across the valley.", pub)[0] == pub
