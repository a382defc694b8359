"""Described speakers read as the name the text gives them (extract/speaker_named.py), a sentence
closed by its sayer after a long tail (trailing_source.closing_sayer), 'quoted X saying' and a
release as a statement's document; sentences written for these tests."""
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speaker_named import one_company, statement_issuer, titled_person
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_office_description_takes_the_person_whose_title_holds_its_words():
    text = ("Chief of Navy Staff Admiral Tomas Herrera Vidal ordered two frigates to the strait.\n\n"
            "The navy chief said: “No ship will cross this water without our leave, and they know it.”")
    assert _speakers(text)["No ship will cross this water without our leave, and they know it."] \
        == "Tomas Herrera Vidal"


def test_abbreviated_office_in_brackets():
    text = ("Water Cabinet Secretary (CS) Daniel Kiprono Mwangi visited the dam on Friday.\n\n"
            "The CS said the spillway had been cleared before the rains.\n\n"
            "He said engineers had worked through the night.\n\n"
            "“This dam will hold through the whole season,” he said.")
    assert _speakers(text)["This dam will hold through the whole season,"] == "Daniel Kiprono Mwangi"


def test_a_body_abbreviation_is_no_office_of_the_person_named_after_it():
    text = ("The Joint Media Office (JMO) Director General Asif Karim Shah spoke first. Later, Water "
            "Cabinet Secretary (CS) Daniel Kiprono Mwangi spoke.")
    assert titled_person("the JMO", text, len(text)) is None
    assert titled_person("The CS", text, len(text)) == "Daniel Kiprono Mwangi"


def test_office_description_needs_every_word_in_one_title():
    text = "Health Minister Ruth Adeyemi spoke first. Later the army chief spoke to the crowd."
    assert titled_person("the army chief", text, len(text)) is None
    assert titled_person("the health minister", text, len(text)) == "Ruth Adeyemi"


def test_a_role_ending_a_subhead_names_nobody_on_the_next_line():
    text = ("Floods will be met at once: Army Chief\n"
            "Soon after the river rose, Chief of Army Staff General Omar Daud Khan sent troops to the "
            "valley.\n\n"
            "The military media wing quoted the Army Chief of saying that ‘Every village will get help "
            "before nightfall. No more delays for anyone.’")
    got = _speakers(text)
    assert got["Every village will get help before nightfall. No more delays for anyone."] == "Omar Daud Khan"


def test_a_statement_with_no_issuer_is_the_sayer_before_it():
    text = ("Ruritania said the fire began in a storeroom. It said an inquiry found no fault with the "
            "wiring.\n\n"
            "The statement added that most patients had been moved.\n\n"
            "“Every patient on the third floor was carried out by staff before the roof fell in.”")
    assert _speakers(text)["Every patient on the third floor was carried out by staff before the roof fell in."] \
        == "Ruritania"
    assert statement_issuer("the report", text, len(text)) is None


def test_said_in_a_release_issues_the_statement_that_is_read_later():
    text = ("Officials said the town was calm. Al-Kataib said in a release sent to reporters that it "
            "carried out the raid.\n\n"
            "\"The war against the garrison has only begun,\" the statement read.")
    assert _speakers(text)["The war against the garrison has only begun,"] == "Al-Kataib"


def test_the_company_is_the_one_company_the_page_names():
    text = ("Profit rose 12% at discount grocer Pellham Foods Inc. in the spring quarter.\n\n"
            "Looking ahead, the company said it is “keeping a careful eye on costs” for the rest of "
            "the year. Pellham said sales were “better than we had hoped for in the north”.")
    got = _speakers(text)
    assert got["keeping a careful eye on costs"] == "Pellham Foods"
    assert got["better than we had hoped for in the north"] == "Pellham Foods"


def test_the_company_stays_when_the_page_names_two():
    text = "Pellham Foods Inc. agreed to buy Dorset Mills Ltd for $40m."
    assert one_company("the company", text) is None
    assert one_company("the firm", "Shares of Dorset Mills Ltd fell.") == "Dorset Mills"


def test_a_sentence_closed_by_its_sayer_after_a_long_tail():
    text = ("Four nurses have been “moved to safety” in the capital, where a fire broke out Tuesday at "
            "the main hospital, the Health Ministry tweeted Tuesday.")
    assert _speakers(text)["moved to safety"] == "Health Ministry"


def test_no_closing_sayer_when_the_tail_has_its_own_speech_verb():
    text = ("Crews called the blaze “hard to reach” at first, and one driver said it spread fast, the "
            "ministry said.")
    assert _speakers(text).get("hard to reach") != "ministry"


def test_quoted_her_saying_without_as():
    text = ("Interior Minister Lena Varga visited the flooded valley on Monday. The regional paper "
            "quoted her saying, \"We will rebuild every bridge before winter.\"")
    assert _speakers(text)["We will rebuild every bridge before winter."] == "Lena Varga"


def test_an_unclosed_quote_ending_in_its_attribution():
    text = ("The head of the coast guard told reporters that the port was open again.\n\n"
            "\"We have cleared the harbour and every boat is back at its berth, Admiral Jonas Pereira "
            "Lind said.\n\n"
            "Ferries resumed on Tuesday.")
    got = _speakers(text)
    assert got["We have cleared the harbour and every boat is back at its berth,"] == "Jonas Pereira Lind"


def test_a_restrictive_who_clause_after_the_speaker_of_a_telling():
    text = ("Ann Roe, a senior lawmaker, said: “The students had come to help, and there were days of "
            "events planned.”\n\n"
            "A nurse from Varo who happened to be close to the square in Tamsin told the BBC that she "
            "heard a loud bang.\n\n"
            "“When we got there we found many hurt people lying in the road.”")
    assert _speakers(text)["When we got there we found many hurt people lying in the road."] == "A nurse from Varo"


def test_a_lone_single_mark_closing_a_double_quote_before_its_attribution():
    text = ("No guests were hurt \"thanks to the quick work of the hotel staff,' Governor of Varo "
            "Province Elsa Marie Tamm told the state news agency (SNA).\n\n"
            "Ferries resumed on Tuesday.")
    assert _speakers(text)["thanks to the quick work of the hotel staff,"] == "Elsa Marie Tamm"


def test_quoted_as_telling():
    text = "The agency quoted Lena Varga as telling reporters: \"We will rebuild every bridge before winter.\""
    assert _speakers(text)["We will rebuild every bridge before winter."] == "Lena Varga"


def test_was_quoted_as_saying_keeps_its_subject():
    text = "Prince Omar bin Tariq was quoted as saying: \"Our books are open to every inspector.\""
    assert _speakers(text)["Our books are open to every inspector."] == "Omar bin Tariq"
