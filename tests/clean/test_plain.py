"""The trained plain-text cleaner on real scraped text (seeds, dev articles) and on our own
example page: what it keeps, what it drops, and that every body span maps back to raw."""
from __future__ import annotations

import json

import pytest

from newsdesk.clean import clean_article
from newsdesk.clean.lines import split_blocks
from newsdesk.clean.recurring import RecurringLines, line_hash
from newsdesk.model import Article
from tests.conftest import FIXTURES, shared_path


def clean_file(path, **hints) -> Article:
    art = Article(id=path.stem, raw=path.read_text("utf8"), kind="text", **hints)
    return clean_article(art)


def assert_segments(art: Article) -> None:
    """Every segment is a verbatim copy of the raw text, and the segments tile the body:
    between two segments there is only a paragraph break or a rejoined line's space."""
    assert art.segments, "no segments"
    pos = 0
    for s in art.segments:
        assert art.text[s.clean:s.clean + s.length] == art.raw[s.raw:s.raw + s.length]
        assert art.text[pos:s.clean] in ("", " ", "\n\n")
        pos = s.clean + s.length
    assert pos == len(art.text)
    first = art.segments[0]
    sp = art.span(first.clean, first.clean + first.length)
    assert art.raw[sp.raw_start:sp.raw_end] == sp.text


def test_example_page_body_and_metadata():
    art = clean_file(FIXTURES / "plain_harbor_gazette.txt")
    assert_segments(art)
    body = art.text
    assert art.title == "Floodwaters cut off three villages as Lenmark river bursts its banks"
    assert art.author == "Tamsin Orrell"
    assert art.published == "2026-03-03"
    assert body.startswith("VARSBY — Floodwaters cut off")            # dateline kept
    assert "Army engineers began building" in body
    assert "more rain was expected on Wednesday" in body
    for junk in ("Advertisement", "Share this article", "Related stories", "Tamsin Orrell",
                 "All rights reserved", "Subscribe", "Read more", "Published:",
                 "Jonas Pell", "Rescue boats wait", "Floodwaters cut off three villages as"):
        assert junk not in body, junk


def test_seed_vice_page():
    art = clean_file(shared_path("seeds", "000_6aad434db166bdcb.txt"))
    assert_segments(art)
    assert "slaughtered more than 40 Sunnis being held in a jail in Baqouba" in art.text
    assert "Long Term Impacts" in art.text                             # in-body subheading
    for junk in ("This story is over 5 years old", "Photo via AP", "Read more here."):
        assert junk not in art.text, junk
    assert art.title == "Iraqi Prime Minister Maliki Ignores Calls to Build Bridges With Sunni Peers"


def test_seed_independent_page_drops_widgets():
    art = clean_file(shared_path("seeds", "003_35c7fe5f69efd926.txt"))
    assert_segments(art)
    assert art.title.startswith("Iraq crisis: Fears of partition grow")
    assert "iJobs" not in art.text and "Recruitment Genius" not in art.text
    assert "Unlike other massacres of Shia by Isis this one is well-authenticated" in art.text


def test_seeds_clean_f1_against_gold():
    gold = json.loads(shared_path("eval", "seeds.gold.json").read_text("utf8"))
    import re
    from collections import Counter
    tok = re.compile(r"\w+")
    tp = pred = ref = 0
    for g in gold["articles"]:
        art = clean_file(shared_path("seeds", g["id"] + ".txt"))
        a, b = Counter(tok.findall(g["text"].lower())), Counter(tok.findall(art.text.lower()))
        tp, pred, ref = tp + sum((a & b).values()), pred + sum(b.values()), ref + sum(a.values())
    f1 = 2 * tp / (pred + ref)
    assert f1 >= 0.96, f1


def test_hard_wrapped_agency_text_is_rejoined():
    path = shared_path("eval", "dev", "batch-c", "articles", "paris-attacks-afp.txt")
    art = clean_file(path)
    assert_segments(art)
    first = art.text.split("\n\n")[0]
    assert first == ("Islamic State jihadists on Saturday claimed a series of coordinated attacks "
                     "by suicide bombers and gunmen in Paris that killed at least 128 people at a "
                     "concert hall, restaurants and the national sports stadium.")
    assert "\n" not in first
    # one segment per raw line: each wrapped line maps back on its own
    assert len(art.segments) > len(art.text.split("\n\n"))


def test_byline_becomes_author_not_body():
    art = clean_file(shared_path("eval", "dev", "batch-c", "articles", "egypt-rabaa-ap.txt"))
    assert_segments(art)
    assert art.author == "Maggie Michael"
    assert "By Maggie Michael" not in art.text
    assert art.title == "Egypt police storm 2 pro-Morsi camps in Cairo"
    assert art.published == "2013-08-14"
    assert art.text.startswith("CAIRO — Egyptian security forces")
    assert "Hassan Ammar" not in art.text and "Smoke rises from a car" not in art.text


