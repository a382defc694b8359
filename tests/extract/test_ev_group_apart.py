"""Acts an article tells beside its attack that stay apart from it (extract/ev_group_apart.py,
ev_group_parties.actor_conflict): a shooting of a named person told beside a bombing, a killing
dated days earlier, and a bomber told only by his role, who is the claiming group's man.
(Sentences invented.)"""
from __future__ import annotations

from newsdesk.extract.ev_group_parties import actor_conflict
from tests.conftest import assault_mentions

_ARTICLE = ("At least 40 people were killed in a suicide bombing at the Velora court on Monday, police said. "
            "The Harran Front claimed responsibility for the bombing. "
            "Earlier, the judge Tomas Brel was shot dead by two gunmen on his way to work. "
            "A suicide bomber blew himself up among the lawyers who had gathered at the court, "
            "killing dozens of people. "
            "A lawyer, Anton Vale, was shot dead on 3 August.")


def _by_first(ms, words):
    return next(m for m in ms if words in m.span.text)


def test_the_bomber_joins_the_bombing_not_the_shooting():
    ms = assault_mentions(_ARTICLE, "2026-08-11")
    bombing = _by_first(ms, "At least 40")
    assert any("blew himself up" in s.text for s in bombing.extra_spans)
    assert bombing.dead.low == 40


def test_the_shooting_of_the_judge_is_its_own_act():
    ms = assault_mentions(_ARTICLE, "2026-08-11")
    shooting = _by_first(ms, "Tomas Brel")
    assert shooting.mode == "firearms"
    assert not any("blew himself up" in s.text for s in shooting.extra_spans)


def test_a_killing_dated_days_earlier_is_its_own_act():
    ms = assault_mentions(_ARTICLE, "2026-08-11")
    assert len(ms) == 3
    vale = _by_first(ms, "Anton Vale")
    assert vale.date == "2026-08-03" and not vale.extra_spans


def test_a_role_is_no_rival_of_a_named_group():
    assert not actor_conflict("Harran Front", "suicide bomber", "ASSAULT")
    assert not actor_conflict("a suicide bomber", "Harran Front", "ASSAULT")
    assert actor_conflict("the fifth attacker", "Lena Vogt", "ASSAULT")
    assert actor_conflict("Harran Front", "police", "ASSAULT")
