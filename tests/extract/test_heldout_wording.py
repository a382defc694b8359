"""Error kinds met on a fifth round of unseen coverage (three new crises), on texts we wrote:
the old event a superlative is measured against ("since 1994, when …"), an act named with
its own past time ("the bombing last March"), a witness's narration inside a quotation that
runs over several sentences, a habit ("is normally closed"), "the attack" after the police
shot the attacker, a comparison's place keeping a faceless statement apart, the day of
another act ("a meeting yesterday in light of the attacks"), a party named after "near"
taken for a place, "a third blast" read as the blast told before, a witness's "a man" kept
apart from "the gunmen", and speakers named in inverted or headline-cased attributions."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import direct_quotes


def _mentions(text: str, published: str | None = "2026-04-22") -> list:
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published=published)))
    return art.mentions


def _spans(mentions) -> list[str]:
    return [sp.text for m in mentions for sp in [m.span, *m.extra_spans]]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in direct_quotes(text)]


def test_the_yardstick_of_a_superlative_is_no_event():
    text = ("Gunmen killed nine people at a bus depot in Tarvel on Monday. It was the deadliest "
            "attack in the region since 1994, when rebels bombed a train, killing 31 passengers.")
    ms = [m for m in _mentions(text, published=None) if m.type == "ASSAULT"]
    assert len(ms) == 1 and ms[0].dead.low == 9 and ms[0].actor != "rebels"


def test_an_act_told_with_its_own_past_time_is_another_event():
    text = ("A lorry drove into a market crowd in Ostrava on Sunday, killing 12 people.\n\n"
            "The mayor said the square had been guarded since the bombing last March.\n\n"
            "Officials recalled that last year's attacks had led to new barriers.")
    spans = _spans(_mentions(text))
    assert not any("bombing last March" in s or "last year's attacks" in s for s in spans)


def test_a_witness_narration_inside_a_long_quotation_states_no_event():
    text = ("A truck hit a crowd on the seafront in Brenna on Friday, killing 20 people.\n\n"
            "\u201cI heard screams behind me. Then the gunman shot at the crowd,\u201d said Ana Lutz, "
            "who was there.")
    spans = _spans(_mentions(text))
    assert not any(s.startswith("Then the gunman") for s in spans)


def test_a_habit_is_no_closure():
    for text in ("The road to the port is normally closed to traffic at night.",
                 "\u201cIt\u2019s normally closed to traffic,\u201d she said."):
        assert not _mentions(text)


def test_the_attack_after_police_shot_the_attacker_is_still_the_attack():
    text = ("As many as 40 people were killed when a van ploughed into a parade in Dorlen.\n\n"
            "Police shot and killed the driver as he tried to flee on foot.\n\n"
            "There was chaos during the attack, which happened as the band was playing.")
    ms = [m for m in _mentions(text) if m.type == "ASSAULT"]
    main = next(m for m in ms if m.dead and m.dead.low == 40)
    assert any("chaos during the attack" in s for s in _spans([main]))


def test_a_comparison_place_does_not_keep_a_faceless_statement_apart():
    text = ("Masked gunmen shot dead 11 people at the offices of a weekly in Larch on Tuesday.\n\n"
            "The killing is an apparent militant attack.\n\n"
            "It is the deadliest attack in Norland since the civil war.")
    ms = [m for m in _mentions(text) if m.type == "ASSAULT"]
    assert len(ms) == 1


def test_an_act_named_as_the_occasion_of_another_takes_no_day_from_it():
    text = ("Explosions at the airport in Velm killed 30 people on Wednesday.\n\n"
            "The prime minister chaired an emergency meeting yesterday morning in light of the attacks.")
    ms = [m for m in _mentions(text, published="2026-04-22") if m.type == "ASSAULT"]
    assert ms and all(m.date == "2026-04-22" for m in ms)


def test_a_party_named_after_near_is_no_place():
    text = ("A blast hit the Korte metro station, near European Union institutions in central "
            "Velm, and 20 people died.")
    from newsdesk.extract import ev_light as L, ev_names as N
    got = L.places(text, N.TIME_WORDS, N.TITLES, N.actor_alias)
    assert "European Union" not in got and "Velm" in got


def test_speakers_of_inverted_and_headline_cased_attributions():
    assert _speakers("\u201cPeople are running. There must be many injured,\u201d reported Ida Marsh, "
                     "a reporter at the scene.") == ["Ida Marsh"]
    assert _speakers("A guard saw two men enter. Says police spokesman Tom Ferro, "
                     "\u201cIt was a massacre.\u201d")[-1] == "Tom Ferro"
    assert _speakers("Radio North Tweeted: \u201cThe embassy asks anyone who needs help to call.\u201d") \
        == ["Radio North"]
    assert _speakers("He condemned the bombings that Prime Minister Lena Ruud branded "
                     "\"blind and cowardly\".") == ["Lena Ruud"]


def test_a_double_quote_closed_with_a_single_mark_before_its_attribution():
    qs = direct_quotes("\u201cThis is an attack of rare cruelty,\u2019 President Ana Volk said.")
    assert [(q.text, q.speaker) for q in qs] == [("This is an attack of rare cruelty,", "Ana Volk")]


def test_another_blast_is_its_own_act():
    text = ("Two explosions at the airport in Velm killed 30 people on Wednesday.\n\n"
            "A short time later, a third blast hit the Korte metro station in central Velm.\n\n"
            "The mayor put the metro death toll at 12.")
    ms = [m for m in _mentions(text) if m.type == "ASSAULT"]
    metro = [m for m in ms if any("third blast" in s for s in _spans([m]))]
    assert len(ms) == 2 and metro and not any("airport" in s for s in _spans(metro))


def test_a_man_a_witness_saw_is_no_other_attacker_than_the_gunmen():
    text = ("At least 12 people were killed when gunmen opened fire at a mosque in Harlow on Friday.\n\n"
            "Witnesses told reporters that a man in a black jacket had started shooting people at random.")
    assert len([m for m in _mentions(text) if m.type == "ASSAULT"]) == 1
