"""Speaker forms from the session-25 fresh sets, in sentences we wrote: a woman named by her
kunya ('Umm' + her son's male name) stays the "she" of the next quote; 'reported X as
stating' names X as 'quoted X as saying' does; and a sentence fronted by a time or setting
phrase after a closed quote is no attribution of that quote (extract/cue_scope.py)."""
from newsdesk.extract.gender import first_gender
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_a_kunya_umm_names_a_woman_though_a_male_name_follows():
    assert first_gender("Umm Ahmed Saleh") == "f"
    assert first_gender("Ahmed Saleh") == "m"


def test_she_after_a_kin_sentence_stays_the_mother_named_by_her_kunya():
    text = ("Villagers described the night.\n\n"
            "\"We were eating dinner when the wall came down on top of us all,\" Umm Ahmed Saleh told The Herald.\n\n"
            "Her daughter was hurt in the collapse.\n\n"
            "\"When the ground shook and the lights went out, everybody ran,\" she said.")
    assert _speakers(text)["When the ground shook and the lights went out, everybody ran,"] == "Umm Ahmed Saleh"


def test_reported_x_as_stating_names_x_before_the_quote():
    text = "The radio reported a shopkeeper as stating that “nobody from the council has come to see the damage.”"
    assert _speakers(text)["nobody from the council has come to see the damage."] == "a shopkeeper"


def test_a_fronted_next_sentence_does_not_take_the_closed_quote():
    text = ("The agency reported one farmer as stating that while some fields “were only lightly flooded,” "
            "“many others were ruined for the whole season by the mud.” On Monday, the regional army "
            "admitted to losing two boats in the flood.")
    got = _speakers(text)
    assert got["many others were ruined for the whole season by the mud."] == "one farmer"


def test_a_plain_closing_attribution_still_names_the_speaker():
    text = "“The dam was never checked after the spring storms,” local radio reported the mayor as saying."
    assert _speakers(text)["The dam was never checked after the spring storms,"] == "the mayor"
