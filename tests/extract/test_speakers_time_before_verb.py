"""A titled name whose verb comes after a time phrase ('Palace spokesman Ivo Brandt earlier on
Friday made ..., saying "…"'), on sentences we wrote: the name speaks, not the title word."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def speakers(text: str) -> list[str]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


def test_earlier_on_a_weekday_between_name_and_verb():
    text = ('Palace spokesman Ivo Brandt earlier on Friday made a series of bleak remarks on the port, '
            'saying the mood was "a matter of real and grave worry" and that talks were stuck.')
    assert speakers(text) == ["Ivo Brandt"]


def test_the_plain_form_still_reads_the_name():
    text = ('Palace spokesman Ivo Brandt made a series of bleak remarks on the port, '
            'saying the mood was "a matter of real and grave worry" and that talks were stuck.')
    assert speakers(text) == ["Ivo Brandt"]
