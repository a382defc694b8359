"""Round 10 on unseen set 4, on sentences we wrote: a claim called false and a denial that
something happened (REJECT), backing a named party (SUPPORT), a navy boarding a ship
(COERCE), an act called staged (ACCUSE), and a past time that only dates a closing relative
clause; a side's admitted loss of its men as a toll; plus the NOT_EVENTS table moved out
of plover.py."""
from __future__ import annotations

from datetime import date

from newsdesk.extract import not_events, plover
from newsdesk.extract import ev_filter as F
from newsdesk.extract.counts import casualties
from newsdesk.extract.events import events_step
from newsdesk.extract.past import told_as_past
from newsdesk.extract.plover import find_triggers, retype
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2026-04-22") -> list:
    art = Article(id="t", raw=text, text=text, published=published)
    return [(m.type, m.actor, m.recipient) for m in events_step(sentences_step(art)).mentions]


def types(text: str) -> list[str]:
    return [t.type for t in retype(text, find_triggers(text))]


def test_not_events_table_lives_apart_and_still_blocks():
    assert plover.NOT_EVENTS is not_events.NOT_EVENTS
    text = "He suffered a heart attack after the war of words with the minister."
    spans = not_events.blocked_spans(text, None)
    assert [text[a:b] for a, b in spans] == ["heart attack", "war of words"]
    assert not_events.blocked_spans("Rebels attacked the town.", None) == []
    assert "ASSAULT" not in types(text)


def test_a_claim_called_false_or_a_denied_act_is_rejected():
    assert code("But the rebel forces said this was false and the army kept firing shells.") == \
        [("REJECT", "rebel forces", None)]
    assert code("The ministry denied that rebels had retaken the hill near Varn.") == \
        [("REJECT", "ministry", None)]
    assert "REJECT" not in types("The ministry said this was the worst attack in years.")
    assert "REJECT" not in types("He denied that he was tired after the talks.")    # a denial of a report


def test_backing_a_named_party_is_support():
    assert ("SUPPORT", "Lena Varo", "Azerbaijan") in code('President Lena Varo said she backed Azerbaijan "to the end".')
    for text in ("The Ostrava-backed militia shelled the town.", "Backed by Ostrava, the militia advanced.",
                 "The minister backed down on Monday.", "The rebels, backed by Ostrava, held the pass."):
        assert "SUPPORT" not in types(text), text


def test_boarding_a_ship_to_search_it_is_coercion():
    assert code("The navy boarded and searched a cargo ship that had arrived from Varn.") == \
        [("COERCE", "navy", None)]
    assert types("Passengers boarded the ferry to Varn on Sunday.") == []


def test_calling_an_act_staged_accuses():
    assert code("Exiled cleric Oren Dahl said the coup was staged.") == [("ACCUSE", "Exiled cleric Oren Dahl", None)]
    assert "ACCUSE" in types("It could be a staged coup meant to justify purges.")
    for text in ("The protest was staged outside parliament.", "Rebels staged an attack on the base.",
                 "The attack was staged on the busiest day of the year."):
        assert "ACCUSE" not in types(text), text


def test_a_past_time_in_a_closing_relative_clause_dates_only_that_clause():
    day = date(2026, 4, 22)
    text = "Another man who was arrested said he belonged to the Varn Front, which bombed a train in 2019."
    assert not told_as_past(text, day)
    assert code(text) == [("COERCE", None, "Another man")]       # the 2019 bombing is history
    # a relative clause in the middle still dates the sentence's act
    assert told_as_past("The attack, which took place in 2019, killed 20 people.", day)
    art = sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22"))
    assert F.main_part(art, text).endswith("the Varn Front")


def test_an_admitted_loss_of_men_is_a_toll():
    assert casualties("The army has admitted the loss of 31 fighters since Saturday.")["dead"].low == 31
    assert casualties("The garrison lost 12 soldiers in the raid.")["dead"].low == 12
    for text in ("The side lost 26 tanks.", "The firm announced the loss of 300 jobs."):
        assert casualties(text)["dead"] is None, text
