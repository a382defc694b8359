"""Story clustering: online, time-aware, on real text (seeds, dev batches) and edge cases."""
from __future__ import annotations

import ast
import csv
import json

from newsdesk import api
from newsdesk.across.stories import Params, StoryIndex, arrival_order, assign
from newsdesk.across.story_consolidate import hubness, matrix
from newsdesk.clean import clean_article
from newsdesk.model import Article, Picture
from newsdesk.pipeline import CORPUS_STEPS, load_steps
from conftest import shared_path

from across.test_duplicates import OTHER, WIRE
from newsdesk.across.bcubed import bcubed


def bcubed_f1(pred: dict, gold: dict) -> float:
    return bcubed(pred, gold)[2]


def test_seeds_are_one_story():
    arts = api.clean_paths([shared_path("seeds")]).articles
    stories = assign(arts)
    assert len(arts) == 2 and len(stories) == 1
    assert stories[0].id == "s1" and stories[0].title
    assert {a.story for a in arts} == {"s1"}


def test_dev_batches_recover_gold_stories():
    root = shared_path("eval", "dev")
    arts = api.clean_paths([shared_path("seeds")] + sorted(root.glob("batch-*/articles"))).articles
    gold = {}
    for k, path in enumerate([shared_path("eval", "seeds.gold.json"), *sorted(root.glob("batch-*/gold.json"))]):
        for s in json.loads(path.read_text(encoding="utf-8"))["stories"]:
            gold.update({aid: f"{k}:{s['id']}" for aid in s["articles"]})
    assign(arts)
    assert bcubed_f1({a.id: a.story for a in arts}, gold) >= 0.95


def test_one_article_empty_and_undated_articles():
    arts = [Article("only", raw="", text=WIRE, title="Levee breaks in Marisk"),
            Article("blank", raw="", text="", title=None),
            Article("football", raw="", text=OTHER, title=None)]
    stories = assign(arts)
    assert len(stories) == 3
    assert [s.id for s in stories] == ["s1", "s2", "s3"]          # input order when undated
    assert all(a.story for a in arts)
    assert stories[0].title == "Levee breaks in Marisk"


def test_arrival_order_dated_first_undated_last():
    arts = [Article("u", raw=""), Article("late", raw="", published="2026-03-05"),
            Article("early", raw="", published="2026-03-01T08:00:00Z")]
    assert [a.id for a in arrival_order(arts)] == ["early", "late", "u"]


def test_story_closes_after_window():
    idx = StoryIndex(Params(window_days=7))
    day = 86400.0
    first = idx.add("a", "Levee breaks in Marisk", WIRE, 0.0)
    again = idx.add("b", "Marisk levee: evacuation", WIRE, 2 * day)
    much_later = idx.add("c", "Levee breaks in Marisk", WIRE, 40 * day)
    assert first == again != much_later


def test_registered_step_fills_picture():
    load_steps()
    arts = [Article("x", raw="", text=WIRE, title="Levee"), Article("y", raw="", text=WIRE)]
    pic = Picture(articles=arts)
    CORPUS_STEPS["stories"](arts, pic)
    assert [s.articles for s in pic.stories] == [["x", "y"]]


def test_consolidate_merges_a_story_the_single_pass_split():
    # a join threshold no pair reaches keeps them apart online; consolidation merges the
    # two close centroids (same levee story, told twice)
    half = WIRE.split(". ")
    first, second = ". ".join(half[:4]), ". ".join(half[3:])
    arts = [Article("a", raw="", text=first, title="Levee breaks in Marisk"),
            Article("b", raw="", text=second, title="Marisk levee: evacuation"),
            Article("c", raw="", text=OTHER, title="New coach for the national team")]
    online = assign([Article(a.id, raw="", text=a.text, title=a.title) for a in arts],
                    Params(threshold=0.99, rounds=0, merge=1.0))
    assert len(online) == 3
    stories = assign(arts, Params(threshold=0.99))
    assert [s.articles for s in stories] == [["a", "b"], ["c"]]


def test_headline_feed_groups_by_story():
    heads = ["Titanfall review: drop zone for Xbox One shooter",
             "Respawn explains why Titanfall PC needs 48GB of disk space",
             "Titanfall servers struggle on launch day for Xbox One",
             "Libya halts North Korean-flagged tanker loaded with rebel oil",
             "Libyan navy takes control of rebel oil tanker",
             "Rebels fired at Libyan naval forces over oil tanker: minister"]
    arts = [Article(f"h{i}", raw=h, text="", title=h) for i, h in enumerate(heads)]
    assign(arts)
    assert len({a.story for a in arts[:3]}) == 1 and len({a.story for a in arts[3:]}) == 1
    assert arts[0].story != arts[3].story


def test_shared_junk_title_does_not_tie_pages():
    junk = "Tweet with a location"
    arts = [Article("w", raw="", text=WIRE, title=junk),
            Article("o", raw="", text=OTHER, title=junk),
            Article("e", raw="", text="", title=junk)]
    assign(arts)
    assert arts[0].story != arts[1].story


# A sign-in wall as scraped: the same notice on pages of different stories (our own words).
WALL = ("Sign in to keep reading\n\nYou have reached the limit of free articles for this "
        "month on our website and in the app. Subscribers can read every story, watch our "
        "videos and get the morning newsletter. Already a member? Sign in with your account.\n"
        "Learn more")


def test_page_junk_is_a_story_of_its_own():
    walls = [Article(f"wall{i}", raw=WALL, text="", title="Sign in to keep reading", kind="text")
             for i in range(3)]
    real = [Article("w", raw="", text=WIRE, title="Levee breaks in Marisk"),
            Article("o", raw="", text=OTHER, title="New coach for the national team")]
    stories = assign(walls + real)
    assert len(stories) == 5                       # no wall joins another wall or a real story
    assert len({a.story for a in walls + real}) == 5


def test_hub_score_is_highest_for_the_article_close_to_everything():
    texts = ["levee river flood marisk evacuation", "levee river flood rescue boats",
             "levee river flood governor pumps", "football coach federation reyl"]
    X = matrix([{w: 1 / len(t.split()) ** 0.5 for w in t.split()} for t in texts])
    hub = hubness(X, k=2)
    assert hub[:3].min() > hub[3]                   # the odd one out is close to nothing


def _multinews(n_clusters: int):
    csv.field_size_limit(10**9)
    path = shared_path("bench", "multinews", "sample_validation.csv")
    arts, gold = [], {}
    with open(path, encoding="utf-8") as fh:
        for k, row in zip(range(n_clusters), csv.DictReader(fh)):
            for j, doc in enumerate(ast.literal_eval(row["documents"])):
                arts.append(clean_article(Article(f"{k}_{j}", raw=doc, kind="text")))
                gold[f"{k}_{j}"] = k
    return arts, gold


def test_multinews_validation_clusters_recovered_without_chaining():
    # real coverage with page junk (sign-in walls, archive banners) among the sources;
    # average linkage keeps neighbouring stories (two Senate fights) apart
    arts, gold = _multinews(40)
    assign(arts)
    p, r, f = bcubed({a.id: a.story for a in arts}, gold)
    assert p >= 0.9 and f >= 0.8
