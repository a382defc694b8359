"""Metadata read from scraped plain text: dates, bylines, outlets, headline."""
from __future__ import annotations

from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import extract, parse_date, store_prefix


def test_dates_in_the_forms_pages_state_them():
    assert parse_date("Published: Wednesday, Aug. 14 2013 6:27 a.m. MDT") == "2013-08-14"
    assert parse_date("Published November 14th, 2015 - 07:14 GMT") == "2015-11-14"
    assert parse_date("July 14, 2015 / 8:06 AM / 2 years ago") == "2015-07-14"
    assert parse_date("Hannah Al-Othman14 November 2015") == "2015-11-14"
    assert parse_date("02.05.2014 | Source:") == "2014-05-02"
    assert parse_date("Updated 2019-04-22 10:00") == "2019-04-22"
    assert parse_date("no date here, just 2019") is None


def test_store_prefix():
    raw = " date 2017-06-05 Qatar said there is no justification."
    start, date = store_prefix(raw)
    assert date == "2017-06-05" and raw[start:].startswith("Qatar said")
    assert store_prefix("Plain text") == (0, None)


def _blocks(lines):
    return [Block(t) for t in lines]


def test_title_author_date_outlet_from_page_head():
    lines = ["Menu", "Dam breach floods valley towns in the north",
             "By Ilse Varro, Associated Press", "Posted: March 3, 2026",
             "NORDHAVN (AP) — A dam gave way early on Tuesday, flooding two towns in the "
             "valley below and forcing thousands of people from their homes, officials said.",
             "Rescue teams worked through the night to reach families trapped by the water, "
             "according to the regional governor."]
    keep = [False, False, False, False, True, True]
    meta = extract(_blocks(lines), keep)
    assert meta["title"] == "Dam breach floods valley towns in the north"
    assert meta["title_index"] == 1
    assert meta["author"] == "Ilse Varro"
    assert meta["published"] == "2026-03-03"
    assert meta["outlet"] == "Associated Press"


def test_no_title_when_text_starts_with_the_body():
    lines = ["A dam gave way early on Tuesday, flooding two towns in the valley below and "
             "forcing thousands of people from their homes, officials said on Tuesday.",
             "Rescue teams worked through the night."]
    meta = extract(_blocks(lines), [True, True])
    assert meta["title"] is None and meta["author"] is None


def test_date_from_url_in_text():
    lines = ["Storm damage report",
             "Source: https://example.org/news/2024/10/07/storm-damage-report",
             "The storm tore roofs off dozens of houses along the coast on Monday night, and "
             "power was cut to about 8,000 homes, the utility company said."]
    meta = extract(_blocks(lines), [False, False, True], "\n".join(lines))
    assert meta["published"] == "2024-10-07"


def test_a_masthead_above_the_headline_is_not_the_title(tmp_path):
    """A site's name bar comes first on many scraped pages; the headline is the line that
    speaks of what the body says."""
    from newsdesk.api import clean_paths
    page = ("RIVERSIDE EVENING STAR — Listen live\nHome | News | Sport\n\n"
            "Flood barrier fails as river bursts its banks in Millbrook\n\n"
            "The flood barrier protecting the centre of Millbrook failed on Sunday night after "
            "three days of heavy rain, forcing hundreds of residents to leave their homes, the "
            "county council said.\n\nEngineers said the river had risen faster than forecast and "
            "that repairs to the barrier would take at least a week.\n")
    (tmp_path / "flood.txt").write_text(page)
    art = clean_paths([tmp_path]).articles[0]
    assert art.title == "Flood barrier fails as river bursts its banks in Millbrook"
    assert "RIVERSIDE" not in art.text


