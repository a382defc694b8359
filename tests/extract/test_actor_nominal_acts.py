"""Who did an act named by a noun (parties.py, ev_actor_fix.py), and a dateline never read as a
party (actors.py), on sentences we wrote. Each text opens with a headline line, as pages do."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _acts(body: str) -> list[tuple[str, str | None, str | None]]:
    text = "Fighting in the north\n\n" + body
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22")))
    return [(m.type, m.actor, m.recipient) for m in art.mentions]


def _assault_actors(body: str) -> set[str | None]:
    return {actor for typ, actor, _ in _acts(body) if typ == "ASSAULT"}


def test_the_subject_of_a_verb_of_taking_did_the_nominal_act():
    assert "Velmish army" in _assault_actors("The Velmish army launched an offensive on the port city of Tarn.")
    assert "rebels" in _assault_actors("On Sunday the rebels mounted an attack on a border post.")


def test_a_counted_series_of_acts_keeps_its_taker():
    assert "Ostra" in _assault_actors("Ostra launched a wave of missile strikes on the capital overnight.")


def test_the_taker_of_an_act_after_an_attempt_or_a_try():
    assert "insurgents" in _assault_actors("The insurgents made an attempt to launch an offensive near the dam.")
    assert "Fighters" in _assault_actors("Fighters from the northern brigades tried to launch an assault on the airport.")


def test_a_by_phrase_names_the_doer_of_an_indefinite_act():
    actors = _assault_actors("Thousands of families fled after a ground offensive by the Velmish army.")
    assert "Velmish army" in actors and not any(a and a.startswith("Thousands") for a in actors)


def test_a_dateline_before_a_dash_is_no_party():
    acts = _acts("LYON — A drone strike killed four fighters near the river on Monday.")
    assert all(actor != "LYON" and recip != "LYON" for _, actor, recip in acts)
    acts = _acts("Lyon, May 3 (AP) - A drone strike killed four fighters near the river.")
    assert all(actor != "Lyon" and recip != "Lyon" for _, actor, recip in acts)
    acts = _acts("Ostrava (AP) — Police detained six protesters outside parliament on Monday.")
    assert ("COERCE", "Police", "six protesters") in acts


def test_a_bare_plural_act_after_a_verb_of_taking_is_a_habit_with_no_new_doer():
    assert "Northern Front" not in _assault_actors("The Northern Front stages regular raids on the valley towns.")


def test_organisers_are_people_who_act():
    acts = _acts("Organisers have cancelled the rally, calling on supporters to go home.")
    assert any(actor == "Organisers" for _, actor, _ in acts)


def test_who_issued_an_ultimatum_made_the_threat():
    acts = _acts("The Velmish army issued an ultimatum to the mutinous guards on Monday.")
    assert ("THREATEN", "Velmish army", None) in acts or any(
        typ == "THREATEN" and actor == "Velmish army" for typ, actor, _ in acts)


def test_attackers_killed_by_no_named_doer_are_no_victims_of_the_attack():
    acts = _acts("Gunmen stormed a hotel in Velmar on Friday. By evening three of the attackers had been killed, "
                 "the interior minister said.")
    assert all(recip is None or "attackers" not in recip for _, _, recip in acts)
    acts = _acts("Police killed two gunmen outside the station in Velmar.")
    assert any(actor == "Police" and recip == "gunmen" for _, actor, recip in acts)   # toll: 2
