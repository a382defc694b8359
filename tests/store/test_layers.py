"""Per-article layers survive the store's JSON form unchanged (store/layers.py), so
`analyze --db` can restore them instead of re-running spaCy and the extractors."""
from __future__ import annotations

from conftest import EXAMPLES
from newsdesk.api import analyze
from newsdesk.model import Article, Count, EventMention, Location, Quote, Sentence, Span
from newsdesk.store import layers as L


def _roundtrip(art: Article) -> Article:
    back = Article(id=art.id, raw=art.raw, text=art.text)
    return L.apply_layers(back, L.unpack(L.pack(art)))


def test_real_articles_round_trip_exactly():
    pic = analyze([EXAMPLES / "coverage"])
    assert any(a.mentions for a in pic.articles) and any(a.quotes for a in pic.articles)
    for art in pic.articles:
        back = _roundtrip(art)
        assert back.sentences == art.sentences
        assert back.mentions == art.mentions
        assert back.quotes == art.quotes


def test_every_field_of_a_mention_survives():
    text = "Shelling near Kelmar killed 4 to 6 people and wounded dozens, officials said."
    art = Article(id="k1", raw=text, text=text, sentences=[Sentence(0, len(text), text)])
    sp = Span("k1", 0, 20, text[:20], 3, 23)
    m = EventMention(article="k1", type="ASSAULT", span=sp, mode="shelling", actor="army",
                     actor_class="MIL", recipient="villagers", recipient_class="CVL",
                     location=Location("Kelmar", "XK", "Nord", 42.5, 20.25, "city", 123,
                                       near=True, relation="10 km south of"),
                     date="2025-03-11", dead=Count(4, 6), injured=Count(12, None),
                     extra_spans=[Span("k1", 21, 30, text[21:30])], confidence=0.75)
    q = Quote("k1", "officials said", Span("k1", 62, 76, text[62:76]), speaker="officials",
              speaker_span=Span("k1", 62, 71, text[62:71]), kind="indirect")
    art.mentions, art.quotes = [m], [q]
    back = _roundtrip(art)
    assert back.mentions == [m] and back.quotes == [q] and back.sentences == art.sentences
    assert isinstance(back.mentions[0].location.lat, float)
    assert back.mentions[0].injured.high is None


def test_layer_version_is_stable_and_pinnable(monkeypatch):
    v = L.layer_version()
    assert v == L.layer_version() and v.startswith(f"L{L.LAYER_FORMAT}-")
    L.layer_version.cache_clear()
    monkeypatch.setenv("NEWSDESK_LAYER_VERSION", "pinned-7")
    try:
        assert L.layer_version() == "pinned-7"
    finally:
        L.layer_version.cache_clear()