def test_date_prefilters_keep_every_form():
    """parse_date skips a pattern whose needed character (or month name) is absent; forms
    that need each one still parse, and on real lines it agrees with trying every pattern."""
    from newsdesk.clean import meta_text as M
    from conftest import shared_path

    assert parse_date("SEPT. 3, 2019 \u2014 Updated") == "2019-09-03"
    assert parse_date("3rd of March? no: 3 MARCH 2020") == "2020-03-03"
    assert parse_date("posted 2020/11/05") == "2020-11-05"
    assert parse_date("15.08.2018") == "2018-08-15"
    assert parse_date("Updated 2019 - 04 - 22") is None

    def every_pattern(text):
        best = None
        for rx, order in M.DATE_PATTERNS:
            m = rx.search(text)
            if not m or (best and m.start() >= best[0]):
                continue
            parts = dict(zip(order, m.groups()))
            mon = parts["m"]
            mon = int(mon) if mon.isdigit() else M.MONTHS.get(mon[:3].lower())
            y, d = int(parts["y"]), int(parts["d"])
            if mon and 1 <= mon <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
                best = (m.start(), f"{y:04d}-{mon:02d}-{d:02d}")
        return best[1] if best else None
    pages = sorted(shared_path("bench", "aeb-plain", "txt").glob("*.txt"))[:40]
    pages += list(shared_path("seeds").glob("*.txt"))
    lines = [ln for p in pages for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += ["\u017fep 5, 2019", "5 \u017fEPT 2019 and 2019-09-06", "JUN 1 2020 / 2020/06/02"]
    assert sum(every_pattern(t) is not None for t in lines) >= 20
    assert all(parse_date(t) == every_pattern(t) for t in lines)


def test_content_words_same_on_any_text():
    """The fast path of `_content_words` (lower the whole line once) gives the words of the
    reference definition, on real seed lines and on lines with U+0130 / final sigma."""
    import re

    from newsdesk.clean.meta_text import _STOP, WORD, _content_words
    from conftest import shared_path

    def ref(text):
        return {w for w in (x.lower() for x in WORD.findall(text))
                if len(w) >= 4 and w not in _STOP}
    lines = [ln for p in shared_path("seeds").glob("*.txt")
             for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += ["\u0130STANBUL \u2014 Protests in \u0130zmir", "\u039f\u0394\u039f\u03a3'\u0391 road",
              "Caf\u00e9 owners \u2019said\u2019 STRASSE \u1e9e"]
    assert all(_content_words(t) == ref(t) for t in lines)
    assert re.search("\u0130", lines[-3])


def test_the_lexicon_prefilter_hides_no_match():
    """`_lexicon_possible` (a LEX-class token, "old", or a non-ASCII line) holds wherever
    LEXICON matches, and the headline test gives the same answer with the page's counts
    as without: real pages (AEB-plain, the seeds) and lines built to be edge cases."""
    from conftest import shared_path
    from newsdesk.clean.lines import LEXICON, split_blocks
    from newsdesk.clean.meta_text import _lexicon_possible, _title_like
    from newsdesk.clean.plain_page import page
    pages = [p.read_text("utf8") for p in sorted(shared_path("seeds").glob("*.txt"))]
    pages += [p.read_text("utf8")
              for p in sorted(shared_path("bench", "aeb-plain", "txt").glob("*.txt"))[:80]]
    pages.append("Three Years Old Today\nLOG IN to Read\nWatch: the Video\nSub\u017fcribe now\n"
                 "Min Read Edition\nTerms of Use\nBack To Top\nE-mail This Story\n")
    hits = 0
    for raw in pages:
        texts = [b.text for b in split_blocks(raw)]
        pg = page(texts)
        for t, nw, lex in zip(texts, pg.nw.tolist(), pg.lex.tolist()):
            if LEXICON.search(t):
                hits += 1
                assert _lexicon_possible(t, int(lex)), t
            assert _title_like(t, None, int(lex)) == _title_like(t), t
    assert hits > 100


def test_body_word_search_is_the_set_intersection():
    """`_in_body` (a headline's words searched in the body's lowered text) answers as the
    intersection of `_content_words` sets, on real lines and on lines built to be edge
    cases (words at the ends, inside longer words, next to "_" and digits, U+0130, sigma)."""
    from newsdesk.clean.meta_text import _content_words, _in_body
    from conftest import shared_path
    lines = [ln for p in sorted(shared_path("bench", "aeb-plain", "txt").glob("*.txt"))[:60]
             for ln in p.read_text("utf8").splitlines() if ln.strip()]
    lines += ["Protests spread", "spread", "widespread protests_ 2019", "Protests2019 spread",
              "\u0130STANBUL protests", "\u039f\u0394\u039f\u03a3 road", "caf\u00e9 owners", "CAF\u00c9"]
    heads = [ln for ln in lines if len(ln) < 80][:300] + lines[-8:]
    bodies = [lines[i:i + 3] for i in range(0, len(lines), 37)] + [lines[-8:]]
    hits = 0
    for h in heads:
        words = _content_words(h)
        for body in bodies:
            want = bool(words & set().union(*map(_content_words, body)))
            assert _in_body(words, body) == want, (h, body)
            hits += want
    assert hits > 50


def test_a_credited_photo_caption_does_not_date_the_page():
    # a file photo's day (months before the news) would pull the article out of its story
    lines = ["Minister rejects claim over refinery fire",
             "Interior Minister Arvo Lind speaks to reporters at the ministry, Tuesday, "
             "March 4, 2025. (AP Photo/Ines Mork)",
             "The ministry denied on Sunday that its forces had any part in the fire that "
             "destroyed a refinery near the coast on Saturday, officials said."]
    meta = extract(_blocks(lines), [False, False, True])
    assert meta["published"] is None
    dated = ["Minister rejects claim over refinery fire", "Posted: June 1, 2025",
             lines[2]]
    assert extract(_blocks(dated), [False, False, True])["published"] == "2025-06-01"
