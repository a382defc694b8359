"""A document on its issuer's own page speaks for that issuer, as a bare 'the statement' does
(sentences written for these tests)."""
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speakers import ON_OWN_PAGE
from newsdesk.model import Article


def test_the_page_phrase_reduces_to_the_document():
    assert ON_OWN_PAGE.sub(r"\1", "a statement on their website") == "a statement"
    assert ON_OWN_PAGE.sub(r"\1", "the statement posted on its official page") == "the statement"
    assert ON_OWN_PAGE.sub(r"\1", "a statement on the ministry's website") == "a statement on the ministry's website"


def test_a_statement_on_their_website_is_the_group_s():
    text = ("The Harbour Workers Union has said that its own inquiry shows the guards beat three strikers on "
            "Monday night at the east gate.\n\nA statement on their website claims the “beatings went on for "
            "almost an hour before anyone intervened”.")
    art = Article(id="t", raw=text, text=text)
    speakers = {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}
    said = next(v for k, v in speakers.items() if k.startswith("beatings went on"))
    assert said == "The Harbour Workers Union"
