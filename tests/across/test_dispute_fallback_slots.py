"""The fallback's slots beyond figures and denials: who did the act, how the harm was done,
on purpose or by mishap (across/dispute_fb_slots.py; sentences we wrote)."""
from __future__ import annotations

from newsdesk.across import disputes as D
from newsdesk.across.dispute_fallback import fallback
from newsdesk.across.dispute_fb_features import features, read
from newsdesk.across.dispute_fb_slots import doers, intent, kinds
from newsdesk.model import Article


def _fallback(*texts):
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s", outlet=f"Paper {i}") for i, t in enumerate(texts)]
    ctx = D.story_context(arts)
    return fallback(arts, ctx, [])


def _pair(a: str, b: str, ha: str, hb: str) -> dict[str, float]:
    return features(read("a0", None, 0, a, ha), read("a1", None, 0, b, hb))


def test_doer_frames_name_the_party():
    assert doers("The governor said the Red Hand militia was behind the ambush on the convoy.")
    assert doers("Officials blamed the ambush on the Northern Liberation Front.")
    assert doers("The Northern Liberation Front claimed responsibility for the ambush.")
    assert doers("The minister accused Valdoria of shelling the border town.")
    # a doer of an earlier act the attackers say they avenge is not this act's doer
    assert doers("The arrests were carried out by the Frontier Corps in May.")
    assert not doers("Militants called the blast revenge for the arrests carried out by the Frontier Corps in May.")
    assert not doers("The ambush on the convoy killed nine drivers near the pass.")


def test_rival_culprits_clash_and_one_party_under_two_names_does_not():
    f = _pair("The governor said the Red Hand militia was behind the ambush on the convoy near the pass.",
              "However, the rebels said the ambush on the convoy near the pass was carried out by army units.",
              "governor", "rebels")
    assert f["doer"] == 1.0
    f = _pair("The Northern Liberation Front claimed responsibility for the ambush on the convoy.",
              "Police blamed the ambush on the convoy on the NLF, a separatist group.", "Front", "Police")
    assert f["doer"] == 0.0                          # the initials name the same group


def test_a_denial_of_a_part_answers_the_named_doer():
    f = _pair("The minister said Valdoria was behind the strike on the fuel depot near the border.",
              "Valdoria denied it was behind the strike on the fuel depot near the border.", "minister", "Valdoria")
    assert f["doer"] == 1.0


def test_two_kinds_of_harm_clash():
    assert kinds("The ministry said the miners died when a gas explosion ripped through the shaft.") == {"blast"}
    assert kinds("A coroner said several of the miners had gunshot wounds to the chest.") == {"gunfire"}
    assert kinds("The miners gathered at the shaft before dawn on Tuesday.") == set()
    f = _pair("The ministry said the miners died when a gas explosion ripped through the shaft.",
              "A coroner said several of the miners had gunshot wounds to the chest.", "ministry", "coroner")
    assert f["kind"] == 1.0
    f = _pair("The ministry said the miners died when a gas explosion ripped through the shaft.",
              "A union leader said the miners were killed by the blast deep in the shaft.", "ministry", "union")
    assert f["kind"] == 0.0                           # one kind told twice


def test_on_purpose_against_a_mishap():
    assert intent("The rebels said the jets deliberately targeted the clinic at night.") == {"deliberate"}
    assert intent("The air force called the damage to the clinic an accident.") == {"mishap"}
    f = _pair("The rebels said the jets deliberately targeted the clinic at night.",
              "The air force said the damage to the clinic at night was an accident.", "rebels", "air force")
    assert f["intent"] == 1.0


def test_fallback_reports_rival_culprits_across_outlets():
    ds = _fallback("The governor, Ines Marr, said the Red Hand militia was behind the ambush on the fuel "
                   "convoy near the pass.",
                   "However, rebel commanders said the ambush on the fuel convoy near the pass was carried out "
                   "by army units.")
    assert len(ds) == 1 and ds[0].topic.startswith("who did it:")
    assert {c.article for c in ds[0].claims} == {"a0", "a1"}


def test_fallback_reports_two_causes_of_death_side_by_side():
    ds = _fallback("The ministry, in a statement, said the eleven miners died when a gas explosion ripped through "
                   "the shaft. However, a coroner, Dr Ari Sel, said several of the bodies had gunshot wounds "
                   "to the chest.")
    assert len(ds) == 1 and ds[0].topic == "how the harm was done: blast vs gunfire"


def test_no_fallback_when_both_outlets_blame_one_group():
    assert not _fallback("Police said the Northern Liberation Front was behind the ambush on the fuel convoy "
                         "near the pass.",
                         "The ambush on the fuel convoy near the pass was carried out by the NLF, the army said.")


def test_a_sponsor_named_beside_the_doer_is_no_rival():
    f = _pair("The Northern Liberation Front claimed responsibility for the ambush on the convoy.",
              "The governor blamed Valdoria for the ambush on the convoy, saying it funds the Northern "
              "Liberation Front.",
              "Front", "governor")
    assert f["doer"] == 0.0
