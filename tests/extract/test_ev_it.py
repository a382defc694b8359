"""An acting "It" opening a sentence (ev_it.py), on sentences we wrote: it stands for the body
that was the main subject of the sentence before, never for a person, a plural or an
expletive "It is unclear"."""
from __future__ import annotations

from newsdesk.extract.ev_it import acting_it, body_subject, main_subject
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import parse, sentences_step


def _resolves(before: str, sentence: str) -> bool:
    return acting_it(parse([sentence])[0][0]) and body_subject(main_subject(parse([before])[0]))


def test_it_stands_for_a_body_named_as_subject_before():
    assert _resolves("The press office of the league said the rally was over.", "It warned members to stay away.")
    assert _resolves('"We hold our fire," the interior ministry said in a statement.', "It warned it would respond.")
    assert _resolves("Paris, which cut ties last year, said it was studying the case.", "It called for a probe.")


def test_it_never_stands_for_a_person_a_plural_or_nothing():
    assert not _resolves("Maria Lopez said the rally was over.", "It warned members to stay away.")
    assert not _resolves("The spokesman said the rally was over.", "It warned members to stay away.")
    assert not _resolves("Officials said the rally was over.", "It warned members to stay away.")
    assert not _resolves("The league met on Monday.", "It is unclear whether members will stay away.")


def test_the_event_takes_the_body_as_actor():
    text = ("The Ostra interior ministry said the border post was calm.\n\n"
            "It warned it would strike back if its troops were attacked.")
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22")))
    assert [m.actor for m in art.mentions if m.type == "THREATEN"] == ["Ostra interior ministry"]
