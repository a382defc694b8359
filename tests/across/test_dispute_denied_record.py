"""A denial against the story's event record of the denier's own side (across/
dispute_denied_record.py): the denied clause's trigger class must be the record's type, the
record's doer the denier's side, and a source off that side must state the act plainly; a
record of another doer, another kind of act, or told only by the denier's allies makes no
dispute, and a rebuttal already answering an accusation is one quarrel (articles we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_twins import dedupe
from newsdesk.across.disputes import find_disputes
from newsdesk.model import Article, Claim, Dispute, Event, EventMention, Picture

REPORT = "Artillery fire from Velmar army positions struck the Orla market on Friday, killing nine people, a witness said."
DENIAL = "The Velmar defence ministry denied that its troops had shelled the Orla market."
FILLER = "Schools in the north stayed shut for a second week."


def _story(texts: list[str], record: tuple[str, str | None, str, list[int]]) -> list[Dispute]:
    """Disputes of one story whose record (type, mode, actor, indices of the reporting texts)
    holds the first sentence of each of those texts."""
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s") for i, t in enumerate(texts)]
    typ, mode, actor, where = record
    mentions = [EventMention(article=arts[i].id, type=typ, mode=mode, actor=actor,
                             span=arts[i].span(0, len(texts[i].split(". ")[0]) + 1)) for i in where]
    pic = Picture(articles=arts, events=[Event("e1", typ, mentions, mode=mode, actor=actor)])
    find_disputes(arts, pic)
    return [d for d in pic.disputes if d.kind == "accusation"]


def test_a_denied_act_reported_by_another_source_is_disputed():
    found = _story([REPORT, FILLER + " " + DENIAL], ("ASSAULT", None, "Velmar army", [0]))
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["a witness", "The Velmar defence ministry"]
    assert found[0].kind == "accusation"


def test_another_doer_or_another_kind_of_act_is_no_dispute():
    assert not _story([REPORT, DENIAL], ("ASSAULT", None, "Korim rebels", [0]))
    assert not _story([REPORT, DENIAL], ("PROTEST", None, "Velmar army", [0]))


def test_a_report_that_is_itself_hedged_or_allied_is_no_dispute():
    rumour = "Rumours that Velmar army gunners struck the Orla market spread on Friday, a witness said."
    assert not _story([rumour, DENIAL], ("ASSAULT", None, "Velmar army", [0]))
    absence = "There is no proof that Velmar army gunners struck the Orla market, a witness said."
    assert not _story([absence, DENIAL], ("ASSAULT", None, "Velmar army", [0]))
    allies = "Both Velmar and Tessan officials denied that their troops had shelled the Orla market."
    tessan = "Velmar artillery struck the Orla market on Friday, Tessan officials said."
    assert not _story([tessan, allies], ("ASSAULT", None, "Velmar army", [0]))


def test_one_rebuttal_answering_two_charges_is_one_quarrel():
    text = " ".join([DENIAL, REPORT, FILLER])
    art = Article(id="a0", raw=text, text=text)
    deny, report = art.span(0, len(DENIAL)), art.span(len(DENIAL) + 1, len(DENIAL) + 1 + len(REPORT))
    filler = art.span(len(text) - len(FILLER), len(text))
    a = Dispute("accusations against Velmar", [Claim("a0", "x", filler), Claim("a2", "u", filler),
                                                Claim("a0", "y", deny)], "accusation")
    b = Dispute("whether shelled", [Claim("a0", "w", report), Claim("a1", "v", report), Claim("a0", "y", deny)],
                "accusation")
    kept = dedupe([a, b])
    assert len(kept) == 1 and len(kept[0].claims) == 5
    c = Dispute("whether shelled", [Claim("a0", "w", report), Claim("a1", "v", report)], "accusation")
    a.claims[:] = a.claims[:3]               # the fold above grew it
    assert len(dedupe([a, c])) == 2          # no denial shared: two quarrels


def test_a_denied_share_in_an_act_noun_meets_the_record():
    share = "The Velmar defence ministry denied any involvement in the shelling of the Orla market."
    found = _story([REPORT, FILLER + " " + share], ("ASSAULT", None, "Velmar army", [0]))
    assert len(found) == 1 and found[0].claims[-1].holder == "The Velmar defence ministry"
    assert "part in the shelling" in found[0].topic
    assert not _story([REPORT, share], ("ASSAULT", None, "Korim rebels", [0]))      # another doer's act
    bare = "The Velmar defence ministry denied any involvement."                         # no act named
    assert not _story([REPORT, FILLER + " " + bare], ("ASSAULT", None, "Velmar army", [0]))
