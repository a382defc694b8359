"""The brief shows a quotation fragment the summariser picked with the sentences that open
or close it, as verbatim source text; a balanced sentence is shown as picked."""
from newsdesk.model import Article
from newsdesk.report.summary import SummarySentence
from newsdesk.report.summary_quotes import balance, whole_quotes, widen

TEXT = ("Flood barriers failed overnight in the river town of Aldmere. "
        "The mayor said crews were working in a \u201crace against the water. "
        "We have never seen it rise this fast.\u201d "
        "Some 400 homes were evacuated. "
        "\"Everything we own is downstairs now. "
        "We got out with the dog,\" said one resident.")


def _art() -> Article:
    return Article(id="a1", raw=TEXT, text=TEXT)


def _pick(art: Article, sentence: str) -> SummarySentence:
    start = art.text.index(sentence)
    span = art.span(start, start + len(sentence))
    return SummarySentence(span.text, [span])


def _widened(art, sentence: str) -> tuple[int, int, int]:
    """Where `sentence` starts in the article, and the span `widen` gives it."""
    start = art.text.index(sentence)
    return (start, *widen(art, start, start + len(sentence)))


def test_balance_reads_openers_and_closers():
    assert balance("He said: \u201cThat was good.\u201d") == 0
    assert balance("They asked for a \u201crace against time.") == 1
    assert balance("We got out with the dog,\" said one resident.") == -1
    assert balance("\"Everything we own is downstairs now.") == 1
    assert balance("We have never seen it rise this fast.\u201d") == -1
    assert balance("\"Quiet,\" she said.") == 0


def test_an_opening_fragment_takes_the_sentence_that_closes_it():
    art = _art()
    start, a, b = _widened(art, "The mayor said crews were working in a \u201crace against the water.")
    assert art.text[a:b].endswith("rise this fast.\u201d")
    assert a == start


def test_a_closing_fragment_takes_the_sentence_that_opens_it_and_repeats_are_dropped():
    art = _art()
    picks = [_pick(art, "We have never seen it rise this fast.\u201d"),
             _pick(art, "The mayor said crews were working in a \u201crace against the water."),
             _pick(art, "Some 400 homes were evacuated.")]
    out = whole_quotes(picks, [art])
    assert len(out) == 2                      # the opener is inside the first widened span
    assert out[0].text.startswith("The mayor said") and out[0].text.endswith("fast.\u201d")
    assert out[0].text in art.text and out[0].spans[0].text == out[0].text
    assert out[1].text == "Some 400 homes were evacuated."


def test_a_quote_that_never_closes_is_left_as_picked():
    text = "Officials spoke of a \u201cdifficult night. Roads are shut. Schools are shut. Power is out. Help is coming."
    art = Article(id="a2", raw=text, text=text)
    s = "Officials spoke of a \u201cdifficult night."
    out = whole_quotes([_pick(art, s)], [art])
    assert out[0].text == s


def test_a_straight_quote_closed_in_the_next_sentence():
    art = _art()
    start, a, b = _widened(art, "\"Everything we own is downstairs now.")
    assert art.text[a:b].endswith("said one resident.")