def test_store_prefix_and_agency_dateline():
    d = shared_path("eval", "dev", "batch-d", "articles")
    art = clean_file(d / "football-torreira-breakingnews.txt")
    assert art.published == "2018-07-10"
    assert art.text.startswith("Arsenal have completed the signing")
    assert_segments(art)
    art = clean_file(d / "iran-netanyahu-reuters.txt")
    assert art.outlet == "Reuters"
    assert art.published == "2015-07-14"


def test_existing_metadata_is_not_overwritten():
    art = clean_file(FIXTURES / "plain_harbor_gazette.txt", title="Given title", author="Someone")
    assert art.title == "Given title" and art.author == "Someone"


@pytest.mark.parametrize("batch", ["batch-c", "batch-d"])
def test_segment_invariant_on_every_dev_article(batch):
    for p in sorted(shared_path("eval", "dev", batch, "articles").glob("*.txt")):
        art = clean_file(p)
        assert art.text, p.name
        assert_segments(art)


def _outlet_page(headline: str, body: list[str]) -> str:
    return "\n".join(["Northwind Courier", "Sign up for our morning briefing, delivered daily",
                      headline, *body,
                      "Our journalism is funded by readers like you: become a member today",
                      "Northwind Courier is a registered trademark of Courier Media Group"])


def test_recurring_lines_across_one_outlet():
    pages = [
        _outlet_page("Ferry strike halts island traffic", [
            "Ferry crews on the northern routes walked out on Friday over a pay dispute, "
            "stranding hundreds of passengers on the islands.",
            "The union said the strike would last until the operator reopened talks."]),
        _outlet_page("Council votes to close old bridge", [
            "The city council voted on Tuesday to close the old stone bridge after engineers "
            "found deep cracks in two of its arches.",
            "Traffic will be diverted over the new ring road from next month."]),
        _outlet_page("Harvest festival draws record crowd", [
            "More than twenty thousand visitors came to the harvest festival on Sunday, the "
            "largest crowd since the event began in 1988.",
            "Organisers said the extra trains laid on for the day had been full."]),
    ]
    rec = RecurringLines(min_pages=3).learn(("northwind", p) for p in pages)
    hashes = rec.boilerplate("northwind")
    promo = "Our journalism is funded by readers like you: become a member today"
    assert line_hash(promo) in hashes
    assert line_hash("Ferry strike halts island traffic") not in hashes
    assert rec.boilerplate("elsewhere") == set()
    # survives a round trip through plain dicts (how the store persists it)
    again = RecurringLines.from_dict(json.loads(json.dumps(rec.to_dict())))
    assert again.boilerplate("northwind") == hashes
    # the cleaner honours the outlet's recurring lines
    art = Article(id="p0", raw=pages[0], kind="text")
    art.layers["boilerplate_lines"] = hashes
    art = clean_article(art)
    assert "become a member" not in art.text and "morning briefing" not in art.text
    assert "Ferry crews on the northern routes walked out" in art.text
    assert_segments(art)


def test_blocks_keep_raw_offsets():
    raw = "  Title line  \n\nFirst paragraph here.\r\nSecond one.\n"
    blocks = split_blocks(raw)
    assert [b.text for b in blocks] == ["Title line", "First paragraph here.", "Second one."]
    for b in blocks:
        s, n = b.pieces[0]
        assert raw[s:s + n] == b.text


def test_regex_prefilters_never_hide_a_match():
    """`line_features` runs HARD_DROP, BYLINE, CREDIT and DATELINE only on lines whose first
    word or lexicon classes allow a match: on real scraped lines (seeds and dev articles)
    and a few of our own, the flags equal the regexes run on every line."""
    import numpy as np

    from newsdesk.clean import lines as L
    from newsdesk.clean.lines import Block, line_features
    paths = list(shared_path("seeds").glob("*.txt"))
    paths += list(shared_path("eval", "dev").glob("batch-*/articles/*.txt"))
    extra = ["(AP Photo/Hadi Mizban)", "Photo: Reuters", "BAGHDAD - Militants seized",
             "Follow us on Twitter", "12 comments", "Photographs: Rina Tal (Photographer)",
             "By Ilse Varro, Associated Press", "Read more here.", "Advertisement",
             "(Filed by our correspondent)", "ANKARA (Reuters) - Turkey said"]
    pages = [[Block(t) for t in extra]]
    pages += [split_blocks(p.read_text("utf8")) for p in paths]
    for blocks in pages:
        F = line_features(blocks)
        for b, row in zip(blocks, F):
            t, nw = b.text, b.nw
            assert bool(row[16]) == (nw <= 15 and L.HARD_DROP.match(t) is not None), t
            assert bool(row[11]) == (nw <= 15 and L.BYLINE.match(t) is not None), t
            assert bool(row[12]) == (nw <= 25 and L.CREDIT.search(t) is not None), t
            assert bool(row[13]) == (L.DATELINE.match(t) is not None), t
        assert np.isfinite(F).all()


