"""Who a speaker is: pronouns, titles, surnames and role descriptions ("the prime minister")
resolved to the fullest name the article gives. speakers.py finds the noun phrase around a
speech verb; this module maps it to a person or organisation of the article."""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.words import boundary_at
from .posted_by import BARE_DOCS, posted_issuer
from .role_takeup import official_holder, unnamed_before
from .body_refs import described_body, short_body
from .antecedents import (CONNECTIVES, IDENTIFIED_AS, acts, clause_opener_subject, nationality, opens_sentence,
                          unnamed_speaker)
from .family_names import family_keys
from .group_refs import own_name, plural_antecedent
from .role_holders import RoleHolders
from .pronoun_subject import drop_objects, drop_reported
from .gender import PRONOUN_GENDER, described_gender, gender_in, opening_kin, relatives
from .it_body import body_before
from .it_voice import can_voice
from .it_appositive import appositive_body
from .it_sayer import closing_sayer
from .salience import in_predicate
from .speaker_takeup import group_named, issuer_of, named_body
from .speakers import (CAP_STOP, HONORIFICS, NAME_SEQ, ON_OWN_PAGE, ORG_HEADS, STATEMENT_BY, TITLES, Mention,
                       drop_place_prefix, is_pronoun, looks_person, np_after, person_of_place,
                       plural_common, strip_titles, subject_before)

_TITLE_WORDS = (TITLES | HONORIFICS) - {"of"}
_WORKPLACE = re.compile(r"\bat\s+$")     # 'a cartoonist at Rue Verte': the employer, no person


def _in_quote(text: str, pos: int) -> bool:
    """Inside a quotation of its paragraph: '"Cruz is responding with humor," he adds' does not
    make Cruz the speaker of the next quote."""
    seg = text[text.rfind("\n", 0, pos) + 1:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


_CALENDAR = set("""monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today tonight""".split())


def _surname_keys(last: str) -> list[str]:
    """Keys a surname is filed under: 'al-Maliki' also as 'maliki' (the text drops the article)."""
    low = last.lower()
    bare = re.sub(r"^(?:al|el|ad|ash|as|az)-", "", low)
    return [low] if bare == low or not bare else [low, bare]


# the wire-photo caption's dateline: place, weekday, full date, no 'on' before the weekday
_CAPTION_DATE = re.compile(r"\w, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|March|April|May|June|"
                           r"July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.")


_GLUE = r"(?:the|a|an|with|of|to|in|on|at|and|or|was|is|were|are|had|has|by|for|from|that|who|said|told)"
_NEXT_NAME_WORD = re.compile(r"\s+[A-Z][\w-]+")


def _longer_names(text: str, word: str):
    r"""What `re.finditer(rf"\b{re.escape(word)}\s+[A-Z][\w-]+", text)` matches ('Saudi
    Arabia' for 'Saudi'), found with str.find: no pattern compiled per word."""
    end, i = 0, text.find(word)
    while i >= 0:
        m = _NEXT_NAME_WORD.match(text, i + len(word)) if i >= end and boundary_at(text, i) else None
        if m:
            yield text[i:m.end()]
            end = m.end()
        i = text.find(word, i + 1)


_DEFINITE = re.compile(r"the ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)")
_QUAL_RX = re.compile(r"(?:\s+(?:close to|familiar with|with knowledge of|briefed on|involved in|from|at|in|within|inside|with)\s+"
                      r"(?:the\s+|a\s+)?[\w-]+(?:\s+[A-Z][\w-]*)?)?")
_INTRO_END = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?!{_GLUE}\b)[\w-]+\s+){{0,3}}$")


def _pick(cands: list[tuple[int, str]], before: int, sent_start: int | None) -> str | None:
    """The first candidate inside the pronoun's sentence, else the latest within ~1500
    characters."""
    if sent_start is not None:
        inside = sorted(c for c in cands if c[0] >= sent_start)
        if inside:
            return inside[0][1]
    cands = [c for c in cands if c[0] > before - 1500]
    return max(cands)[1] if cands else None


