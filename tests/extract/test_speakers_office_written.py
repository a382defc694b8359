"""Speaker shapes seen on fresh coverage (tuning set 43: a ferry sinking, a cave rescue, an air
crash, a business page), on sentences written for these tests."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.single_named import single_named
from newsdesk.extract.speech_nouns import noun_use
from newsdesk.extract.speakers import SPEECH_VERB
from newsdesk.extract.written_by import written_message
from newsdesk.model import Article


def speakers(text: str) -> list[tuple[str | None, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "direct"]


def test_lowercase_office_before_a_surname_names_the_speaker():
    text = ('"The tunnels are long", Ruth Calder, the head of the search, told reporters.\n\n'
            '"Despite the rain, we will keep going", Dorsey said.\n\n'
            '"Some shafts run very deep but we cannot reach them yet", rescue mission chief Calder '
            'told reporters, adding the team lacked the pumps "to clear the lower chambers".')
    got = speakers(text)
    assert [s for s, _ in got[2:]] == ["Ruth Calder", "Ruth Calder"]
    assert single_named("spokesman Calder") == ("Calder", 10)
    assert single_named("officials in Kabul") is None


def test_inverted_sayer_after_a_quote_is_an_antecedent_for_a_later_he():
    text = ("Even so, company spokesman Tom Reddy said a weak month can hurt the brand.\n\n"
            "“For a small chain, every month counts,” Reddy said.\n\n"
            "“Sales numbers are the first thing people check,” said Peter Arlow, manager of a "
            "brokerage branch. “Monthly figures are what traders and clients watch most.”\n\n"
            "Forecasts, when set against the results, he said, can sway buyers a lot.\n\n"
            "“For most firms with coverage, making the forecast is the analysts’ job,” he said.")
    got = speakers(text)
    assert got[-1][0] == "Peter Arlow"
    assert [s for s, _ in got[1:3]] == ["Peter Arlow", "Peter Arlow"]


def test_plural_speech_noun_is_no_sayer():
    text = "Monthly reports are read closely, and the first claims were wrong."
    verbs = list(SPEECH_VERB.finditer(text))
    assert verbs and all(noun_use(text, v) for v in verbs if v.group() in ("reports", "claims"))
    said = "Ann Roe reports that the count rose."
    assert not any(noun_use(said, v) for v in SPEECH_VERB.finditer(said))


def test_note_written_by_someone_reads():
    text = ('"We will keep going", Mayor Ruth Calder said.\n\n'
            'A note written by a nurse at the clinic reads, "The patients asked us to stay calm".')
    assert speakers(text)[1][0] == "a nurse"
    assert written_message("The note, written by Tom Reddy, reads: ") == ("Tom Reddy", 21)
    assert written_message("A sign at the gate reads: ") is None


def test_bare_age_takes_up_the_one_person_named_before():
    text = ("Ruth Calder, a shepherd who saw the crash from a hill, told the BBC that the jet was "
            "“rolling from side to side”.\n\n"
            "“I was with my flock when I saw it come down with black smoke pouring from the tail,” "
            "said the 31-year-old, who was out with two cousins.")
    assert [s for s, _ in speakers(text)] == ["Ruth Calder", "Ruth Calder"]


def test_bare_age_with_several_people_named_is_left_alone():
    text = ("Tom Reddy and Ann Lowe watched from the bank as Peter Hale swam out.\n\n"
            "“I thought the current would take him,” said the 31-year-old.")
    assert speakers(text)[0][0] not in ("Tom Reddy", "Ann Lowe", "Peter Hale")


def test_texted_is_a_verb_of_saying():
    text = ("A deckhand, Tom Reddy, 40, told local radio the alarm came late.\n\n"
            "\"Mum, I'm fine. We're all wearing life jackets and waiting,\" one pupil, identified only "
            "by her first name, Ruth, texted her mother, according to a local broadcaster.")
    assert speakers(text)[0][0] == "Ruth"
