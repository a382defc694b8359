"""Quotations and who said them.

Direct quotes are found by pairing quote marks inside each paragraph (quote_marks.py; so an
unbalanced mark can never swallow the article): curly marks by direction, straight marks by
the characters around them, single marks only where they cannot be apostrophes. A quote left
open at the end of a paragraph stops there (a multi-paragraph quote becomes one quote per paragraph,
the way the gold and most style guides count them). The speaker comes from the clause after
the quote ("…," X said), the clause before it (X told AFP: "…"; X said the "…"), an earlier
quote in the same run, or the previous sentence, then is resolved to the fullest name the
article gives (resolver.Resolver). Indirect speech ("X said that …") is kept as
`kind="indirect"`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article, Quote
from ..pipeline import article_step
from ..nlp.words import WORD_RUN
from .resolver import Resolver, resolver_for
from .quote_runs import (aged_referent, body_subject, described_speaker, document_before,
                         settle_inherited, speaks_for, speaker_unknown, surname_subject)
from .cue_scope import cue_elsewhere, passive_naming, turn_goes_on
from .quote_refs import (cut_attribution, document_owner, given_name_full, owned_document, read_document, read_it,
                         restrictive_antecedent)
from .own_clause import clause_subject, closes_own_sentence, embedded
from .intro_clause import colon_clause_subject
from .nested_cue import outer_sayer
from .speech_nouns import noun_use
from .quoted_sayer import quoted_sayer
from .written_by import written_message
from .bare_verbs import bare_left, bare_right, charge_participle, nearest_left, nearest_right
from .attribution import (attribution_line, cited_source, colon_intro, document_subject, kin_or_speaker,
                          next_sentence, predicate_subject, pure_attribution, sentence_end, sentence_start)
from .sayer_forms import left_sayer as left_speaker, right_sayer as right_speaker
from .speakers import (CAP_STOP, CLAUSE_VERBS, ORG_HEADS, PARTICIPLES, SPEECH_WORDS, Mention,
                       appositive_subject, expletive_it, fronted_phrase, is_pronoun, looks_person,
                       name_before_description, np_after, person_of_place,
                       ranked_name, strip_titles)
from .quote_marks import Mark, _paragraphs, find_quotes, two_singles
from .speaker_named import named_form
from .it_body import named_after
from .speaker_takeup import carried_by, given_as, named_before, one_of
from .quote_intro import introduced_speaker
from .put_it import as_put_it
from .whose_body import whose_body
from .trailing_source import closing_source, person_closes
from .quote_began import began_speaker
from .belief_cue import outer_of_belief
from .nicknames import quotes_whole_names
from .clause_scope import head_subject, later_subject, relative_head
from .described_referent import described_referent, named_in_sentence
from .concessive import main_clause_sayer
from .body_voice import speaking_body
from .joint_subject import first_conjunct
from .title_person import pronouns_from_title


@dataclass
class _Found:
    mark: Mark
    para_start: int
    speaker: str | None = None
    person: bool = False
    sp_start: int | None = None
    sp_end: int | None = None
    inherited: bool = False       # no attribution of its own: the run's speaker, for now


def _recent_speaker(pos: int, para_start: int, earlier: list[_Found], mentions: list[Mention],
                    text: str = "") -> "_Found | None":
    """A quote with no attribution of its own continues the latest speaker before it:
    an earlier quote of the same paragraph ('"…," he said. "…"'), else the latest quote or
    named speaker within about three sentences (a quote paragraph after a quote paragraph;
    "First, he said, …" then a fragment); of two readings of one mention, the later (settled
    by the quote's own attribution) wins. A quote of one or two words in an earlier paragraph
    (a shout heard, a scare quote) starts no run."""
    same = [f for f in earlier if f.para_start == para_start and f.speaker]
    if same:
        return same[-1]
    best: tuple = (-1, None)
    for f in earlier:
        if text and len(text[f.para_start + f.mark.text_start:f.para_start + f.mark.text_end].split()) < 3:
            continue
        if f.speaker and f.para_start + f.mark.start > best[0]:
            best = (f.para_start + f.mark.start, f)
    for m in mentions:
        if m.name and m.start < pos and m.start >= best[0] and not is_pronoun(m.name) \
                and (m.person or m.text[:1].isupper() or speaking_body(m.text)):
            best = (m.start, _Found(Mark(0, 0, 0, 0), 0, m.name, m.person, m.start, m.end))
    if best[0] < 0 or pos - best[0] > 700:
        return None
    return best[1]


def _relay(np: str, right: str) -> bool:
    """'…," RFE/RL reported': a body that is no person and only reports the words relays them
    (like the agencies _OUTLET lists); a speaker the sentence names before the quote said them."""
    return bool(re.search(r"\breport(?:ed|s)\b", right)) and \
        (not looks_person(np) or np.split()[-1].lower() in ORG_HEADS or np.split()[0].lower() in ORG_HEADS)


def _glued(quote_text: str, right: str) -> bool:
    """'…from where you are.”The group denied all involvement.': a finished quoted sentence
    with the next capitalised word glued to its closing mark is two paragraphs run together
    by the page, so what follows is no attribution."""
    return bool(right[:1].isupper() and re.search(r"[.!?…]['’\"”]?\s*$", quote_text))


def _closing_attribution(quote_text: str, right: str, off: int) -> bool:
    """'X, head of Y, "was developing plans …," Z said.': a comma closing the quote (inside or
    after the mark) with only the attribution after it names the speaker, not the clause's
    subject the quotation completes."""
    return pure_attribution(right, off) or (quote_text.rstrip()[-1:] == "," and not right[:off].strip())


def _own_clause_voices(p: str, p0: int, m: Mark, sent0: int, prev: "_Found | None", quote_text: str,
                       earlier: list[_Found], mentions: list[Mention]) -> bool:
    """Whether a quote with no attribution takes its own sentence's subject as speaker: it is
    embedded in a clause, no earlier quote of the sentence already speaks for it, and it is
    no short fragment that no quote run covers (those read as the writer's scare quotes)."""
    if not embedded(p[sent0:m.start]):
        return False
    if prev and prev.speaker and prev.mark.end > sentence_start(p, m.start, 0):
        return False
    return len(quote_text.split()) >= 4 or _recent_speaker(p0 + m.start, p0, earlier, mentions) is not None


def _attribute(art: Article, res: Resolver, mentions: list[Mention], found: list[_Found]) -> None:
    text = art.text
    for k, f in enumerate(found):
        p0 = f.para_start
        para_end = text.find("\n", p0)
        para_end = len(text) if para_end < 0 else para_end
        p = two_singles(text[p0:para_end])    # the marks were found in this reading: ''…'' as "…"
        m = f.mark
        prev = found[k - 1] if k and found[k - 1].para_start == p0 else None
        nxt = found[k + 1] if k + 1 < len(found) and found[k + 1].para_start == p0 else None
        floor = prev.mark.end if prev else 0
        sent0 = sentence_start(p, m.start, floor)
        left = p[sent0:m.start]
        right_end = nxt.mark.start if nxt else len(p)
        right = p[m.end:sentence_end(p, m.end, right_end)]
        quote_text = p[m.text_start:m.text_end].lstrip(" '‘\"“")
        if speaker_unknown(text, p0 + m.end):
            continue                    # a page cut inside the attribution, or '…," it is claimed'
        r = nearest_right(right_speaker(right), bare_right(quote_text, right)) \
            if (m.closed or m.end < len(p)) and not next_sentence(quote_text, right) \
            and not _glued(quote_text, right) else None
        if r is None and (m.closed or m.end < len(p)):
            r = read_document(right) or cut_attribution(quote_text, right, not text[p0 + m.end + len(right):].strip()) \
                or as_put_it(right) or closing_source(right, right_speaker) \
                or began_speaker(quote_text, right)      # '…" if confirmed, X warned' / '…," X began, "…'
        if r and cue_elsewhere(quote_text, left, right, m.end + len(right) >= right_end):
            r = None                  # '“….” Roe said: “…”' / 'Roe said, “….” The mayor then …'
        if r and prev and prev.sp_start is not None and p0 + prev.mark.end <= prev.sp_start < p0 + m.start \
                and turn_goes_on(p[prev.mark.end:m.start], quote_text, right):
            r = None                  # '“…,” she said. “….” She noted …': the turn goes on
        if r and embedded(left) and closes_own_sentence(quote_text, right):
            r = None                  # 'They thanked him for “…” The mayor said, …': a new sentence
        if r and _OUTLET.fullmatch(r[0]) and (src := cited_source(right, r[1] + len(r[0]))):
            r = src                                   # the outlet carries the source it cites
        if (named := passive_naming(left, right)) and named[1] < 0:
            continue                  # 'the attack is being labeled as a “…”': nobody named says it
        r = named or r                # '… was described as “…” by several governments'
        lft = None if named else nearest_left(outer_of_belief(left, left_speaker(left)),
                                              None if r else bare_left(left, quote_text))
        if lft is None and r is None and prev and \
                (opened := began_speaker(p[prev.mark.text_start:prev.mark.text_end], left)):
            lft = (*opened, "began")        # '“…,” X began, “…”': the second half is X's too
        lft = first_conjunct(left, lft)      # 'Ann Roe and Ben Oda condemned it as "…"': the first
        if lft and (later := later_subject(left, lft[1] + len(lft[0]))):
            lft = later               # 'X declared …, and Y issued a statement calling it "…"'
        elif lft and (head := relative_head(left, lft[1])):
            lft = (head[0], head[1], lft[2])     # 'Witnesses who were in X have reported "…"'
        if r and lft and (_OUTLET.fullmatch(r[0]) or _relay(r[0], right)):
            r = None                 # 'Ann Roe said "…", Reuters reports': the agency only relays her words
        fragment = bool(quote_text[:1].islower()) and lft is not None and \
            not (r and (pure_attribution(right, r[1]) or person_closes(right, r, lft)))
        hit = where = None
        if r and quote_text[:1].islower() and lft is None and _OUTLET.fullmatch(r[0]) \
                and re.search(r"\breport(?:ed|s)?\b", right):
            subj = sentence_subject(left, pronoun=True)   # 'He fired them for failing "to …," Reuters reported'
            if subj:
                r = None
                hit, where = (subj[0], subj[1]), p0 + sent0 + subj[1]
        if hit is None and lft is None and not (r and _closing_attribution(quote_text, right, r[1])) \
                and (pred := predicate_subject(left, quote_text)):
            hit, where = pred, p0 + sent0 + pred[1]         # 'His movement, the X, "serves as …"'
        elif hit is None and r and not fragment:
            hit, where = (r[0], r[1]), p0 + m.end + r[1]
        elif lft:
            np, off, verb = lft
            if verb in PARTICIPLES and prev and prev.speaker and not np[0].isupper():
                f.speaker, f.person, f.sp_start, f.sp_end = prev.speaker, prev.person, prev.sp_start, prev.sp_end
                continue
            hit, where = (np, off), p0 + sent0 + off
        elif r:
            hit, where = (r[0], r[1]), p0 + m.end + r[1]
        if hit is None and lft is None and (doc := document_subject(left) or written_message(left)):
            hit, where = doc, p0 + sent0 + doc[1]      # 'The FBI poster … notes that he was "…"'
        if hit is None and m.start <= len(p) - len(p.lstrip()) + 1:
            intro = colon_intro(text, p0)            # 'Caddell continued:' on the line before
            if intro:
                hit, where = (intro[0], 0), intro[1]
        if hit is None and lft is None and left.strip() and not (prev and prev.mark.end > sent0):
            subj = sentence_subject(left) or surname_subject(left, res, p0 + sent0) or body_subject(left)
            if subj:
                hit, where = (subj[0], subj[1]), p0 + sent0 + subj[1]
        if hit is None and not p[m.end:].strip(" .,;'\"”’") and (line := attribution_line(text, para_end)):
            hit, where = (line[0], 0), line[1]          # '"…"' then a line 'X tweeted on Sunday'
        if hit is None and (intro := colon_clause_subject(left)):
            hit, where = intro, p0 + sent0 + intro[1]     # 'The senator shot back: "…"'
        if hit is None and lft is None and _own_clause_voices(p, p0, m, sent0, prev, quote_text, found[:k], mentions) \
                and (subj := clause_subject(p[sent0:m.end + len(right)], m.start - sent0)):
            hit, where = subj, p0 + sent0 + subj[1]     # 'Ruritania calls the valley its “…” home'
        if hit is None:                # the speaker of the run: the last quote or speech before it
            src = _recent_speaker(p0 + m.start, p0, found[:k], mentions, text)
            f.inherited = True
            last = max(src.sp_start or 0, src.para_start + src.mark.end) if src else -1
            if intro := introduced_speaker(text, p0, p0 + m.start, last):     # 'Ann Roe lives …' then "…"
                name, person = res.resolve(intro[0], intro[1], mentions)
                f.speaker, f.person, f.sp_start, f.sp_end = name, person, intro[1], intro[1] + len(intro[0])
                mentions.append(Mention(intro[0], intro[1], f.sp_end, name, person))
                continue
            if src:
                f.speaker, f.person, f.sp_start, f.sp_end = src.speaker, src.person, src.sp_start, src.sp_end
            continue
        np, _ = hit
        ante = restrictive_antecedent(text[p0 + sentence_start(p, m.start, 0):where]) if np.lower() == "who" else None
        if ante:                   # 'cited an official source who denied …': the mention stays on 'who'
            name, person = res.resolve(ante[0], where, mentions)
        elif np.lower() == "who" and prev and prev.speaker:
            name, person = prev.speaker, prev.person
        elif np == "it" and (doc := read_it(text, where)):
            name, person = doc, False                  # '… The email was sent … "…," it read'
        elif np.lower() in {"he", "she"} and (desc := described_speaker(text, found[:k], p0 + m.start)):
            name, person = desc.speaker, desc.person
        elif is_pronoun(np) or np.lower() in {"him", "her", "them"}:
            if fronted_phrase(p[sent0:where - p0]):   # names inside 'In a call with his wife,
                name, person = res.resolve(np, p0 + sent0, mentions)   # Ann Lee, he ...' are no subject
            else:                     # the whole sentence: 'X said the "…," which he said "…"'
                name, person = res.resolve(np, p0 + min(m.start, where - p0), mentions,
                                           p0 + sentence_start(p, m.start, 0))
                name, person = kin_or_speaker(text, res, mentions, np, name, person, p0 + sent0)
        else:
            np = person_of_place(np)
            name, person = (np, False) if speaks_for(np) else res.resolve(np, where, mentions)
            if not person and (owner := owned_document(name) or document_owner(
                    "the statement" if carried_by(name) else name, text, p0 + m.start, p0 + m.end)):
                name = owner                      # '"…," according to the statement. MSF also said …'
            if not person and (aged := aged_referent(np, text, where) or described_referent(np, text, where)):
                name, person = res.full(aged), True         # 'The 23-year-old singer' / 'the Danish visitor'
            if not person and (ranked := ranked_name(np, text, where)      # 'the general' after 'Lt. Gen. X',
                               or named_in_sentence(np, p[sent0:where - p0])):  # 'the official' after 'Mayor X'
                name, person = res.full(ranked), True
            if not person and (alt := given_as(np, text[where + len(np):where + len(np) + 100]) or one_of(np, text, where)
                               or named_before(np, text, where, res.full, res.by_last)):
                name, person = alt, alt[:1].isupper()     # 'One woman, who gave her name as Amira,' / 'said one' / 'the actor'
        if name and name.lower() == "it" and (body := named_after(p[m.end:])):
            name, person = body, False                 # 'It said "…", the Doctors' Committee said'
        f.speaker, f.person = name, person
        f.sp_start, f.sp_end = where, where + len(np)
        mentions.append(Mention(np, where, where + len(np), name, person))


_SUBJECT_VERB = re.compile(r"\s*(?:(?:But|And|Instead|Still|Now|Meanwhile|However|Later|Earlier|Then|So),?\s+)?"
                           r"([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|de|van|of(?=\s+[A-Z]))){1,5})\s+"
                           r"(?:now\s+|also\s+|still\s+|then\s+)?([a-z]{3,}(?:s|ed)|sent|gave|wrote|spoke|"
                           r"made|took|told|paid|held|drew|struck)\b")   # irregular pasts: 'X sent her "…"'


_OUTLET = re.compile(r"(?:[Tt]he\s+)?(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|CNN|BBC|Al Jazeera|"
                     r"Xinhua|Yonhap|TASS|Tass|Interfax|Bloomberg|Kyodo|IRNA|SANA|Anadolu|(?:news\s+)?agency|"
                     r"state (?:media|TV|television|news agency)|local media)")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:But|And|Later|Earlier|Then),?\s+)?(He|She|They)\s+"
                              r"(?:now\s+|also\s+|then\s+|later\s+)?[a-z]{3,}ed\b")


