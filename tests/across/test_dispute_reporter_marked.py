"""Rival statements on sentences we wrote: a figure the reporter opens with 'in a conflicting
report', a statement the reporter says another's contradicts, a strike blamed on a state that
denies any part in it, and a denial of an act its own article states a few sentences before."""
from __future__ import annotations

from tests.conftest import story_disputes


def test_a_conflicting_report_of_the_toll_disputes_the_earlier_figure():
    ds = story_disputes(
        "Rescuers from the Valdor Relief Committee said at least 640 people, most of them farmers, were killed "
        "in the floods on Monday. The river broke its banks before dawn, villagers said. In a conflicting "
        "report, Mara Elton, a nurse at the Serra field clinic, said the death toll from the floods stood at 95.",
        "The governor said aid would arrive on Tuesday.")
    hit = [d for d in ds if d.kind == "count"]
    assert hit and "640" in hit[0].topic and "95" in hit[0].topic


def test_no_marker_no_conflict_within_one_article():
    ds = story_disputes(
        "Rescuers said at least 640 people were killed in the floods on Monday. Later, a nurse said the "
        "death toll from the floods stood at 95 in her district alone.",
        "The governor said aid would arrive on Tuesday.")
    assert not [d for d in ds if d.topic == "death toll: 640 vs 95"]     # no marked rival figure


def test_a_statement_the_reporter_says_contradicts_another():
    ds = story_disputes(
        "The port authority said on Monday that the ferry's route had been known only to the smugglers. "
        "This seemed to contradict remarks from harbour police spokesman Tomas Verin, who told reporters "
        "in Ostra that the authority had been told of the route in advance.",
        "The governor said aid would arrive on Tuesday.")
    hit = [d for d in ds if d.topic.startswith("contradicting statements")]
    assert hit and {c.holder for c in hit[0].claims} == {"The port authority", "Tomas Verin"}


def test_a_strike_blamed_on_a_state_that_refutes_it():
    ds = story_disputes(
        "Several European diplomats, including some from the Elysee, have blamed the strike on Vardia and "
        "Ostrel. The Vardian government has refuted the allegations.",
        "Pavel Morosin, a spokesman for the Vardian army, denied any Vardian involvement in the strike on Tuesday.")
    hit = [d for d in ds if d.kind == "accusation"]
    assert hit and "Vardia" in hit[0].topic


def test_a_denied_act_its_own_article_states_just_before():
    ds = story_disputes(
        "Monitors from the mission said mortars and rockets were used to hit Tarvel, a village north of the "
        "river. The spokesman said the soldiers fired back to protect their posts, but he denied they had "
        "used mortars and rockets.",
        "The ministry said the village was calm on Monday.")
    hit = [d for d in ds if d.kind == "occurrence"]
    assert hit and "mortars" in hit[0].topic
