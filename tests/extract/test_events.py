"""Event mentions on real sentences (seeds, dev articles) and small texts of our own: typing,
context filters, several events per sentence, grouping, places, dates, counts, bad input."""
from __future__ import annotations

import json

from newsdesk.extract.events import events_step, sentence_events
from newsdesk.extract.plover import find_triggers
from newsdesk.model import Article, PLOVER_TYPES
from newsdesk.nlp import sentences_step
from tests.conftest import shared_path


def code(text: str, published: str | None = "2014-06-17", aid: str = "t") -> Article:
    art = Article(id=aid, raw=text, text=text, published=published)
    return events_step(sentences_step(art))


def types(text: str, **kw) -> list[str]:
    return [m.type for m in code(text, **kw).mentions]


# --- typing, by PLOVER definition -------------------------------------------------------
def test_types_of_common_news_phrasings():
    cases = {
        "Kurdish forces seized the oil-rich city of Kirkuk after government troops abandoned their positions.":
            {"COERCE", "RETREAT"},
        "The government blamed the Islamic State for the bombing.": {"ACCUSE"},
        "The minister held Hamas responsible for the bombing.": {"ACCUSE"},
        "Jordanian troops were put on alert along the border with Iraq.": {"MOBILIZE"},
        "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain say they are severing diplomatic relations with Qatar.":
            {"SANCTION"},
        "US Secretary of State Rex Tillerson urged the Gulf states to stay united.": {"REQUEST"},
        "The security cabinet voted unanimously to reject the deal, Netanyahu said.": {"REJECT"},
        "The US Secretary of State John Kerry sounded upbeat after a 90-minute meeting with the Iraqi Prime Minister Nouri al-Maliki.":
            {"CONSULT"},
        "A nationwide curfew imposed after the blasts was lifted early Monday.": {"CONCEDE"},
        "Police said 24 people had been arrested.": {"COERCE"},
        "Thousands of protesters marched through the capital on Friday.": {"PROTEST"},
    }
    for text, want in cases.items():
        got = set(types(text))
        assert want <= got, (text, got)
        assert got <= set(PLOVER_TYPES)


def test_modes_where_the_text_says_them():
    modes = {m.mode for m in code("Twelve others died in a car bomb in a Shiite neighborhood in Baghdad.").mentions}
    assert "explosion" in modes
    m = code("Police arrested 13 suspects on Monday.").mentions[0]
    assert (m.type, m.mode) == ("COERCE", "arrest")


def test_the_announced_deployment_counts_but_plans_and_conditions_do_not():
    assert types("The US plans to send around 275 military personnel to Iraq to provide security.") == ["MOBILIZE"]
    assert types("If the talks fail, the army could attack the city.") == []
    assert types("The minister will visit Baghdad next week.") == []
    assert types("Police did not arrest anyone at the rally site.") == []


def test_historical_background_is_not_an_event():
    assert types("Sunni militants have claimed responsibility for similar attacks in the past.") == []
    assert types("In 2004, a train bombing in Madrid killed 191 people.", published="2015-11-14") == []


def test_speech_inside_long_quotations_is_a_quote_not_an_event():
    assert types("\u201cThe beneficiaries of what happened today are those who call for violence and "
                 "terrorism,\u201d he said.") == []


def test_two_events_in_one_sentence_and_each_toll_goes_to_its_own_event():
    ms = code("Insurgents attacked the jail; gunmen killed 40 prisoners.").mentions
    assert [m.type for m in ms] == ["ASSAULT", "ASSAULT"]
    assert ms[0].actor == "Insurgents" and ms[1].actor == "gunmen"
    assert ms[0].dead is None and (ms[1].dead.low, ms[1].dead.high) == (40, 40)


def test_one_attack_told_in_several_sentences_is_one_mention():
    text = ("BAGHDAD — A car bomb killed 12 people in a market on Tuesday. The blast also wounded 30. "
            "Witnesses said the explosion shattered windows across the street.")
    ms = [m for m in code(text).mentions if m.type == "ASSAULT"]
    assert len(ms) == 1
    m = ms[0]
    assert len(m.extra_spans) == 2
    assert (m.dead.low, m.injured.low) == (12, 30)
    assert m.location is not None and "Baghdad" in m.location.name      # from the dateline
    assert m.date == "2014-06-17"                                        # Tuesday, published that day


