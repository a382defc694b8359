"""Speakers named before an office set in apposition ('Ann Roe, Harbour Police Chief stated "…"')
and taken up by an epithet ('"…," the veteran politician said'): extract/title_apposed.py and
extract/described_epithet.py, on sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.described_epithet import epithet_referent
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.title_apposed import apposed_name
from newsdesk.model import Article


def speakers(text: str) -> list[tuple[str, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "direct"]


def test_the_name_before_an_apposed_office_speaks():
    assert apposed_name("Velmora Fire Chief", "Marta Ellison, Velmora Fire Chief") == "Marta Ellison"
    # an office with nobody named before it stays as written
    assert apposed_name("Velmora Fire Chief", "On Tuesday, Velmora Fire Chief") is None
    text = ("At least nine people died when fire swept through a harbour warehouse on Tuesday. "
            "Marta Ellison, Velmora Fire Chief stated \u201cthe fire spread after a fuel tank in the loading "
            "bay caught light in the early hours.\u201d")
    assert speakers(text)[0][0] == "Marta Ellison"


def test_an_epithet_takes_up_the_one_person_named_in_its_paragraph():
    text = ("The mayor, Petra Lund, who has promised an inquiry, thanked the firefighters on the radio. "
            "\u201cThey saved the rest of the quay, and we owe them,\u201d the veteran politician said.")
    assert speakers(text)[0][0] == "Petra Lund"
    pos = text.index("the veteran")
    assert epithet_referent("the veteran politician", text, pos) == "Petra Lund"
    # two people named before it: the epithet stays as written
    two = "Petra Lund met Jonas Berg at the quay. The cleric prayed."
    assert epithet_referent("The cleric", two, two.index("The cleric")) is None
    # not a calling: nothing to take up
    assert epithet_referent("the harbour", text, pos) is None
