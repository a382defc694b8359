"""Generic present-tense statements, on sentences we wrote: an act noun inside a present
copular clause that tells no act ("Unlike earlier raids, this one is well documented",
"Such massacres are common") names a kind of act, not a reported one (ev_generic.py). An
ongoing state of violence, a judged specific act and a sentence with a past verb still
code, and the dropped statement's places still vote for the article's place."""
from __future__ import annotations

from newsdesk.extract import ev_generic
from newsdesk.nlp import parse_one
from tests.conftest import event_mentions


def mentions(text: str, published: str | None = "2031-05-02"):
    return event_mentions(text, published)


def code(text: str) -> list[str]:
    return [m.type for m in mentions(text)]


def test_a_comparison_with_a_kind_of_act_is_no_act():
    assert "ASSAULT" not in code("Unlike earlier raids by the militia, this one is well documented.")
    assert "ASSAULT" not in code("Such massacres are common in the border villages.")


def test_the_rule_reads_the_parse():
    doc = parse_one("Unlike earlier raids by the militia, this one is well documented.")
    assert ev_generic.generic_statement(doc, doc.text.index("raids"))
    doc = parse_one("Militia fighters raided the village at dawn.")
    assert not ev_generic.generic_statement(doc, doc.text.index("raided"))


def test_an_ongoing_state_of_violence_still_codes():
    assert "ASSAULT" in code("Heavy clashes are ongoing near the port.")
    assert "ASSAULT" in code("Fighting remains fierce around the airport.")


def test_a_judged_specific_act_still_codes():
    assert "ASSAULT" in code("The attack on the convoy is a clear breach of the truce.")


def test_a_past_verb_keeps_the_statement():
    assert "ASSAULT" in code("The bombing that killed the guards is the worst in years.")


def test_a_dropped_statement_still_places_the_coverage():
    text = ("Gunmen attacked a police post on Friday. Unlike earlier protests in Kirkuk, this one "
            "is well documented. The police arrested two suspects on Saturday.")
    found = mentions(text)
    assert "PROTEST" not in [m.type for m in found]
    attack = next(m for m in found if m.type == "ASSAULT")
    assert attack.location is not None and attack.location.name == "Kirkuk"
