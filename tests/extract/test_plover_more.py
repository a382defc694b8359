"""Rows of plover_more.py (stances news writing states without a stance verb, acts the main
table lacked) and the guards that keep them precise; plus releases that release nothing.
Sentences are our own."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import mention_types, trigger_types


def test_a_denied_link_rejects_the_claim():
    assert "REJECT" in mention_types("A police spokesman said the driver had no known links to the Harvest Front.")
    assert "REJECT" in mention_types("Investigators said there was no evidence tying the arson to the rebel group.")
    # a link that exists, or no link named at all, is no denial
    assert "REJECT" not in trigger_types("The ministry said the driver had links to the Harvest Front.")
    assert "REJECT" not in trigger_types("The storm left no power in the valley.")


def test_blame_put_as_responsibility_is_an_accusation():
    assert "ACCUSE" in mention_types("The governor said the militia was responsible for the killings in Dorn.")
    assert "ACCUSE" in mention_types("The envoy said Ostra bears responsibility for the shelling of the port.")
    assert "ACCUSE" in trigger_types("We hold the junta responsible for the deaths of the miners.")
    # responsibility claimed for oneself, or put on no one named, accuses no one
    assert "ACCUSE" not in mention_types("The Northern Front said it was responsible for the ambush near Dorn.")
    assert "ACCUSE" not in mention_types("The mayor ordered an inquiry into who was responsible for the fire bombing.")
    # an office's duties are no blame
    assert "ACCUSE" not in trigger_types("The new minister is responsible for security at the airport.")
    assert "ACCUSE" not in trigger_types("The council was responsible for the reconstruction programme.")


def test_a_conditional_threat_is_a_threat():
    assert "THREATEN" in mention_types("The foreign ministry said any incursion will lead to grave consequences.")
    assert "THREATEN" in mention_types("The general said such a move would meet a decisive response.")
    assert "THREATEN" in trigger_types("The minister said the raid will not go unpunished.")
    # a forecast of what a policy brings, with no answer of force, is no threat
    assert "THREATEN" not in trigger_types("Economists said the tax will lead to higher prices.")


def test_communications_cut_is_coercion():
    assert "COERCE" in mention_types("Mobile networks were suspended across the capital on Tuesday.")
    assert "COERCE" in mention_types("The junta cut off phone lines in three provinces.")
    assert "COERCE" not in trigger_types("The company cut its prices for mobile plans.")


def test_a_release_of_nothing_is_no_release():
    assert "RETREAT" not in mention_types("No explanation has been released for the delay at the border post.")
    assert "RETREAT" not in trigger_types("The group released carefully worded statements after each raid.")
    assert "RETREAT" not in mention_types("The video looked much like others the movement has released before.")
    # a release of people still is one
    assert "RETREAT" in mention_types("The rebels released the two engineers on Friday.")


def test_disapproval_told_by_a_noun_phrase():
    assert "ACCUSE" in mention_types("The defence minister said the seizure of the ferry was an act of aggression.")
    assert "ACCUSE" in mention_types("The foreign office called the verdict deeply regrettable.")
    # a storm is blamed on no party
    assert "ACCUSE" not in mention_types("Officials said heavy rain was responsible for the deaths of four hikers.")


def test_a_call_for_the_world_body_to_meet_is_a_request():
    assert "REQUEST" in trigger_types("Ostra called an urgent UN Security Council meeting on the border clash.")
    assert "REQUEST" not in trigger_types("The prime minister called an emergency National Security Council meeting.")


def test_ramming_a_vessel_is_an_assault():
    assert "ASSAULT" in mention_types("A coast guard cutter rammed the fishing boat near the cape on Sunday.")
    assert "ASSAULT" not in trigger_types("The majority rammed the budget through the chamber.")


def test_acts_the_main_table_lacked():
    assert "MOBILIZE" in trigger_types("Interceptor jets were scrambled as the bombers neared the coast.")
    assert "MOBILIZE" in trigger_types("The defence ministry ordered snap military exercises near the border.")
    assert "MOBILIZE" not in trigger_types("The two navies held joint naval exercises in the gulf.")
    assert "SUPPORT" in trigger_types("The regional commanders declared their loyalty to the interim council.")
    assert "COERCE" in trigger_types("Troops surrounded the state broadcaster before dawn.")
    assert "COERCE" in trigger_types("The convoy was turned away by soldiers at the edge of the town.")
    assert "COERCE" not in trigger_types("Patients were turned away from the clinic for lack of beds.")
    assert "ASSAULT" in trigger_types("Mortars launched by the militia hit the market.")
    # a launched missile may be a test: no assault from the word alone
    assert "ASSAULT" not in trigger_types("The navy launched a new cruise missile on Monday.")


def test_words_that_state_no_act():
    # a group described by what it habitually does; a charge made by rumour; troops a base hosts;
    # a video "shot" somewhere; attacks "blamed on" a group with no one blaming
    assert "ACCUSE" not in mention_types("The shrine draws pilgrims, scorned by zealots who condemn such worship.")
    assert "ACCUSE" not in mention_types("Conspiracy theories spread quickly, with bloggers blaming the navy for the blast.")
    assert "CONSULT" not in mention_types("The airfield, which hosted foreign troops until May, was struck on Sunday.")
    assert "ASSAULT" not in mention_types("The rebel leader spoke in a video shot at a mountain camp.")
    assert "ACCUSE" not in mention_types("The port remains tense after a string of raids blamed on the Harvest Front.")
    assert "ACCUSE" in mention_types("Ten people died in the fire, which the governor blamed on the Harvest Front.")
    # a day of mourning counted from a death remembers it
    assert "ASSAULT" not in mention_types("The rally fell on the 40th day of the cleric's execution.")
    # a past-tense relative clause is an act, and so may a single party's present one
    assert "ACCUSE" in mention_types("The vote was annulled by the court, which accuses the board of fraud.")
    assert "ACCUSE" in mention_types("The senator, who condemned the army's raid, resigned on Friday.")


def test_harm_to_come_is_the_threat_not_an_attack():
    types = mention_types("The militia's spokesman warned that further strikes would follow within days.")
    assert "THREATEN" in types and "ASSAULT" not in types
    assert "ASSAULT" not in mention_types("The Northern Front also threatened new attacks on the port.")


def test_calls_and_protests_named_in_passing():
    assert "REQUEST" not in mention_types("Amid growing calls for restraint, the army shelled the valley.")
    assert "PROTEST" not in mention_types("Police were deployed in response to possible demonstrations in the capital.")
    assert "RETREAT" not in mention_types("Detectives released a sketch of the suspected bomber.")


def test_takeovers_told_in_the_present_or_as_a_gerund():
    # a takeover in the present or as a gerund; an office taken over is no seizure
    assert "COERCE" in trigger_types("Minutes after taking over the broadcaster, the rebels read a statement.")
    assert "COERCE" in trigger_types("Militiamen are taking control of the northern bridges.")
    assert "COERCE" not in trigger_types("The deputy is taking over as head of the agency in May.")
    assert "COERCE" not in trigger_types("She is taking over the role of treasurer next week.")
    # a successor taking over from a predecessor, or with no object, seizes nothing
    assert "COERCE" not in trigger_types("He won the vote, taking over from the outgoing governor in 2019.")
    assert "COERCE" not in trigger_types("Since taking over in 2020, the council has built two schools.")
    assert "COERCE" not in trigger_types("After taking over, she cut the budget.")
    assert "COERCE" not in trigger_types("She was elected mayor in 2018, taking over a city deep in debt.")


def test_detention_in_a_hidden_place():
    assert "COERCE" in trigger_types("The ousted governor was taken to a secret location by the guards.")
    assert "COERCE" in trigger_types("Aides said the mayor had been moved to an undisclosed location.")
    # a meeting or a launch site kept secret detains no one
    assert "COERCE" not in trigger_types("The talks were held at an undisclosed location near the border.")
    assert "COERCE" not in trigger_types("The rocket was fired from an undisclosed location.")


def test_owning_up_to_a_failed_bid():
    assert "CONCEDE" in trigger_types("A rebel colonel admits that their attempt to topple the king has failed.")
    assert "CONCEDE" in trigger_types("We acknowledge that our uprising has failed, the general said.")
    # someone else's plan, or a failure denied, concedes nothing
    assert "CONCEDE" not in trigger_types("The mayor admitted that the previous plan had failed.")
    assert "CONCEDE" not in trigger_types("He recognised that their bid had not failed.")


def test_a_coup_done_or_a_leader_removed():
    assert "COERCE" in mention_types("Officers went on state radio in Valdora to say they had staged a coup.")
    assert "COERCE" in mention_types("The junta announced the removal of Prime Minister Ilse Varga from power.")
    # a coup in a relative clause or with its year is background; a coup feared is no coup done
    assert "COERCE" not in trigger_types("The colonel, who staged a coup in 1999, died on Sunday.")
    assert "COERCE" not in trigger_types("Officers staged a coup in 1999 and ruled for a decade.")
    assert "COERCE" not in trigger_types("Diplomats fear a coup in the coming weeks.")
    # "the coup" points back to a seizure told before: no second act
    assert "COERCE" not in trigger_types("Junior officers have staged the coup to keep the general in power.")
    assert "COERCE" not in trigger_types("Critics called it a staged coup to silence the opposition.")


def test_a_leader_held_by_armed_men():
    assert "COERCE" in mention_types("The governor has been held by soldiers of his own escort since Friday.")
    assert "COERCE" in trigger_types("Two aid workers are being held by gunmen in the hills.")
    # held by a party in a vote or a meeting: no detention
    assert "COERCE" not in trigger_types("The seat has been held by the Greens since 2004.")
    assert "COERCE" not in trigger_types("The talks were held by the mediators in a hotel.")


def test_charges_called_baseless_are_rejected():
    assert "REJECT" in mention_types("The envoy said the accusations were groundless.")
    assert "REJECT" in trigger_types("Officials insist the claims are completely unfounded.")
    assert "REJECT" not in trigger_types("The claims were examined by a panel of judges.")


def test_force_held_ready_against_a_condition_is_a_threat():
    assert "THREATEN" in mention_types("The navy is ready to strike the rebel boats if they do not leave the bay.")
    # readiness to help, or to attack with no condition, threatens no one
    assert "THREATEN" not in trigger_types("The army is ready to assist the flood victims if needed.")
    assert "THREATEN" not in trigger_types("The squad was ready to attack at dawn.")


def test_a_quoted_answer_of_force_is_still_a_threat():
    # the speaker's words for the answer are often put in quotes inside the threat
    assert "THREATEN" in trigger_types("Governor Pell vows 'swift punishment' after the raid on the depot.")
    assert "THREATEN" in trigger_types('The raid led the defence chief to warn of a "forceful response".')
    assert "THREATEN" in trigger_types('The envoy said the attack would face a "harsh response" from the alliance.')
    # an unquoted wish is no threat
    assert "THREATEN" not in trigger_types("The mayor vowed a quick rebuilding of the depot.")


def test_force_named_before_a_promise_participle_is_a_threat():
    assert "THREATEN" in trigger_types('Troops arrived with the "iron hand" force promised by the governor.')
    assert "THREATEN" not in trigger_types("The town received the grain promised by the donors.")


def test_filmed_is_no_capture():
    assert "COERCE" not in trigger_types("Crowds fled the square as shots rang out, the panic captured live on state television.")
    assert "COERCE" in trigger_types("Rebels captured the border town on Sunday.")


def test_a_party_denying_its_own_deed_rejects():
    assert "REJECT" in mention_types("Norland denied its own navy had taken part in the boarding of the ferry.")
    assert "REJECT" in trigger_types("The defence ministry denied that its jets bombed the market in Arvel.")
    assert "REJECT" in trigger_types("The rebel command denied Monday it had shelled the dam.")
    assert "REJECT" in trigger_types("Two colonels denied plotting a mutiny against the council.")
    # refusing to confirm or deny denies nothing; a bare object or a noun is no deed denied
    assert "REJECT" not in trigger_types("The ministry would neither confirm or deny its divers were there.")
    assert "REJECT" not in trigger_types("The court denied nothing in its short ruling.")


def test_a_denial_answers_no_one_in_the_denied_clause():
    art = Article(id="t", raw="", text="Norland denied its own navy had taken part in the boarding of the ferry.",
                  published="2021-03-02")
    art.raw = art.text
    rej = [m for m in events_step(sentences_step(art)).mentions if m.type == "REJECT"]
    assert rej and rej[0].actor == "Norland" and rej[0].recipient is None


def test_a_blow_told_as_a_reply_is_an_attack():
    assert "ASSAULT" in mention_types("The militia retaliated overnight, the border police said.")
    assert "ASSAULT" in trigger_types("Kestria has retaliated in an effort to avenge its dead sailors.")
    # a reply by trade or diplomatic measures is that measure, and a vow to reply is a threat
    assert "ASSAULT" not in trigger_types("Ostrava retaliated with tariffs on imported steel.")
    assert "ASSAULT" not in trigger_types("The cabinet retaliated by expelling four diplomats.")
    assert "ASSAULT" not in trigger_types("The general vowed to retaliate against the raiders.")


def test_a_resignation_announced_with_words_between():
    assert "RETREAT" in mention_types("The prime minister of Valdora announced late on Sunday her resignation from office.")
    assert "RETREAT" not in trigger_types("The king announced that he would not accept her resignation.")


def test_forces_declared_fair_game_are_threatened():
    assert "THREATEN" in mention_types('"We will now treat every patrol boat of theirs as legitimate targets," the admiral said.')
    assert "THREATEN" in trigger_types("The rebels said all convoys on the coast road are now hostile targets.")
    assert "THREATEN" not in trigger_types("The depots struck on Friday were military targets, the army said.")


def test_an_attack_inside_a_denied_clause_names_no_doer():
    text = "Norland denied on Monday it was involved in the Kestria rebel drone attacks that hit the refinery at Ulm."
    art = Article(id="t", raw=text, text=text, published="2021-03-02")
    ms = events_step(sentences_step(art)).mentions
    assert any(m.type == "REJECT" and m.actor == "Norland" for m in ms)
    assert all(m.actor in (None, "Norland") for m in ms if m.type == "ASSAULT")


def test_a_crowd_filling_the_streets_rallies():
    assert "PROTEST" in mention_types("Thousands of students poured into the streets of Varos after the verdict.")
    assert "PROTEST" in trigger_types("Supporters of the general streamed onto the main square on Friday.")
    # water or traffic filling the streets is no crowd
    assert "PROTEST" not in trigger_types("Flood waters poured into the streets of the old town.")
    assert "PROTEST" not in trigger_types("Rain flooded into the main square overnight.")


def test_a_ruler_put_out_by_force_is_a_seizure():
    assert "COERCE" in mention_types("Rebel colonels overthrew the elected president of Ostra on Sunday night.")
    assert "COERCE" in mention_types("The governor of the province was deposed after a night of gunfire.")
    assert "COERCE" in mention_types("The palace guard toppled the government in a dawn raid.")
    # a vote or a party contest also ousts; a storm topples trees
    assert "COERCE" not in mention_types("The premier was ousted in a no-confidence vote on Tuesday.")
    assert "COERCE" not in trigger_types("High winds toppled trees along the river road.")


def test_civil_rule_dissolved_by_armed_men_is_coercion():
    assert "COERCE" in mention_types("The army dissolved parliament and suspended the constitution of Velmaria.")
    assert "COERCE" in mention_types("The officers announced the dissolution of the government on state radio.")
    # a president dissolving parliament to call an election is ordinary politics
    assert "COERCE" not in mention_types("The president dissolved parliament and set a date for the vote.")


def test_an_ousted_ruler_named_by_his_epithet_is_no_new_seizure():
    assert "COERCE" not in mention_types("Supporters of the ousted president marched through Dorn on Friday.")
    assert "COERCE" in mention_types("Mutinous soldiers ousted President Lorn Vasq at dawn on Monday.")


def test_a_bid_to_oust_is_no_ousting():
    assert "COERCE" not in trigger_types("The exiles met in Dorn to plan a bid to overthrow the president.")



def test_the_overthrow_as_a_noun_tells_no_new_seizure():
    assert "COERCE" not in trigger_types("Analysts said the overthrow was the work of a palace faction.")


def test_a_constitution_suspended_needs_no_named_armed_body():
    assert "COERCE" in mention_types("They said on television that they had suspended the constitution of Ostra.")
    # an organ's possession is no organ shut
    assert "COERCE" not in trigger_types("Donors suspended the government's budget support after the vote.")


def test_a_minister_removed_from_office_by_the_president_is_no_seizure():
    from newsdesk.extract.ev_measures import grounded

    class Tr:
        type, mode, kind = "COERCE", "seize", "verb"

    lawful = "After the audit the president removed him from office on Tuesday."
    forced = "Army officers removed him from power on Tuesday and closed the airport."
    for text, want in ((lawful, False), (forced, True)):
        tr = Tr()
        tr.text = "removed him from office" if want is False else "removed him from power"
        tr.start = text.index("removed")
        tr.end = tr.start + len(tr.text)
        assert grounded(text, tr) is want
