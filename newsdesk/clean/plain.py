"""Scraped plain text -> body. (Placeholder rule until the trained line classifier lands.)"""
from __future__ import annotations

import re

from ..model import Article, Segment
from . import cleaner


@cleaner("text")
def clean_plain(art: Article) -> Article:
    parts, segs, pos = [], [], 0
    for m in re.finditer(r"[^\n]+", art.raw):
        line = m.group(0).strip()
        if len(line.split()) >= 6 and line[-1:] in '.!?"\u201d\u2019)':
            start = m.start() + m.group(0).index(line)
            if parts:
                pos += 2
            segs.append(Segment(pos, start, len(line)))
            parts.append(line)
            pos += len(line)
    art.text = "\n\n".join(parts)
    art.segments = segs
    return art