def test_listing_without_body_paragraph_keeps_its_items():
    """With no body paragraph at all (a listing), short lines are not a header to strip."""
    from newsdesk.clean.lines import Block
    from newsdesk.clean.plain import _header_and_tail
    items = [Block(f"Harbour council approves new ferry timetable {i}") for i in range(6)]
    for b in items:
        b.nw = len(b.text.split())
    keep = [True] * 6
    _header_and_tail(items, keep, "x\n", None)
    assert keep == [True] * 6


def test_page_arrays_count_words_and_hash_lines_alike():
    """`plain_page.page` measures every line of a page at once: word counts as `\\w+` runs,
    and one hash per line's words whatever the case, punctuation or page around it."""
    import re

    from newsdesk.clean.plain_page import page
    raw = shared_path("seeds", "000_6aad434db166bdcb.txt").read_text("utf8")
    texts = [b.text for b in split_blocks(raw)]
    pg = page(texts)
    assert pg.nw.tolist() == [len(re.findall(r"\w+", t)) for t in texts]
    alone = page(["Share this article!", "x"]).line_h[0]
    other = page(["Some headline here", "SHARE -- this article", "end"]).line_h[1]
    assert alone == other
    assert page(["Share this story"]).line_h[0] != alone
    # a line's first 8 words: the same hash as a line of just those words
    long = page(["one two three four five six seven eight nine ten"])
    assert long.head_h[0] == page(["One two three four five six seven eight."]).line_h[0]


def test_comment_and_related_markers_flag_what_follows():
    """Lines below a comments header or a teaser-list header carry that as a feature."""
    from newsdesk.clean.lines import FEATURES, Block, line_features
    texts = ["Harbour council approves new ferry timetable",
             "The council voted on Tuesday to add two late crossings on weekdays, after a "
             "petition signed by more than three thousand islanders.",
             "12 Comments", "Great news for commuters, thanks!", "Related stories",
             "Bridge repairs to start in spring"]
    F = line_features([Block(t) for t in texts])
    com, rel = FEATURES.index("after_comments"), FEATURES.index("after_related")
    assert F[:, com].tolist() == [0, 0, 0, 1, 1, 1]
    assert F[:, rel].tolist() == [0, 0, 0, 0, 0, 1]


def test_extra_features_mark_teasers_pitches_and_bios():
    """`plain_extra`: an ellipsis-cut teaser, a line talking to the reader, an author bio
    are flagged; a reported paragraph (even one naming "US" troops) is not."""
    from newsdesk.clean.plain_extra import NAMES, extra_features
    from newsdesk.clean.plain_page import page
    texts = ["Ferry operator warns of winter delays as two vessels go in for repairs...",
             "Want more stories like this? Sign up for our free morning newsletter and get "
             "your news first.",
             "Mira Osk is a reporter at the Harbour Gazette covering transport and housing.",
             "The council said 40 US-built buoys would be replaced by March, and officials "
             "added that crossings would resume on Friday."]
    X = extra_features(page(texts))
    col = {k: X[:, NAMES.index(k)].tolist() for k in NAMES}
    assert col["ellipsis"] == [1, 0, 0, 0]
    assert col["bio"] == [0, 0, 1, 0]
    assert col["question"] == [0, 0, 0, 0]
    assert col["you_rate"][1] > 0.1 and col["you_rate"][3] == 0


def test_teaser_features_see_a_related_list_after_the_article():
    """`plain_teasers`: headline / one-sentence teaser pairs after the article are a teaser
    list; the article's paragraphs are not, and lie before most of the page's prose."""
    import numpy as np

    from newsdesk.clean.lines import Block, line_features
    from newsdesk.clean.plain_page import page
    from newsdesk.clean.plain_teasers import NAMES, teaser_features
    body = ("The harbour board said on Tuesday that both ferries would be back in service by "
            "March. Repairs to the older vessel had taken longer than planned, it added.")
    teasers = []
    for k in range(5):
        teasers += [f"Council Weighs New Plan For Pier {k} Parking",
                    f"Residents near pier {k} have asked for more spaces after the market "
                    "reopened in the spring."]
    texts = [body] * 6 + teasers
    pg = page(texts)
    X = teaser_features(line_features([Block(t) for t in texts], None, pg), pg)
    col = {k: X[:, NAMES.index(k)] for k in NAMES}
    assert col["heading"][6] == 1 and col["sent1"][7] == 1 and col["heading"][0] == 0
    assert col["head_caps"][6] > 0.8 and col["head_caps"][0] < 0.3
    assert col["teaser_w4"][11] > 0.3 and col["teaser_w4"][0] == 0
    assert col["alt2_w4"][11] > 0.5 and col["alt2_w4"][1] == 0
    assert col["prose_after"][12] == 0 and col["prose_before"][12] == 1
    assert np.isclose(col["prose_after"][0], 5 / 6)


