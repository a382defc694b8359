"""Attack words that name gear or a court order, not an act (extract/ev_wording.py): "an
assault rifle", "attack helicopters", "executed a search warrant". Texts are our own."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def types(text: str) -> list[str]:
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22")))
    return [m.type for m in art.mentions]


def test_gear_named_after_an_act_is_no_assault():
    assert "ASSAULT" not in types("Deputies seized two handguns, an assault rifle and a shotgun "
                                  "at the farmhouse on Tuesday.")
    assert "ASSAULT" not in types("The ministry said it would buy twelve attack helicopters next year.")


def test_an_executed_warrant_is_no_killing():
    assert "ASSAULT" not in types("Officers from the county sheriff's office executed a search "
                                  "warrant at the house on Elm Road on Friday.")


def test_real_attacks_still_count():
    assert "ASSAULT" in types("Gunmen opened fire on a bus in the valley on Monday, killing four people.")
    assert "ASSAULT" in types("The militia executed three prisoners in the town square on Sunday.")


def test_an_act_told_with_its_weapons_stays_an_act():
    assert "ASSAULT" in types("Riot police firing tear gas and automatic weapons stormed the protest camp "
                              "on Wednesday.")
