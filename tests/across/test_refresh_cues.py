"""The cheap tests and caches a story refresh runs before its costly readers (cue words tested
before a pattern tried at every position, per-line and per-mention results read once) give
the answers the readers gave without them."""
from __future__ import annotations

import re
from types import SimpleNamespace

from newsdesk.across import story_dates_doubt as doubt
from newsdesk.across.dispute_allegiance import _beneficiaries
from newsdesk.across.dispute_denied_fact import _may_assert
from newsdesk.across.dispute_fate import _fate
from newsdesk.across.dispute_headcount import ATTACKERS, HELD, counts, killed
from newsdesk.across.merge_captions import is_caption
from newsdesk.across.merge_reciprocal import reciprocal_vetoes
from newsdesk.across.story_dates_repost import _statements, of_the_day
from newsdesk.model import Article, Sentence

LINES = ["The council will, after a long and careful review of every option it has, vote again in 2031 on the plan.",
         "The mayor is expected to run in 2027 for a new term, aides said on Monday.",
         "The hall opened on March 3, 2019 after years of building work by the city.",
         "Friday 4 May 2018"]


def _article(lines: list[str]) -> Article:
    text = "\n".join(lines)
    sents, pos = [], 0
    for line in lines:
        sents.append(Sentence(pos, pos + len(line), line))
        pos += len(line) + 1
    return Article(id="t", raw=text, kind="text", text=text, sentences=sents)


def test_years_read_per_line_match_the_whole_line_reading():
    art = _article(LINES)
    ahead = [int(m.group(1)) for line in LINES for m in doubt._YEAR.finditer(line)
             if doubt._AHEAD.search(line, 0, m.start())]       # the pattern over the whole line
    assert doubt.years_ahead(art) == ahead == [2027]
    assert doubt.stated_years(art) == [2019]
    assert doubt.named_years(art) == [2031, 2027, 2019]        # the short date line left out


def test_a_report_of_the_day_is_told_by_its_lede_alone():
    day = _article(["Gunmen attacked a bus station in the north of the country today, police said.",
                    "At least four people were hurt in the attack, a hospital official said."])
    back = _article(["Gunmen attacked a bus station in the north of the country today, police said.",
                     "A similar attack on the same station killed two people three weeks ago."])
    assert of_the_day(day) and not of_the_day(back)
    assert _statements(_article(["Friday 4 May 2018", "(Reuters)", "The talks resumed on Friday."])) == \
        ["The talks resumed on Friday."]


def test_cue_words_keep_the_counts_and_fates():
    assert counts("Witnesses said three gunmen stormed the hotel lobby.", ATTACKERS) == [3]
    assert counts("Police arrested four people after the raid.", HELD) == [4]
    assert counts("The minister met four envoys after the vote.", HELD) == []
    assert killed("Officials said two attackers were killed in the exchange.") == [2]
    assert (_fate("All three gunmen were killed by the police."), _fate("The attackers fled on foot.")) == \
        ("dead", "away")
    assert _fate("The council met on Tuesday.") is None


def test_cue_words_keep_captions_and_allegiances():
    assert is_caption("Rescue workers search the rubble (AP Photo/Jane Roe)")
    assert is_caption("Editor's note: this story was updated with the latest figures.")
    assert not is_caption("Rescue workers searched the rubble on Monday.")
    assert _beneficiaries("The army remains loyal to the president.") == ["the president"]
    assert _beneficiaries("The budget was approved by the assembly.") == []


def test_a_sentence_without_the_denied_verb_is_not_parsed():
    shoot = (SimpleNamespace(text="shooting"), {})
    assert _may_assert("Witnesses said soldiers shot at the crowd.", shoot)      # irregular form
    assert _may_assert("Soldiers were shooting at the crowd, witnesses said.", shoot)
    assert not _may_assert("The crowd dispersed after the speech.", shoot)
    assert _may_assert("Les soldats ont tiré sur la foule.", shoot)             # not ASCII: parsed


def test_reciprocal_vetoes_read_each_mention_once():
    m = [SimpleNamespace(actor="Norway", recipient="12 Swedish diplomats"),
         SimpleNamespace(actor="Sweden", recipient="12 Norwegian diplomats"),
         SimpleNamespace(actor="the ministry", recipient="the envoys"),
         SimpleNamespace(actor="Norwegian officials", recipient="Swedish diplomats")]
    veto = reciprocal_vetoes(m)
    assert veto[0, 1] and veto[1, 0] and veto[1, 3]
    assert not veto[0, 3] and not veto[0, 2] and not veto[2, 1]
    assert re.sub(r"\s", "", str(veto.sum())) == "4"
