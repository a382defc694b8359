"""Round 11 on unseen sets 8 and 9, on sentences we wrote: an announced resignation and
called elections, vows of revenge and harmful promises (THREATEN), calling an act a coup or an
aggression and claims of fraud (ACCUSE), a blast's damage, a raid that only detains, a denied
act and a peacekeeping force named as who someone is."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.extract.plover import find_triggers, retype
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2026-04-22") -> list:
    art = Article(id="t", raw=text, text=text, published=published)
    return [(m.type, m.actor) for m in events_step(sentences_step(art)).mentions]


def types(text: str) -> list[str]:
    return [t.type for t in retype(text, find_triggers(text))]


def test_an_announced_resignation_is_a_retreat():
    assert code("Lena Varo confirmed her resignation on Monday in a video.") == [("RETREAT", "Lena Varo")]
    assert code("The president announced his resignation in a televised address.") == [("RETREAT", "president")]
    assert types("She read the resignation letter of a colleague.") == []


def test_calling_new_elections_concedes():
    assert code("The president decided to call new elections.") == [("CONCEDE", "president")]
    assert types("The opposition called for new elections.") == ["REQUEST"]


def test_a_vow_of_revenge_threatens():
    assert code('The militia vowed "harsh retaliation" after its commander was killed.')[0] == ("THREATEN", "militia")
    assert "THREATEN" in types('The shelling drew a vow of "crushing revenge" from Ostrava.')
    assert code("Officials said the army intended to take action against the camp.") == [("THREATEN", "army")]
    assert "THREATEN" not in types("The army took action against the looters.")


def test_a_promise_of_harm_is_a_threat_not_an_agreement():
    assert code('The president promised on Tuesday that Varn would "pay a big price" for the raid.')[0] == \
        ("THREATEN", "president")
    assert types("The mayor promised to hunt down and make the killers pay.")[0] == "THREATEN"
    assert types("The mayor promised to rebuild the homes lost in the attack.")[0] == "AGREE"


def test_calling_an_act_a_coup_or_an_aggression_accuses():
    assert code('The ouster was described Sunday as "coup d\'etat" by several governments.') == \
        [("ACCUSE", "several governments")]
    assert code('The prime minister called it "an aggression against the country".') == \
        [("ACCUSE", "prime minister")]
    assert "ACCUSE" not in types("So-called coup plotters were arrested.")
    assert "ACCUSE" in types("The army cited its allegations of widespread voter fraud.")


def test_a_blast_that_burns_cars_is_the_assault():
    assert types("The explosion destroyed several shops and set dozens of cars on fire.") == ["ASSAULT", "ASSAULT"]
    assert types("After the blast, rioters set dozens of cars on fire.")[-1] == "COERCE"


def test_a_raid_that_only_detains_is_coercion():
    assert types("The minister was detained in an early morning raid by the army.") == ["COERCE", "COERCE"]
    assert types("Two men were killed in a police raid.")[-1] == "ASSAULT"


def test_a_denied_act_is_no_event():
    assert code("The police chief denied that officers had arrested the journalist.") == []
    assert code("The police chief denied in an interview that arrest warrants had been issued for him.") == []
    assert ("COERCE", "Police") in code("Police arrested two men who denied any role in the attack.")


def test_a_peacekeeping_force_named_is_no_aid():
    assert "AID" not in [t for t, _ in code("The convoy was heading to a base of the African Union's "
                                           "peacekeeping force near the airport.")]
    assert "AID" in types("The Union sent its peacekeeping force to the border.")
