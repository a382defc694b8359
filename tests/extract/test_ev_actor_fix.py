"""Second pass on unseen coverage, on short texts of our own: pronouns resolve to a person of
their gender (never a place or an institution), a measure is no actor, US local events are
placed in their city, a caption's date is no anchor, comparisons and readiness are no events."""
from __future__ import annotations

from newsdesk.extract import ev_actor_fix as AF
from newsdesk.extract import ev_context as X
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2026-04-22") -> list:
    art = Article(id="t", raw=text, text=text, published=published)
    return events_step(sentences_step(art)).mentions


def test_pronoun_candidates_must_be_people():
    AF.begin(Article(id="t", raw="", text=""))
    for name in ("Fox Cities", "Wayne State University", "Harbor College of Business",
                 "Russia Thursday", "Upper Darby"):
        assert not AF.person_like(name), name
    assert AF.person_like("Melodye Shore of Laguna Niguel")
    # nearest first: the place and the university are passed over
    assert AF.resolve_pronoun("he", ["Russia Thursday", "Wayne State University", "Dan Orlo"]) == "Dan Orlo"


def test_pronoun_gender_from_titles_nouns_and_first_names():
    text = ("Ms. Varga spoke first. Tomas Brell, a father of two, was hurt. "
            "Kim Adler and her husband fled.")
    AF.begin(Article(id="t", raw=text, text=text))
    assert AF.gender("Anna Varga") == "f"            # "Ms. Varga"
    assert AF.gender("Tomas Brell") == "m"           # "a father of two"
    assert AF.gender("Kim Adler") == "f"             # "and her husband"
    assert AF.gender("Gov. Scott Walker") == "m"     # first name after a title
    assert AF.resolve_pronoun("she", ["Tomas Brell", "Maria Ostrova"]) == "Maria Ostrova"
    assert AF.resolve_pronoun("he", ["Maria Ostrova", "Tomas Brell"]) == "Tomas Brell"
    assert AF.resolve_pronoun("she", ["Tomas Brell"]) is None


def test_she_is_not_resolved_to_a_man_named_before():
    text = ("Police named the driver as Omar Halid on Monday. "
            "Her family said she was struck by the van and killed in Varn.")
    recips = [m.recipient for m in code(text) if m.recipient]
    assert "Omar Halid" not in recips


def test_state_of_emergency_is_no_actor():
    text = ("Governor Scott Walker issued an order on Thursday declaring a state of emergency, "
            "which put the National Guard on alert.")
    mob = [m for m in code(text) if m.type == "MOBILIZE"]
    assert mob and all("emergency" not in (m.actor or "").lower() for m in mob)


def test_caption_date_is_no_anchor():
    assert X.text_anchor(["This photo taken Dec. 18, 2012 shows the scene of a pileup.",
                          "Snow fell on Friday."]) is None
    assert X.text_anchor(["Officials said on Dec. 21, 2012 that roads were closed."]) == "2012-12-21"


def test_comparisons_capabilities_and_readiness_are_no_events():
    for text in ("It is a defence system designed to shoot down missiles in flight.",
                 "Officials described it as like shooting a bullet with a bullet.",
                 "The airmen could have to drop everything and go into battle, the colonel said."):
        assert not [m for m in code(text) if m.type == "ASSAULT"], text
    assert [m for m in code("Gunmen shot dead two guards in Varn on Monday.") if m.type == "ASSAULT"]


def test_local_us_arrest_is_placed_in_its_city():
    text = ("ANAHEIM, Calif. (AP) - Three people were stabbed during a brawl at a park in Anaheim on "
            "Saturday, police said.\n\nTwelve people were arrested, police said.")
    places = {(m.type, m.location.name if m.location else None) for m in code(text)}
    assert ("COERCE", "United States") not in places


def test_drills_generic_risks_things_released_and_cameras_are_no_events():
    for text in ("Officials reviewed the response to a simulated anthrax attack on the stadium.",
                 "A biological attack against the country is a constant threat, the report said.",
                 "The suit claims the gunman would not have been able to kill 26 people without the rifle."):
        assert not [m for m in code(text) if m.type == "ASSAULT"], text
    assert not [m for m in code("This image, released by the company on Monday, shows the bow of the wreck.")
                if m.type == "RETREAT"]
    assert [m for m in code("Rebels released 40 prisoners in Varn on Monday.") if m.type == "RETREAT"]
    assert not [m for m in code("Surveillance video captures the car stopping near the bar in Varn.")
                if m.type == "COERCE"]
    assert [m for m in code("Rebels captured the town of Varn on Monday.") if m.type == "COERCE"]


def test_trailing_attribution_is_not_the_actor():
    text = ("Dale Orin, 53, walked into the classroom in Varn on Monday. "
            "When he failed to win her back, he shot and killed her, police chief Jarrod Burle said.")
    actors = {m.actor for m in code(text) if m.type == "ASSAULT"}
    assert "Jarrod Burle" not in actors and "police chief Jarrod Burle" not in actors


def test_background_date_in_the_text_is_no_anchor():
    text = ("On October 18, 1944, the fleet sailed into the sea. The wreck was found in 2015 by divers, "
            "who said the ship was hit by torpedoes.")
    art = sentences_step(Article(id="t", raw=text, text=text))
    assert X.article_anchor(art) is None


def test_names_glued_across_sentences_and_hyphenated_words():
    from newsdesk.extract import actors as A
    from newsdesk.nlp import parse
    assert A.canonical("July 2.The district attorney's office") == "district attorney's office"
    doc = parse(["A former part-time police officer was shot by a gunman."])[0]
    head = next(t for t in doc if t.text == "officer")
    assert "part-time" in A.phrase(head)


def test_a_persons_surname_is_no_place():
    text = "Will Smith, 34, was shot in Varn. Lawyers spoke of a second gun at Smith killing."
    AF.begin(Article(id="t", raw=text, text=text))
    assert AF.person_surname("Smith")
    assert not AF.person_surname("Varn")
    assert not AF.person_surname("Paris")


def test_accused_participle_months_in_names_and_idioms():
    from newsdesk.extract import actors as A
    from newsdesk.extract.events import sentence_events
    [c] = [c for c in sentence_events("A former teacher is now in police custody, accused of luring a girl.")
           if c.type == "ACCUSE"]
    assert c.actor is None and "teacher" in c.recipient
    [c] = [c for c in sentence_events("The government accused Qatar of harbouring terrorists.")
           if c.type == "ACCUSE"]
    assert c.actor == "government" and c.recipient == "Qatar"
    assert A.canonical("October UConn police") == "UConn police"
    assert A.canonical("March on Washington") == "March on Washington"
    assert not [m for m in code("She was a talented, promising young woman from Varn.") if m.type == "AGREE"]
    assert not [m for m in code("The firm in Varn will offer grief counseling upon request.") if m.type == "REQUEST"]


def test_a_list_of_charges_is_one_case():
    text = ("Police in Varn arrested five students on Friday over the death of a classmate.\n\n"
            "Tom Reel, 21, of Varn. Charged with eight counts of permitting a minor to possess alcohol.\n\n"
            "Dan Orlo, 22, of Varn. Charged with sale of alcohol to minors.\n\n"
            "Mark Tess, 20, of Varn. Charged with possession of alcohol by a minor.")
    charges = [m for m in code(text) if m.type == "ACCUSE"]
    assert len(charges) <= 1
