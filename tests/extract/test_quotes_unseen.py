"""Attribution patterns met in unseen coverage (Multi-News validation), on short texts we
wrote: military abbreviations, a description followed by the speaker's name, 'X of Town,
State,', a relative clause between a subject and its verb, captions and headlines."""
from __future__ import annotations

from newsdesk.extract.quotes import display_line
from tests.conftest import direct_quotes


quotes = direct_quotes


def test_military_abbreviation_does_not_end_the_attribution():
    text = ('A flood wall gave way on Tuesday.\n\n'
            '"We expect the river to stay high for at least two more weeks," Brig. Gen. Tom Harlow of '
            'the state National Guard told reporters.\n\n'
            '"Our crews are working around the clock," said Adm. Nora Quist, commander of the fleet.')
    qs = quotes(text)
    assert [q.speaker.split()[-1] for q in qs] == ["Harlow", "Quist"]


def test_description_then_name_after_fronted_verb():
    text = ('The hearing was postponed.\n\n'
            '"My client never meant to hurt anyone," said the driver\'s attorney, Paul Ostrander.\n\n'
            '"We will honour them privately this year," said the town\'s top official, First Selectman '
            'Mara Lindqvist, and the school superintendent.')
    qs = quotes(text)
    assert [q.speaker.split()[-1] for q in qs] == ["Ostrander", "Lindqvist"]


def test_description_without_name_stays_a_description():
    qs = quotes('"The road will stay closed until Friday," said a police spokesman, who declined to be named.')
    assert qs[0].speaker.split()[-1] == "spokesman"


def test_hometown_and_state_are_not_the_speaker():
    text = ('"Just heard his voice. He is safe and we are so grateful," Dora Pemberton of Millbrook, '
            'Alabama, wrote after speaking with her grandson.')
    qs = quotes(text)
    assert qs[0].speaker == "Dora Pemberton"


def test_relative_clause_between_subject_and_verb():
    text = ('The Halvorsen Group, which owns the tower, issued a statement saying: "We are deeply saddened '
            'by this accident and are cooperating with investigators."')
    qs = quotes(text)
    assert qs[0].speaker.split()[-1] == "Group"


def test_caption_and_headline_quotes_are_not_recorded():
    caption = ('Omar Reyes, 64, describes the rescue and "the longest night of his life." '
               '(Lena Ford/Harbor Daily)')
    headline = "Shelter residents call the hotline, but 'nobody ever answers'"
    assert display_line(caption) and display_line(headline)
    assert not display_line('"The water kept rising and nobody came for us')    # a quote cut at the end
    assert not display_line('The mayor called the response "a complete failure of planning."')
    text = f"{headline}\n\nThe storm hit at dawn.\n\n{caption}\n\n" \
           '"We lost everything," said Omar Reyes, a fisherman.'
    qs = quotes(text)
    assert [q.text for q in qs] == ["We lost everything,"]


def test_hard_wrapped_line_is_not_a_headline():
    text = ('The minister told parliament that the country would "never accept\n'
            'a deal that sells out our farmers," and left the chamber.')
    qs = quotes(text)
    assert qs and qs[0].text.startswith("never accept")


def test_possessive_description_after_a_name():
    text = ('Neighbour Tessa Brandt said she could not sleep.\n\n'
            'Hollis, Mara Kent\'s brother, said people should stop waiting for change.\n\n'
            '"Do something. Do something about it," he said.')
    qs = quotes(text)
    assert qs[0].speaker.split()[-1] == "Hollis"


def test_fragment_takes_the_named_subject_of_its_sentence():
    text = ('"We were told to leave by noon," said Colm Avery, a shop owner.\n\n'
            'Marisol Quintero welcomes any help "to keep the kids off the street."')
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Colm Avery", "Marisol Quintero"]


def test_agency_quoting_an_official_names_the_official():
    text = ('"Aid to the vulnerable should continue whatever the politics," the Harbin Daily quoted a '
            'health ministry official in Seoul as saying.')
    qs = quotes(text)
    assert qs[0].speaker.split()[-1] == "official"


def test_surname_that_is_a_modal_verb_stays():
    text = ('Prime Minister Gemma May, who signed the book first, said the city was "stronger than '
            'anything its enemies can offer".')
    qs = quotes(text)
    assert qs[0].speaker.split()[-1] == "May"


def test_hometown_after_a_fronted_verb_is_not_the_speaker():
    text = ('"You could feel the tension in the street before anyone arrived," said Nadia Orwell of '
            'Harbor Falls, who watched with a friend.')
    qs = quotes(text)
    assert qs[0].speaker == "Nadia Orwell"


def test_quoted_subheading_is_not_a_quote():
    text = ('"We will rebuild every house on this street," the mayor said.\n\n'
            "'We will not give up'\n\n"
            'A vigil was held on Monday evening for the victims of the fire in the old town.')
    qs = quotes(text)
    assert [q.text for q in qs] == ["We will rebuild every house on this street,"]


def test_weapon_model_is_not_a_person():
    text = ('The suit names the maker of the Ridgeline XR-20 rifle.\n\n'
            'In making the case against civilian sales of XR-20s, the plaintiffs say "there is no state '
            'that requires a mental-health check of a buyer."')
    qs = quotes(text)
    assert qs[0].speaker.split()[-1] == "plaintiffs"


def test_another_relative_then_name():
    text = ('Her aunt, Lorna Pike, 40, said the girl loved to sing.\n\n'
            '"It hurts so much," said another relative, Dee Marsh, 18, her cousin.')
    qs = quotes(text)
    assert qs[0].speaker == "Dee Marsh"


def test_outlet_reporting_a_fragment_is_not_its_speaker():
    text = ('Interior Minister Karel Vostrak spoke to reporters on Monday.\n\n'
            'He also dismissed two police chiefs for failing "to protect the people of the province," '
            'Reuters reported.\n\n'
            '"The border will stay closed until further notice," Reuters reported, citing a ministry memo.')
    qs = quotes(text)
    assert qs[0].speaker == "Karel Vostrak"
    assert qs[1].speaker == "Reuters"


def test_he_after_a_described_speaker_is_that_speaker():
    text = ('Minister Ilse Brandvold announced the aid on Tuesday.\n\n'
            '"Help for the vulnerable should continue whatever the politics," the agency quoted a '
            'ministry official as saying.\n\n'
            '"We will decide the timing after the talks," he added.')
    qs = quotes(text)
    assert [q.speaker.split()[-1] for q in qs] == ["official", "official"]


def test_statement_from_an_institution_names_the_institution():
    text = ('"The collision damaged the forward hull above and below the water line," according to a '
            'statement from the Northern Fleet Command.')
    qs = quotes(text)
    assert qs[0].speaker.split()[-1] == "Command"


def test_a_name_with_an_age_is_a_person_the_pronoun_can_point_to():
    from newsdesk.api import analyze
    import tempfile
    from pathlib import Path
    d = Path(tempfile.mkdtemp())
    (d / "a.txt").write_text(
        "SPRINGFIELD (Wire) - A fire destroyed a warehouse on Monday, officials said.\n\n"
        "Harold Noel, 37, lives next door to the warehouse. \"The whole street shook,\" he "
        "recounted.\n", "utf8")
    assert [q.speaker for q in analyze([d]).quotes] == ["Harold Noel"]
