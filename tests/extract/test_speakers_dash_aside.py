"""An aside set off by dashes between a described name and its speech verb closes the
appositive, so the quotes that follow belong to that person, not to the last one named."""
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speakers import subject_before
from newsdesk.model import Article


def test_dash_aside_after_appositive_keeps_the_name():
    left = "Ann Roe, a nurse at the clinic – who had worked there for ten years – "
    assert subject_before(left) == ("Ann Roe", 0)


def test_dash_aside_after_bare_subject():
    assert subject_before("The mayor – tired and angry – ") == ("The mayor", 0)


def test_gerund_opener_is_no_subject():
    """'Besides announcing …, she said …': the opener names no one."""
    assert subject_before("Besides ") is None



def _indirect(text: str):
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "indirect"]


def test_dummy_it_of_a_passive_report_is_no_speaker():
    text = ("The Northern Front, a rebel group, said it held the bridge. "
            "It was reported that the bridge had been mined overnight.")
    assert _indirect(text) == []


def test_she_after_a_gerund_opener_is_the_person_named_before():
    text = ("Mayor Ruth Kell condemned the fire on Monday. Besides announcing that six people died, "
            "she also stated that two suspects were held.")
    assert ("Ruth Kell", "two suspects were held.") in [(sp, t) for sp, t in _indirect(text)]
