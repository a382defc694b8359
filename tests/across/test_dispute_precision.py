"""Noise the dispute detectors must not report (session 19 precision review): a toll that grew
told as a rival figure, a doubt that is itself negated, one voice qualifying itself, an
admission about something else, a question read as a charge. Sentences are our own."""
from __future__ import annotations

from newsdesk.across.dispute_sides import accuses
from newsdesk.across.dispute_update import RISE_TO, grown_toll
from newsdesk.across.disputes import ACCUSE
from tests.conftest import story_disputes

LEDE = "At least 31 people were killed when two bombs hit the market in Velmar, the army said on Sunday."


def _topics(*texts) -> list[str]:
    return [d.topic for d in story_disputes(*texts)]


def test_an_early_low_count_is_an_update_not_a_correction():
    early = "The army said the initial report on Sunday morning showed that 19 died in the blasts."
    assert grown_toll(early, LEDE)
    assert not [t for t in _topics(" ".join([LEDE, early])) if t.startswith("earlier report")]


def test_an_early_count_told_as_wrong_stays_a_correction():
    wrong = "Officials said 31 had died, correcting earlier reports that 40 people were killed."
    assert not grown_toll(wrong, LEDE)                          # higher, and told as wrong
    low_but_wrong = "Officials corrected the initial report that wrongly said 19 died in the blasts."
    assert not grown_toll(low_but_wrong, LEDE)


def test_a_toll_told_as_risen_past_lower_figures_is_no_dispute():
    assert RISE_TO.search("The death toll from the blasts in Velmar rose sharply on Monday, March 4 to 88.")
    topics = _topics(
        "The death toll from the bomb blasts at the Velmar market rose sharply on Monday, March 4 to 88, "
        "police said.",
        "Bomb blasts at the Velmar market killed 52 people on Sunday, police said.")
    assert not [t for t in topics if "death toll" in t]


def test_a_figure_above_the_risen_one_still_disagrees():
    topics = _topics(
        "The death toll from the bomb blasts at the Velmar market rose on Monday to 88, police said.",
        "Bomb blasts at the Velmar market killed 140 people, the Velmar Red Cross said on Monday.")
    assert [t for t in topics if "death toll" in t]


def test_a_claim_not_discounted_is_not_doubted():
    claim = "The Tarn Brigade has claimed responsibility for the bombing at the Velmar market."
    kept = ("The army is not discounting this claim, but initial findings show the bombs were left in "
            "bags, said General Oren Vasko.")
    assert not [t for t in _topics(claim, kept) if "doubted" in t]
    doubt = "General Oren Vasko dismissed the claim as opportunistic."
    assert [t for t in _topics(claim, doubt) if "doubted" in t]


def test_one_voice_qualifying_itself_is_no_inline_dispute():
    # a scraped headline glued to the lede, as pages come
    text = ("Defence lawyer suggests second gun at Ferro shooting Piet Quist, the lawyer for Jon Marl, "
            "who is accused of shooting former footballer Tomas Ferro, suggested there was a second gun at "
            "the scene, although he did not say who he believed had the gun.")
    assert not story_disputes(text)


def test_an_admission_about_something_else_is_no_admission_dispute():
    ds = story_disputes(
        "There were rumours that Lena Gruber would run for mayor, which Gruber has flatly denied.",
        "Gruber admitted that the new parking rules had been part of the problem in the old town.")
    assert not [d for d in ds if "admission" in d.topic]


def test_a_question_charges_no_one():
    assert not accuses("What obstacles would there be to charging the minister?", ACCUSE)
    assert accuses("Prosecutors charged the minister with fraud on Monday.", ACCUSE)


def test_a_report_cue_telling_no_report_corrects_nothing():
    text = ("The leak of the podcast host's address was the work of anonymous users on a blog site. "
            "That initial report had an air of credibility, since the names of the other hosts on the "
            "podcast had been leaked earlier in the week.")
    assert not [t for t in _topics(text) if t.startswith("earlier report")]


def test_wounded_elsewhere_are_another_acts():
    text = ("Twenty people were wounded when a shell struck a rally in Velmar, the Tarn monitoring group said. "
            "Elsewhere in the province on Monday, two people were killed and eight wounded by shelling on "
            "the village of Orsk, the Velmar Observatory said.")
    assert not [t for t in _topics(text) if t.startswith("number of injured")]