def sentence_subject(left: str, pronoun: bool = False) -> tuple[str, int] | None:
    """A named person opening the sentence as the subject of a finite verb, for a quoted
    fragment the sentence gives no speech verb ('Jane Roe tweets "…"'): the sentence is
    about what that person says, so it names the speaker better than an earlier quote.
    With `pronoun`, 'He fired …' also counts (where an outlet only reports the words)."""
    p = _PRONOUN_SUBJECT.match(left) if pronoun else None
    if p:
        return p.group(1), p.start(1)
    m = _SUBJECT_VERB.match(left)
    if not m or m.group(1).split()[0] in CAP_STOP or m.group(2) in {"was", "has", "is", "does"}:
        return None
    name = strip_titles(m.group(1))
    if not looks_person(name) or name.split()[-1].endswith(("’s", "'s")):
        return None
    return m.group(1), m.start(1)


# the verbs a CLAUSE_VERBS match can open with (it matches whole word runs only)
CLAUSE_FIRST = frozenset(w.split(" ")[0] for w in re.fullmatch(
    r"\\b\((.*)\) that\\b", CLAUSE_VERBS.pattern, re.S).group(1).split("|"))


_VERB_WORDS = frozenset(SPEECH_WORDS) | CLAUSE_FIRST | {"continued", "continues"}   # all verb_matches tests
_CONT_NEXT = re.compile(r"(?=\s*(?:[,.:;]|$))")     # as SPEECH_VERB's 'continue[ds]' lookahead
_COMPOUND_HALF = re.compile(r"[A-Za-z]-")              # as SPEECH_VERB's hyphen lookbehind


