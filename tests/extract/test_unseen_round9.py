"""Dates and places met on a fourth set of unseen coverage (a failed coup told the day after,
a border war in a breakaway region), on sentences and articles we wrote: "the previous
night" counts back from the day the text named last, and the sentences after it go on
telling that night; a day a sentence names (even the publication day) beats the lede's day,
which dates the lede's act; a day told in a coordinated clause of its own is not the act's;
breakaway regions are places of their own in the gazetteer."""
from __future__ import annotations

from newsdesk.extract import ev_context as X
from newsdesk.extract.dates import date_context, date_expressions, event_date, mention_day
from newsdesk.extract.ev_recalled import mention_date
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

SUNDAY = "2026-04-19"


def _mentions(text: str, published: str | None = SUNDAY) -> list:
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published=published)))
    return art.mentions


def _day_of(ms: list, words: str) -> str | None:
    return next(m.date for m in ms if any(words in sp.text for sp in [m.span, *m.extra_spans]))


def test_the_previous_night_counts_back_from_the_day_named_last():
    said = "Many officers were detained on Saturday across the country."
    assert event_date(said, SUNDAY) == "2026-04-18"
    assert event_date("The previous night left 40 dead in the capital.", SUNDAY, "2026-04-18") == "2026-04-17"
    assert event_date("The previous night left 40 dead in the capital.", SUNDAY) == "2026-04-18"
    assert date_expressions("The previous week was calm.", SUNDAY)[0][2] is None     # a period, not a day


def test_sentences_after_the_previous_night_go_on_telling_that_night():
    texts = ["The army purged its ranks after the failed mutiny.",
             "Hundreds of officers were detained on Saturday.",
             "The previous night left 40 dead as a faction rebelled against the president.",
             "They announced martial law.",
             "The president called on his voters to take to the streets.",
             "On Sunday, parliament met in an emergency session."]
    defaults, before = date_context(texts, SUNDAY)
    assert before[2] == "2026-04-18"
    assert defaults[3] == defaults[4] == "2026-04-17"      # still the night of the mutiny
    assert defaults[0] == defaults[5] == "2026-04-18"     # the lede's day before it and after a new day


def test_a_retold_night_dates_the_events_told_in_it():
    text = ("The army purged its ranks after the failed mutiny.\n\n"
            "Hundreds of officers were detained on Saturday as the government reasserted control.\n\n"
            "The previous night left 40 dead as rebel soldiers took tanks to the streets of Dunmore.\n\n"
            "They announced martial law.")
    ms = _mentions(text)
    assert _day_of(ms, "left 40 dead") == "2026-04-17"
    assert _day_of(ms, "martial law") == "2026-04-17"
    assert _day_of(ms, "detained on Saturday") == "2026-04-18"


def test_a_day_the_sentence_names_beats_the_lede_day():
    # Saturday's paper: the lede dates the mutiny Friday night; the arrests were on Saturday
    sat = "2026-04-18"
    lede = "2026-04-17"
    named = X.event_date_ex("At least 300 officers were detained on Saturday.", sat, lede)
    default = X.event_date_ex("A judge was also arrested after the mutiny.", sat, lede)
    assert named == (sat, X.OWN_PUB) and default == (lede, X.LEDE)
    assert mention_day([named, default], named_first=True) == (sat, False)
    assert mention_day([named, default]) == (lede, True)    # undated article: earliest stated day


def test_a_day_in_a_clause_of_its_own_is_not_the_acts_day():
    class T:                                                 # a verb trigger at an offset
        kind = "verb"

        def __init__(self, start):
            self.start = start
    text = "The violence shocked the region, and Thursday the prime minister demanded an inquiry."
    pub = "2026-04-23"                                      # a Thursday
    assert mention_date(text, [T(4)], lambda t: X.event_date_ex(t, pub, "2026-04-22")) == (pub, 0)
    plain = "Police raided two hotels Thursday to free the hostages."
    assert mention_date(plain, [T(7)], lambda t: X.event_date_ex(t, pub, None)) == (pub, X.OWN_PUB)


def test_breakaway_regions_are_places():
    from newsdesk.extract.geo import resolve
    for name, cc in [("Nagorno-Karabakh", "AZ"), ("Karabakh", "AZ"), ("South Ossetia", "GE"),
                     ("Transnistria", "MD"), ("Kosovo", "XK"), ("North Waziristan", "PK"),
                     ("Kivu", "CD")]:
        loc = resolve(name)
        assert loc is not None and loc.country == cc and loc.precision == "region", name
    assert resolve("Kyiv").country == "UA"                   # "Kivu" no longer reads as Kyiv
