"""Two attacks, two stories (across/story_acts.py): a hotel siege and a truck bombing a week
later in one city share the city, the insurgents and the spokesman, yet are two stories; the
funerals and arrests after the bombing stay with the bombing. Our own sentences."""
from __future__ import annotations

from datetime import date

import numpy as np
from scipy import sparse

from newsdesk.across import story_acts
from newsdesk.across.stories import assign
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step

SIEGE = ("MARROWGATE — Gunmen stormed the Grand Meridian hotel in Marrowgate on Saturday night, "
         "killing 14 guests and holding others hostage in a siege that lasted 12 hours, interior "
         "ministry spokesman Idris Kamal said. The Red Valley Front claimed the attack. Security "
         "forces killed the four attackers on Sunday morning after a battle on the upper floors, "
         "Kamal said. Guests escaped by climbing down from balconies on knotted curtains.")
SIEGE_UNDATED = ("A siege at the Grand Meridian hotel in Marrowgate ended after security forces "
                 "killed the last gunman, officials said. The attackers, armed with rifles and "
                 "grenades, went from room to room looking for foreign guests. The Red Valley "
                 "Front said its fighters carried out the attack. Interior ministry spokesman "
                 "Idris Kamal said 14 people died and the hotel kitchen burned.")
BOMBING = ("MARROWGATE — A suicide bomber drove a truck packed with explosives into a checkpoint "
           "near the interior ministry in Marrowgate on Saturday, killing 60 people, officials "
           "said. The Red Valley Front claimed the bombing. Interior ministry spokesman Idris "
           "Kamal said most of the dead were civilians. Last week the group's gunmen stormed the "
           "Grand Meridian hotel in the city.")
BOMBING_2 = ("At least 60 people were killed on Saturday when a truck bomb exploded at a "
             "checkpoint near the interior ministry in Marrowgate, police said. The Red Valley "
             "Front said it carried out the attack. Spokesman Idris Kamal said the blast "
             "shattered windows across the district. Last week the group's fighters attacked the "
             "Grand Meridian hotel.")
FUNERALS = ("Police in Marrowgate arrested five men on Monday over the truck bombing that killed "
            "64 people on Saturday near the interior ministry. Thousands of mourners buried the "
            "victims as interior ministry spokesman Idris Kamal said the suspects belonged to "
            "the Red Valley Front.")
TRIAL = ("A court in Marrowgate on Thursday heard the case of a man accused of shooting a "
         "shopkeeper during a robbery last year. The Red Valley Front denied any link to him.")


def _art(aid: str, text: str, published: str | None = None) -> Article:
    return events_step(sentences_step(Article(id=aid, raw=text, text=text, published=published)))


def test_reports_leading_with_attacks_a_week_apart_clash():
    siege = story_acts.days(_art("a", SIEGE, "2021-05-09"))
    bomb = story_acts.days(_art("b", BOMBING, "2021-05-15"))
    assert siege[0] and bomb[0]
    assert story_acts.clash(siege, bomb) and story_acts.clash(bomb, siege)


def test_a_follow_up_does_not_clash_with_its_attack():
    """Its lede's day is the arrests' (they share the sentence with the bombing), so it gives
    no lede day of its own; it still tells Saturday, the bombing's day."""
    funerals = story_acts.days(_art("f", FUNERALS, "2021-05-17"))
    assert not funerals[0] and date(2021, 5, 15) in funerals[1]
    bomb = story_acts.days(_art("b", BOMBING, "2021-05-15"))
    assert not story_acts.clash(bomb, funerals)


def test_a_lede_day_shared_with_another_act_is_that_acts():
    """A company's denial dated Wednesday names the deadly protests it is about: the day is
    the denial's, not the protests'."""
    denial = story_acts.days(_art("d", "The hotel's owners on Wednesday rejected claims that "
                                       "lax guards let in the gunmen who killed 14 guests in "
                                       "Marrowgate, and sued the security firm.", "2021-05-12"))
    assert not denial[0] and not denial[2]


def test_a_lede_attack_without_a_toll_gives_no_day():
    """A trial's lede names the shooting it is about on the hearing's day: no evidence."""
    trial = story_acts.days(_art("t", TRIAL, "2021-05-13"))
    assert not trial[0] and not trial[2]
    assert not story_acts.clash(trial, story_acts.days(_art("b", BOMBING, "2021-05-15")))


