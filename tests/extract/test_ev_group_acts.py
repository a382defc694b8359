"""One article's act told in several sentences stays one mention (extract/ev_group.py with
grp_link.py): sentences naming the same means link, a death "in the attack" goes to the
article's attack with a toll, a bare toll word opens no event of its own, and "a second
blast" stays an act of its own even with no toll or place."""
from __future__ import annotations

from newsdesk.extract import grp_link as K
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import assault_mentions


def attacks(text: str, published: str = "2019-05-14"):
    return assault_mentions(text, published)


def test_opened_fire_and_was_shot_are_one_shooting():
    ms = attacks("Late on Friday night a girl was sitting on her porch when someone opened fire "
                 "from a passing car. Lena was shot in the back and died an hour later. "
                 "Neighbours said the street had been quiet for months.")
    told = [m for m in ms if "opened fire" in m.span.text or
            any("opened fire" in s.text for s in m.extra_spans)]
    assert len(told) == 1
    texts = [told[0].span.text, *[s.text for s in told[0].extra_spans]]
    assert any(t.startswith("Lena was shot") for t in texts)
    assert told[0].dead is not None and told[0].dead.low == 1


def test_two_tellings_of_the_police_return_fire_are_one_act():
    ms = attacks("A man shot at two deputies outside the courthouse on Monday, wounding both. "
                 "Deputies returned fire, killing the man. "
                 "Other deputies were able to return fire, subsequently killing the suspect, "
                 "the sheriff said.")
    back = [m for m in ms if "returned fire" in m.span.text]
    assert len(back) == 1
    assert any("subsequently killing the suspect" in s.text for s in back[0].extra_spans)


def test_death_in_the_attack_joins_the_attack_with_a_toll():
    ms = attacks("Five people were killed and 30 injured in the attack on the bridge on Saturday. "
                 "The three attackers were shot dead by police within minutes. "
                 "One of them had appeared in a propaganda video. "
                 "A Spanish national was also killed in the attack, the ministry said.")
    toll = next(m for m in ms if m.dead and m.dead.low == 5)
    assert any(s.text.startswith("A Spanish national") for s in toll.extra_spans)


def test_a_toll_word_without_figure_opens_no_event():
    class C:                   # a candidate as events.py makes it, only what grp_link reads
        def __init__(self, kinds, dead=None, injured=None):
            self.triggers = [type("T", (), {"kind": k, "text": "died", "type": "ASSAULT"})()
                             for k in kinds]
            self.dead, self.injured, self.mode = dead, injured, None
    assert K.empty_toll(C(["toll"]))
    assert not K.empty_toll(C(["toll", "noun"]))
    assert not K.empty_toll(C(["toll"], dead=object()))


def test_different_means_do_not_link():
    class C:
        def __init__(self, *texts):
            self.mode = None
            self.triggers = [type("T", (), {"kind": "verb", "text": t})() for t in texts]
    g = type("G", (), {"cands": [C("bombing")]})()
    assert not K.same_act(g, C("shot"))
    assert K.same_act(g, C("blast"))
    assert K.same_act(type("G", (), {"cands": [C("killing")]})(), C("killed"))


def test_deaths_in_another_state_are_not_the_attack_told_before():
    ms = attacks("In Ohio, a gunman killed three people at a mall on Tuesday. "
                 "There were at least two deaths in Texas on Monday, police said.")
    ohio = next(m for m in ms if m.dead and m.dead.low == 3)
    assert not any("Texas" in s.text for s in ohio.extra_spans)


def test_the_nights_shooting_joins_the_shooting_with_a_toll():
    ms = attacks("Late Wednesday night someone opened fire on a crowd outside a store in Dayton. "
                 "Maya was shot in the chest and died an hour later. "
                 "Shootings in the district have risen this year, officials said. "
                 "Wednesday night's shooting occurred near a Dayton school.")
    lede = next(m for m in ms if "opened fire" in m.span.text)
    assert any(s.text.startswith("Wednesday night's shooting") for s in lede.extra_spans)


def test_a_bare_death_without_figure_joins_the_toll_not_an_aside():
    ms = attacks("Five people were killed and 30 injured in the attack on the bridge on Saturday. "
                 "One attacker had appeared in an execution video filmed abroad. "
                 "Her family said she had died in her fiance's arms on the pavement.")
    toll = next(m for m in ms if m.dead and m.dead.low == 5)
    assert any(s.text.startswith("Her family said") for s in toll.extra_spans)


def test_a_year_past_gives_no_victim_or_toll():
    from newsdesk.extract.ev_group import Group
    from newsdesk.extract.events import Cand
    from newsdesk.model import Count
    text = ("Police defended their handling of one of the men behind Saturday's attack. "
            "A witness said the men shouted as they attacked people near the market. "
            "He was questioned in 2013, the day after another follower killed a soldier.")
    art = sentences_step(Article(id="t", raw=text, text=text, published="2017-06-06"))
    now = Cand("ASSAULT", 1, 0, 1, recipient="people")
    then = Cand("ASSAULT", 2, 0, 1, recipient="soldier", dead=Count(1, 1), weak=True)
    K.mark_past(art, [now, then])
    assert then.past and not now.past
    g = Group(then)
    g.cands.append(now)
    assert g.dead is None and g.recipient == "people"


def test_a_second_blast_without_toll_or_place_stays_its_own_act():
    ms = attacks("Nine people were killed in a car bomb blast near the port of Tessa on "
                 "Saturday. The blast destroyed two shops. About an hour later, a second blast "
                 "took place in the city's old quarter.")
    second = [m for m in ms if "second blast" in m.span.text]
    assert len(second) == 1 and second[0].dead is None
    first = [m for m in ms if m.dead is not None]
    assert len(first) == 1 and not any("second blast" in s.text for s in first[0].extra_spans)
