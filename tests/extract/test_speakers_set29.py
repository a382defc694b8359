"""Speaker causes found on quotes-only tuning set 29 (session 21), on sentences we wrote:
an inverted 'said' before a title, a name and a union; a party-styled role ('the Republican
governor') after an abbreviated title; a spaced-hyphen aside; a capitalised preposition taken
for a first name; ages in brackets or before an appositive; a nickname in quote marks inside a
name; an employer named after 'at'; a quote in a later coordinated clause."""
from __future__ import annotations

from conftest import direct_speakers
from newsdesk.extract.quotes import extract_quotes, quotes_step
from newsdesk.model import Article


speakers = direct_speakers


def test_inverted_said_before_title_name_and_union():
    text = ("“It is a terrible sight,” said fire officer Lena Brandt of the Northern firefighters union, "
            "speaking to reporters at the gate. “Nobody should have been inside at that hour.”")
    assert [s for s, _ in speakers(text)] == ["Lena Brandt", "Lena Brandt"]


def test_party_styled_role_after_abbreviated_title():
    text = ("Vermont Gov. Carla Mendes spoke to reporters on Monday morning.\n\n"
            "“We asked for help twice and heard nothing back,” the Republican governor said.")
    assert speakers(text) == [("Carla Mendes", "We asked for help twice and heard nothing back,")]


def test_spaced_hyphen_aside_closes_the_subject():
    text = ("Gerald Moss said he threw chairs at the men.\n\nSpeaking to a radio station Tom Hale - who was in "
            "a cafe across the road - said Gerald had done \"a very brave thing\" that night.")
    assert speakers(text) == [("Tom Hale", "a very brave thing")]


def test_capitalised_preposition_is_no_first_name():
    text = ("Across Millbrook for a week, fans had filled the stands.\n\nOne of them was Dan Ortiz, 30, of "
            "Millbrook, who was with his brother when the roof fell. “It sounded like a train, then dust "
            "everywhere,” he said.")
    assert speakers(text) == [("Dan Ortiz", "It sounded like a train, then dust everywhere,")]


def test_age_in_brackets_keeps_the_subject():
    text = ("Police closed the road, and one bystander described seeing smoke.\n\nTom Hale (52) had been "
            "waiting for a bus at the corner. He was close to the blast.\n\n“It shook the whole street,” he said.")
    assert speakers(text) == [("Tom Hale", "It shook the whole street,")]


def test_age_before_appositive():
    text = ("Police said the gunman fled.\nJohn Harlow, 44, a cook at the diner, said he heard shots.\n"
            "\"It was over in seconds,\" he said.")
    assert speakers(text) == [("John Harlow", "It was over in seconds,")]


def test_nickname_in_marks_inside_a_name():
    text = ("Three men stormed the offices of the weekly on Tuesday.\nMaria \"Mimi\" Lenz, an illustrator at "
            "Rue Verte, told a local radio station that she had hidden in a cupboard.\n"
            "\"They asked for the editor by name,\" she said. \"I stayed very still\".")
    assert speakers(text) == [("Maria Lenz", "They asked for the editor by name,"),
                              ("Maria Lenz", "I stayed very still")]


def test_nickname_blanking_leaves_other_articles_alone():
    text = "\"We will rebuild,\" said Ann Roe, the mayor."
    art = Article(id="t", raw=text, text=text)
    assert [(q.speaker, q.text) for q in quotes_step(art).quotes] == \
        [(q.speaker, q.text) for q in extract_quotes(Article(id="t", raw=text, text=text))]


def test_quote_in_later_coordinated_clause():
    text = ("Harbour Mayor Ann Roe declared an emergency on Monday, and Governor Tom Hale issued a statement "
            "that evening condemning the blast as “a cowardly crime.”")
    assert speakers(text) == [("Tom Hale", "a cowardly crime.")]


def test_that_clause_after_and_stays_with_the_sayer():
    text = ("Harbour Mayor Ann Roe said on Monday that the port would close, and that “nobody should "
            "travel tonight.”")
    assert speakers(text) == [("Ann Roe", "nobody should travel tonight.")]


# causes read on set 29's validation pages (in29v, in29w) after their blind first run


def test_subject_with_manner_adverb_and_irregular_verb():
    text = ("It was late on Friday at the hall.\n\nThe band’s drummer, Leo Marsh, suddenly heard a crack. He "
            "stopped playing and listened again.\n\n“I put the sticks down and everybody was already running,” "
            "he told the local paper. “It was total panic.”")
    assert [s for s, _ in speakers(text)] == ["Leo Marsh", "Leo Marsh"]


def test_named_appositive_gives_the_name():
    text = ("One witness, Per Olsen, told a radio station: “We heard a bang.”\n\nAnother, named Lisa, described "
            "seeing “dozens of people” fleeing.\n\n“I ran as fast as I could”, she said.")
    assert [s for s, _ in speakers(text)] == ["Per Olsen", "Lisa", "Lisa"]


def test_nationality_description_takes_up_the_person_just_named():
    text = ("Reporters gathered at the gate.\nAmong those at the gate on Friday was Carl Brenner.\n"
            "\"I saw the van turn,\" the Danish visitor told a news agency.\n"
            "\"It hit a car, it was awful,\" he said.\n\"It took the police a long time to come.\"")
    assert [s for s, _ in speakers(text)] == ["Carl Brenner"] * 3


def test_description_stays_when_two_people_were_named():
    text = ("Carl Brenner and Ida Lund were at the gate.\n"
            "\"I saw the van turn,\" the Danish visitor told a news agency.")
    assert [s for s, _ in speakers(text)] == ["Danish visitor"]


def test_partitive_opening_keeps_the_named_subject():
    text = ("The singer, Tom Vance, lowered the volume. “I stopped the song and people were already leaving,” he "
            "told a newspaper.\n\nOne of the guests, Ruth Ames, who’d just moved to the city a month earlier, "
            "thought the crack was part of the show. “It fit the rhythm,” she said later.")
    assert [s for s, _ in speakers(text)] == ["Tom Vance", "Ruth Ames"]


def test_restrictive_who_clause_keeps_the_head():
    text = ("Residents who were in Fen Street at the time of the blast have described hearing a “deep rolling "
            "boom” before the windows broke.")
    assert speakers(text) == [("Residents", "deep rolling boom")]


def test_present_tense_shouts_attributes():
    text = ("Prosecutor Ann Roe said “at least three” men took part.\nThe video shows two men leaving the hall. "
            "During the struggle, one of the men shouts, “Nobody leaves this room.”")
    assert speakers(text) == [("Ann Roe", "at least three"), ("one of the men", "Nobody leaves this room.")]


def test_someone_after_a_fronted_time_is_the_poster():
    text = ("Police arrived quickly.\n\nAt 2:10 a.m., someone posted a message to the club’s page: “Leave the "
            "building now and keep running.”")
    assert speakers(text) == [("someone", "Leave the building now and keep running.")]
