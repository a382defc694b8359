"""Speaker edges found on a tuning set, on sentences we wrote: a title with a 'to the <body>'
complement before the name ('said Ruritania's envoy to the United Nations Ann Roe'), a clause
adverb after a fronted speaker's name ('said the mayor Ann Roe instead'), and an 'it' that speaks
for a body named only as an appositive ('The state power company, Volta Grid, said ...')."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speaker_tail import complement_name, drop_adverb_tail
from newsdesk.extract.speakers import looks_person, np_after
from newsdesk.model import Article


def speakers(text: str) -> list[tuple[str, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "direct"]


def test_a_title_with_a_complement_gives_the_name_after_it():
    assert complement_name(" Ruritania's envoy to the United Nations Ann Roe.", looks_person)[0] == "Ann Roe"
    assert np_after(" the deputy minister to the Coastal Council Ben Okafor, who")[0] == "Ben Okafor"
    # no name after the complement: nothing to take
    assert complement_name(" the spokesman for the ministry.", looks_person) is None


def test_a_clause_adverb_after_the_name_is_dropped():
    assert drop_adverb_tail("the mayor Ann Roe instead") == "the mayor Ann Roe"
    assert drop_adverb_tail("the harbour master too") == "the harbour master too"


def test_fronted_speakers_with_complement_and_adverb():
    text = ("\u201cThe shelling of the harbour was planned for weeks by the other side,\u201d said Ruritania's "
            "envoy to the United Nations Ann Roe. \u201cOur ships were nowhere near the harbour that night, and "
            "the logs will show it,\u201d said the Velorian envoy Piet Hansen instead.")
    got = [s for s, _ in speakers(text)]
    assert got[0].split()[-1] == "Roe" and got[1].split()[-1] == "Hansen"


def test_it_speaks_for_a_body_named_as_an_appositive():
    text = ("The ministry of transport opened an inquiry on Friday. The state power company, Volta Grid, said the "
            "substation was struck by lightning. The line, it said, \u201cwill stay closed for a month\u201d.")
    got = speakers(text)
    assert got and got[0][0] == "Volta Grid"
