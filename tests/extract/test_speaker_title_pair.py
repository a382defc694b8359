"""A fronted verb before a double office and a name: 'said chairman and chief executive Ann Roe'
(sentences written for these tests)."""
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_double_office_before_the_name_gives_the_name():
    text = ("“We are pleased with how the holiday season went for our stores,” said chairman and "
            "chief executive Laura Penfold. “Demand for outdoor furniture was strong.”")
    got = _speakers(text)
    assert got["We are pleased with how the holiday season went for our stores,"] == "Laura Penfold"
    assert got["Demand for outdoor furniture was strong."] == "Laura Penfold"


def test_abbreviated_second_office():
    text = "“Margins will recover by autumn,” said president and CEO Omar Feld, who joined in May."
    assert _speakers(text)["Margins will recover by autumn,"] == "Omar Feld"


def test_two_people_joined_by_and_are_not_one_speaker():
    text = "“The ferry is late again,” said commuters and Dana Holt, a nurse."
    assert _speakers(text)["The ferry is late again,"] != "Dana Holt"
