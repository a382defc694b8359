"""A statement's day is not the day of the act it retells (dates_retold.py), and a lede's
day inside an after-clause is not the page's default day (dates_lede.py), on sentences we
wrote."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates import date_expressions, lede_date
from newsdesk.extract.dates_acts import act_sentence
from newsdesk.extract.dates_retold import mention_day, statement_verbs
from newsdesk.extract.ev_context import event_date_ex
from tests.conftest import event_mentions

PUB = "2022-06-07"          # a Tuesday


def _trig(sentence: str, word: str):
    return SimpleNamespace(start=sentence.index(word), text=word, kind="verb")


def _day_of(published: str, lede: str | None = None):
    return lambda t: event_date_ex(t, published, lede, None)


DENIAL = ("The ministry on Sunday flatly denied allegations that its soldiers killed twelve "
          "fishermen near the northern cape.")


def test_a_denials_day_does_not_date_the_killing_it_denies():
    spans = statement_verbs(DENIAL, date_expressions(DENIAL))
    assert len(spans) == 1 and not spans[0][3]             # one day, a reply's, not a charge's
    blanked = act_sentence(DENIAL, [_trig(DENIAL, "killed")], "ASSAULT")
    assert "Sunday" not in blanked and len(blanked) == len(DENIAL)
    # with the page published on that Sunday, the default would only repeat it: no day
    assert mention_day(DENIAL, [_trig(DENIAL, "killed")], "ASSAULT", _day_of("2022-06-05")) == (None, 0)
    # the denial itself keeps its day
    day, rank = mention_day(DENIAL, [_trig(DENIAL, "denied")], "REJECT", _day_of(PUB))
    assert day == "2022-06-05" and rank


def test_a_day_the_denied_act_names_itself_still_dates_it():
    s = "The ministry denied on Monday that its soldiers killed two herders on Friday."
    day, rank = mention_day(s, [_trig(s, "killed")], "ASSAULT", _day_of(PUB))
    assert day == "2022-06-03" and rank


def test_a_written_statements_day_is_the_statements():
    s = "The council issued a joint statement on Monday condemning the shelling of the clinic."
    blanked = act_sentence(s, [_trig(s, "shelling")], "ASSAULT")
    assert "Monday" not in blanked
    # a charge is often made the day of the act: its day only falls back to a default
    t = "The governor on Monday blamed the shelling of the clinic on the rebels."
    day, rank = mention_day(t, [_trig(t, "shelling")], "ASSAULT", _day_of("2022-06-06"))
    assert day == "2022-06-06" and rank == 0


def test_a_trailing_said_keeps_the_acts_day():
    s = "Gunmen killed four guards at the depot on Monday, the police said."
    assert act_sentence(s, [_trig(s, "killed")], "ASSAULT") == s
    assert statement_verbs(s, date_expressions(s)) == []


def test_the_denied_killing_gets_no_stated_sunday_in_the_events_step():
    text = DENIAL + "\n\nThe coast guard said it was searching for eleven missing crew."
    killed = [m for m in event_mentions(text, "2022-06-05") if m.type == "ASSAULT"]
    assert killed and all(m.date is None for m in killed)


LEDE = ("Investigators believe the courier was robbed inside the embassy after he vanished on "
        "Tuesday, a senior official said, but the embassy denied the claim.")


def test_a_lede_day_in_an_after_clause_is_no_default():
    # the after-clause dates the vanishing; the charge and the denial came later, undated
    assert lede_date([LEDE], "2022-06-11") is None
    # a time of day after which the act happened is not an earlier act
    s = "Rebels shelled the market after midnight on Tuesday, killing nine."
    assert lede_date([s], "2022-06-11") == "2022-06-07"
    # the lede's own day is kept when the after-clause names none
    t = "Troops stormed the prison on Tuesday after the inmates took three guards hostage."
    assert lede_date([t], "2022-06-11") == "2022-06-07"
