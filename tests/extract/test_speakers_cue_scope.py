"""Which quote an attribution belongs to, pronouns after described speakers, passive naming
verbs, long 'cited … as saying' clauses and surname subjects (sentences written for these tests)."""
from newsdesk.extract.cue_scope import introduces_next, new_sentence_after, passive_naming, touching_cue
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_colon_clause_introduces_the_next_quote():
    text = ("Tom Ashby, the harbour master, was on the quay at dawn. “We lost two boats,” Ashby said. "
            "“The bridge is gone.” Mara Lind said: “We will rebuild it by spring.”")
    got = _speakers(text)
    assert got["The bridge is gone."] == "Tom Ashby"
    assert got["We will rebuild it by spring."] == "Mara Lind"


def test_full_stop_ends_the_quote_its_left_cue_attributes():
    text = ("The mayor, Ida Brenn, said on Monday: “The water is falling and the levees held.” "
            "The engineer then inspected the dam for cracks.")
    assert _speakers(text)["The water is falling and the levees held."] == "Ida Brenn"


def test_comma_quote_keeps_its_attribution_after():
    text = "“The water is falling,” the engineer said. “We will know more tomorrow.”"
    got = _speakers(text)
    assert got["The water is falling,"] == "the engineer"


def test_pronoun_after_a_described_office_holder():
    text = ("Soldiers surrounded the palace and held President Joss Amar and Prime Minister Lev Orin.\n\n"
            "“We are in control of the airport and the radio,” the junta's commander told reporters.\n\n"
            "He said the two men were being “held for their own safety and treated well”.")
    assert _speakers(text)["held for their own safety and treated well"] == "the junta's commander"


def test_passive_naming_takes_the_by_agent():
    text = "The vote was described on Friday as “a farce staged for the cameras” by opposition leader Nadia Fell."
    assert _speakers(text)["a farce staged for the cameras"] == "Nadia Fell"


def test_passive_naming_without_agent_names_no_one():
    text = ("“We will strike until the wages are paid,” union head Omar Tull said.\n\n"
            "The walkout is being labelled as a “last resort for the whole sector” by now.")
    assert _speakers(text).get("last resort for the whole sector") is None


def test_cited_as_saying_reaches_over_a_long_clause():
    text = ("The Daily Courier cited harbour officials as saying the two ferries that sank near the northern "
            "breakwater had been carrying “far too many passengers for the weather”.")
    assert _speakers(text)["far too many passengers for the weather"] == "harbour officials"


def test_surname_subject_of_a_fragment():
    text = ("Gita Raman, a teacher, lost her home in the flood.\n\n"
            "“We have opened three shelters in the valley,” said Paul Oke, the fire chief.\n\n"
            "Raman thanked the volunteers for “staying with us through the whole night”.")
    assert _speakers(text)["staying with us through the whole night"] == "Gita Raman"


def test_helpers_on_their_own():
    assert introduces_next("It is over.", " Ann Roe said: ", True)
    assert not introduces_next("It is over,", " Ann Roe said: ", True)
    assert not introduces_next("It is over.", " Ann Roe said.", True)
    assert touching_cue("Roe said in a statement: ")
    assert not touching_cue("Roe said that the levees had held and then the crowd, ")
    assert new_sentence_after("It is over.", " The crowd left.", "Roe said: ")
    assert not new_sentence_after("It is over,", " the crowd left.", "Roe said: ")
    assert passive_naming("The plan was approved as ", " by critics.") is None
    assert passive_naming("The plan was called as ", " by critics.") == ("critics", 4)
    assert passive_naming("The plan was called as ", " by now.") == ("", -1)
    assert passive_naming("The plan was branded as ", " by rival parties.")[0] == "rival parties"
    assert passive_naming("The plan was branded as ", ".") == ("", -1)


def test_passive_speech_verb_subject_is_the_addressee():
    text = ("Mayor Ilse Varn has been stuck in the capital since Monday.\n\n"
            "She was promised the army's “full protection during the count” in a call from General Oren Pask.")
    assert _speakers(text)["full protection during the count"] == "Oren Pask"
    text = ("“The river will crest tonight,” engineer Ada Moll said.\n\n"
            "Residents were told “to leave before dark and take nothing with them”.")
    assert _speakers(text).get("to leave before dark and take nothing with them") is None


def test_name_in_a_dash_aside_is_no_clause_subject():
    text = ("Crowds of marchers filled the avenue near the arena - where the city's Harbor Kings beat the "
            "Valley Rovers - while chanting, “We want the truth about the raid.”")
    assert _speakers(text)["We want the truth about the raid."] == "Crowds of marchers"
