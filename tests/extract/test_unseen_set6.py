"""Patterns met on unseen set 6 (session 10), on short texts we wrote."""
from __future__ import annotations

from newsdesk.extract.attribution import left_speaker
from tests.conftest import direct_quotes


def test_second_verb_shares_the_first_subject():
    """'He said …, but said A and B "must …"': A opens the reported clause; the speaker is the
    subject of the first verb, and a pronoun after it keeps that speaker."""
    left = "He said he could not confirm that rebels were near the depot, but said Vostra and Kell "
    assert left_speaker(left)[0].lower() == "he"
    text = ("Marta Lindqvist, the agency's spokeswoman, spoke to reporters on Friday.\n\n"
            "She said she could not confirm that rebels were near the depot, but said Vostra and "
            "Kell \u201cmust respect the neutrality of aid convoys\u201d.\n\n"
            "She called the shelling \u201cdeliberate and cruel\u201d.")
    qs = direct_quotes(text)
    assert len(qs) == 2 and all(q.speaker == "Marta Lindqvist" for q in qs)


def test_inverted_attribution_still_names_the_speaker():
    assert left_speaker("It was over by noon, said Tomas Ferro, ")[0] == "Tomas Ferro"
    assert left_speaker("said police spokesman Tomas Ferro: ")[0] == "Tomas Ferro"


def test_a_foreseen_toll_is_no_count():
    from newsdesk.extract.counts import casualties
    assert casualties("The premier said the death toll might rise to 60 or more.")["dead"] is None
    assert casualties("The death toll is expected to climb to 70, doctors said.")["dead"] is None
    rose = casualties("The toll rose to 44 on Friday and may rise to 60.")["dead"]
    assert (rose.low, rose.high) == (44, 44)
    assert casualties("The toll, which could rise, stood at 44 on Friday.")["dead"].low == 44


def test_a_toll_that_is_now_at_a_figure():
    from newsdesk.extract.counts import casualties
    for s in ("The mayor's office says the death toll in the night's bombing is now up to 44.",
              "The death toll in the fire is now 44."):
        assert casualties(s)["dead"].low == 44


def test_an_irregular_past_trigger_is_parsed_for_its_subject():
    from newsdesk.extract.ev_light import is_light
    from newsdesk.extract.plover import find_triggers
    for s in ("Police shot at the marchers and the crowd.", "Rebels fought army units near the dam."):
        assert not is_light(find_triggers(s)), s
    assert is_light(find_triggers("The violence left the square empty."))


def _actors(sentence):
    from newsdesk.extract.events import sentence_events
    return {c.type: c.actor for c in sentence_events(sentence)}


def test_a_name_with_a_relative_clause_is_the_subject_of_its_verb():
    s = ("Marek Vilde, who flew back to the capital on Friday, called on the mutineers to lay "
         "down their arms.")
    assert _actors(s)["REQUEST"] == "Marek Vilde"


def test_a_named_body_is_an_institution():
    assert "UN body" in _actors("The 12-nation UN body called for an immediate ceasefire on Friday.")["REQUEST"]
    from newsdesk.extract.actors import is_party
    from newsdesk.nlp import parse
    doc = parse(["The body of a fisherman was found on the beach."])[0]
    assert not is_party(next(t for t in doc if t.lower_ == "body"))


def test_a_part_among_those_killed_is_no_toll():
    from newsdesk.extract.counts import mentions, pick
    part = mentions("At least 9 tourists among those killed in the harbour blast; 120 hurt")
    assert [m.subgroup for m in part if m.kind == "dead"] == [True]
    whole = mentions("The harbour blast left 61 people dead, the governor said.")
    assert pick([m for m in part + whole if m.kind == "dead"]).count.low == 61
    assert not mentions("At least 40 people were killed among the crowds.")[0].subgroup


