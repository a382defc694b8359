"""Speakers that take up an organisation, a document's issuer or a described person named
before: descriptions ('the monitoring group'), short forms, 'it', 'the post', a role
description and a bare person noun. Sentences written for these tests."""
from __future__ import annotations

from newsdesk.extract.body_refs import described_body, short_body
from newsdesk.extract.people_words import people_word
from newsdesk.extract.posted_by import posted_issuer
from newsdesk.extract.role_takeup import official_holder, unnamed_before

from tests.conftest import direct_speakers

_BODY = (
    "Forty farms were flooded after the gates opened, Greenfield Watch said on Monday.\n\n"
    "\"The dams were opened without any warning to the villages,\" the Geneva-based monitoring group said.\n\n"
    "It added that \"aid has still not arrived in the lower valley\".\n\n"
    "The farm watchdog said the water board had received \"a free hand to drown the fields\" last spring.\n\n"
    "Greenfield also urged the water board to \"open the gates slowly and warn every village first\".\n"
)


def test_description_short_form_and_it_take_up_the_named_body():
    speakers = [s for s, _ in direct_speakers(_BODY)]
    assert speakers == ["Greenfield Watch"] * 4


def test_described_body_needs_a_body_of_that_kind_named_before():
    at = _BODY.index("the Geneva-based")
    assert described_body("the Geneva-based monitoring group", _BODY, at) == "Greenfield Watch"
    assert described_body("the monitoring group", _BODY, 5) is None          # nothing named yet
    assert described_body("the tired woman", _BODY, at) is None              # no body's description
    assert described_body("the UN monitoring group", _BODY, at) is None      # a body of its own


def test_short_body_takes_the_one_longer_name():
    assert short_body("Greenfield", _BODY) == "Greenfield Watch"
    assert short_body("Valley", _BODY) is None


_POST = (
    "Fires broke out in two villages overnight.\n\n"
    "Yet a message on the Telegram channel of the office of navy chief Lorna Castell claimed that smugglers set the fires.\n\n"
    "Navy forces \"acting within the law\" in the port helped villagers put out the blazes which "
    "\"started shortly after midnight on the pier\", the post said.\n\n"
    "Naming the smugglers, the statement said they had been \"paid to frighten the fishermen away\" from the bay.\n"
)


def test_bare_post_and_statement_speak_for_the_issuer_of_the_post():
    speakers = [s for s, _ in direct_speakers(_POST)]
    assert speakers == ["Lorna Castell's office"] * 3     # 'Navy forces' is no 'Navy' forcing words
    assert posted_issuer(_POST, len(_POST)) == ("Lorna Castell's office", True)


def test_an_ian_surname_is_a_person_and_takes_the_pronoun():
    text = ("Garnik Tovmasian, the regional governor, accused the rebels of shelling the market. In a "
            "Telegram post, Tovmasian said the town would \"answer every attack on its people\".\n\n"
            "\"I ask every family to stay in the shelters tonight,\" he wrote.\n")
    assert [s for s, _ in direct_speakers(text)] == ["Garnik Tovmasian"] * 2
    assert not people_word(["Garnik", "Tovmasian"])
    assert people_word(["Armenian"]) and people_word(["Iraqi", "Kurdish"])


_ROLES = (
    "Army spokesman Col. Ravi Dunmore spoke to reporters on Tuesday about the night raids.\n\n"
    "Later the army official said \"no curfew is planned for the city\" this month.\n\n"
    "The Minister of Health of Lorvania, Anita Berg, has said that the clinics \"are open to every family\" again.\n\n"
    "\"We hid under the tables for an hour,\" said one tired and frightened young waiter at the harbour.\n\n"
    "A Danish structural engineer told reporters the bridge had cracked. \"The pillars were never "
    "inspected properly,\" said the woman, who would not give her name.\n"
)


def test_role_descriptions_take_up_the_holder_introduced_before():
    got = dict((q, s) for s, q in direct_speakers(_ROLES))
    assert got["no curfew is planned for the city"] == "Ravi Dunmore"
    assert got["are open to every family"] == "Anita Berg"
    assert got["We hid under the tables for an hour,"].endswith("young waiter")
    assert got["The pillars were never inspected properly,"] == "Danish structural engineer"


def test_official_and_unnamed_lookups_stay_out_when_unclear():
    full = lambda n: n
    at = _ROLES.index("Later")
    assert official_holder("the army official", _ROLES, at, full) == "Ravi Dunmore"
    assert official_holder("the navy official", _ROLES, at, full) is None     # no modifier match
    end = len(_ROLES)
    assert unnamed_before("the man", _ROLES, end) == "Danish structural engineer"
    text = "A local woman told us the road was shut. Later Ann Roe arrived. \"Go home,\" said the woman."
    assert unnamed_before("the woman", text, len(text) - 5) is None            # someone named since


def test_a_pronoun_after_a_platform_or_outlet_goes_to_the_person():
    text = ("Mayor Tomas Verhoef condemned the delay on his Instagram page on Sunday night. "
            "\"We will rebuild every street,\" he wrote.\n\n"
            "Dora Kell told Channel Nine she saw the river rise within minutes. "
            "\"It was black and it was fast,\" she said.\n")
    assert [s for s, _ in direct_speakers(text)] == ["Tomas Verhoef", "Dora Kell"]


def test_fragment_in_a_whose_group_clause_is_the_bodys():
    text = ("Greenfield Watch published its flood count on Monday.\n\n"
            "\"The water board must answer for every farm,\" said Greenfield's Ann Roe, whose group based "
            "its count on \"satellite images and reports from the farmers\" in the valley.\n")
    assert direct_speakers(text) == [("Ann Roe", "The water board must answer for every farm,"),
                                     ("Greenfield Watch", "satellite images and reports from the farmers")]


def test_attribution_after_a_conditional_aside():
    text = ("Accounts of the raid on the harbour \"would amount to a grave breach of the truce\" "
            "if confirmed, the UN has warned.\n")
    assert [s for s, _ in direct_speakers(text)] == ["UN"]


def test_pronoun_falls_back_on_a_person_named_in_passing():
    text = ("Reporters reached Hamid Zarkawi by telephone at the clinic on Monday. "
            "\"It was chaos from the first shot,\" he said.\n\n"
            "Farid Petrosian wrote on Twitter that the port was closed. "
            "\"Nobody can leave the harbour now,\" he wrote.\n\n"
            "The Swiss charity Harbour Aid International said 30 people were hurt. \"Most of the wounded "
            "are children,\" the aid group said. Harbour Aid also called for \"an immediate pause in the fighting\".\n")
    assert [s for s, _ in direct_speakers(text)] == ["Hamid Zarkawi", "Farid Petrosian"] + ["Harbour Aid International"] * 2