def test_spans_are_exact_sentences_of_the_body():
    text = "CAIRO — Police stormed two protest camps on Wednesday. Hundreds were killed."
    art = code(text, published="2013-08-14")
    m = art.mentions[0]
    for sp in [m.span, *m.extra_spans]:
        assert art.text[sp.start:sp.end] == sp.text
        assert any(s.start == sp.start and s.end == sp.end for s in art.sentences)


def test_unknown_publication_date_gives_no_guessed_date():
    m = code("Gunmen attacked a checkpoint on Friday.", published=None).mentions[0]
    assert m.date is None


# --- real articles ------------------------------------------------------------------
def _gold_article(batch: str, aid: str) -> dict:
    gold = json.loads(shared_path("eval", "dev", batch, "gold.json").read_text(encoding="utf-8"))
    return next(a for a in gold["articles"] if a["id"] == aid)


def test_distractor_articles_yield_no_events():
    for batch, aid in (("batch-d", "food-roasted-pasta-suntimes"), ("batch-d", "football-torreira-breakingnews"),
                       ("batch-c", "film-review-exposed"), ("batch-c", "biz-ftse-scotsman")):
        a = _gold_article(batch, aid)
        art = code(a["text"], published=a.get("published"), aid=aid)
        assert art.mentions == [], (aid, [(m.type, m.span.text) for m in art.mentions])


def test_qatar_article_codes_the_sanctions_and_the_accusation():
    a = _gold_article("batch-d", "qatar-theweek")
    art = code(a["text"], published="2017-06-05", aid=a["id"])
    got = {m.type for m in art.mentions}
    assert {"SANCTION", "ACCUSE"} <= got
    assert "ASSAULT" not in got


def test_seed_article_finds_its_violence_with_places():
    gold = json.loads(shared_path("eval", "seeds.gold.json").read_text(encoding="utf-8"))
    a = gold["articles"][0]
    art = code(a["text"], published=a["published"], aid=a["id"])
    assaults = [m for m in art.mentions if m.type == "ASSAULT"]
    assert len(assaults) >= 3
    assert sum(1 for m in assaults if m.location is not None) >= 3
    assert any(m.dead and m.dead.low == 12 for m in assaults)


# --- sentence coder used by the benchmarks ------------------------------------------
def test_single_sentence_coder_codes_intentions_as_plover_does():
    assert sentence_events("Syria has offered to withdraw its troops from Lebanon.")[0].type == "AGREE"
    assert sentence_events("The rebels said they would attack the capital.")[0].type == "THREATEN"


# --- bad input ----------------------------------------------------------------------
def test_bad_input_never_crashes_or_gives_absurd_records():
    assert code("").mentions == []
    art = code("Die Polizei hat am Montag in Berlin drei Männer festgenommen, die einen Anschlag "
               "geplant haben sollen. Die Ermittler durchsuchten mehrere Wohnungen in der Stadt und "
               "stellten dabei Waffen und Sprengstoff sicher, wie die Behörden mitteilten.")
    assert art.mentions == [] and any("English" in n for n in art.notes)
    for text in ("Officials said 1e309 people were killed in the attack.",
                 "Officials said 99999999999 people were killed in the attack."):
        for m in code(text).mentions:
            assert m.dead is None or m.dead.low < 10_000_000
    big = " ".join(["The weather stayed mild and the markets were quiet."] * 10_000
                   + ["Gunmen attacked a police post."])
    art = code(big)
    assert [m.type for m in art.mentions] == ["ASSAULT"]


def test_trigger_table_ignores_sport_and_medicine():
    assert find_triggers("He suffered a heart attack.") == []
    assert all(t.type != "PROTEST" for t in find_triggers("Riot police were deployed."))


def test_undated_sentences_take_the_day_the_lede_names():
    """Morning-after coverage: the lede says "on Friday night"; a later sentence that names no
    day is about the same night, not the publication day."""
    from newsdesk.extract.dates import lede_date
    from newsdesk.extract.ev_context import event_date
    lede = lede_date(["Gunmen attacked a market in the capital on Friday night, killing 12 "
                      "people, police said."], "2024-03-09")
    assert lede == "2024-03-08"
    assert event_date("Four of the attackers were killed by police.", "2024-03-09", lede) == "2024-03-08"
    # a sentence with its own day keeps it, and a report-dated one stays null
    assert event_date("Police arrested two men on Saturday.", "2024-03-09", lede) == "2024-03-09"
    assert event_date("Police said Saturday 24 people had been arrested.", "2024-03-09", lede) is None