class Resolver(RoleHolders):
    """Maps what the text calls a speaker to the article's canonical name for them.

    Full names are collected once per article; surnames, honorifics ('Mr Kerry') and role
    descriptions ('the prime minister' when the article says 'Prime Minister Benjamin
    Netanyahu') resolve to them; pronouns resolve to the most recent person mentioned as a
    speaker, else the most recent person-like name."""

    def __init__(self, text: str):
        self.text = text
        self._words: set[str] | None = None
        self.names: list[tuple[int, str]] = []   # (position, full name) of introduced persons
        self.by_last: dict[str, str] = {}
        self.namesakes: set[str] = set()
        for m in NAME_SEQ.finditer(text):
            seq = m.group().rstrip(".’'")
            name = drop_place_prefix(strip_titles(seq))
            toks = name.split()
            if len(toks) >= 3 and toks[0] in CONNECTIVES and looks_person(" ".join(toks[1:])):
                self._file_surname(toks[1:])       # 'But Ann Roe, a friend of …, said': Ann Roe
                if clause_opener_subject(text, m.start(), (at := m.start() + seq.find(toks[1])), m.end()):
                    self.names.append((at, " ".join(toks[1:])))      # 'When Ann Roe fled …, she'
            if not toks or toks[0] in CAP_STOP or not looks_person(name) or nationality(toks):
                continue
            if len(toks) >= 2:
                self._file_surname(toks)
            before = text[max(0, m.start() - 30):m.start()].split()
            after = text[m.end():m.end() + 8]
            titled = name != seq or (before and before[-1].lower().strip(",") in _TITLE_WORDS)
            # a lone surname counts once its person was introduced in full ('However, Maliki
            # appears ...' after 'Nuri al-Maliki')
            known = len(toks) >= 2 or self._known_surname(toks[0], m.start())
            if titled or (known and (re.match(r",\s+(?:(?:a|an|the|who)\b|\d{1,3},)", after)
                                     or opens_sentence(text, m.start(), m.end())
                                     or acts(text, m.start(), m.end())
                                     or IDENTIFIED_AS.search(text, max(0, m.start() - 60), m.start()))):
                self.names.append((m.start() + seq.find(name), name))
        self.mentions: list[Mention] = []
        self._roles: dict[str, str | None] = {}
        self._nouns: dict[str, bool] = {}
        self._gender: dict[tuple[str, int], str | None] = {}
        self._people: list[tuple[int, str]] | None = None
        self._places: dict[str, bool] = {}
        self._low: str | None = None
        self._full: dict[str, str] = {}

    def _file_surname(self, toks: list[str]) -> None:
        """File a full name under its surname, the longest name winning; a surname two people
        share ('Laura Bush', 'Jeb Bush') is noted as such."""
        name = " ".join(toks)
        for last in _surname_keys(toks[-1]) + family_keys(toks):
            prev = self.by_last.get(last)
            if prev and not (prev.endswith(name) or name.endswith(prev)):
                self.namesakes.add(last)
            if prev is None or len(name) > len(prev):
                self.by_last[last] = name

    def _known_surname(self, word: str, pos: int) -> bool:
        """A lone capitalised word outside quotation marks that is the surname of a person
        introduced in full before ('Nuri al-Maliki' ... 'Maliki appears'); not a day or month
        ('Green Square Monday' is no person), nor a full name whose words the text also writes
        in lower case."""
        full = self.by_last.get(word.lower())
        return bool(full and word.lower() not in _CALENDAR and not _in_quote(self.text, pos)
                    and not any(self._lower_word(t) for t in full.split()))

    def common_noun(self, word: str) -> bool:
        """'Mountaineer Ueli Steck': a leading word the article also uses as a common noun
        ('the 40-year-old mountaineer') is a description, not a first name."""
        if word not in self._nouns:
            low, text, hit = word.lower(), self.text, False
            i = text.find(low) if word[:1].isupper() and low.isalpha() else -1
            while i >= 0 and not hit:
                j = i + len(low)
                if not (text[i - 1:i].isalnum() or text[j:j + 1].isalnum()):
                    hit = any(w in ("the", "The", "a", "A", "an", "An") for w in text[max(0, i - 40):i].split()[-2:])
                i = text.find(low, j)
            self._nouns[word] = hit
        return self._nouns[word]

    def full(self, name: str) -> str:
        """The article's full form of a name; memoised (the names are fixed once built, and
        each pronoun asks for every introduced person's)."""
        got = self._full.get(name)
        if got is None:
            got = self._full[name] = self._full_form(name)
        return got

    def _full_form(self, name: str) -> str:
        toks = name.split()
        if not toks:
            return name
        while len(toks) > 1 and (toks[0].lower() in HONORIFICS or toks[0].lower().strip(",") in TITLES
                                 or (len(toks) > 2 and self.common_noun(toks[0]))):
            toks = toks[1:]
        name = drop_place_prefix(" ".join(toks))
        toks = name.split()
        if len(toks) <= 2:
            longer = self.by_last.get(toks[-1].lower())
            if longer and len(longer) > len(name) and (len(toks) == 1 or longer.endswith(name)):
                lt = longer.split()
                return " ".join(lt[1:]) if len(lt) > 2 and self.common_noun(lt[0]) else longer
        return name

    def last_person(self, before: int, mentions: list[Mention], sent_start: int | None = None,
                    pron: str | None = None) -> str | None:
        """The person a pronoun at `before` refers to: the first person named in its own
        sentence (the subject), else the most recent person named or quoted before it; for
        he / she also one the text leaves unnamed but has speak ('another witness told …').
        A gendered pronoun skips people the article gives the other gender and may also go to
        someone the text describes with that gender right after their name, subject or not
        ("ABC News watched Koni Aho race to save her restaurant");
        when the plain choice contradicts it, unnamed kin ("Smith's wife") compete too."""
        want = PRONOUN_GENDER.get((pron or "").lower())
        if want and sent_start is not None and (own := opening_kin(self.text, want, sent_start, before)):
            return own                  # "The pilot's sister declined, but she said": her own sentence's subject
        cands = [(m.start, m.name) for m in mentions if m.name and (m.person or want and unnamed_speaker(m.name))]
        cands += [(pos, self.full(name)) for pos, name in self.names]
        cands = [c for c in cands if c[0] < before and not self._in_caption(c[0], before)]
        cands = drop_objects(self.text, cands, mentions, want)   # 'He added he would meet X'
        cands = drop_reported(self.text, cands, mentions, want, self.gender)   # 'X said he heard Y was hurt'
        if want is None:
            return _pick(cands, before, sent_start)
        subjects = [c for c in cands if not in_predicate(self.text, c[0])]   # 'with the chief, Ben Oda'
        keep = subjects and max(subjects)[0] > before - 1500
        cands = subjects if keep else cands
        lo = max(0, before - 1500)
        spoke = {m.name for m in mentions if m.person and m.name}
        # a country the text gave a scare quote ('Ruritania failed to give an "honest" account')
        # has 'spoken' but is still no 'she'
        agree = [c for c in cands if self.gender(c[1], 2) == want or self.gender(c[1], 2) is None
                 and (c[1] in spoke and not self._country(c[1]) or not self._place(c[1]))]
        agree += [c for c in self._person_names(lo, before) if self._described(c[1]) == want
                  and not (keep and in_predicate(self.text, c[0]))]
        agree = drop_reported(self.text, drop_objects(self.text, agree, mentions, want), mentions, want, self.gender)
        who = _pick(agree, before, sent_start)
        if who is None or self.gender(_pick(cands, before, sent_start), 2) not in (None, want):
            who = _pick(agree + relatives(self.text, want, lo, before), before, sent_start)
        return who

    def _named_in_passing(self, before: int, pron: str) -> str | None:
        """For a he/she nobody else fits: the latest personal name in the 700 characters
        before, subject or not ('Reporters reached Ann Roe by phone. "…," she said'), unless
        the article gives that person the other gender."""
        want = PRONOUN_GENDER.get(pron)
        cands = [c for c in self._person_names(max(0, before - 700), before)
                 if want and self.gender(c[1], 2) in (None, want) and not self._in_caption(c[0], before)]
        return max(cands)[1] if cands else None

    def _in_caption(self, pos: int, pronoun: int) -> bool:
        """Whether `pos` sits in a photo caption paragraph ('… in Lagos, Friday, May 3, 2019.')
        other than the pronoun's own: a caption names who is pictured, and the story's next
        'he' goes back to its own people."""
        p0 = self.text.rfind("\n", 0, pos) + 1
        p1 = self.text.find("\n", pos)
        p1 = len(self.text) if p1 < 0 else p1
        return not p0 <= pronoun < p1 and bool(_CAPTION_DATE.search(self.text, p0, p1))

    def gender(self, name: str | None, margin: int) -> str | None:
        """'m', 'f' or None for a name, from the evidence of this article (gender.py), the
        pronouns after its mentions counted when one gender leads by `margin`."""
        if not name:
            return None
        key = (name, margin)
        if key not in self._gender:
            self._gender[key] = gender_in(strip_titles(name) or name, self.text, margin)
        return self._gender[key]

    def _described(self, name: str) -> str | None:
        key = (name, -1)
        if key not in self._gender:
            self._gender[key] = described_gender(strip_titles(name) or name, self.text)
        return self._gender[key]

    def _place(self, name: str) -> bool:
        """A gazetteer place no pronoun refers to ('New York'). Asked only of names that
        neither speak in the article nor carry gender evidence ('Obama said' is a person)."""
        if name not in self._places:
            from .ev_names import place_kind
            self._places[name] = place_kind(name)[0] is not None
        return self._places[name]

    def _country(self, name: str) -> bool:
        from .ev_names import place_kind
        return place_kind(name)[0] == "country"

    def _person_names(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(position, full name) of the two- or three-word personal names in text[lo:hi],
        subjects or not ('ABC News watched Koni Aho race ...'). A word the text also writes in
        lower case ('New York', 'Alt Right', 'Vietnam War') is no part of a personal name."""
        if self._people is None:
            self._people = []
            for m in NAME_SEQ.finditer(self.text):
                name = drop_place_prefix(strip_titles(m.group().rstrip(".’'")))
                toks = name.split()
                if 2 <= len(toks) <= 3 and toks[0] not in CAP_STOP and looks_person(name) \
                        and not any(self._lower_word(t) for t in toks) and not self._place(name) \
                        and not _WORKPLACE.search(self.text, max(0, m.start() - 4), m.start()):
                    self._people.append((m.start(), self.full(name)))
        return [c for c in self._people if lo <= c[0] < hi]

    def _lower_word(self, tok: str) -> bool:
        """The text also writes `tok` in lower case as a word of its own (particles such as
        'al' and hyphenated names pass)."""
        if self._words is None:
            self._words = set(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", self.text))
        low = tok.lower()
        return low != tok and low in self._words

    def last_institution(self, before: int, mentions: list[Mention]) -> str | None:
        best_pos, best = -1, None
        for m in mentions:
            if m.start < before and m.name and not m.person and not is_pronoun(m.name) \
                    and m.start > best_pos and m.name.split()[-1].lower() not in {"statement"}:
                best_pos, best = m.start, m.name
        return best

    def statement_owner(self, pos: int) -> str | None:
        """Who issued 'the statement': 'X made/issued/released the statement' or 'a
        statement from X', whichever is nearest to `pos`."""
        best = None
        for m in STATEMENT_BY.finditer(self.text):
            definite = " the statement" in m.group()
            if not definite and m.start() > pos:
                continue
            if m.group(1):
                w0 = max(0, m.start() - 200, self.text.rfind("\n", 0, m.start()) + 1)
                sub = subject_before(self.text[w0:m.start()])
                np = sub[0] if sub else None
            else:
                np = (np_after(m.group(2)) or (None,))[0]
            if np and not is_pronoun(np):
                d = abs(m.start() - pos) - (10**6 if definite else 0)
                if best is None or d < best[0]:
                    best = (d, np)
        return self.resolve(best[1], pos, [])[0] if best else None

    def introduced(self, np: str, pos: int) -> str | None:
        """'the source' -> 'a source close to the investigation': a definite description
        points back to the indefinite one that introduced it (within ~1500 characters)."""
        m = _DEFINITE.fullmatch(np.lower())
        if not m or np.split()[-1].lower() in ORG_HEADS - {"spokesman", "officials", "sources"}:
            return None
        head = m.group(1).split()[-1]
        if head not in self.text:
            return None
        text, lo, best = self.text, max(0, pos - 1500), None
        i = text.find(head, lo, pos)
        while i >= 0:                      # each whole-word 'source' with 'a'/'an'/'one' before it
            j = i + len(head)
            if not (text[i - 1:i].isalnum() or text[j:j + 1].isalnum()):
                w0 = max(lo, i - 60)
                a = _INTRO_END.search(text, w0, i)
                if a:
                    best = text[a.start():j] + _QUAL_RX.match(text, j).group()
            i = text.find(head, j, pos)
        if best is None:
            return None
        phrase = best.rstrip()
        phrase = phrase[0].lower() + phrase[1:]
        return phrase if len(phrase.split()) <= 10 else None

    def country(self, np: str) -> str | None:
        """'Saudi' -> 'Saudi Arabia': a one-word short form of a country the article also names
        in full."""
        if " " in np or not np[:1].isupper():
            return None
        from .ev_names import place_kind
        kind = place_kind(np)
        if kind[0] != "country":
            return None
        for longer in _longer_names(self.text, np):
            if place_kind(longer)[0] == "country" and place_kind(longer)[1] == kind[1]:
                return longer
        return None

    def by_head(self, np: str, pos: int) -> str | None:
        """'the news agency' -> the latest name before `pos` ending in 'Agency'; 'the group'
        also -> the latest name written with that head after it ('the Green Dawn (GD) group')."""
        words = np.split()
        if len(words) < 2 or words[0].lower() not in {"the"} or words[-1].lower() not in ORG_HEADS:
            return None
        if any(own_name(w, self._lower_word, self.country) for w in words[1:-1]):
            return None
        head = words[-1].lower()
        best = None
        for m in NAME_SEQ.finditer(self.text, 0, pos):
            toks = m.group().split()
            if len(toks) >= 2 and toks[0] not in CAP_STOP and (toks[-1].lower() == head or re.match(
                    rf"(?:\s+\([A-Z]{{2,6}}\))?\s+{head}\b", self.text[m.end():m.end() + 20])):
                best = m.group()
        return best

    def resolve(self, np: str, pos: int, mentions: list[Mention],
                sent_start: int | None = None) -> tuple[str, bool]:
        """(canonical speaker, is a named person); `pos` is where the quote or mention
        starts, `sent_start` the start of its sentence."""
        np = issuer_of(np) or person_of_place(np)   # 'a statement from the group': the group; 'Rita
        # Schrimsher of Athens' is Rita Schrimsher
        low = ON_OWN_PAGE.sub(r"\1", np.lower())
        if low in {"he", "she", "who", "i", "him", "her"}:
            who = self.last_person(pos, mentions, sent_start, low) or self._named_in_passing(pos, low)
            return (who, True) if who else (np, False)
        if low in {"the statement", "a statement", "the statements"}:
            owner = self.statement_owner(pos)
            if owner:
                return owner, False
        if low in BARE_DOCS and (issuer := posted_issuer(self.text, pos)):
            return (issuer[0], False) if issuer[1] else self.resolve(issuer[0], pos, mentions)
        if low in {"it", "they"} and sent_start is not None:
            lead = re.match(r"\s*((?:the|The)\s+(?:[\w'’-]+\s+){0,3}(?:" + "|".join(sorted(ORG_HEADS))
                            + r"))\b", self.text[sent_start:pos])
            if lead:
                return self.resolve(lead.group(1), sent_start, mentions)
            from .quote_runs import body_subject    # 'The Council of Coastal States (CCS) condemned
            body = body_subject(self.text[sent_start:pos])    # what it called …': the opening body
            if body:        # as written: 'X of Y' here is one name, not a person of a place
                return re.sub(r"^[Tt]he\s+|\s+\([A-Z]{2,}\)$", "", body[0]), False
        if low == "they" and sent_start is not None and (group := plural_antecedent(self.text, sent_start, mentions, pos)):
            return group, False                       # the plural subject just before: 'The guards … They said'
        if body := named_body(np, self.text, pos):      # 'the ministry' after 'the Ministry of X'
            return body, False
        if low == "it" and (sayer := closing_sayer(self.text, sent_start, lambda n: self.gender(n, 2))):
            return sayer, False                       # '…, the network said. It said …'
        if low == "it" and (appos := appositive_body(self.text, pos, mentions)):
            return appos, False                       # 'The utility, Acme Power, said …. It said'
        if low in {"it", "they", "we", "the statement", "a statement", "the ministry", "this"}:
            inst = self.last_institution(pos, [m for m in mentions if low != "it"          # 'it' speaks for a body,
                                               or not plural_common(m.name or "") and can_voice(m.name)])   # not a meeting
            if inst:
                return inst, False
            if low in {"they", "we"}:
                who = self.last_person(pos, mentions)
                return (who, True) if who else (np, False)
            body = body_before(self.text, pos) if low == "it" else None    # '… Office issued a statement.'
            return (body, False) if body else (np, False)
        land = self.country(np)
        if land:
            return land, False
        if np.lower() not in self.by_last and (body := short_body(np, self.text)):
            return body, False                      # 'Greenfield' after 'Greenfield Watch'
        name = strip_titles(np)
        if looks_person(name) or (" " not in name and name.lower() in self.by_last):   # 'Sarkissian'
            return self.full(name), True
        lead = re.match(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){0,3})\s+(?:(?:of|from)\b|\()", np)
        if lead and looks_person(strip_titles(lead.group(1))) and not lead.group(1).startswith(("The ", "A ")) \
                and (" " in lead.group(1) or lead.start(1) > 0 or lead.group(1).lower() in self.by_last):
            return self.full(strip_titles(lead.group(1))), True   # 'Mr. Morgan of the Sierra Club'

        run = re.search(r"(?:^|\s)((?:[A-Z][\w'’-]*|al-\w+|el-\w+)(?:\s(?:[A-Z][\w'’-]*|al-\w+|el-\w+|bin|ibn)){1,3})$", np)
        if run and looks_person(run.group(1)) and any(w.lower() in TITLES or w.islower() for w in np.split()[:-2]):
            cand = run.group(1)
            after_prep = re.search(r"\b(?:to|in|of|for|from|with|at|by)\s+" + re.escape(cand) + "$", np)
            body = re.search(r"([A-Z][\w'’-]*)\s+of\s+(?:the\s+)?" + re.escape(cand) + "$", np)
            if body and body.group(1).lower() in ORG_HEADS:
                cand = None                          # 'the Aid Committee of the Blue Lion' is one body
            elif after_prep and len(cand.split()) >= 3:
                cand = cand.split(None, 1)[1]        # 'envoy to Baghdad Nickolay Mladenov'
            elif after_prep:
                cand = None                          # 'a spokesman for Bernie Sanders' is not Sanders
            if cand:
                return self.full(cand), True
        role = self.role_name(np, pos)
        if role:
            return role, True
        intro = self.introduced(np, pos)
        if intro:
            return intro, False
        if held := official_holder(np, self.text, pos, self.full):     # 'the army official'
            return held, True
        if unnamed := unnamed_before(np, self.text, pos):      # 'the woman' after 'a Danish engineer told'
            return unnamed, False
        named = self.by_head(np, pos) or group_named(np, self.text, pos) \
            or described_body(np, self.text, pos)   # 'the group' after 'The X Front claimed'; 'the farm watchdog'
        if named:
            return named, False
        # 'the foreign ministry in Moscow' -> 'the foreign ministry'
        np = re.sub(r"^((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:%s))\s+(?:in|of|from|at)\s+[A-Z].*$"
                    % "|".join(ORG_HEADS), r"\1", np)
        return re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", np), False


@lru_cache(maxsize=16)
def resolver_for(text: str) -> Resolver:
    """One resolver per article text: the events, quotes and disputes steps each ask for it,
    and building it (every name of the text, its surnames and roles) is a whole-text pass.
    Its only state after construction is a memo of answers, so sharing it changes nothing."""
    return Resolver(text)
