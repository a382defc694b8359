"""A long war's running total told beside one incident (across/war_total.py): the war's tally is
no rival of the incident's toll, a bare figure sentence after it carries it on, and a sentence
adding the incident to the total keeps the incident's figure (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_wounded_event import wounded_event
from newsdesk.across.figures import RUNNING_TOTAL
from newsdesk.across.war_total import continues_total, incident_part, total_part
from newsdesk.model import Article, Count, Event, EventMention, Sentence
from tests.conftest import story_disputes

WAR_TOTALS = [
    "The death toll from the war had climbed past 20,000 by Tuesday, officials said.",
    "The toll of the two-year conflict has surpassed 48,000, the ministry says.",
    "The army's campaign in the northern province has killed at least 9,400 people, the health office says.",
    "Their bombardment and invasion of the valley has so far killed 5,100 civilians, according to the ministry.",
    "Some 3,000 civilians have died in the six months of war, aid groups estimate.",
    "The shelling came as the overall toll in the region topped 8,000.",
    "Military officials said 310 troops have died since the ground offensive in the north began.",
    "Since the Talvar-Ossen war started, at least 6,200 people have been killed.",
    "The conflict’s total toll passed 7,700 this week, monitors said.",
]
INCIDENT_TOLLS = [
    "The blast killed 14 people at the bus depot on Friday.",
    "Twelve people were killed and 30 wounded when the shell hit the square, the governor said.",
    "The toll of the market strike rose to 31 overnight, rescuers said.",
    "The operation began at dawn and 12 died in the crossfire.",
]


def test_war_wide_tallies_read_as_running_totals():
    assert all(RUNNING_TOTAL.search(t) for t in WAR_TOTALS)


def test_an_incidents_own_toll_is_no_running_total():
    assert not any(RUNNING_TOTAL.search(t) for t in INCIDENT_TOLLS)


def test_only_the_clause_adding_the_incident_to_the_total_is_dropped():
    text = ("Forty-two people died in the market strike, bringing the toll since the war began to more "
            "than 12,500, the ministry said.")
    assert incident_part(text) == "Forty-two people died in the market strike, the ministry said."
    assert "12,500" in total_part(text) and "Forty-two" not in total_part(text)
    assert incident_part(WAR_TOTALS[0]) == WAR_TOTALS[0]          # nothing separable: all of it is the total


def test_a_bare_figure_after_the_war_total_carries_it_on():
    bare = "More than 21,000 have been wounded, and many remain under the rubble."
    assert continues_total(bare, WAR_TOTALS[0])
    assert not continues_total(bare, INCIDENT_TOLLS[0])               # after the incident's toll: its own
    assert not continues_total("More than 210 have been wounded in the strike on the camp.", WAR_TOTALS[0])


def _story(texts, injured):
    """One record cited by the last sentence of each text, as the events step writes it."""
    arts, ms, sents = [], [], {}
    for i, (t, n) in enumerate(zip(texts, injured)):
        a = Article(id=f"a{i}", raw=" ".join(t), text=" ".join(t), story="s")
        pos, ss = 0, []
        for x in t:
            ss.append(Sentence(pos, pos + len(x), x))
            pos += len(x) + 1
        sents[a.id] = ss
        arts.append(a)
        ms.append(EventMention(article=a.id, type="ASSAULT", span=a.span(ss[-1].start, ss[-1].end),
                               injured=Count(*n)))
    ctx = {"res": {a.id: None for a in arts}, "sents": sents, "events": [Event("e1", "ASSAULT", ms)]}
    return wounded_event(arts, ctx)


def test_the_wars_wounded_are_no_rival_of_the_incidents():
    own = ["About 160 people were wounded when the crowd was fired on, the hospital said."]
    war = [WAR_TOTALS[0], "More than 52,000 have been wounded, and thousands are missing."]
    assert not _story([own, war], injured=[(160, 160), (52000, None)])
    other = ["Rescuers said about 400 people were wounded when the crowd was fired on."]
    assert len(_story([own, other], injured=[(160, 160), (400, 400)])) == 1


def test_a_war_total_in_another_outlet_makes_no_toll_dispute():
    own = "Shells struck the Darvel market on Sunday, killing 42 people, the health office said."
    war = ("The shelling of the Darvel market came as the health office said the war's death toll "
           "now stood beyond 12,500.")
    assert not [d for d in story_disputes(own, war) if "12500" in d.topic]
