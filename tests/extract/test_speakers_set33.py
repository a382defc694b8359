"""Speaker causes found on quotes-only tuning set 33 (session 21), on sentences we wrote: a
family-name-first name with a hyphenated given name, later called by the family name alone; a
possessive institution ('X's office') cut to its owner by an 'of' read inside 'office'; a speech
verb inside a fronted 'Although …,' clause; a pronoun whose only antecedent is the headline's; a
person named as the object of a pronoun subject's sentence."""
from __future__ import annotations

from newsdesk.extract.quotes import quotes_step
from newsdesk.model import Article


def speakers(text: str, title: str | None = None) -> list[tuple[str, str]]:
    art = quotes_step(Article(id="t", raw=text, text=text, title=title))
    for q in art.quotes:
        assert text[q.span.start:q.span.end] == q.text == q.span.text
    return [(q.speaker, q.text) for q in art.quotes if q.kind == "direct"]


def test_family_name_alone_after_a_hyphenated_given_name():
    text = ("Talks were held with retired judge Alan Ho Kwok-wai, city councillor Mabel Tse Siu-ling and "
            "the dean late on Friday.\n\nHo told the students that nobody would be hurt.\n\n"
            "\"Leaving now is the wise choice,\" he said. \"The gates are open.\"\n\n"
            "Tse added that parents \"will be waiting outside the main hall for them.\"")
    assert [s for s, _ in speakers(text)] == ["Alan Ho Kwok-wai", "Alan Ho Kwok-wai", "Mabel Tse Siu-ling"]


def test_family_name_alone_after_a_capitalised_given_name():
    text = ("\"The fires near the stadium are spreading to the docks,\" said fire service chief Peter Wong "
            "Ka-Ming.\n\n\"Nobody should drive to the harbour tonight,\" Wong went on.")
    assert [s for s, _ in speakers(text)] == ["Peter Wong Ka-Ming", "Peter Wong Ka-Ming"]


def test_possessive_office_keeps_its_head():
    text = ("Rain fell on the capital for a third night.\n\nGovernor Maria Ostend’s office released a statement "
            "on Monday, saying the curfew would be lifted “in every district where it was imposed” to "
            "“bring back ordinary life”.\n\n“We are listening,” Ostend said later.")
    got = speakers(text)
    assert [s.split()[-1] for s, _ in got[:2]] == ["office", "office"]
    assert got[2] == ("Maria Ostend", "We are listening,")


def test_fronted_although_clause_is_not_the_sayer():
    text = ("The mayor of Dunmore, Helen Vance, spoke to reporters on Friday.\n\nAlthough officials have said "
            "every road will stay shut, ambulances must be let through \"at any hour of the night\" under the "
            "\"emergency rules\", Vance said.")
    assert [s for s, _ in speakers(text)] == ["Helen Vance", "Helen Vance"]


def test_pronoun_takes_the_headline_person():
    text = ("\"Nobody has the right to set fire to the trains that the whole city uses every day\", he said. "
            "Crowds stayed out past midnight.\n\nShops in the old town were shut, and Halvorsen said the army "
            "would patrol the port.")
    got = speakers(text, "Ruritania's Halvorsen orders curfew, says 'the city is burning'")
    assert got[0][0] == "Halvorsen"


def test_pronoun_after_a_described_lead_takes_the_headline_person():
    text = ("DUNMORE: The town's embattled mayor said on Monday (Mar 4) that residents of the flooded district "
            "had to leave before the river rose again.\n\n\"This can only end well if every family packs up and "
            "walks to the shelters before dark,\" she told a press conference.\n\nBoats will wait at the old "
            "ferry landing until noon, Vance said.")
    assert speakers(text, "Dunmore mayor Helen Vance says the flooded district must be cleared")[0][0] == "Helen Vance"


def test_headline_person_of_the_other_gender_is_not_taken():
    text = ("Tom Reed, the mayor, met the council at noon. He asked for calm.\n\n\"We will rebuild every "
            "house,\" she said.")
    got = speakers(text, "Dunmore mayor Tom Reed says the town will rebuild")
    assert got[0][0] != "Tom Reed"


def test_person_met_after_a_pronoun_subject_is_no_antecedent():
    text = ("Premier Omar Haddad said he was stepping down on Monday, yielding to weeks of protest.\n\n"
            "“I cannot pretend that the road ahead is still open,” said Haddad in a speech from his office. "
            "He added he would meet King Faisal Rahim to hand in his letter, “as the crowds in the squares "
            "have asked.”\n\n“My wish is for everyone to keep the peace tonight,” he said.")
    assert [s for s, _ in speakers(text)] == ["Omar Haddad"] * 3


def test_named_subject_after_a_pronoun_clause_still_counts():
    text = ("He left the hall early, and later Mayor Ann Roe spoke to the crowd outside.\n\n"
            "“We will open the shelters tonight,” she said.")
    assert speakers(text)[0][0] == "Ann Roe"
