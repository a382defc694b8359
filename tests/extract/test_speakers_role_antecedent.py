"""A role speaker taking up the person the story just named (extract/role_antecedent.py) and a
speaking 'it' continuing the body that closed the sentence before (extract/it_sayer.py);
sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.it_sayer import closing_sayer
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.role_antecedent import role_subject
from newsdesk.model import Article


def _speakers(text: str) -> list[str]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


# --- a role the page never writes beside the name -------------------------------------------

def test_a_players_position_after_his_own_sentence_is_him():
    text = ("Rovers drew 1-1 at home on Saturday.\n\n"
            "Jonas Brekke levelled with a header from a corner five minutes from time.\n\n"
            "\u201cWe never stopped believing we could get something out of the game,\u201d the "
            "Norway midfielder said.")
    assert _speakers(text) == ["Jonas Brekke"]


def test_a_leaders_title_reaches_back_through_he_to_the_named_subject():
    text = ("Flooding closed three highways in the valley on Monday.\n\n"
            "Mr. Okafor, who flew over the area by helicopter, met families at a shelter.\n\n"
            "He promised that the army would help clear the roads.\n\n"
            "\u201cThere is no time to lose in getting people home,\u201d the Prime Minister said.")
    assert _speakers(text) == ["Okafor"]


def test_a_senator_after_a_sentence_opened_by_a_surname():
    text = ("Delia Marsh toured the border crossing on Friday.\n\n"
            "Marsh spoke with guards and customs staff for an hour. \u201cThe staffing here is "
            "simply not enough for the traffic they see,\u201d the Vermont senator told reporters.")
    assert _speakers(text) == ["Delia Marsh"]


def _role(text: str, np: str) -> str | None:
    return role_subject(np, text, text.rindex("the " + np.split()[-1]) if np[:4] != "the " else text.rindex(np))


def test_the_role_written_in_the_chain_is_someone_else():
    # the minister was met by the named person: the role names its own referent
    text = ("Hana Kovac met the minister at the port on Tuesday.\n\n"
            "\u201cWe discussed the new ferry timetable at length,\u201d the minister said.")
    assert _role(text, "the minister") is None


def test_a_person_with_another_title_is_not_the_role():
    text = ("Coach Ivo Sandor watched from the stands after his suspension.\n\n"
            "Sandor waved to the fans at the final whistle. \u201cWe deserved more from this "
            "game,\u201d the striker said.")
    assert _role(text, "the striker") is None
    assert _speakers(text) != ["Ivo Sandor"]


def test_a_former_holder_is_someone_else():
    text = ("Ruth Amadi opened the new clinic on Sunday.\n\n"
            "\u201cThis town waited far too long for a clinic of its own,\u201d the former mayor said.")
    assert _role(text, "the former mayor") is None


def test_a_sentence_opened_by_a_description_names_no_one():
    text = ("The veteran keeper Ola Berg saved two penalties in the shoot-out.\n\n"
            "\u201cI just guessed the right way both times,\u201d the goalkeeper said.")
    assert _role(text, "the goalkeeper") is None


def test_a_newspaper_named_like_a_role_is_no_role():
    text = ("Lev Adler, an editor at The Forward in New York, wrote about the vote.\n\n"
            "Adler called the result a surprise. The Forward said the count \u201cwas far closer "
            "than the polls had suggested.\u201d")
    assert role_subject("The Forward", text, text.rindex("The Forward")) is None


# --- 'It said' after '…, X said.' ----------------------------------------------------------

def test_it_after_a_closing_broadcaster_is_the_broadcaster():
    text = ("The interior ministry says the convoy was hit by a stray shell.\n\n"
            "The driver had stopped at a checkpoint \u201cwhen the vehicle was struck from the "
            "air,\u201d Al Arabiya said. It said the crew had been \u201cdeliberately targeted by "
            "the drone operators\u201d after they left the depot.")
    assert _speakers(text)[-1] == "Al Arabiya"


def test_it_after_a_closing_said_name_order():
    text = ("The company says the fire started in a storage room.\n\n"
            "Two workers were hurt \u201cwhile trying to put out the flames by hand,\u201d said "
            "Amnesty. It said the factory \u201chad no working sprinklers on any floor\u201d when "
            "inspectors last visited.")
    assert _speakers(text)[-1] == "Amnesty"


def test_it_after_a_person_the_page_calls_he_is_not_that_person():
    text = ("The cracks appeared \u201cwithin a week of the first heavy rain,\u201d Tomas Reyes said. "
            "He added that engineers had been warned in spring. ")
    text += "It said the repairs would take all summer."
    start = text.rindex("It said")
    assert closing_sayer(text, start, lambda n: "m" if "Reyes" in n else None) is None
    body = text.replace("He added that engineers had been warned in spring. ", "").replace("Tomas Reyes",
                                                                                            "the Harbour Trust")
    assert closing_sayer(body, body.rindex("It said"), lambda n: None) == "Harbour Trust"


def test_it_needs_the_closing_sayer_right_before():
    text = ("Aid groups said the crossing stayed shut all week, the Red Cell Agency said, and the trucks "
            "waited at the gate. Officials blamed the weather. It said the next convoy would leave on Friday.")
    assert closing_sayer(text, text.rindex("It said"), lambda n: None) is None


def test_two_people_sharing_the_sentence_before_give_no_one():
    text = ("Sara Lind and Tom Achebe reached the final on Sunday.\n\n"
            "Lind served first and Achebe answered with three aces.\n\n"
            "\u201cI felt the crowd was with me from the first point,\u201d the champion said.")
    assert _role(text, "the champion") is None


def test_it_after_a_body_subject_is_left_to_the_body():
    text = ("The transport ministry closed the northern rail line on Monday, the Coastline Herald "
            "said. It also urged travellers to avoid the region until Friday.")
    assert closing_sayer(text, text.rindex("It also"), lambda n: None) is None


def test_a_surname_is_named_in_full_only_within_one_line():
    from newsdesk.extract.role_antecedent import full_named
    assert full_named("Reid", "The vote was called by Senator Harry M. Reid on Monday.")
    assert full_named("Osei", "Kwame Osei chaired the meeting.")
    assert not full_named("Osei", "The crowd cheered for Osei.\n\nOsei waved back.")
