"""Quotes typed with doubled single marks, as wires and scrapes render them (''…'' and TeX's
``…''), on sentences we wrote: each pair reads as one double mark, and a '' that closes no
open quotation before a lower-case word stays an apostrophe."""
from __future__ import annotations

from newsdesk.extract.quote_marks import find_quotes, two_singles
from tests.conftest import direct_quotes


def test_tex_marks_open_and_close_a_quote_with_its_speaker():
    text = ("Governor Sultan Arada told reporters that civilians were fleeing the villages. "
            "``The camps are already full and we have nothing left to give them,'' he said.\n\n"
            "Abdulmalik Nasser, the rebel leader, said his fighters would not stop. "
            "``The city will be ours,'' Nasser said.")
    qs = direct_quotes(text)
    assert [q.text for q in qs] == ["The camps are already full and we have nothing left to give them,",
                                    "The city will be ours,"]
    assert [q.speaker for q in qs] == ["Sultan Arada", "Abdulmalik Nasser"]


def test_doubled_marks_around_a_fronted_speech_verb():
    text = ("''We are facing a heavy assault from three directions,'' said Colonel Ahmed Shami, "
            "a commander of the army. ''Our men are holding the line.''")
    qs = direct_quotes(text)
    assert [q.text for q in qs] == ["We are facing a heavy assault from three directions,",
                                    "Our men are holding the line."]
    assert {q.speaker for q in qs} == {"Ahmed Shami"}


def test_closer_before_punctuation_is_not_an_opener():
    text = "The minister called the strike ''a grave and unacceptable escalation by the rebels''."
    reading = two_singles(text)
    assert len(reading) == len(text)
    marks = find_quotes(text)
    assert len(marks) == 1 and text[marks[0].text_start:marks[0].text_end] == \
        "a grave and unacceptable escalation by the rebels"


def test_doubled_apostrophe_is_not_a_quote():
    text = ("The rebels'' positions on the hills above the town were reinforced over the past week, "
            "residents said, and the army brought in more guns on Monday.")
    assert find_quotes(text) == []
    assert direct_quotes(text) == []


def test_offsets_are_kept_for_both_styles():
    text = "``Enough,'' she said. ''We leave at dawn,'' he added."
    reading = two_singles(text)
    assert len(reading) == len(text)
    got = [text[m.text_start:m.text_end] for m in find_quotes(text)]
    assert got == ["Enough,", "We leave at dawn,"]


def test_event_filters_read_doubled_marks_as_quotation():
    from newsdesk.extract.ev_filter import within_quotation
    from newsdesk.model import Article
    text = ("''They shelled the village for three days. They burned the market,'' said Amina Yusuf, "
            "a teacher who fled to the city.")
    art = Article(id="t", raw=text, text=text)
    assert within_quotation(art, "They burned the market,")


def test_three_marks_close_the_inner_single_then_the_double_quote():
    text = "''The guards told us, 'You will never see the sea again,''' said Omar Haddad, a former detainee."
    qs = direct_quotes(text)
    assert [q.text for q in qs] == ["The guards told us, 'You will never see the sea again,'"]
    assert qs[0].speaker == "Omar Haddad"