def verb_matches(text: str) -> tuple[list, list]:
    """(SPEECH_VERB.finditer(text), CLAUSE_VERBS.finditer(text)) as lists, from one pass over
    the text's words: a set lookup per word instead of trying ~200 alternatives at every
    word start (same matches, same order)."""
    speech, clause, end = [], [], 0
    for m in WORD_RUN.finditer(text):
        w = m.group()
        if w not in _VERB_WORDS:
            continue                  # most words: none of the verbs (one set lookup before the regex)
        if _COMPOUND_HALF.fullmatch(text, max(0, m.start() - 2), m.start()):
            continue                  # 'self-proclaimed', 'so-called': half of a compound, no verb
        if w in SPEECH_WORDS or (w in ("continued", "continues") and _CONT_NEXT.match(text, m.end())):
            speech.append(m)
        if w in CLAUSE_FIRST and m.start() >= end:
            c = CLAUSE_VERBS.match(text, m.start())
            if c:
                clause.append(c)
                end = c.end()
    return speech, clause


# voicing verbs that report no words themselves: after 'X, the victim's aunt, wept as she waited.'
# an unattributed quote is X's; they only name a speaker to remember, never a quote's own attribution
_VOICE_VERB = re.compile(r"\b(?:spoke|wept|sobbed)\b")


