"""Actors: one canonical name per entity, actor classes, roles from the parse."""
from __future__ import annotations

from newsdesk.extract import actors as A
from newsdesk.extract.parties import roles
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import parse, sentences_step


def test_islamic_state_spellings_are_one_name():
    names = {A.canonical(n) for n in ("Isis", "ISIS", "ISIL", "Islamic State of Iraq and the Levant",
                                      "the Islamic State", "Daesh", "Islamic State of Iraq and Syria")}
    assert names == {"Islamic State"}


def test_people_are_one_name_within_and_across_articles():
    art_people: dict[str, str] = {}
    first = A.canonical("Nouri al-Maliki", art_people, is_person=True)
    assert A.canonical("Mr Maliki", art_people, is_person=True) == first
    assert A.canonical("Maliki", art_people, is_person=True) == first
    # another article, another spelling: the run-wide registry joins them
    assert A.canonical("Nuri al-Maliki", {}, is_person=True) == first
    assert A.canonical("Prime Minister Nuri al-Maliki", {}, is_person=True) == first


def test_actor_classes():
    cases = {
        "Egyptian security forces": "state forces",
        "riot police": "state forces",
        "Shiite gunmen": "rebels/militants",
        "Islamic State": "rebels/militants",
        "Sunni tribes": "militia",
        "pro-Morsi protesters": "protesters",
        "villagers": "civilians",
        "Qatar's foreign ministry": "government",
        "UN Security Council": "international organisation",
    }
    for name, cls in cases.items():
        assert A.actor_class(name) == cls, name


def test_roles_from_the_parse_active_and_passive():
    doc = parse(["Kurdish forces seized the oil-rich city of Kirkuk."])[0]
    seized = next(t for t in doc if t.text == "seized")
    actor, recip = roles(seized)
    assert A.phrase(actor) == "Kurdish forces"
    doc = parse(["Forty prisoners were killed by Shiite gunmen in Baqubah."])[0]
    killed = next(t for t in doc if t.text == "killed")
    actor, recip = roles(killed)
    assert A.phrase(actor) == "Shiite gunmen" and "prisoners" in A.phrase(recip)


def test_mentions_carry_canonical_actors_and_classes():
    text = ("Isis fighters attacked a Shiite shrine near Kirkuk on Tuesday. "
            "The Iraqi government accused Saudi Arabia of funding the Islamic State of Iraq and the Levant.")
    art = events_step(sentences_step(Article(id="x", raw=text, text=text, published="2014-06-17")))
    by_type = {m.type: m for m in art.mentions}
    assert by_type["ASSAULT"].actor_class == "rebels/militants"
    acc = by_type["ACCUSE"]
    assert acc.actor_class == "government" and acc.recipient == "Saudi Arabia"


def test_pronoun_reporter_resolves_to_the_announcing_state():
    text = "Maldives has also announced it is severing diplomatic ties with Qatar."
    art = events_step(sentences_step(Article(id="m", raw=text, text=text, published="2017-06-05")))
    m = next(m for m in art.mentions if m.type == "SANCTION")
    assert m.actor == "Maldives"


def test_numbers_and_times_are_never_parties():
    from newsdesk.extract.actors import canonical
    for not_party in ("43", "3,700", "Wednesday", "Wednesday morning", "Aug. 14", "this afternoon"):
        assert canonical(not_party) is None, not_party
    assert canonical("Sunday Times") == "Sunday Times"
    assert canonical("the Iraqi army") == "Iraqi army"


def test_any_state_or_capital_is_a_government_actor():
    from newsdesk.extract.actors import actor_class
    for state in ("Kenya", "Argentina", "Nairobi", "Qatar's", "Mogadishu"):
        assert actor_class(state) == "government", state
    assert actor_class("Springfield") is None
    assert actor_class("Sunni tribes") == "militia"


# --- recipients are parties; actor classes by head noun -------------------------------------

from newsdesk.extract.events import sentence_events  # noqa: E402


def _first(text: str, typ: str):
    return next(c for c in sentence_events(text, "2024-05-02") if c.type == typ)


def test_things_places_and_abstract_nouns_are_not_recipients():
    cases = [
        ("Protesters blocked the main highway near the refinery on Tuesday.", "PROTEST"),
        ("The interior minister rejected calls for his resignation.", "REJECT"),
        ("The mining company rejected blame for the spill.", "REJECT"),
        ("Rebels seized the two main border crossings to the north.", "COERCE"),
        ("Demonstrators marched to Liberty Square on Friday.", "PROTEST"),
    ]
    for text, typ in cases:
        assert _first(text, typ).recipient is None, text


