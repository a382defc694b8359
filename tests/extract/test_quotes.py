"""Quotes and speakers on real sentences from the seeds and dev articles, and on texts we
wrote (multi-paragraph quote, unbalanced marks)."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def quotes(text: str):
    art = Article(id="t", raw=text, text=text)
    return [q for q in extract_quotes(art) if q.kind == "direct"], art


def test_fronted_verb_and_relative_who():
    text = ('"There is a real risk of further sectarian violence on a massive scale, within Iraq and '
            'beyond its borders," said UN Secretary-General Ban Ki-moon, who urged Maliki "to reach '
            'out for an inclusive dialogue and solution of this issue."')
    qs, _ = quotes(text)
    assert [q.text for q in qs] == [
        "There is a real risk of further sectarian violence on a massive scale, within Iraq and beyond its borders,",
        "to reach out for an inclusive dialogue and solution of this issue."]
    assert all(q.speaker == "Ban Ki-moon" for q in qs)


def test_quote_split_by_attribution_is_two_quotes():
    text = ("In an interview with VICE News, Falah Mustafa, the head of foreign relations for the Kurdistan "
            "Regional Government, expressed skepticism that Iraq would ever be whole again. "
            "“Iraq is not our neighbor,” he said. “ISIS is now our neighbor.”")
    qs, art = quotes(text)
    assert [q.text for q in qs] == ["Iraq is not our neighbor,", "ISIS is now our neighbor."]
    assert [q.speaker for q in qs] == ["Falah Mustafa", "Falah Mustafa"]
    assert art.text[qs[0].span.start:qs[0].span.end] == qs[0].text


def test_he_said_resolves_to_previous_sentence():
    text = ("UN envoy to Baghdad Nickolay Mladenov told AFP that there was a risk of Iraq splitting up.\n\n"
            '"Right now, it\'s life-threatening for Iraq but it poses a serious danger to the region," he said.')
    qs, _ = quotes(text)
    assert qs[0].speaker.endswith("Mladenov")


def test_nested_single_quotes_stay_inside():
    text = "“They called and said, ‘Send somebody to collect your dogs’,” a policeman from the village said."
    qs, _ = quotes(text)
    assert len(qs) == 1
    assert qs[0].text == "They called and said, ‘Send somebody to collect your dogs’,"
    assert qs[0].speaker == "a policeman from the village"


def test_colon_intro_and_honorific_resolves_to_full_name():
    text = ("The US Secretary of State John Kerry sounded upbeat after a 90-minute meeting with the Iraqi "
            "Prime Minister Nouri al-Maliki at the end of which he said: “That was good.” But if Mr Kerry "
            "is optimistic about the situation then he is about the only person in Baghdad feeling that way.")
    qs, _ = quotes(text)
    assert qs[0].text == "That was good."
    assert qs[0].speaker == "John Kerry"


def test_institution_said_in_a_statement():
    text = ('"We hold them responsible for supporting these groups financially and morally," '
            "the Iraqi government said in a statement.")
    qs, _ = quotes(text)
    assert qs[0].speaker.lower().endswith("iraqi government")


def test_multi_paragraph_quote_continues_speaker():
    text = ('"We have signed a young player who is a very bright talent," the coach, Anna Berg, told the club website.\n\n'
            '"She has great quality and we all saw her do very well at the tournament.\n\n'
            '"We welcome her to the club and look forward to the new season."')
    qs, _ = quotes(text)
    assert len(qs) == 3
    assert {q.speaker for q in qs} == {"Anna Berg"}
    assert qs[1].text.startswith("She has great quality")


def test_unbalanced_marks_do_not_swallow_the_article():
    text = ('The minister said the plan was "final and would not change.\n\n'
            "Later paragraphs carry no quotes at all and must stay outside any quotation.\n\n"
            'He added: "We will see." Then a stray mark " appears and an apostrophe in Qatar’s name.')
    qs, _ = quotes(text)
    assert all("Later paragraphs" not in q.text for q in qs)
    assert any(q.text == "We will see." for q in qs)


def test_indirect_speech_is_marked():
    text = "Mustafa said that it was unlikely that the KRG would again surrender the city."
    art = Article(id="t", raw=text, text=text)
    ind = [q for q in extract_quotes(art) if q.kind == "indirect"]
    assert ind and ind[0].speaker == "Mustafa" and ind[0].text.startswith("it was unlikely")


def test_curly_quote_nested_in_straight_quote_is_one_quote():
    text = ('Caddell continued:\n\n"The health issue is partisan, which, I\'m going to read you the question: '
            '“Do you think her health concerns affect her ability to serve?” Forty-three, yes; forty-four, no."')
    qs, _ = quotes(text)
    assert len(qs) == 1 and qs[0].text.endswith("forty-four, no.")
    assert qs[0].speaker == "Caddell"


def test_two_single_marks_as_double_quote_and_mr_period():
    text = "''It will be first-order business,'' Mr. Podesta said. ''We are ready.''"
    qs, _ = quotes(text)
    assert [q.text for q in qs] == ["It will be first-order business,", "We are ready."]
    assert {q.speaker for q in qs} == {"Podesta"}


def test_titles_and_markup_are_not_quotes():
    qs, _ = quotes('Pence said on CNN\'s "State of the Union." The link read " data-mce-href=x".')
    assert qs == []


def test_single_mark_scanner_skips_apostrophes_and_stops_at_double_marks():
    """The scanners jump from mark to mark: an apostrophe ("Qatar’s", "didn’t") never ends a
    quote, a plural possessive deep in a long quote does not either, and a double mark or a
    blank line stops an unclosed single quote."""
    from newsdesk.extract.quote_marks import find_quotes
    p = "Officials said ‘Qatar’s envoy didn’t leave’ and left."
    assert [p[m.text_start:m.text_end] for m in find_quotes(p)] == ["Qatar’s envoy didn’t leave"]
    long_q = ("‘The ministers and the generals of all the neighbouring states and their allies said the "
              "protesters’ demands were fair’, he said.")
    assert [long_q[m.text_start:m.text_end] for m in find_quotes(long_q)] == [long_q[1:long_q.index("’,")]]
    p = "He said ‘we will stay “for now” and wait."
    assert [p[m.text_start:m.text_end] for m in find_quotes(p)] == ["for now"]
    assert find_quotes("A ‘lone mark\n\nthen text’ later") == []


def test_double_mark_scanner_pairs_curly_and_straight_marks():
    from newsdesk.extract.quote_marks import find_quotes
    p = 'He said "we stay" and then “we go” before a stray ” mark.'
    got = [p[m.text_start:m.text_end] for m in find_quotes(p)]
    assert got[:2] == ["we stay", "we go"]


def test_a_place_before_a_name_is_not_part_of_the_speaker():
    from newsdesk.extract.speakers import drop_place_prefix
    assert drop_place_prefix("Baghdad Nickolay Mladenov") == "Nickolay Mladenov"
    assert drop_place_prefix("Syria John Kerry") == "John Kerry"
    assert drop_place_prefix("Nickolay Mladenov") == "Nickolay Mladenov"      # two tokens stay
    assert drop_place_prefix("Abu Bakr al-Baghdadi") == "Abu Bakr al-Baghdadi"


def test_he_said_after_a_bystander_named_as_subject_is_the_bystander():
    text = ('"We will find out what happened," District Attorney Maria Ochoa said.\n\n'
            "Tom Reyes of Eastfield was waiting at the bus stop when the first shots rang out.\n\n"
            '"Everyone just dropped to the ground," he said.')
    qs, _ = quotes(text)
    assert [q.speaker for q in qs] == ["Maria Ochoa", "Tom Reyes"]


def test_a_released_statement_introduces_the_quote_paragraph_after_it():
    text = ('"The bridge is closed until further notice," Mayor Ellen Park said.\n\n'
            "Late on Friday, Harbour General Hospital released this statement about the crash:\n\n"
            '"Our staff treated eleven patients and we are grateful to the emergency crews."')
    qs, _ = quotes(text)
    assert qs[-1].speaker == "Harbour General Hospital"


def test_inverted_said_after_a_quoted_fragment_names_the_speaker():
    text = ('Investigators found papers that showed "without any doubt" that the driver meant to '
            'cause harm, said Inspector Lena Moravec.')
    qs, _ = quotes(text)
    assert qs[0].speaker.endswith("Lena Moravec")
