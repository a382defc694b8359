"""Days that belong to a noun naming another act (dates_nouns.py), and the lede's day kept as
a default for acts of another kind (dates_acts.lede_rank), on sentences we wrote."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates import event_date
from newsdesk.extract.dates_acts import act_sentence, lede_rank
from newsdesk.extract.ev_context import event_date as day_or_default
from tests.conftest import event_mentions

PUB = "2022-06-04"          # a Saturday


def _trig(sentence: str, word: str):
    return SimpleNamespace(start=sentence.index(word))


def test_a_day_before_an_election_names_the_vote():
    s = ("The envoy warned the militias against stirring unrest ahead of the planned "
         "June 19 parliamentary elections.")
    assert event_date(s, PUB) is None
    # a sentence whose only day names a vote takes the default day, like one with no day
    assert day_or_default(s, PUB) == PUB
    assert event_date("Gunmen opened fire on a polling station on June 3.", PUB) == "2022-06-03"


def test_the_day_of_a_named_attack_is_not_the_blaming_day():
    s = "The premier blamed the separatists for the assault on Friday night on the border post."
    blanked = act_sentence(s, [_trig(s, "blamed")], "ACCUSE")
    assert len(blanked) == len(s) and "Friday" not in blanked
    # the assault's own mention keeps its day
    assert act_sentence(s, [_trig(s, "assault")], "ASSAULT") == s
    s2 = "Two guards were killed in the assault on Friday night on the border post."
    assert act_sentence(s2, [_trig(s2, "killed")], "ASSAULT") == s2
    assert event_date(s2, PUB) == "2022-06-03"


def test_the_lede_day_is_stated_only_for_the_lede_kind_of_act():
    assert lede_rank(1, "ACCUSE") == 0
    assert lede_rank(1, "ASSAULT") == 1
    assert lede_rank(3, "ACCUSE") == 3          # a day the sentence names itself stays stated
    text = ("Gunmen attacked a border post in the north on Friday night, killing six guards. "
            "The interior minister blamed a separatist faction for the attack.")
    by_type = {m.type: m for m in event_mentions(text, PUB)}
    assert by_type["ASSAULT"].date == "2022-06-03" and by_type["ASSAULT"].date_explicit
    accuse = by_type.get("ACCUSE")
    assert accuse is not None and not accuse.date_explicit


def test_the_day_an_accord_was_reached_is_not_the_assaults_day():
    s = "The ministry said the offensive broke the truce agreement reached on May 29 in Vienna."
    blanked = act_sentence(s, [_trig(s, "offensive")], "ASSAULT")
    assert len(blanked) == len(s) and "May 29" not in blanked
    # the accord's own mention keeps its day
    assert act_sentence(s, [_trig(s, "agreement")], "AGREE") == s


def test_a_possessive_day_dates_its_own_act_not_the_arrest():
    s = ("Three men tied to Thursday's hotel siege were detained after searches of flats "
         "on Friday, the police said.")
    blanked = act_sentence(s, [_trig(s, "detained")], "COERCE")
    assert len(blanked) == len(s) and "Thursday" not in blanked and "Friday" in blanked
    assert event_date(blanked, PUB) == "2022-06-03"
    # the siege's own mention keeps its day; so does an arrest told with no other day
    assert act_sentence(s, [_trig(s, "siege")], "ASSAULT") == s
    s2 = "Police detained three men on Friday over Thursday's bombing of the depot."
    assert event_date(act_sentence(s2, [_trig(s2, "detained")], "COERCE"), PUB) == "2022-06-03"