def test_people_groups_states_and_casualty_groups_stay_recipients():
    assert _first("Gunmen killed at least six people in the market.", "ASSAULT").recipient == "at least six people"
    assert _first("Police arrested 38 people after the clashes.", "COERCE").recipient == "38 people"
    assert _first("Troops opened fire on protesters outside the ministry.", "ASSAULT").recipient == "protesters"
    assert _first("The president accused the opposition of plotting a coup.", "ACCUSE").recipient == "opposition"


def test_a_relation_names_its_party():
    """'severed ties with X': the party is X, not the ties."""
    c = _first("Bahrain severed diplomatic ties with Qatar on Monday.", "SANCTION")
    assert c.actor == "Bahrain" and c.recipient == "Qatar"


def test_a_dateline_city_is_not_the_subject():
    c = _first("DUBAI, UNITED ARAB EMIRATES\u2014Arab nations cut diplomatic ties to Qatar on Monday.", "SANCTION")
    assert c.actor == "Arab nations" and c.recipient == "Qatar"


def test_passive_toll_takes_its_actor_from_the_when_clause():
    c = _first("At least 38 people were killed when radicals set fire to a building in the port.", "ASSAULT")
    assert c.actor == "radicals" and c.recipient == "At least 38 people"


def test_raised_subject_is_the_actor_not_the_recipient():
    c = _first("The minister is said to have asked the United States for air strikes.", "REQUEST")
    assert c.recipient == "United States"


def test_security_force_words_beat_their_modifiers():
    state = ("anti-terrorist commandos", "gendarmes", "riot police", "special forces", "soldiers",
             "the army", "security forces", "counter-terrorism police", "Four members of the security forces")
    militant = ("gunmen", "jihadists", "insurgents", "attackers", "bombers", "suicide bombers",
                "militant forces", "Four of the attackers", "masked men", "Islamic State fighters")
    for name in state:
        assert A.actor_class(name) == "state forces", name
    for name in militant:
        assert A.actor_class(name) == "rebels/militants", name


def test_commandos_assault_is_its_own_state_forces_event():
    from tests.conftest import shared_path
    path = shared_path("eval", "dev", "batch-c", "articles", "paris-attacks-reuters.txt")
    sent = next(s for s in path.read_text().split("\n") if "commandos" in s)
    cands = [c for c in sentence_events(sent, "2015-11-14") if c.type == "ASSAULT"]
    classes = {A.actor_class(c.actor) for c in cands}
    assert {"state forces", "rebels/militants"} <= classes


def test_coordinated_things_and_faith_names_are_not_parties():
    c = _first("Armed men set police and civilian cars on fire in the square.", "COERCE")
    assert c.actor == "Armed men" and c.recipient is None
    from newsdesk.extract import ev_names as N
    doc = parse(["Some families were told to convert to Sunni Islam or leave the town."])[0]
    assert "Sunni Islam" not in N.persons(doc)


def test_a_city_before_the_attack_noun_says_where_not_who():
    def actor(text, trigger):
        doc = parse([text])[0]
        return roles(next(t for t in doc if t.text == trigger))[0]
    assert actor("All 12 people arrested after the London attack were released.", "attack") is None
    assert actor("Survivors of the Paris attacks gathered on Sunday.", "attacks") is None
    assert actor("The ISIS attack on the jail killed 40 inmates.", "attack").text == "ISIS"
    assert actor("The US strikes hit two bridges.", "strikes").text == "US"


def test_he_is_the_speaker_or_the_nearest_named_person_never_a_place():
    text = ("Shia families fled from places such as Tal Afar. John Kerry met Nouri al-Maliki "
            "yesterday; he is said to have asked the US for air strikes. A tribal leader said he was "
            "mediating with the militants to spare the employees of the crossing.")
    ms = sentence_events(text)
    req = next(m for m in ms if m.type == "REQUEST")
    assert req.actor == "Nouri al-Maliki"
    assert all(m.actor not in ("Tal Afar", "Iran-Iraq") for m in ms)


def test_a_surname_alone_names_the_person_introduced_in_full():
    from newsdesk.extract.events import events_step
    from newsdesk.model import Article
    from newsdesk.nlp import sentences_step
    text = ("Prime Minister Nuri al-Maliki met tribal leaders in Baghdad on Tuesday. "
            "Several countries have asked Maliki to form a unity government.")
    art = events_step(sentences_step(Article(id="m", raw=text, text=text, published="2014-06-17")))
    req = next(m for m in art.mentions if m.type == "REQUEST")
    assert req.recipient.endswith("al-Maliki")      # the full name (either spelling seen so far)
