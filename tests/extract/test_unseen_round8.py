"""Error kinds met on a fourth set of unseen coverage (a siege, a border war, a failed coup),
on sentences we wrote: a subhead or a run of photo credits read as a source, a ceasefire
announced in quotation marks, a holiday "retreat", a fight named only as what a truce stops,
a curfew whose imposition a lifting names, the object of a relative clause ("whom he
blames"), an invitation to act, a participle sharing a passive ("killed or captured"), and a
quotation that completes its subject's clause."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import direct_quotes


def _mentions(text: str, published: str | None = "2026-04-22") -> list:
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published=published)))
    return art.mentions


def _sources(ms: list) -> list[str]:
    return [sp.text for m in ms for sp in [m.span, *m.extra_spans]]


def test_a_subhead_or_link_label_is_no_source():
    text = ("Rebel fighters shelled the town of Harlow on Saturday, killing four soldiers.\n\n"
            "– Tanks shot down –\n\n"
            "The war that never ends\n\n"
            "Army units fired back at the rebel positions near Harlow.\n\n"
            "The shelling of the town was")
    said = _sources(_mentions(text))
    assert not any("Tanks shot down" in s or "never ends" in s for s in said)
    assert any(s.startswith("The shelling of the town was") for s in said)   # a cut last line stays


def test_a_run_of_photo_credits_is_a_caption():
    text = ("Rebel fighters shelled Harlow on Saturday.\n\n"
            "A boy wounded in the shelling rests in Harlow on 2 AprilAnna Berg/ReutersA soldier killed "
            "in the fighting is buried in Dunmore on 3 AprilPetr Vok/AFP")
    assert not any("AprilAnna" in s for s in _sources(_mentions(text)))


def test_a_ceasefire_announced_in_quotation_marks_is_a_retreat():
    ms = _mentions('The army of Veloria has announced a "unilateral ceasefire" in its fighting with the rebels.')
    assert [m.type for m in ms] == ["RETREAT"]          # and the fight it stops is not told here
    ms = _mentions("The truce announced by Veloria on Sunday was subject to conditions.")
    assert "RETREAT" in [m.type for m in ms]


def test_a_holiday_retreat_is_no_withdrawal():
    ms = _mentions("Two tourists from Canada in Harlow for a yoga retreat were among those killed in the raid.")
    assert "RETREAT" not in [m.type for m in ms]
    assert "RETREAT" in [m.type for m in _mentions("The rebels were forced into a retreat from Harlow.")]


def test_a_lifted_curfew_names_its_imposition():
    ms = _mentions("A nationwide curfew imposed after the bombings was lifted early Monday.")
    assert sorted(m.type for m in ms) == ["COERCE", "CONCEDE"]


def test_the_object_of_a_relative_clause_is_its_antecedent():
    ms = _mentions("President Arno Vell urged the envoy to hand over his rival Petr Sarnak, "
                   "whom he blames for the unrest.")
    accuse = [m for m in ms if m.type == "ACCUSE"]
    assert accuse and accuse[0].actor and accuse[0].actor.endswith("Vell")
    assert accuse[0].recipient and accuse[0].recipient.endswith("Sarnak")


def test_an_invitation_to_act_is_a_request():
    ms = _mentions("Arno Vell invited his supporters to defy the curfew and march on the palace.")
    assert [m.type for m in ms] == ["REQUEST"]


def test_a_participle_joined_to_a_passive_shares_it():
    ms = _mentions("The last gunmen appeared to have been killed or captured, a general told reporters.")
    seize = [m for m in ms if m.type == "COERCE"]
    assert seize and seize[0].actor is None and "gunmen" in (seize[0].recipient or "")


def test_a_quotation_that_completes_its_subjects_clause_is_the_subjects():
    qs = direct_quotes("Petr Sarnak lives abroad. His movement, the Union for Open Schools, "
                       "\u201cserves as a voice for teachers and parents across the region.\u201d "
                       "Vell has often accused Sarnak of plotting.")
    assert qs and qs[0].speaker == "Union for Open Schools"



def test_punctuation_between_two_marks_is_no_quotation():
    qs = direct_quotes("The truce was conditional, warning that if rebel units did not stop \u201cattacks\u201d, "
                       "\u201cVeloria\u201d would free all the lands held by the rebels \u201c.\n"
                       "Harlow also said it would \u201cstrengthen\u201d the posts it had \u201cfreed\u201d.")
    assert qs and all(any(ch.isalnum() for ch in q.text) for q in qs)


def test_a_victim_named_by_a_reduced_relative_is_no_actor():
    ms = _mentions("The Canadian killed in the attacks was named last night as Tom Rell.")
    assert ms and ms[0].actor is None and ms[0].recipient == "Canadian"


def test_a_capital_named_as_the_party_that_acts_casts_no_place_vote():
    from newsdesk.extract.ev_names import article_places
    from newsdesk.nlp import parse
    acting, = parse(["The truce announced by Baku on Sunday was subject to conditions."])
    assert "Baku" not in article_places(acting)
    placed, = parse(["Shells fell on Baku on Sunday."])
    assert "Baku" in article_places(placed)


def test_the_previous_night_is_no_history():
    ms = _mentions("Officials were detained on Saturday.\n\nThe previous night left 65 dead and some 140 "
                   "injured as a faction of the army rebelled in Harlow.", published="2016-07-17")
    toll = [m for m in ms if m.type == "ASSAULT"]
    assert toll and toll[0].dead and toll[0].dead.low == 65
    assert toll[0].recipient is None          # "65 dead" is the toll, no party
