"""Multi-document extractive summary of a story, every sentence carrying its sources.

Placeholder scorer (LEAD with redundancy removal) until the trained sentence scorer lands;
the interface is what the brief uses."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, Span

_WORD = re.compile(r"\w+")


@dataclass
class SummarySentence:
    text: str
    spans: list[Span] = field(default_factory=list)   # the sentence in every article stating it


def _tokens(text: str) -> set[str]:
    return {t for t in _WORD.findall(text.lower()) if len(t) > 2}


def _sentences(art: Article) -> list[Span]:
    if art.sentences:
        return [art.span(s.start, s.end) for s in art.sentences]
    out, pos = [], 0
    for m in re.finditer(r"[^.!?\n]+[.!?]+[\"'\u201d\u2019]?|[^\n]+", art.text):
        text = m.group(0).strip()
        if len(text.split()) >= 5:
            start = art.text.index(text, m.start())
            out.append(art.span(start, start + len(text)))
        pos = m.end()
    return out


def summarize(articles: list[Article], budget_words: int = 200) -> list[SummarySentence]:
    """Lead sentences of each article in turn; a sentence that repeats one already chosen
    (>= 60% shared words) becomes an extra citation of it instead of a new sentence."""
    per_art = [_sentences(a) for a in articles if a.text and not a.duplicate_of]
    chosen: list[SummarySentence] = []
    words = 0
    depth = 0
    while words < budget_words and any(depth < len(s) for s in per_art):
        for sents in per_art:
            if depth >= len(sents) or words >= budget_words:
                continue
            sp = sents[depth]
            toks = _tokens(sp.text)
            dup = next((c for c in chosen if toks and len(toks & _tokens(c.text)) / len(toks) >= 0.6),
                       None)
            if dup is not None:
                if all(s.article != sp.article for s in dup.spans):
                    dup.spans.append(sp)
                continue
            n = len(sp.text.split())
            if words + n > budget_words * 1.15:
                continue
            chosen.append(SummarySentence(sp.text, [sp]))
            words += n
        depth += 1
    return chosen