def test_who_was_behind_asks_and_accuses_no_one():
    from newsdesk.extract.plover import find_triggers
    for s in ("It's unclear who was behind the strike.",
              "Attention turned to questions of who was behind the attack."):
        assert "ACCUSE" not in {t.type for t in find_triggers(s)}, s
    assert "ACCUSE" in {t.type for t in find_triggers("Police said the Velm cell was behind the attack.")}


def test_an_outlet_glued_to_a_name_is_no_part_of_it():
    from newsdesk.extract.speakers import drop_place_prefix
    assert drop_place_prefix("Al Jazeera Marta Lindqvist") == "Marta Lindqvist"
    assert drop_place_prefix("Reuters Tomas Ferro") == "Tomas Ferro"
    assert drop_place_prefix("BBC News") == "BBC News"
    text = ("In an interview with Al Jazeera Marta Lindqvist, the agency's spokeswoman, said the "
            "convoy had been warned.\n\n"
            "She said the attack was \u201ca grave breach of the rules of war\u201d.")
    assert direct_quotes(text)[0].speaker == "Marta Lindqvist"


def test_a_quote_paragraph_after_a_described_speaker_is_the_named_ones():
    """'In an interview with X, the spokesman for Y, ... said …' then a bare quote paragraph:
    X speaks, not the ministry named in the paragraph before."""
    text = ("The Velm health ministry told Reuters that army fire had killed at least 15.\n\n"
            "In an interview with Tomas Ferro, the spokesman for UNRWA, the UN\u2019s relief body in "
            "Velm, said his agency had been in contact with the army as fighting closed in.\n\n"
            "\u201cWe gave the army the exact position of the depot. We asked for a safe window.\u201d")
    assert direct_quotes(text)[0].speaker == "Tomas Ferro"


def test_a_call_to_surrender_past_a_relative_clause_is_no_surrender():
    from newsdesk.extract.events import sentence_events
    types = [c.type for c in sentence_events(
        "Marek Vilde called on soldiers who are still behind the mutineers to surrender.")]
    assert types == ["REQUEST"]
    types = [c.type for c in sentence_events(
        "The governor urged the rebels, who seized the town on Monday, to withdraw.")]
    assert "COERCE" in types          # the relative clause's own act stays


def test_a_link_line_states_no_event():
    from newsdesk.extract.ev_layout import link_line
    assert link_line("READ: At least 12 dead in Velm market bombing | Blast in the north kills guard")
    assert link_line("Related stories: Rebels seize Velm airport")
    assert not link_line("Readers said the blast shook the whole street.")
    assert not link_line("Related Hana Borsk wins appeal")        # a name run, left to the speaker rules


def test_an_attack_named_only_to_be_judged_is_no_report_of_it():
    from newsdesk.extract.events import sentence_events
    assert sentence_events("She called the attack \u201ctragic and shameful\u201d.") == []
    types = [c.type for c in sentence_events("The envoy condemned the attack on the Velm depot.")]
    assert "ASSAULT" not in types and "ACCUSE" in types
    types = [c.type for c in sentence_events("The envoy condemned the attack that killed 12 people in Velm.")]
    assert "ASSAULT" in types          # the toll still reports it
    from newsdesk.extract.ev_light import context_drop      # sentences coded without the parser
    from newsdesk.extract.plover import find_triggers
    s = "The premier calls the attack on the Velm depot a planned act of terror."
    assert all(context_drop(s, t) for t in find_triggers(s) if t.type == "ASSAULT")
    s = "The attack on the Velm depot killed 12."
    assert not any(context_drop(s, t) for t in find_triggers(s))


def test_he_after_told_is_the_teller_not_the_outlet():
    assert _actors("Agathon Velm, an opposition leader, told Al Jazeera he supported the move.")["SUPPORT"] \
        == "Agathon Velm"


def test_who_attends_a_summit_is_its_party():
    s = "Crowds filled the square on Monday while President Marek Vilde attended a summit in Lisbon."
    assert _actors(s)["CONSULT"] == "Marek Vilde"