# 'Violence, said Mayor Ines Roth, would not win the day.': a 'said NAME,' aside
# set between commas inside a clause names the speaker after the verb; the word before the
# first comma is the clause's subject, not a sayer
_INVERTED_LEFT = re.compile(r",[ \t]+$")


def _inverted_sayer(text: str, np_end: int, verb: re.Match) -> tuple[str, int] | None:
    """(name, start) of the sayer in an inverted 'X, said NAME, …' aside, else None."""
    if verb.group() not in ("said", "says") or not _INVERTED_LEFT.fullmatch(text, np_end, verb.start()):
        return None
    after = np_after(text[verb.end():verb.end() + 80])
    if not after:
        return None
    np, off = after
    start = verb.end() + off
    if not text.startswith(",", start + len(np)) or len(strip_titles(np).split()) < 2 \
            or not looks_person(strip_titles(np)):
        return None
    return np, start


def _speech_mentions(art: Article, res: Resolver) -> list[Mention]:
    """Subjects of speech verbs anywhere in the text ('X told AFP …', 'X, who expressed …'):
    antecedents for later pronouns; 'X said that …' also gives an indirect quote."""
    out = []
    text = art.text
    speech, clause = verb_matches(text)
    voiced = list(_VOICE_VERB.finditer(text))
    manner = {m.start() for m in voiced}
    speech = sorted({m.start(): m for m in speech + voiced}.values(), key=lambda m: m.start())   # (wept: both)
    for m in speech:
        line0 = text.rfind("\n", 0, m.start()) + 1
        sent0 = sentence_start(text, m.start() - 1, line0)     # within the line, before the verb
        sub = None if noun_use(text, m) else (head_subject(text[sent0:m.start()])   # 'X reports are'
                                              or quoted_sayer(text, m, sent0))     # '…,” said X'
        if not sub or outer_sayer(text[sent0:m.start()], sub) or charge_participle(text[sent0:m.start()], m.group()):
            continue                  # 'X said that its inquiry shows …': the inquiry says nothing
        np, off = sub
        start = sent0 + off
        if (inv := _inverted_sayer(text, sent0 + off + len(np), m)) is not None:
            np, start = inv
        if np.lower() == "who":
            nm = re.search(r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)+),\s*$", text[sent0:start])
            if not nm or not looks_person(nm.group(1)):
                continue
            np, start = nm.group(1), sent0 + nm.start(1)
        elif res._place(np) and (lead := appositive_subject(text[sent0:start])):
            np, start = lead[0], sent0 + lead[1]
        elif np[:1].islower() and not is_pronoun(np) and (lead := name_before_description(text[sent0:start])):
            np, start = lead[0], sent0 + lead[1]      # 'X, the spokesman for Y, said': X
        if is_pronoun(np) and fronted_phrase(text[sent0:start]):
            name, person = res.resolve(np, sent0, out)
        else:
            name, person = res.resolve(np, start, out, sent0)
        if m.start() in manner and not (person and (is_pronoun(np) or len(name.split()) >= 2)):
            continue                  # 'Witnesses spoke of …' names nobody to carry a quote
        out.append(Mention(np, start, start + len(np), name, person))
    for m in clause:
        line0 = text.rfind("\n", 0, m.start()) + 1
        sent0 = sentence_start(text, m.start() - 1, line0)     # within the line, before the verb
        sub = head_subject(text[sent0:m.start()])
        if sub and not expletive_it(sub[0], text[sent0:m.start()]):
            start = sent0 + sub[1]
            name, _ = res.resolve(sub[0], start, out, sent0)
            if sub[0] == "It" and (doc := document_before(text, sent0)):
                name = doc                                   # 'The report was filed … It added that'
            art.layers.setdefault("_clause", []).append((start, m.end(), name, sub[0]))
    return out


