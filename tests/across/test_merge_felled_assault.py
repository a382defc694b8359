"""The forces' assault that ends a siege is the attackers' end, not a line of the attack
(across/merge_felled_assault.py): it is cut from the attack's mention, a sentence cut from two
of an article's mentions is one telling, and the crackdown on a crowd (no attackers named) or
an assault told in the attack's tail stays where it is. Sentences invented."""
from __future__ import annotations

from newsdesk.across.merge_felled import KILLERS, felled_mention, split_felled
from newsdesk.across.merge_felled_assault import forces_assault
from newsdesk.model import EventMention, Location, Span

TESSA = Location(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")
LEDE = "Gunmen seized the Orlan hotel in Tessa on Friday, taking dozens of guests hostage."
COUNTER = ("Troops have launched a counter-assault on the Orlan hotel in Tessa, where gunmen took "
           "dozens of guests hostage, the army said.")


HOLD = "The gunmen held the guests in the ballroom of the hotel."
ARTICLE = " ".join([LEDE, HOLD, COUNTER])


def _mention(aid: str, texts: list[str], actor: str | None = "Gunmen"):
    spans = [Span(aid, ARTICLE.find(t), ARTICLE.find(t) + len(t), t) for t in texts]
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:], actor=actor,
                        location=TESSA, date="2026-03-01", date_explicit=True)


def test_the_forces_assault_on_the_attackers_is_their_end():
    assert forces_assault(COUNTER, KILLERS)
    assert forces_assault("Two gunmen were dead and the operation to retake the hotel went on.", KILLERS)


def test_a_crackdown_or_an_assault_in_the_attack_s_tail_is_not():
    assert not forces_assault("Troops stormed the sit-in on the square at dawn.", KILLERS)
    tail = "The gunmen killed 40 guests before commandos stormed the hall."
    assert not forces_assault(tail, KILLERS)
    assert forces_assault(tail, KILLERS, own=True)       # the commandos' own mention of it


def test_a_counter_assault_cut_from_two_mentions_of_one_article_is_one_mention():
    shooting = _mention("a", [LEDE, COUNTER])
    hostages = _mention("a", [HOLD, COUNTER])
    out = split_felled([shooting, hostages])
    ends = [m for m in out if felled_mention(m)]
    assert len(ends) == 1 and ends[0].span.text == COUNTER
    assert all(COUNTER not in [s.text for s in [m.span, *m.extra_spans]] for m in out if m not in ends)
