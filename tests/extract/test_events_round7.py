"""Event details met in unseen search-excerpt coverage, on sentences we wrote: who told a
toll is not who killed, a bullet or a dateline is no party, a past verb dates its own
day in a sentence about the future, and questions or "spoke of" state no event."""
from __future__ import annotations

from newsdesk.extract import ev_actor_fix as AF
from newsdesk.extract.dates import event_date
from newsdesk.extract.ev_filter import question
from newsdesk.extract.parties import roles
from newsdesk.extract.plover import find_triggers
from newsdesk.nlp import parse


def _roles_of(sentence: str, word: str):
    doc = next(iter(parse([sentence])))
    tok = next(t for t in doc if t.lower_ == word)
    actor, recip = roles(tok)
    actor, recip = AF.fix_roles(tok, "ASSAULT", actor, recip)
    return actor.text if actor is not None else None


def test_who_reports_a_toll_did_not_cause_it():
    assert _roles_of("The regional health office reported 40 deaths and over 300 injured.", "injured") is None
    assert _roles_of("The Red Crescent estimated the injured at 90 and 12 still missing.", "injured") is None


def test_a_party_that_reports_its_own_strike_still_acts():
    assert _roles_of("The navy reported sinking two smuggling boats.", "sinking") == "navy"
    assert _roles_of("Rebels said they killed ten soldiers.", "killed") == "they"


def test_bullets_and_datelines_are_no_party():
    assert AF.tidy_party("\u2022 Church leaders") == "Church leaders"
    assert AF.tidy_party("- Local traders") == "Local traders"
    assert AF.tidy_party("LAGOS, March 3") is None
    assert AF.tidy_party("Oct") is None
    assert AF.tidy_party("Ukrainian rebels") == "Ukrainian rebels"


def test_past_verb_dates_a_past_day_in_a_future_sentence():
    s = "Troops will guard the depot until the cause is known of the fire that broke out on Monday."
    assert event_date(s, "2021-03-10") == "2021-03-08"            # a Wednesday: the Monday before
    assert event_date("Talks will resume on Monday.", "2021-03-10") == "2021-03-15"


def test_a_question_states_no_event():
    assert question("How many people were killed?")
    assert question("Who was behind the attack on the depot?")
    assert not question("At least 12 people were killed in the attack.")


def test_spoke_of_reports_no_meeting():
    assert not [t for t in find_triggers("Survivors spoke of hearing gunfire for an hour, with children "
                                         "hiding under tables.") if t.type == "CONSULT"]
    assert [t for t in find_triggers("The two ministers spoke with each other by phone.") if t.type == "CONSULT"]


def test_a_gallery_link_is_page_furniture():
    from newsdesk.extract.ev_filter import caption
    assert caption("Harbour fire: the blaze and its aftermath - In pictures")
    assert caption("Storm damage across the coast \u2013 photo gallery")
    assert not caption("Firefighters said the blaze was set deliberately.")


def test_a_day_of_what_came_before_the_act_is_not_the_acts_day():
    s = ("The charity said officials had been told where the clinic was several times before "
         "the airstrike, most recently on March 2.")
    assert event_date(s, "2021-03-10") is None
    assert event_date("Gunmen fled before the raid on Monday was over.", "2021-03-10") == "2021-03-08"


def test_earlier_this_year_is_background():
    from newsdesk.extract.context import strong_history
    assert strong_history("The rebels have held the region since the president was ousted by protests earlier this year.")
    assert strong_history("The dam was damaged by shelling several months ago.")
    assert not strong_history("The dam was shelled on Tuesday.")


def test_to_blame_names_the_blamed_and_its_teller_blames():
    doc = next(iter(parse(["The farmers insisted that the mining company was to blame."])))
    tok = next(t for t in doc if t.lower_ == "blame")
    actor, recip = roles(tok)
    actor, recip = AF.fix_roles(tok, "ACCUSE", actor, recip)
    assert (actor.text, recip.text) == ("farmers", "company")


def test_rallying_a_nation_is_no_protest():
    assert not find_triggers("The two party leaders joined the president in rallying the nation.")
    assert [t.type for t in find_triggers("Thousands rallied outside the ministry against the law.")] == ["PROTEST"]


def test_a_sentence_inside_a_longer_quotation_states_no_event():
    from newsdesk.extract.ev_filter import within_quotation
    from newsdesk.model import Article
    text = ("The governor visited the flooded valley.\n\n"
            "\u201cWe will rebuild. I promise the families that every road will reopen,\u201d she said. "
            "Crews promised to reopen the bridge by Friday.")
    art = Article(id="t", raw=text, text=text)
    assert within_quotation(art, "I promise the families that every road will reopen,")
    assert not within_quotation(art, "Crews promised to reopen the bridge by Friday.")


def test_helpers_of_the_wounded_did_not_wound_them():
    assert _roles_of("Volunteers came to give blood and offer help to injured.", "injured") is None
    assert _roles_of("Gunmen stormed the hall and wounded the guards.", "wounded") == "Gunmen"
