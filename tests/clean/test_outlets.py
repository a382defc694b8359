"""Recurring lines learned across one outlet's pages are dropped as that outlet's furniture,
while the same sentence in another outlet's page (wire copy) is kept."""
from __future__ import annotations

from newsdesk.api import clean_paths

PROMO = ("Every morning our editors pick the stories that matter most to the valley, "
         "and you can get them free in your inbox today.")

BODIES = [
    "The county council voted on Tuesday to close the old ferry terminal after inspectors found "
    "cracks in its pilings, a decision that leaves commuters with a forty-minute detour.",
    "Fishermen in the harbour said on Wednesday that catches of herring had fallen by half since "
    "spring, and asked the regional government for emergency support for the fleet.",
    "Firefighters contained a warehouse blaze near the rail yard overnight, the fire service said, "
    "adding that no one was hurt and that the cause was still under investigation.",
]


def _page(outlet: str, headline: str, body: str) -> str:
    return (f"{outlet} | Local | Region | Sport\n\n{headline}\n\n{body}\n\n"
            f"Officials said more details would be released later in the week once the "
            f"review of the site had been completed by engineers.\n\n{PROMO}\n")


def test_outlet_furniture_learned_across_pages(tmp_path):
    for i, body in enumerate(BODIES):
        (tmp_path / f"valley-{i}.txt").write_text(_page("Valley Herald", f"Story {i} headline here", body))
    other = tmp_path / "other" / "coast-0.txt"
    other.parent.mkdir()
    other.write_text(_page("Coast Times", "A different outlet's page", BODIES[0]))
    pic = clean_paths([tmp_path])
    texts = {a.id: a.text for a in pic.articles}
    for i in range(3):
        assert BODIES[i][:40] in texts[f"valley-{i}"]
        assert PROMO[:40] not in texts[f"valley-{i}"], "recurring promo kept"
    assert BODIES[0][:40] in texts["coast-0"]


def test_a_single_page_keeps_its_prose(tmp_path):
    (tmp_path / "valley-0.txt").write_text(_page("Valley Herald", "Story headline here", BODIES[0]))
    pic = clean_paths([tmp_path])
    assert BODIES[0][:40] in pic.articles[0].text


def test_the_store_learns_an_outlets_furniture_across_ingests(tmp_path):
    from newsdesk.store import open_store
    from newsdesk.store.incremental import ingest
    pages = []
    for i, body in enumerate(BODIES + [BODIES[0].replace("Tuesday", "Friday")]):
        p = tmp_path / f"valley-{i}.txt"
        p.write_text(_page("Valley Herald", f"Story {i} headline here", body))
        pages.append(p)
    with open_store(tmp_path / "nd.db") as store:
        for p in pages:                      # one page per ingest, as a feed would arrive
            assert ingest(store, [p], update=False) == 1
        texts = {a.id: a.text for a in store.articles()}
    assert PROMO[:40] in texts["valley-0"]   # nothing known yet about this outlet
    assert PROMO[:40] not in texts["valley-3"]
    assert "forty-minute detour" in texts["valley-3"]
