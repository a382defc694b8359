"""Who holds a role the text names by its title alone ("the president said"): the names
written after the title ("President Barack Obama", "Iranian President Hassan Rouhani") or
before it in apposition. A mixin of resolver.Resolver, which supplies `text`, `full` (a name's
fullest form), `namesakes` (surnames two people share) and the memo `_roles`.

Several people may hold one title in an article: a lesser office named by the same word ("Vice
President Biden") holds none of it, a former holder yields to a current one, and of the rest
the one the text names most often before the mention (the latest on a tie) is meant.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.words import boundary_at
from .dates import WEEKDAYS
from .role_main_person import main_person
from .speaker_takeup import apposed_holders
from .speakers import TITLES, looks_person, strip_titles

# a word of a name after a role: capitalised, or an Arabic article's surname ('al-Abadi')
_NAME_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ash|az)-[\w'’-]+)"


@lru_cache(maxsize=2048)
def _role_then_name(role: str) -> "re.Pattern":
    """"Prime Minister Haider al-Abadi": the name after a role, any case, on the role's own
    line (a subhead ending 'Army Chief' holds no name on the next line's 'Soon after …').
    Compiled once per role (a handful recur across articles), not once per article."""
    return re.compile(rf"\b(?i:{re.escape(role)})[ \t]+((?:{_NAME_WORD}[ \t]?){{1,4}})")


# _role_then_name's tail, matched after a role found by str.find (RoleHolders._role_hits)
_NAME_AFTER_ROLE = re.compile(rf"[ \t]+((?:{_NAME_WORD}[ \t]?){{1,4}})")


@lru_cache(maxsize=2048)
def _name_then_role(role: str) -> "re.Pattern":
    """"Haider al-Abadi, Iraq's prime minister": the name before an appositive role."""
    return re.compile(rf"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}),\s+(?:the|[A-Z]\w+'s|[A-Z]\w+’s)\s+"
                      rf"(?:\w+\s){{0,3}}?{re.escape(role)}\b")


# 'one clinic in Barda, the spokesperson said': a name after a preposition of place is where
# something is, not the person the role describes
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|around|into|throughout)\s+$")


def _owned_thing(words: list[str]) -> bool:
    """'the president's office', 'the minister's official account': a possessive description
    whose head is no person title names something the owner has (a body, a feed), so no
    person's name stands in apposition to it ('… in the capital, Vardo, the governor's account
    tweeted': the capital's name is not the account)."""
    owned = any(w.endswith(("'s", "’s")) for w in words[1:-1])
    return owned and words[-1] not in TITLES


_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ll]ate|[Ee]x-|[Tt]hen-)\s*$")
# a lesser office named by the same word ('Vice President', 'vice presidential nominee')
_LESSER = re.compile(r"\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant)(?:[\s-]+[A-Za-z]+)?[\s-]+$")
_LESSER_WORD = re.compile(r"\b(?:vice|deputy|assistant)\b", re.I)
# characters IGNORECASE matches to ASCII letters that str.lower() does not map (then the
# lower-case pre-check in role_name is skipped)
_ODD_FOLD = re.compile("[\u017f\u0131\u0130\u212a\u212b]")


class RoleHolders:
    """role_name and its helpers, for resolver.Resolver."""

    def role_name(self, np: str, pos: int | None = None) -> str | None:
        """'the prime minister' -> the name that follows 'Prime Minister' in the article: of
        several holders of the title ('Iranian President Hassan Rouhani' ... 'President
        Obama' ... 'the president said'), the one the text names most often before `pos` (the
        latest on a tie), else the first (memoised: each lookup scans the whole text, and
        articles repeat their roles)."""
        if np not in self._roles:
            self._roles[np] = self._role_name(np)
        held = self._roles[np]
        if not held:
            return None
        before = [(self._told(name, pos), at, name) for at, name in held if pos is not None and at < pos]
        return max(before)[2] if before else held[0][1]

    def _told(self, name: str, pos: int) -> int:
        """How often the text names `name` by its surname before `pos`: of two presidents, the
        story's own is named again and again, the one met in passing once or twice."""
        last, n = name.split()[-1], 0
        i = self.text.find(last, 0, pos)
        while i >= 0:
            n += boundary_at(self.text, i) and not self.text[i + len(last):i + len(last) + 1].isalnum()
            i = self.text.find(last, i + len(last), pos)
        return n

    def _role_name(self, np: str) -> list[tuple[int, str]]:
        """(position, full name) of every holder of the role `np` describes, in text order."""
        words = np.lower().split()
        if not words or words[0] not in {"the", "a"} or len(words) > 5:
            return []
        role = " ".join(w for w in words[1:] if w not in {"country's", "country’s"})
        if words[0] == "a" or not role or (np.split()[-1][:1].isupper() and words[-1] not in TITLES):
            return []                            # 'the Rockies' is a name, not a role
        if _owned_thing(words):
            return []                            # 'the president's office' is no person
        role = re.sub(r"(?:^|(?<= ))premier$", "prime minister", role)     # also "the socialist premier"
        if self._low is None:
            self._low = self.text.lower() if not _ODD_FOLD.search(self.text) else ""
        for r in dict.fromkeys((role, role.split()[-1])):
            if self._low and r.isascii() and r not in self._low:
                continue        # cheap exact pre-check: the pattern needs `r` in some case
            held: list[tuple[int, str]] = []
            for at, found in self._role_hits(r):
                cand = strip_titles(found.strip())
                if not (cand and looks_person(cand) and cand[0].isupper()) or \
                        (_LESSER.search(self.text, max(0, at - 30), at) and not _LESSER_WORD.search(np)):
                    continue       # 'Vice President Biden' holds no 'president' role
                cand = re.sub(r"['’]s$", "", cand)          # 'Admiral Harris's remarks'
                same = [n for _, n in held if " " not in cand and cand in (n.split()[0], n.split()[-1])]
                held.append((at, same[0] if same else cand if cand.lower() in self.namesakes
                             else self.full(cand)))      # 'President Obama' again; 'President Bush'
            now = [h for h in held if "former" in words or not _FORMER.search(self.text, max(0, h[0] - 10), h[0])]
            if held:                # 'the president' is not 'former President Bush' beside him
                return now or held
        if apposed := apposed_holders(self.text, role):     # 'the country's president, Ann Roe,'
            return [(at, self.full(name)) for at, name in apposed]
        # the appositive pattern needs the role as written
        m = next((m for m in _name_then_role(role).finditer(self.text) if not _PLACE_BEFORE.search(
            self.text, max(0, m.start() - 12), m.start())), None) if role in self.text else None
        if m and looks_person(m.group(1)) and m.group(1).lower() not in WEEKDAYS:   # 'on Sunday, the army said'
            return [(m.start(), self.full(m.group(1)))]
        head = main_person(self.text, role, [(p, self.full(n)) for p, n in self.names])
        return [(0, self.full(head))] if head else []

    def _role_hits(self, r: str):
        """(position of the role, name after it) for each name `_role_then_name(r)` captures.
        In a text without odd case folds (see _ODD_FOLD) an ASCII role matches
        case-insensitively exactly where it occurs in the lower-cased text, so str.find finds it
        and only the name after it is matched by a pattern: no pattern is compiled per role
        (~1 ms each, every new role)."""
        if not (self._low and r.isascii()):
            yield from ((m.start(), m.group(1)) for m in _role_then_name(r).finditer(self.text))
            return
        end, i = 0, self._low.find(r)
        while i >= 0:
            m = _NAME_AFTER_ROLE.match(self.text, i + len(r)) if i >= end and boundary_at(self.text, i) else None
            if m:
                yield i, m.group(1)
                end = m.end()
            i = self._low.find(r, i + 1)
