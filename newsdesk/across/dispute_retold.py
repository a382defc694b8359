"""One act told two ways in one sentence: "agency A reported that the envoy died in a crash,
while agency B said he died of a heart attack" (read by `dispute_inline.py`).

Why: a reporter setting two sources' accounts of how or why something happened side by side
repeats the act itself (the same verb, the same subject) under each source's saying verb and
changes only its manner or cause. That repetition is the cue, whatever the act or its cause:
the inline detector otherwise wants a strong claim verb or a contradiction word, which such
sentences rarely carry. Two accounts that agree ("also said", "too") are no turn.
"""
from __future__ import annotations


from ..nlp import lemma_forms, parse_one, pos

SAYING = frozenset({"say", "report", "tell", "state", "claim", "announce", "add"})
# the act must be an act: being, having and saying retold are no account of how it happened
_NO_ACT = frozenset({"be", "have", "say", "do", "go", "get", "make"})
_PERSONAL = frozenset({"he", "she"})        # a speaker does not tell of his own death
_NEUTER = frozenset({"it", "they"})
AGREE = frozenset({"also", "too", "likewise", "similarly", "agreed", "confirmed"})


def _told(text: str) -> set[tuple[frozenset[str], tuple, str]]:
    """(verb forms, subject, rest) of each clause a saying verb of `text` governs."""
    out = set()
    for say in parse_one(text):
        if pos(say) != "VERB" or not lemma_forms(say.text) & SAYING:
            continue
        speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
        for verb in (c for c in say.children if c.dep_ == "ccomp" and pos(c) == "VERB"):
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            forms = frozenset(f for f in lemma_forms(verb.text) if len(f) > 3)
            if subj is None or not forms or lemma_forms(verb.text) & _NO_ACT:
                continue
            rest = " ".join(t.text.lower() for t in verb.subtree if t.i > verb.i)
            out.add((forms, _subject(subj, speaker), rest))
    return out


def _subject(tok, speaker) -> tuple[str, bool, bool]:
    """(words, plural, open pronoun) of a clause's subject. "they" or "it" that agrees in number
    with its own speaker may be that speaker ("the rebels said they sank ..."): not open."""
    words = " ".join(t.text.lower() for t in tok.subtree)
    spoken_plural = speaker is not None and speaker.tag_ in {"NNS", "NNPS"}
    if words in _PERSONAL:
        return words, False, True
    if words in _NEUTER:
        return words, words == "they", speaker is not None and spoken_plural != (words == "they")
    return words, tok.tag_ in {"NNS", "NNPS"}, False


def _same_subject(a: tuple[str, bool, bool], b: tuple[str, bool, bool]) -> bool:
    """One subject, or the second side's open pronoun taking up the first side's noun in number."""
    return a[0] == b[0] or (b[2] and a[0] not in _PERSONAL | _NEUTER and a[1] == b[1])


def retold(first: str, second: str) -> bool:
    """Both sides of a turn tell one act (one verb, one subject) with different complements."""
    if AGREE & {w.strip(",.").lower() for w in second.split()[:8]}:
        return False
    return any(f1 & f2 and _same_subject(s1, s2) and r1 and r2 and r1 != r2
               for f1, s1, r1 in _told(first) for f2, s2, r2 in _told(second))