def test_teaser_features_leave_link_bar_lines_and_captions_out():
    """A line ending in a separator is no teaser headline, and a caption trailing its
    credit is no prose: the story below them holds all of the page's prose."""
    from newsdesk.clean.lines import Block, line_features
    from newsdesk.clean.plain_page import page
    from newsdesk.clean.plain_teasers import NAMES, teaser_features
    texts = ["Workers clear debris outside the harbour office in Port Averne on Monday. Two "
             "cranes were damaged in the storm, officials said. [Photo/Agencies] |",
             "Storm season |", "|", "Coastal road reopened after landslide |",
             "PORT AVERNE - Two cranes collapsed on Monday when a storm hit the harbour, the "
             "port authority said. Nobody was hurt.",
             "The authority said repairs would take at least three weeks, and that ferries "
             "would run on a reduced timetable until then."]
    pg = page(texts)
    X = teaser_features(line_features([Block(t) for t in texts], None, pg), pg)
    col = {k: X[:, NAMES.index(k)] for k in NAMES}
    assert col["heading"][3] == 0 and col["heading"][1] == 0
    assert col["prose_after"][0] == 1 and col["prose_before"][4] == 0


def test_run_features_find_the_article_run():
    """`plain_runs`: the run of likely-body lines holding the most words is the article;
    lines before and after it (a promo far below) know their distance and share."""
    import numpy as np

    from newsdesk.clean.plain_runs import NAMES, run_features
    p = np.array([0.1, 0.9, 0.8, 0.2, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.7, 0.1], np.float32)
    w = np.array([3, 60, 50, 4, 40, 3, 5, 5, 5, 5, 30, 2], np.float32)
    R = run_features(p, w)
    col = {k: R[:, NAMES.index(k)] for k in NAMES}
    assert col["in_main"].tolist() == [0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    assert col["before_main"][0] > 0 and col["after_main"][10] > col["after_main"][5] > 0
    assert 0 < col["run_share"][10] < 0.3 and col["run_share"][2] == 1.0
    assert np.isclose(col["runs"][0], np.log1p(2))      # two runs
    assert run_features(np.zeros(3, np.float32), np.ones(3, np.float32)).shape == (3, len(NAMES))


def test_flattened_photo_chrome_is_neither_body_nor_title():
    raw = ("Image copyright Harbour Police Image caption Divers searched the river near the old mill on Sunday\n\n"
           "Police in Port Ellis have arrested two men after a fire destroyed the old mill on the river "
           "bank, officials said on Monday.\n\n"
           "Image copyright Reuters Image caption The mill had stood empty for a decade\n\n"
           "The fire started shortly after midnight and took four hours to bring under control, the "
           "fire service said, adding that nobody had been hurt.\n")
    art = clean_article(Article(id="chrome", raw=raw, kind="text"))
    assert "Image copyright" not in art.text and "Image caption" not in art.text
    assert "arrested two men" in art.text
    assert not (art.title or "").startswith("Image")


def test_a_short_excerpt_keeps_its_one_report_sentence():
    """A pasted excerpt (headline, date line, one paragraph) must not come out empty."""
    sentence = ("A suspected arsonist started a fire that killed 12 people and injured 40 at "
                "the end of a lantern festival, police said Tuesday.")
    raw = f"Harbour Fire: Everything We Know | Coastline News\n\n2026-04-02 63\n\n{sentence}\n"
    art = clean_article(Article(id="excerpt", raw=raw, kind="text"))
    assert art.text == sentence          # the model alone rejects it: the fallback keeps it


def test_lead_in_lines_ending_in_a_colon_are_body():
    """A roundup that introduces each embedded post with a clause ending in ':' keeps those
    clauses; a short kicker ending in one is still dropped."""
    raw = ("Watch:\n\n"
           "Two days ago, rebel fighters took control of the river port of Salve in the north:\n\n"
           "The defence ministry later said its troops were pushing back into the port:\n\n"
           "On Tuesday the regional hospital said 14 people had been killed and dozens wounded in "
           "the fighting, and that its staff were treating the injured in corridors because "
           "every ward was full.\n")
    art = clean_article(Article(id="roundup", raw=raw, kind="text"))
    assert art.text.startswith("Two days ago, rebel fighters took control")
    assert "The defence ministry later said" in art.text
    assert "Watch:" not in art.text
