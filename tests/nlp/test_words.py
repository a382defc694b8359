"""The speed stand-ins (nlp/words.py and the memos of the event layer) give exactly what the
regex scans and the uncached calls they replace give, on real coverage and on the edge
cases that separate them (Unicode case folds, word boundaries, overlapping occurrences)."""
from __future__ import annotations

import json
import re

from newsdesk.extract import attribution as A
from newsdesk.extract import ev_context as X
from newsdesk.extract import quotes as Q
from newsdesk.extract import resolver as R
from newsdesk.extract import role_holders as RH
from newsdesk.extract import speakers as S
from newsdesk.extract.geo.relative import _SAID, _SAID_RX
from newsdesk.extract.geo.resolve import _QUALIFIER
from newsdesk.nlp import words as W
from newsdesk.nlp.words import WordCount, literal_then, occurrences
from tests.conftest import EXAMPLES, shared_path

EDGES = [
    "", "the", "The THE tHe", "said: the ſaid", "Box Office box  office box office's",
    "ﬁlm film_ _film Film", "bombs, bombing, Terrorism; anti-terror", "KILLED killed Killed2",
    "x1y the1 the_ é the", "Stars star stars' starship", "İstanbul is in the news",
]


def _bodies() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.txt"))]
    for g in ("seeds.gold.json", "dev/batch-c/gold.json", "dev/batch-d/gold.json"):
        out += [a["text"] for a in json.loads(shared_path("eval", g).read_text(encoding="utf-8"))["articles"]]
    return out


def test_word_counts_equal_the_patterns_findall():
    for text in _bodies() + EDGES:
        for rx in (X.ENGLISH, X.POLITICAL, X.OFF_TOPIC):
            assert WordCount(rx)(text) == len(rx.findall(text)), (rx.pattern[:30], text[:60])


def test_topic_and_language_checks_keep_their_verdicts():
    def english(text):                                  # the regex version they replace
        words = re.findall(r"[^\W\d_]+", text[:5000])
        return len(words) < 20 or len(X.ENGLISH.findall(text[:5000])) / len(words) > 0.06

    def off(text):
        o, p = len(X.OFF_TOPIC.findall(text)), len(X.POLITICAL.findall(text))
        return o >= 4 and o > 1.5 * p
    film = ("The film is a thriller; the director and the actress made the movie a box office hit, "
            "and fans of the album and the song gave the plot a star rating. ") * 2
    for text in _bodies() + EDGES + [film, "Le gouvernement a dit que " * 10]:
        assert X.is_english(text) == english(text)
        assert X.off_topic(text) == off(text)
    assert X.off_topic(film)


def test_literal_then_equals_a_pattern_per_name():
    for text in _bodies()[:20] + ["Jones said. Joneses said", "_Smith said", "Smith' is", "Springfield, Ill. and"]:
        for name in ("Jones", "Smith", "Springfield", "Kerry", "Maliki", "Baghdad", "Iraq"):
            a = re.search(r"\b" + re.escape(name) + _SAID, text)
            b = literal_then(text, name, _SAID_RX, word_start=True)
            assert (a and a.group(0)[len(name):]) == (b and b.group(0))
            a = re.search(re.escape(name) + _QUALIFIER.pattern, text)
            b = literal_then(text, name, _QUALIFIER)
            assert (a and a.group(1)) == (b and b.group(1))


def test_occurrences_equal_finditer():
    for text in ("aaaa", "Iraq and Iraq's Iraqi", ""):
        for lit in ("aa", "Iraq", "a", ""):
            assert occurrences(text, lit) == [m.start() for m in re.finditer(re.escape(lit), text)]


def test_speech_and_clause_verbs_found_as_the_patterns_find_them():
    for text in _bodies() + ["He said that the told him that it was; they told the press that Emphasised emphasized"]:
        speech, clause = Q.verb_matches(text)
        assert [m.span() for m in speech] == [m.span() for m in S.SPEECH_VERB.finditer(text)]
        assert [(m.span(), m.groups()) for m in clause] == \
            [(m.span(), m.groups()) for m in S.CLAUSE_VERBS.finditer(text)]


def test_sentence_bounds_of_quotes_unchanged():
    abbrev = A.ABBREV

    def start(p, upto, floor):                  # the slicing version
        best = floor
        for m in re.finditer(r"[.!?…]['\"”’]?\s+(?=[A-Z“‘\"'])", p[floor:upto + 1]):
            if not abbrev.search(p[floor:floor + m.start() + 1]):
                best = floor + m.end()
        return best

    def end(p, s, limit):
        for m in re.finditer(r"[.!?](?:\s|$)", p[s:limit]):
            if not abbrev.search(p[s:s + m.start() + 1]):
                return s + m.end()
        return limit
    for text in _bodies()[:25]:
        for k in range(0, len(text), 97):
            assert A.sentence_start(text, k, max(0, k - 300)) == start(text, k, max(0, k - 300))
            assert A.sentence_end(text, k, k + 400) == end(text, k, k + 400)


def test_role_matches_only_where_the_role_occurs():
    text = ("Prime Minister Haider Abadi met PRIME MINISTER Nouri Maliki; the prime minister "
            "Ibrahim Jaafari and prime ministerial aides. Minister Hoshyar Zebari spoke.")
    res = R.Resolver(text)
    res._low = text.lower()
    for r in ("prime minister", "minister", "aides", "ister"):
        assert [name for _, name in res._role_hits(r)] == [m.group(1) for m in RH._role_then_name(r).finditer(text)]
    assert res.role_name("the prime minister") == "Haider Abadi"


def test_longer_names_and_boundaries_as_the_regex_finds_them():
    text = "Saudi Arabia and the Saudi-led Saudis; Saudi  Aramco, MSaudi Bank. Saudi"
    for word in ("Saudi", "Saudi-", "-led", "Saudis"):
        assert list(R._longer_names(text, word)) == \
            [m.group() for m in re.finditer(rf"\b{re.escape(word)}\s+[A-Z][\w-]+", text)]
    for i in range(len(text) + 1):
        assert W.boundary_at(text, i) == bool(re.compile(r"\b").match(text, i))


def test_office_starts_are_the_lookahead_scan_offsets():
    from newsdesk.extract.offices import _OFFICE_AT, _office_starts
    texts = ["The Foreign  Secretary, a foreign\nsecretary and the SPOKESWOMAN; administers, "
             "Kingston's emir-king and the vice-president's spokespersons.",
             "Der Minister in Köln; the \u212aing and the ſecretary (odd folds: the pattern runs)."]
    for text in texts + _bodies():
        assert _office_starts(text) == [m.start() for m in _OFFICE_AT.finditer(text)]
