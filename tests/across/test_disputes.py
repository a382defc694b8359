"""Disputes: the seed's cause-of-death dispute, a denial of the sentence before it, and
conflicting tolls across outlets of one story."""
from __future__ import annotations

import json

from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Picture

from conftest import shared_path


def run(arts):
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    return pic.disputes


def test_seed_cause_of_death_dispute():
    gold = json.loads(shared_path("eval", "seeds.gold.json").read_text(encoding="utf-8"))
    a = next(x for x in gold["articles"] if x["id"] == "000_6aad434db166bdcb")
    art = Article(id=a["id"], raw=a["text"], text=a["text"], story="s1")
    ds = run([art])
    hit = [d for d in ds if any("mortar attacks" in c.span.text for c in d.claims)
           and any("gunshot wounds" in c.span.text for c in d.claims)]
    assert hit
    assert {c.holder for c in hit[0].claims} >= {"The Iraqi military", "a morgue official"}


def test_anaphoric_denial():
    text = ("The state news agency quoted the emir criticising his neighbours. "
            "Officials categorically deny this, and say the website was hacked.")
    ds = run([Article(id="a", raw=text, text=text, story="s")])
    assert any(d.kind == "occurrence" and len(d.claims) == 2 for d in ds)


def test_conflicting_tolls_across_outlets():
    t1 = "At least 31 people have been killed in a fire in the trade union building, the interior ministry said."
    t2 = "At least 38 people were killed on Friday when radicals set fire to the building, officials said."
    t3 = "The match ended in a draw and nobody was hurt."
    arts = [Article(id="a", raw=t1, text=t1, story="s"), Article(id="b", raw=t2, text=t2, story="s"),
            Article(id="c", raw=t3, text=t3, story="other")]
    ds = run(arts)
    counts = [d for d in ds if d.kind == "count"]
    assert counts and {c.article for c in counts[0].claims} == {"a", "b"}
    assert not any(c.article == "c" for d in ds for c in d.claims)


def test_no_dispute_in_agreeing_text():
    text = ("The ministry said 12 people were killed in the blast. Police said 12 people died. "
            "However, the market reopened on Monday.")
    assert run([Article(id="a", raw=text, text=text, story="s")]) == []


def test_earlier_report_corrected_in_the_same_article():
    text = ("The president of Freedonia declared a state of emergency, reinstating border checks. "
            "Initially it had been reported that Freedonia had closed its borders.")
    ds = run([Article(id="a", raw=text, text=text, story="s")])
    assert any(d.kind == "occurrence" and len(d.claims) == 2 for d in ds)


def test_prevent_versus_allow_across_outlets():
    t1 = 'Obama said the agreement will prevent Iran from obtaining a nuclear weapon.'
    t2 = 'Netanyahu said the agreement gives Iran a sure path to nuclear weapons.'
    arts = [Article(id="a", raw=t1, text=t1, story="s"), Article(id="b", raw=t2, text=t2, story="s")]
    ds = [d for d in run(arts) if d.kind == "claim"]
    assert ds and {c.holder for c in ds[0].claims} == {"Obama", "Netanyahu"}


def test_background_and_running_totals_are_not_toll_disputes():
    from newsdesk.across.disputes import find_disputes
    from newsdesk.model import Picture
    a = ("RIVERTON, April 22 — Police arrested a man on Sunday over a plot against two churches. "
         "The country has been on edge since the Jan. 7-9 attacks on a newspaper left 20 people dead.")
    b = ("Police in Riverton arrested a suspect on Sunday, officials said. Troops were deployed to "
         "guard churches after militants killed 17 people in January in attacks on a newspaper.")
    c = ("More than 8,000 people have died so far in the violence in the country, the United Nations "
         "says. Police in Riverton arrested a suspect over a plot against churches.")
    arts = [Article(id=i, raw=t, text=t, story="s", published="2015-04-22")
            for i, t in (("a", a), ("b", b), ("c", c))]
    assert not [d for d in run(arts) if "toll" in d.topic]