def _indirect(art: Article, quoted: list[tuple[int, int]]) -> list[Quote]:
    out = []
    for start, vend, name, np in art.layers.pop("_clause", []):
        stop = re.search(r"[.!?](?:\s|$)|\n", art.text[vend:])
        end = vend + (stop.start() + 1 if stop and art.text[vend + stop.start()] != "\n" else
                      stop.start() if stop else len(art.text) - vend)
        c0 = vend + (len(art.text[vend:end]) - len(art.text[vend:end].lstrip()))
        if end - c0 < 10 or any(a < end and c0 < b for a, b in quoted):
            continue
        out.append(Quote(art.id, art.text[c0:end], art.span(c0, end), name,
                         art.span(start, start + len(np)), kind="indirect"))
    return out


def _is_title(q: str) -> bool:
    """'Face the Nation,' / 'All Bets Are Off.' / markup: a name of a work, not speech."""
    if re.search(r"[<>=]|\bhref\b|https?:", q):
        return True
    words = re.findall(r"[\w'’-]+", q)
    if not words or len(words) > 7:
        return False
    long = [w for w in words if len(w) > 3 or w == words[0]]
    return all(w[0].isupper() or w[0].isdigit() for w in long) and len(words) >= 2


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    """pos inside one of the sorted spans (bisect, articles hold hundreds of quotes)."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


_CAPTION = re.compile(r"\((?:AP |AFP |Reuters |EPA )?Photo\b|Getty Images|\bPhoto(?:graph)?:|"
                      r"\([A-Z][\w.'’ -]{1,40}/[A-Z][^()/]{1,60}\)\s*$")
_SUBHEAD = re.compile(r"[\"“‘'][^\"“”‘’'.!?,;:…]{1,60}[\"”’']")
_ENDS_SENTENCE = re.compile(r"(?:[.!?…:;]|[.!?…,][\"”’'])\s*$")


def display_line(p: str) -> bool:
    """A photo caption ('… (Jane Roe/Daily News)') or a headline (a short line with no
    sentence end and no speech verb, 'Residents say 'no one's listening''): annotators
    record no quotes there, and they attribute nothing to the text around them. A line
    that opens with a quote mark is speech (a quote cut off at the end of a page)."""
    if _CAPTION.search(p):
        return True
    s = p.strip()
    if _SUBHEAD.fullmatch(s):                     # a section title that is a quote: 'You will not win'
        return True
    return bool(s) and s[0] not in "\"“‘'«" and len(s.split()) <= 15 and not _ENDS_SENTENCE.search(s) \
        and not verb_matches(s)[0]


def extract_quotes(art: Article) -> list[Quote]:
    text = art.text or ""
    res = resolver_for(text)
    mentions = _speech_mentions(art, res)
    found: list[_Found] = []
    for p0, p in _paragraphs(text):
        after = text[p0 + len(p):p0 + len(p) + 40].lstrip()
        if display_line(p) and not after[:1].islower():     # not a hard-wrapped sentence
            continue
        for m in find_quotes(p):
            found.append(_Found(m, p0))
    inside = [(f.para_start + f.mark.text_start, f.para_start + f.mark.text_end) for f in found]
    mentions = [m for m in mentions if not _within(m.start, inside)]   # 'The excavations have confirmed' in a quote
    _attribute(art, res, mentions, found)
    main_clause_sayer(found, text)     # 'Although X has said …, "…" under "…", Lam said'
    whose_body(found, text, res)       # '…, said X's Ann Roe, whose group based it on "…"'
    pronouns_from_title(found, art.title, res)     # '"…," she said' below 'Mayor Ann Roe says …'
    settle_inherited(found, text)
    quotes = []
    for f in found:
        a, b = f.para_start + f.mark.text_start, f.para_start + f.mark.text_end
        seg = text[a:b]
        a += len(seg) - len(seg.lstrip())
        b -= len(seg) - len(seg.rstrip())
        if b <= a or not any(ch.isalnum() for ch in text[a:b]):
            continue                                  # nothing but punctuation between two marks
        if f.speaker is None and len(text[a:b].split()) < 4:
            continue                                  # an unattributed scare quote or title
        if _is_title(text[a:b]):
            continue
        sp = art.span(f.sp_start, f.sp_end) if f.sp_start is not None else None
        speaker = (f.person and given_name_full(f.speaker, res)) or f.speaker   # 'Somyot' -> 'Somyot Pumpanmuang'
        if speaker and (short := named_form(speaker, text, f.sp_start or a)) != speaker:
            speaker = res.full(short)                 # 'Diab in his speech' -> 'Hassan Diab'
        quotes.append(Quote(art.id, text[a:b], art.span(a, b), speaker, sp, "direct"))
    quoted = [(f.para_start + f.mark.start, f.para_start + f.mark.end) for f in found]
    quotes.extend(_indirect(art, quoted))
    return quotes


@article_step("quotes")
def quotes_step(art: Article) -> Article:
    art.quotes = quotes_whole_names(art, extract_quotes)     # 'Maria "Mimi" Lenz' read as one name
    return art