def test_an_undated_report_gives_no_evidence():
    undated = story_acts.days(_art("u", SIEGE_UNDATED))
    bomb = story_acts.days(_art("b", BOMBING, "2021-05-15"))
    assert not story_acts.clash(undated, bomb)
    assert not story_acts.clash(None, bomb)


def test_a_story_of_two_attacks_is_cut_and_its_parts_regroup():
    """Six reports the pair model reads as one story (every pair 0.9): the two dated groups
    part, the undated siege report follows the siege, and a bombing report an earlier merge
    left alone joins the bombing's part, never the siege's."""
    d = {k: story_acts.days(_art(k, t, p)) for k, t, p in [
        ("s1", SIEGE, "2021-05-09"), ("s2", SIEGE_UNDATED, None), ("b1", BOMBING, "2021-05-15"),
        ("b2", BOMBING_2, "2021-05-15"), ("f1", FUNERALS, "2021-05-17"),
        ("b3", BOMBING_2, "2021-05-15")]}
    acts = list(d.values())
    P = np.full((6, 6), 0.9)
    P[1, 0] = P[0, 1] = 0.99             # the undated siege report is closest to the siege's
    np.fill_diagonal(P, 0.0)
    labels = np.array([0, 0, 0, 0, 0, 1])
    out = story_acts.split_acts(sparse.csr_matrix(P), labels, acts, 0.3, np.full(6, np.nan),
                                7 * 86400.0)
    assert out[0] == out[1]
    assert out[2] == out[3] == out[4] == out[5] != out[0]


def test_a_story_without_clashing_reports_is_left_alone():
    acts = [story_acts.days(_art(k, t, p)) for k, t, p in [
        ("b1", BOMBING, "2021-05-15"), ("f1", FUNERALS, "2021-05-17"), ("u", SIEGE_UNDATED, None)]]
    P = sparse.csr_matrix(np.full((3, 3), 0.5) - 0.5 * np.eye(3))
    labels = np.array([0, 0, 1])
    out = story_acts.split_acts(P, labels, acts, 0.3, np.full(3, np.nan), 7 * 86400.0)
    assert (out == labels).all()


def test_assign_keeps_the_two_attacks_apart_and_the_funerals_with_the_bombing():
    arts = [_art("s1", SIEGE, "2021-05-09"), _art("s2", SIEGE_UNDATED),
            _art("b1", BOMBING, "2021-05-15"), _art("b2", BOMBING_2, "2021-05-15"),
            _art("f1", FUNERALS, "2021-05-17")]
    assign(arts)
    story = {a.id: a.story for a in arts}
    assert story["b1"] == story["b2"] == story["f1"]
    assert story["s1"] != story["b1"]


def test_undated_pages_clash_by_the_weekdays_they_name():
    """Pages without a date still name the attack's weekday: a Thursday airport bombing is
    not the Saturday truck bombing, while an undated Saturday report may be."""
    airport = story_acts.days(_art("p", "A suicide bomber killed 30 people at the main gate of "
                                        "Marrowgate airport on Thursday, officials said.", None))
    saturday = story_acts.days(_art("q", BOMBING_2, None))
    bomb = story_acts.days(_art("b", BOMBING, "2021-05-15"))
    assert airport[2] == {3} and not airport[0]
    assert story_acts.clash(airport, bomb) and story_acts.clash(airport, saturday)
    assert not story_acts.clash(saturday, bomb)


def test_a_day_told_in_a_further_sentence_of_the_attack_is_told_too():
    """An undated update leads with the toll "said Monday" and tells "Saturday's bombing" in
    its next sentence: it tells Saturday (Monday only dates the speech), so it does not clash
    with a Saturday report (such an update was once cut from its bombing's story)."""
    update = story_acts.days(_art("m", "The toll from the truck bombing in Marrowgate has passed "
                                       "70, the head of the city's ambulance service said Monday. "
                                       "Saturday's bombing struck a busy market street near the "
                                       "interior ministry, and about 120 others were hurt.", None))
    saturday = story_acts.days(_art("q", BOMBING_2, None))
    assert 0 not in update[2] and 5 in update[3]
    assert not story_acts.clash(update, saturday)
