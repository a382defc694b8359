"""A sentence that counts the act among others ("it was the third raid since May") or names
a party's campaign ("stepped up their raids") is about the series and is not one of the
act's tellings (extract/ev_group_series.py, listed by ev_group_refs.py, taken off the
records by across/merge_refs.py). A superlative or a joined clause with a toll still tells
the act. (Sentences invented; places and names fictional.)"""
from __future__ import annotations

from newsdesk.extract.ev_group_series import counts_series
from newsdesk.nlp import parse
from tests.extract.test_ev_group_refs import LEDE, assault_mentions, told


class _Stmt:
    """An attack statement whose triggers are the given words of the sentence."""
    def __init__(self, sentence: str, words: list[str]):
        self.triggers = []
        for w in words:
            i = sentence.index(w)
            self.triggers.append(type("T", (), {"start": i, "end": i + len(w), "kind": "noun"})())


def _counts(sentence: str, *words: str) -> bool:
    return counts_series(parse([sentence])[0], _Stmt(sentence, list(words)))


def test_the_fourth_raid_since_spring_counts_a_series():
    assert _counts("It was the fourth raid on the port since spring.", "raid")


def test_the_second_time_this_month_counts_a_series():
    assert _counts("It was the second time this month that convoys have been ambushed on the road.",
                   "ambushed")


def test_a_joined_clause_with_a_toll_still_tells_the_act():
    assert not _counts("It was the second bombing in the town this week, and it killed nine people.",
                       "bombing", "killed")


def test_the_deadliest_attack_ranks_the_act_itself():
    assert not _counts("The bombing was the deadliest attack on the city since 2010.", "bombing", "attack")


def test_a_second_blast_striking_is_a_telling():
    assert not _counts("A second blast struck the market two hours later.", "blast")


def test_the_series_sentence_is_not_listed():
    ms = assault_mentions(LEDE + "It was the third bombing in the province since March.", "2027-10-25")
    assert told(ms, "A car bomb killed")
    assert not told(ms, "It was the third bombing")


def test_a_campaign_named_by_its_owner_is_not_listed():
    ms = assault_mentions(LEDE + "It came as the rebels have stepped up their raids on the coast.",
                          "2027-10-25")
    assert told(ms, "A car bomb killed")
    assert not told(ms, "It came as")


def test_raids_owned_by_a_day_are_still_told():
    ms = assault_mentions(LEDE + "Friday's raids also hit two fuel stores near the harbour.", "2027-10-25")
    assert told(ms, "Friday's raids also hit")


def test_the_second_deadliest_bombing_ranks_the_act_itself():
    assert not _counts("It was the second deadliest bombing in the city this year.", "bombing")
