"""Who acted, on sentences of our own: a document speaks for its issuer and never acts itself;
a headline list of bare participles ("N killed, M wounded by X") is one passive whose closing
"by" party is the doer and whose first count is who was hit."""
from __future__ import annotations

from newsdesk.extract import ev_actor_fix as AF
from newsdesk.extract.doc_party import bare_document
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str) -> list:
    art = Article(id="t", raw=text, text=text, published="2026-04-22")
    AF.begin(art)
    return events_step(sentences_step(art)).mentions


def roles(text: str, typ: str) -> set:
    return {(m.actor, m.recipient) for m in code(text) if m.type == typ}


def test_a_quoted_clause_names_the_statements_issuer():
    text = ("\u201cThe Council of Varn firmly condemns the seizure of the ministry and calls on the "
            "mutineers to return to barracks,\u201d the statement said.")
    actors = {m.actor for m in code(text) if m.type in ("ACCUSE", "REQUEST")}
    assert actors and "statement" not in actors
    assert "Council of Varn" in actors


def test_a_document_names_its_issuer_in_its_own_phrase():
    # the condemned act names its doer: a condemnation naming no one is no ACCUSE (ev_judging)
    assert "army" in {a for a, _ in roles("A statement from the army condemned the rebels' ambush.", "ACCUSE")}
    assert "interior ministry" in {a for a, _ in roles(
        "A letter signed by the interior ministry condemned the rebels' ambush.", "ACCUSE")}


def test_a_document_with_no_issuer_is_no_actor():
    text = "\u201cWe urge all sides to lay down their arms,\u201d the joint communique said."
    assert all(m.actor is None for m in code(text) if m.type == "REQUEST")
    assert bare_document("the joint communique") and bare_document("statement")
    assert not bare_document("Statement Party of Orla") and not bare_document("reporters")


def test_headline_list_of_participles_is_one_passive():
    for text, doer, hit in (
            ("Sixty marchers killed, 900 wounded by riot police outside the stadium",
             "riot police", "marchers"),      # the count is the toll (ev_toll_names)
            ("Forty villagers killed, dozens wounded by rebel fighters near the border.",
             "rebel fighters", "villagers")):
        found = roles(text, "ASSAULT")
        assert (doer, hit) in found, text
        assert all(actor == doer for actor, _ in found), text


def test_an_object_straight_after_its_verb_keeps_the_active_reading():
    assert ("Guards", "men") in roles("Guards killed four men sought by the courts.", "ASSAULT")   # toll: 4


def test_a_bare_participle_in_a_result_or_reported_clause_is_passive():
    text = "The mortar strike also left at least four medics critically wounded."
    found = roles(text, "ASSAULT")
    assert found and all(actor is None for actor, _ in found)
    assert (None, "medics") in found        # the toll says how many
    assert ("militia fighters", None) in roles("Officials said 12 people killed in the raid by militia fighters.",
                                                "ASSAULT")
